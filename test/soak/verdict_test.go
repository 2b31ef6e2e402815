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

// TestGrowthVerdicts fails a Go heap that grows steadily over the second
// half and passes a flat one; the script's RSS and live heap under load are
// reported, never failed (quietGrowth judges the script's heap).
func TestGrowthVerdicts(t *testing.T) {
	mk := func(heap func(i int) float64) []sample {
		var s []sample
		for i := 0; i < 60; i++ {
			s = append(s, sample{t: float64(i), rssMB: 40, heapMB: heap(i), goroutines: 5, fds: 100,
				scriptRSSMB: 80 + float64(i), scriptLiveMB: 20 + float64(i), scriptFD: 50})
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
	if failed(growth(mk(func(int) float64 { return 20 })), "Go heap") {
		t.Error("a flat Go heap failed")
	}
	if !failed(growth(mk(func(i int) float64 { return 20 + float64(i) })), "Go heap") {
		t.Error("a Go heap growing 1 MB a second passed")
	}
	if failed(growth(mk(func(int) float64 { return 20 })), "script RSS") {
		t.Error("the script's RSS was judged")
	}
	if failed(growth(mk(func(int) float64 { return 20 })), "script live heap") {
		t.Error("the script's live heap under load was judged")
	}
}

// TestQuietVerdict fails a script whose live heap with no connection
// grew by more than quietLeakMB over the run, or that did not report both
// quiet moments.
func TestQuietVerdict(t *testing.T) {
	for _, c := range []struct {
		quiet []float64
		fail  bool
	}{
		{[]float64{10, 10}, false},
		{[]float64{10, 9}, false},
		{[]float64{10, 10 + quietLeakMB}, false},
		{[]float64{10, 11 + quietLeakMB}, true},
		{[]float64{10}, true},
		{nil, true},
	} {
		if v := quietGrowth(c.quiet); v.fail != c.fail {
			t.Errorf("quietGrowth(%v) = %q, fail %v; want fail %v", c.quiet, v.text, v.fail, c.fail)
		}
	}
}
