//go:build linux

package soak

import (
	"strings"
	"testing"
)

// TestGCTraceLine reads the live heap out of a line the Go runtime prints
// under GODEBUG=gctrace=1, and nothing out of other lines.
func TestGCTraceLine(t *testing.T) {
	line := "gc 41 @12.345s 3%: 0.021+1.9+0.004 ms clock, 0.043+0.31/1.8/0.91+0.009 ms cpu, 61->63->21 MB, 66 MB goal, 0 MB stacks, 0 MB globals, 2 P"
	mb, ok := gcLiveMB(line)
	if !ok || mb != 21 {
		t.Fatalf("gcLiveMB = %v, %v; want 21, true", mb, ok)
	}
	for _, l := range []string{"port 4000", "gc 1 @0.1s", "error ECONNRESET"} {
		if _, ok := gcLiveMB(l); ok {
			t.Errorf("gcLiveMB(%q) matched", l)
		}
	}
}

// TestGrowthVerdicts fails a live heap that grows steadily over the second
// half and passes a flat one; the script's RSS is reported, never failed.
func TestGrowthVerdicts(t *testing.T) {
	mk := func(live func(i int) float64) []sample {
		var s []sample
		for i := 0; i < 60; i++ {
			s = append(s, sample{t: float64(i), rssMB: 40, heapMB: 20, goroutines: 5, fds: 100,
				scriptRSSMB: 80 + float64(i), scriptLiveMB: live(i), scriptFD: 50})
		}
		return s
	}
	failed := func(v []verdict, name string) bool {
		for _, x := range v {
			if strings.Contains(x.text, name) {
				return x.fail
			}
		}
		t.Fatalf("no verdict for %s", name)
		return false
	}
	if failed(growth(mk(func(int) float64 { return 20 })), "script live heap") {
		t.Error("a flat live heap failed")
	}
	if !failed(growth(mk(func(i int) float64 { return 20 + float64(i) })), "script live heap") {
		t.Error("a live heap growing 1 MB a second passed")
	}
	if failed(growth(mk(func(int) float64 { return 20 })), "script RSS") {
		t.Error("the script's RSS was judged")
	}
}
