package eventloop

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestAllTicksBeforeAnyMicrotask(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var tr trace
	l.QueueMicrotask(tr.fn("microtask 1"))
	l.NextTick(func() {
		tr.add("tick 1")
		l.NextTick(tr.fn("tick 3, queued by tick 1"))
		l.QueueMicrotask(tr.fn("microtask 3, queued by tick 1"))
	})
	l.QueueMicrotask(tr.fn("microtask 2"))
	l.NextTick(tr.fn("tick 2"))
	run(t, l)
	require.Equal(t, []string{
		"tick 1", "tick 2", "tick 3, queued by tick 1",
		"microtask 1", "microtask 2", "microtask 3, queued by tick 1",
	}, tr.ev)
}

func TestTicksQueuedByAMicrotaskRunBeforeTheNextMicrotaskBatch(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var tr trace
	l.QueueMicrotask(func() {
		tr.add("m1")
		l.NextTick(func() {
			tr.add("t1, queued by m1")
			l.QueueMicrotask(tr.fn("m4, queued by t1"))
			l.NextTick(tr.fn("t2, queued by t1"))
		})
		l.QueueMicrotask(tr.fn("m3, queued by m1: same batch"))
	})
	l.QueueMicrotask(tr.fn("m2"))
	run(t, l)
	require.Equal(t, []string{"m1", "m2", "m3, queued by m1: same batch", "t1, queued by m1", "t2, queued by t1", "m4, queued by t1"}, tr.ev)
}

func TestQueuesDrainAfterEveryCallback(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var tr trace
	for _, name := range []string{"timer a", "timer b"} {
		l.SetTimeout(func() {
			tr.add("%s", name)
			l.QueueMicrotask(tr.fn("microtask after " + name))
			l.NextTick(tr.fn("tick after " + name))
		}, ms(1))
	}
	l.SetTimeout(func() {
		for _, name := range []string{"immediate a", "immediate b"} {
			l.SetImmediate(func() {
				tr.add("%s", name)
				l.QueueMicrotask(tr.fn("microtask after " + name))
				l.NextTick(tr.fn("tick after " + name))
			})
		}
	}, ms(2))
	run(t, l)
	require.Equal(t, []string{
		"timer a", "tick after timer a", "microtask after timer a",
		"timer b", "tick after timer b", "microtask after timer b",
		"immediate a", "tick after immediate a", "microtask after immediate a",
		"immediate b", "tick after immediate b", "microtask after immediate b",
	}, tr.ev)
}

func TestImmediateQueuedFromAnImmediateRunsNextIteration(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var tr trace
	l.SetImmediate(func() {
		tr.add("A in iteration %d", l.iter)
		l.SetImmediate(func() { tr.add("B, queued by A, in iteration %d", l.iter) })
		l.NextTick(tr.fn("tick queued by A"))
	})
	l.SetImmediate(func() { tr.add("C in iteration %d", l.iter) })
	run(t, l)
	require.Equal(t, []string{"A in iteration 1", "tick queued by A", "C in iteration 1", "B, queued by A, in iteration 2"}, tr.ev)
}

func TestClearImmediate(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var tr trace
	early := l.SetImmediate(tr.fn("never: cleared by the main script"))
	var later *Immediate
	first := l.SetImmediate(func() {
		tr.add("first clears a later one of the same batch")
		l.ClearImmediate(later)
	})
	later = l.SetImmediate(tr.fn("never: cleared by first"))
	l.SetImmediate(tr.fn("last"))
	l.ClearImmediate(early)
	l.ClearImmediate(early) // twice
	l.ClearImmediate(nil)
	require.Equal(t, 3, l.CurrentStats().Immediates)
	run(t, l)
	require.Equal(t, []string{"first clears a later one of the same batch", "last"}, tr.ev)
	first.Clear() // after it ran: nothing happens
	require.Equal(t, 0, l.queuedImmediates)
	require.Equal(t, 0, l.refImmediates)
}

func TestImmediateRefs(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var tr trace
	var im *Immediate
	im = l.SetImmediate(func() {
		tr.add("ran at %v; HasRef inside its callback: %v", l.Now(), im.HasRef())
	})
	require.True(t, im.HasRef())
	require.Same(t, im, im.Unref().Unref())
	require.False(t, im.HasRef())
	run(t, l) // an unref'd immediate alone does not keep the loop alive
	require.Empty(t, tr.ev)

	// Nor does it stop the poll from blocking: it runs in the check phase
	// after the poll that waited for the timer.
	l.SetTimeout(tr.fn("timer"), ms(10))
	run(t, l)
	require.Equal(t, []string{"ran at 10ms; HasRef inside its callback: false", "timer"}, tr.ev)
	require.False(t, im.HasRef())
	im.Ref()
	require.False(t, im.HasRef(), "Ref after it ran does nothing")

	// Unref then Ref while queued keeps the loop alive again.
	tr.ev = nil
	im2 := l.SetImmediate(tr.fn("re-ref'd"))
	im2.Unref().Ref().Ref()
	require.True(t, im2.HasRef())
	run(t, l)
	require.Equal(t, []string{"re-ref'd"}, tr.ev)

	im3 := l.SetImmediate(tr.fn("never"))
	im3.Clear()
	require.False(t, im3.HasRef())
	im3.Unref().Ref()
	require.Equal(t, 0, l.refImmediates)
	run(t, l)
}

func TestClosePhaseAfterCheckPhase(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var tr trace
	var h Handle
	h.Init(l)
	h.Start()
	l.SetImmediate(func() {
		tr.add("immediate")
		h.Close(func() {
			tr.add("close callback")
			l.NextTick(tr.fn("tick after close callback"))
		})
		l.SetImmediate(tr.fn("next immediate"))
	})
	run(t, l)
	require.Equal(t, []string{"immediate", "close callback", "tick after close callback", "next immediate"}, tr.ev)
}

// TestResultDoneOutsideAnEvent: called from a callback that is not a
// readiness callback, ResultDone runs the ticks and lets the caller go
// on; with a Runner the microtasks wait for the frame.
func TestResultDoneOutsideAnEvent(t *testing.T) {
	t.Parallel()
	var tr trace
	l, _ := newFakeLoop(t, WithRunner(&frameRunner{tr: &tr}))
	l.SetImmediate(func() {
		tr.add("result 1")
		l.NextTick(tr.fn("tick of 1"))
		l.QueueMicrotask(tr.fn("microtask of 1"))
		require.True(t, l.ResultDone())
		tr.add("result 2")
	})
	run(t, l)
	require.Equal(t, []string{"[frame 1", "result 1", "tick of 1", "result 2", "]", "microtask of 1"}, tr.ev)
}
