package main

import (
	"runtime"
	"testing"
	"time"
)

// TestGCPacer raises the target when the collector takes more than
// gcBusyShare of the time between cycles, keeps it while cycles keep
// coming, and lowers it after a cycle more than gcRestCycle after the one
// before.
func TestGCPacer(t *testing.T) {
	var targets []int
	t0 := time.Unix(1000, 0)
	p := &gcPacer{last: t0, set: func(v int) int { targets = append(targets, v); return 0 }}
	at := func(ms int) time.Time { return t0.Add(time.Duration(ms) * time.Millisecond) }
	steps := []struct {
		ms   int
		cpu  float64 // the collector's CPU seconds so far
		want []int
	}{
		{100, 0.001, nil},                                             // 1% of 100 ms: at rest
		{200, 0.004, nil},                                             // 3%
		{230, 0.007, []int{gcBusyPercent}},                            // 3 ms in 30 ms: busy
		{330, 0.017, []int{gcBusyPercent}},                            // still busy, no new call
		{900, 0.018, []int{gcBusyPercent}},                            // quiet, but within gcRestCycle
		{2000, 0.019, []int{gcBusyPercent, gcPercent}},                // over a second apart: at rest
		{2100, 0.020, []int{gcBusyPercent, gcPercent}},                // 1%
		{2120, 0.030, []int{gcBusyPercent, gcPercent, gcBusyPercent}}, // busy again
	}
	for _, s := range steps {
		p.cycle(at(s.ms), s.cpu, 10<<20)
		if len(targets) != len(s.want) {
			t.Fatalf("after the cycle at %d ms: targets %v, want %v", s.ms, targets, s.want)
		}
		for i := range s.want {
			if targets[i] != s.want[i] {
				t.Fatalf("after the cycle at %d ms: targets %v, want %v", s.ms, targets, s.want)
			}
		}
	}
}

// TestGCPacerSeesCycles: the finalizer of arm runs after each collection
// and sets up the next.
func TestGCPacerSeesCycles(t *testing.T) {
	p := &gcPacer{last: time.Now(), set: func(int) int { return 0 }}
	p.arm()
	seen := func() int {
		p.mu.Lock()
		defer p.mu.Unlock()
		return p.cycles
	}
	for i := 0; i < 1000 && seen() < 3; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	if n := seen(); n < 3 {
		t.Fatalf("%d cycles seen, want 3 or more", n)
	}
}

// TestGCPacerLargeHeap keeps the busy target within gcBusyExtra of the one
// at rest when the live heap is large, and follows the live heap.
func TestGCPacerLargeHeap(t *testing.T) {
	for _, c := range []struct {
		live uint64
		want int
	}{
		{0, gcBusyPercent},
		{8 << 20, gcBusyPercent},
		{16 << 20, gcBusyPercent},
		{32 << 20, 400},
		{64 << 20, 300},
		{640 << 20, 210},
	} {
		if got := busyPercent(c.live); got != c.want {
			t.Errorf("busyPercent(%d MiB) = %d, want %d", c.live>>20, got, c.want)
		}
	}
	var targets []int
	t0 := time.Unix(1000, 0)
	p := &gcPacer{last: t0, set: func(v int) int { targets = append(targets, v); return 0 }}
	p.cycle(t0.Add(20*time.Millisecond), 0.005, 64<<20) // busy, 64 MiB live
	p.cycle(t0.Add(40*time.Millisecond), 0.010, 64<<20) // the same target: no call
	p.cycle(t0.Add(60*time.Millisecond), 0.015, 32<<20) // the live heap halved
	if want := []int{300, 400}; len(targets) != 2 || targets[0] != want[0] || targets[1] != want[1] {
		t.Fatalf("targets %v, want %v", targets, want)
	}
}
