package eventloop

import (
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestRunWithNothingToDoReturnsAtOnce(t *testing.T) {
	l := newLoop(t)
	run(t, l)
	run(t, l) // and again
	require.Equal(t, uint64(0), l.Stats().Iterations)
}

func TestMainScriptQueuesDrainBeforeTheFirstPhase(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var tr trace
	l.SetTimeout(tr.fn("timeout"), 0)
	l.SetImmediate(tr.fn("immediate"))
	l.QueueMicrotask(tr.fn("microtask"))
	l.NextTick(tr.fn("tick"))
	tr.add("main end")
	run(t, l)
	// On the fake clock the 1 ms timeout is not due before the first
	// check phase: the order is deterministic (in Node it is a race).
	require.Equal(t, []string{"main end", "tick", "microtask", "immediate", "timeout"}, tr.ev)
}

func TestRunWhileRunningReturnsErrRunning(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var nested, closeErr error
	l.SetTimeout(func() {
		nested = l.Run()
		closeErr = l.Close()
	}, ms(1))
	run(t, l)
	require.ErrorIs(t, nested, ErrRunning)
	require.ErrorIs(t, closeErr, ErrRunning)

	// From another goroutine too.
	var h Handle
	h.Init(l)
	h.Start()
	started := make(chan struct{})
	var once sync.Once
	remove := l.AddPrepare(func() { once.Do(func() { close(started) }) })
	done := make(chan error, 1)
	go func() { done <- l.Run() }()
	<-started
	require.ErrorIs(t, l.Run(), ErrRunning)
	require.ErrorIs(t, l.Close(), ErrRunning)
	require.NoError(t, l.Post(func() {
		remove()
		h.Close(nil)
	}))
	require.NoError(t, <-done)
}

func TestStopFromAnotherGoroutineEndsARunBlockedInPoll(t *testing.T) {
	l := newLoop(t)
	var h Handle
	h.Init(l)
	h.Start() // keeps the loop alive, with nothing to wake it: poll blocks forever
	polling := make(chan struct{})
	var once sync.Once
	remove := l.AddPrepare(func() { once.Do(func() { close(polling) }) })
	done := make(chan error, 1)
	go func() { done <- l.Run() }()
	<-polling // the loop is about to block in poll (or already does)
	l.Stop()
	require.NoError(t, <-done)

	// The loop is consistent: finish it properly.
	remove()
	h.Close(nil)
	run(t, l)
	require.False(t, h.Active())
}

func TestStopBeforeRunMakesTheNextRunReturn(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var tr trace
	l.SetTimeout(tr.fn("timeout"), ms(1))
	l.NextTick(tr.fn("tick"))
	l.Stop()
	run(t, l)
	require.Equal(t, []string{"tick"}, tr.ev, "only the main script's queues drain")
	run(t, l) // the stop was consumed
	require.Equal(t, []string{"tick", "timeout"}, tr.ev)
}

func TestStopInsideACallbackFinishesTheIteration(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var tr trace
	l.SetTimeout(func() {
		tr.add("timer 1")
		l.Stop()
		l.SetImmediate(tr.fn("immediate"))
		l.NextTick(tr.fn("tick"))
	}, ms(1))
	l.SetTimeout(tr.fn("timer 2 (same pass)"), ms(1))
	l.SetTimeout(tr.fn("timer 3"), ms(5))
	run(t, l)
	require.Equal(t, []string{"timer 1", "tick", "timer 2 (same pass)"}, tr.ev)
	run(t, l)
	require.Equal(t, []string{"timer 1", "tick", "timer 2 (same pass)", "immediate", "timer 3"}, tr.ev)
}

func TestCloseReportsLeaksThenEverythingReturnsErrClosed(t *testing.T) {
	l, err := New()
	require.NoError(t, err)
	var h Handle
	h.Init(l)
	h.Start()
	l.SetTimeout(func() {}, time.Hour)
	l.SetInterval(func() {}, time.Hour).Unref() // unref'd but still armed
	l.SetImmediate(func() {})
	l.NextTick(func() {})
	l.QueueMicrotask(func() {})
	l.BeginRequest()
	_, err = l.Watch(1000, nil) // Watch does not touch the descriptor until SetInterest
	require.NoError(t, err)
	require.NoError(t, l.Post(func() {}))

	err = l.Close()
	var leak *LeakError
	require.ErrorAs(t, err, &leak)
	require.Equal(t, LeakError{Handles: 1, Requests: 1, Timers: 2, Immediates: 1, Watchers: 1, Callbacks: 3}, *leak)
	require.Contains(t, err.Error(), "1 open handles")

	require.ErrorIs(t, l.Close(), ErrClosed)
	require.ErrorIs(t, l.Run(), ErrClosed)
	require.ErrorIs(t, l.Post(func() {}), ErrClosed)
	require.ErrorIs(t, l.Offload(func() func() { return nil }), ErrClosed)
	require.ErrorIs(t, OffloadValue(l, func() (int, error) { return 1, nil }, func(int, error) {}), ErrClosed)
	_, err = l.Watch(1001, nil)
	require.ErrorIs(t, err, ErrClosed)
	l.Stop() // harmless
	require.Equal(t, 1, l.Stats().ActiveHandles, "Stats still answers after Close")
}

func TestCloseOfACleanLoop(t *testing.T) {
	l, err := New()
	require.NoError(t, err)
	tm := l.SetTimeout(func() {}, time.Hour)
	tm.Close()
	im := l.SetImmediate(func() {})
	l.ClearImmediate(im)
	var h Handle
	h.Init(l)
	h.Close(nil)
	run(t, l) // runs the close callback
	require.NoError(t, l.Close())
	require.ErrorIs(t, l.Close(), ErrClosed)
}

func TestHandleLiveness(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var h Handle
	h.Init(l)
	require.Same(t, l, h.Loop())
	require.False(t, h.Active())
	require.True(t, h.HasRef())
	run(t, l) // initialized but inactive: does not keep the loop alive

	h.Start()
	h.Start() // idempotent
	require.True(t, h.Active())
	require.Equal(t, 1, l.CurrentStats().ActiveHandles)
	h.Unref()
	require.False(t, h.HasRef())
	require.Equal(t, 0, l.CurrentStats().ActiveHandles)
	run(t, l) // active but unref'd: the loop ends

	h.Ref()
	h.Ref() // idempotent
	var tr trace
	l.SetTimeout(func() {
		tr.add("timer stops the handle")
		h.Stop()
		h.Stop() // idempotent
	}, 10*time.Millisecond)
	run(t, l) // kept alive until the timer stops the handle
	require.Equal(t, []string{"timer stops the handle"}, tr.ev)
	require.Equal(t, time.Duration(10*time.Millisecond), l.Now())

	// Unref while inactive, then Start: still not keeping the loop alive.
	h.Unref()
	h.Start()
	require.Equal(t, 0, l.CurrentStats().ActiveHandles)
	h.Ref()
	require.Equal(t, 1, l.CurrentStats().ActiveHandles)

	require.Equal(t, 1, l.CurrentStats().OpenHandles)
	h.Close(func() {
		tr.add("close callback")
		require.True(t, h.Closing())
	})
	h.Close(func() { tr.add("second close: ignored") })
	require.True(t, h.Closing())
	require.False(t, h.Active())
	h.Start() // ignored once closing
	require.False(t, h.Active())
	run(t, l)
	require.Equal(t, []string{"timer stops the handle", "close callback"}, tr.ev)
	require.Equal(t, 0, l.CurrentStats().OpenHandles)
	require.True(t, h.Closing())

	var zero Handle
	zero.Close(nil) // a handle never initialized: nothing happens
}

func TestRequestsKeepTheLoopAliveRegardlessOfRefs(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var tr trace
	l.BeginRequest()
	l.BeginRequest()
	require.Equal(t, 2, l.CurrentStats().Requests)
	l.SetTimeout(func() { tr.add("first"); l.EndRequest() }, ms(5)).Unref()
	l.SetTimeout(func() { tr.add("second"); l.EndRequest() }, ms(10)).Unref()
	l.SetTimeout(tr.fn("never: unref'd and nothing else keeps the loop"), ms(20)).Unref().Close()
	run(t, l)
	require.Equal(t, []string{"first", "second"}, tr.ev)
	require.Equal(t, 0, l.CurrentStats().Requests)
	require.PanicsWithValue(t, "eventloop: EndRequest without a request in flight", l.EndRequest,
		"an end without a begin is a bookkeeping bug, not clamped at zero")
	require.Equal(t, 0, l.CurrentStats().Requests)
}

func TestPendingAndClosePhases(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var tr trace
	l.QueuePending(func() {
		tr.add("pending 1 (iteration %d)", l.iter)
		l.QueuePending(func() { tr.add("pending 3, queued during the phase (iteration %d)", l.iter) })
		l.NextTick(tr.fn("tick after pending 1"))
	})
	l.QueuePending(func() { tr.add("pending 2 (iteration %d)", l.iter) })
	l.QueueClose(func() {
		tr.add("close 1 (iteration %d)", l.iter)
		l.QueueClose(func() { tr.add("close 2, queued during the phase: next pass (iteration %d)", l.iter) })
	})
	run(t, l)
	require.Equal(t, []string{
		"pending 1 (iteration 1)",
		"tick after pending 1",
		"pending 2 (iteration 1)",
		// libuv re-runs the pending queue (up to 8 times) after poll.
		"pending 3, queued during the phase (iteration 1)",
		"close 1 (iteration 1)",
		// libuv detaches the closing list before it walks it.
		"close 2, queued during the phase: next pass (iteration 2)",
	}, tr.ev)
}

func TestPrepareHooks(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var tr trace
	var removeB func()
	removeA := l.AddPrepare(func() { tr.add("A %d", l.iter) })
	removeB = l.AddPrepare(func() {
		tr.add("B %d", l.iter)
		if l.iter == 2 {
			removeB() // removing itself while the hooks run
			removeB()
		}
	})
	l.SetTimeout(tr.fn("timer"), ms(1))
	l.SetTimeout(tr.fn("timer 2"), ms(2))
	run(t, l)
	removeA()
	require.Equal(t, []string{"A 1", "B 1", "timer", "A 2", "B 2", "timer 2"}, tr.ev)
	run(t, l) // hooks alone do not keep the loop alive
}

func TestRemovingALaterPrepareHookDuringThePhase(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var tr trace
	var removeB func()
	removeA := l.AddPrepare(func() { tr.add("A"); removeB() })
	removeB = l.AddPrepare(func() { tr.add("B") })
	l.SetImmediate(func() {})
	run(t, l)
	removeA()
	require.Equal(t, []string{"A"}, tr.ev)
}

func TestCallRunsLikeALoopCallback(t *testing.T) {
	t.Parallel()
	var panics []any
	l, _ := newFakeLoop(t, WithPanicHandler(func(v any, _ []byte) { panics = append(panics, v) }))
	var tr trace
	l.Call(func() {
		tr.add("body")
		l.NextTick(tr.fn("tick"))
	})
	require.Equal(t, []string{"body", "tick"}, tr.ev)
	l.Call(func() { panic("boom") })
	require.Equal(t, []any{"boom"}, panics)
	run(t, l) // the empty immediate queued after the handled panic
}

func TestPanicInCallBeforeRunIsReturnedByRun(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var tr trace
	l.SetImmediate(tr.fn("immediate"))
	l.Call(func() { l.NextTick(tr.fn("tick")); panic("main script failed") })
	err := l.Run()
	var pe *PanicError
	require.ErrorAs(t, err, &pe)
	require.Equal(t, "main script failed", pe.Value)
	require.Empty(t, tr.ev, "nothing ran")
	run(t, l) // the error was consumed
	require.Equal(t, []string{"tick", "immediate"}, tr.ev)
}

func TestLocal(t *testing.T) {
	l := newLoop(t)
	type key struct{}
	calls := 0
	init := func() any { calls++; return &calls }
	a := l.Local(key{}, init)
	b := l.Local(key{}, init)
	require.Same(t, a, b)
	require.Equal(t, 1, calls)
}

func TestNowAndUpdateTime(t *testing.T) {
	c := NewFakeClock()
	c.Advance(5*time.Millisecond + 700*time.Microsecond)
	l := newLoop(t, WithClock(c))
	require.Equal(t, 5*time.Millisecond, l.Now(), "whole milliseconds")
	c.Advance(2 * time.Millisecond)
	c.Advance(-time.Hour) // ignored
	require.Equal(t, 5*time.Millisecond, l.Now(), "cached")
	l.UpdateTime()
	require.Equal(t, 7*time.Millisecond, l.Now())
	require.Equal(t, 7*time.Millisecond+700*time.Microsecond, c.Now())
}

func TestRealClockNow(t *testing.T) {
	l := newLoop(t)
	before := l.Now()
	l.SetTimeout(func() {}, 2*time.Millisecond)
	run(t, l)
	require.GreaterOrEqual(t, l.Now()-before, 2*time.Millisecond)
}

func TestOptions(t *testing.T) {
	l := newLoop(t, WithEventBuffer(3), WithEventBuffer(0), WithLogger(nil))
	require.Len(t, l.events, 3)
	require.NotNil(t, l.log, "a nil logger is replaced by a no-op one")
}

func TestErrorsAreDistinct(t *testing.T) {
	require.False(t, errors.Is(ErrClosed, ErrRunning))
	require.NotEqual(t, ErrClosed.Error(), ErrRunning.Error())
}

func TestUncaughtPanicInACloseCallbackKeepsTheRestOfTheWalk(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var tr trace
	l.Call(func() {
		l.QueueClose(tr.fn("close 1"))
		l.QueueClose(func() { tr.add("close 2 panics"); panic("boom") })
		l.QueueClose(func() {
			tr.add("close 3")
			l.QueueClose(tr.fn("close 4, queued by close 3"))
		})
	})
	var pe *PanicError
	require.ErrorAs(t, l.Run(), &pe)
	require.Equal(t, []string{"close 3", "close 2 panics"}, tr.ev)
	run(t, l) // the walk goes on where it stopped, then the next pass
	require.Equal(t, []string{"close 3", "close 2 panics", "close 1", "close 4, queued by close 3"}, tr.ev)
}
