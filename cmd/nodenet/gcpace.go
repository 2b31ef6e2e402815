package main

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"
)

// The collector's target follows how busy the collector is, as V8 grows its
// heap faster under allocation pressure. At rest the target is gcPercent (three
// times the live heap). A script that moves data quickly (a stream echoing
// 64 KiB chunks allocates a gigabyte for every gigabyte it moves) makes the
// collector run every few tens of milliseconds, and each cycle marks the
// whole live heap, the host's own objects included: an echo through a
// Transform spent a fifth of its CPU time there. When the collector's CPU
// time since the previous cycle is more than gcBusyShare of the time
// between them, the target rises to gcBusyPercent, so that cycles come
// about three times less often for the price of a larger heap while the
// data moves (the echo's RSS stays below Node's), and never more than
// gcBusyExtra above the target at rest, whatever the live heap; once a
// cycle comes more than gcRestCycle after the one before (at the latest the
// runtime's forced cycle every two minutes), it falls back.
const (
	gcPercent     = 200
	gcBusyPercent = 600
	gcBusyExtra   = 64 << 20
	gcBusyShare   = 0.05
	gcRestCycle   = time.Second
)

// busyPercent is the target while the collector is busy, for a live heap
// of live bytes: gcBusyPercent, or less where that would put the heap goal
// more than gcBusyExtra above the goal at rest.
func busyPercent(live uint64) int {
	if live == 0 {
		return gcBusyPercent
	}
	return int(min(gcBusyPercent, gcPercent+gcBusyExtra*100/live))
}

// gcPacer watches the collector's cycles: a finalizer runs once after
// every cycle (its object is garbage as soon as it is made) and sets the
// next one up.
type gcPacer struct {
	mu    sync.Mutex
	last  time.Time
	lastC float64 // the collector's CPU seconds at last
	busy  bool
	// percent is the target set while busy.
	percent int
	// cycles counts the cycles seen.
	cycles int
	// set changes the target (debug.SetGCPercent; a test stands in for it).
	set func(int) int
}

// gcSentinel is the object whose finalizer marks a cycle: big enough not
// to be batched with others by the tiny allocator, whose objects are freed
// (and finalized) together.
type gcSentinel struct{ _ [32]byte }

// startGCPacer starts watching the collector's cycles.
func startGCPacer() {
	cpu, _ := gcFigures()
	p := &gcPacer{last: time.Now(), lastC: cpu, set: debug.SetGCPercent}
	p.arm()
}

func (p *gcPacer) arm() {
	runtime.SetFinalizer(new(gcSentinel), func(*gcSentinel) {
		cpu, live := gcFigures()
		p.cycle(time.Now(), cpu, live)
		p.arm()
	})
}

// gcFigures reads the collector's CPU time so far, in seconds (the
// runtime's estimate, idle mark workers included: CPU time the process is
// charged), and the heap its last cycle marked live.
func gcFigures() (cpu float64, live uint64) {
	s := []metrics.Sample{{Name: "/cpu/classes/gc/total:cpu-seconds"}, {Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() == metrics.KindFloat64 {
		cpu = s[0].Value.Float64()
	}
	if s[1].Value.Kind() == metrics.KindUint64 {
		live = s[1].Value.Uint64()
	}
	return cpu, live
}

// cycle takes the end of a collection at now, with the collector's CPU
// time so far and the live heap, and moves the target.
func (p *gcPacer) cycle(now time.Time, cpu float64, live uint64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	gap := now.Sub(p.last)
	share := 0.0
	if gap > 0 {
		share = (cpu - p.lastC) / gap.Seconds()
	}
	p.last, p.lastC = now, cpu
	p.cycles++
	switch {
	case p.busy && gap > gcRestCycle:
		p.busy, p.percent = false, 0
		p.set(gcPercent)
	case p.busy || share > gcBusyShare:
		p.busy = true
		if v := busyPercent(live); v != p.percent {
			p.percent = v
			p.set(v)
		}
	}
}
