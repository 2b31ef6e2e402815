package eventloop

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The hot paths run one callback after another without allocating: the
// panic guard, the tick/microtask drain, the timers phase (firing and
// re-arming), the check phase, Refresh, and the posted-function batch.
// (io_test.go checks dispatch.)

func TestCallAllocatesNothing(t *testing.T) {
	l := newLoop(t)
	n := 0
	fn := func() { n++ }
	require.Zero(t, testing.AllocsPerRun(1000, func() { l.call(fn) }))
	require.Zero(t, testing.AllocsPerRun(1000, func() { l.protect(fn) }))
	require.Equal(t, 2002, n)
}

func TestDrainAllocatesNothing(t *testing.T) {
	l := newLoop(t)
	n := 0
	fn := func() { n++ }
	tickThenMicrotask := func() { n++; l.QueueMicrotask(fn) }
	allocs := testing.AllocsPerRun(1000, func() {
		for i := 0; i < 8; i++ {
			l.NextTick(tickThenMicrotask)
			l.QueueMicrotask(fn)
		}
		l.call(fn)
	})
	require.Zero(t, allocs)
	require.Equal(t, 1001*25, n)
}

func TestTimersPhaseAllocatesNothing(t *testing.T) {
	l, c := newFakeLoop(t)
	n := 0
	iv := l.SetInterval(func() { n++ }, time.Millisecond)
	tm := l.SetTimeout(func() { n++ }, time.Millisecond)
	allocs := testing.AllocsPerRun(1000, func() {
		tm.Refresh() // re-arms the fired timeout: no allocation either
		c.Advance(time.Millisecond)
		l.updateTime()
		l.runTimers()
	})
	require.Zero(t, allocs)
	require.Equal(t, 2*1001, n)
	iv.Close()
	tm.Close()
}

func TestCheckPhaseAllocatesNothing(t *testing.T) {
	l := newLoop(t)
	n := 0
	ims := make([]*Immediate, 8)
	for i := range ims {
		ims[i] = &Immediate{loop: l, fn: func() { n++ }}
	}
	allocs := testing.AllocsPerRun(1000, func() {
		for _, im := range ims { // re-queue the same immediates
			im.queued = true
			l.immediates.push(im)
			l.refImmediates++
			l.queuedImmediates++
		}
		l.runCheck()
	})
	require.Zero(t, allocs)
	require.Equal(t, 8*1001, n)
}

func TestPostBatchAllocatesNothing(t *testing.T) {
	l := newLoop(t)
	n := 0
	fn := func() { n++ }
	allocs := testing.AllocsPerRun(1000, func() {
		for i := 0; i < 16; i++ {
			_ = l.Post(fn)
		}
		l.runPosted()
	})
	require.Zero(t, allocs)
	require.Equal(t, 16*1001, n)
}
