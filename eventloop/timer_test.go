package eventloop

import (
	"math/rand"
	"sort"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestTimersRunByExpiryThenCreation(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t, WithWarningHandler(func(string, string) {}))
	var tr trace
	l.SetTimeout(tr.fn("10 a"), ms(10))
	l.SetTimeout(tr.fn("5 a"), ms(5))
	l.SetTimeout(tr.fn("10 b"), ms(10))
	l.SetTimeout(tr.fn("0 (means 1)"), 0)
	l.SetTimeout(tr.fn("1"), ms(1))
	l.SetInterval(func() {}, ms(20)).Close()
	l.SetTimeout(tr.fn("20"), ms(20))
	l.SetTimeout(tr.fn("5 b"), ms(5))
	l.SetTimeout(tr.fn("-3 (means 1)"), ms(-3))
	run(t, l)
	require.Equal(t, []string{"0 (means 1)", "1", "-3 (means 1)", "5 a", "5 b", "10 a", "10 b", "20"}, tr.ev)
}

func TestTimerStartIsReadFromTheClockWhenArmed(t *testing.T) {
	t.Parallel()
	// Node's getLibuvNow updates the loop time: a timer armed after a slow
	// stretch of the main script counts from the time it was armed.
	l, c := newFakeLoop(t)
	var tr trace
	l.SetTimeout(tr.fn("2 ms, armed at 0"), ms(2))
	c.Advance(ms(10)) // a busy main script
	l.SetTimeout(tr.fn("1 ms, armed at 10"), ms(1))
	run(t, l)
	require.Equal(t, []string{"2 ms, armed at 0", "1 ms, armed at 10"}, tr.ev)
}

func TestTimersOfOneDurationRunTogetherWhenTheLoopIsLate(t *testing.T) {
	t.Parallel()
	// Node keeps one list per duration and, in the timers phase, runs
	// every due timer of the earliest list before the next list, so a
	// late loop runs A, B (30 ms list) before C (25 ms list) although C
	// expires before B. The same scenario runs under real Node in
	// test/conformance/loop/timers_late.js.
	l, c := newFakeLoop(t)
	var tr trace
	l.SetTimeout(tr.fn("A 30 ms, armed at 0 (expires 30)"), ms(30))
	c.Advance(ms(10))
	l.SetTimeout(tr.fn("B 30 ms, armed at 10 (expires 40)"), ms(30))
	l.SetTimeout(tr.fn("C 25 ms, armed at 10 (expires 35)"), ms(25))
	c.Advance(ms(60))
	run(t, l)
	require.Equal(t, []string{"A 30 ms, armed at 0 (expires 30)", "B 30 ms, armed at 10 (expires 40)", "C 25 ms, armed at 10 (expires 35)"}, tr.ev)
}

func TestListRescheduledAfterItsHeadRanYieldsTiesToOlderLists(t *testing.T) {
	t.Parallel()
	// Node's tie-break between lists is the list id, which a list gets
	// again each time it is re-scheduled: at 10 the 10 ms list runs A and
	// is re-scheduled for B (15) after the 9 ms list (15) was created, so
	// C runs before B although B was armed first.
	l, c := newFakeLoop(t)
	var tr trace
	l.SetTimeout(tr.fn("A 10 ms at 0"), ms(10))
	c.Advance(ms(5))
	l.SetTimeout(tr.fn("B 10 ms at 5 (expires 15)"), ms(10))
	c.Advance(ms(1))
	l.SetTimeout(tr.fn("C 9 ms at 6 (expires 15)"), ms(9))
	run(t, l)
	require.Equal(t, []string{"A 10 ms at 0", "C 9 ms at 6 (expires 15)", "B 10 ms at 5 (expires 15)"}, tr.ev)
}

func TestTimerArmedInTheTimersPhaseWaitsForALaterPass(t *testing.T) {
	t.Parallel()
	l, c := newFakeLoop(t)
	var tr trace
	l.SetTimeout(func() {
		tr.add("timer at %v", l.Now())
		c.Advance(ms(5)) // the callback is slow
		l.SetTimeout(func() { tr.add("0 ms timer armed by the timer, at %v", l.Now()) }, 0)
		l.SetImmediate(tr.fn("immediate armed by the timer"))
		l.NextTick(tr.fn("tick armed by the timer"))
	}, ms(1))
	l.SetTimeout(func() { tr.add("3 ms timer, due during the slow callback, at %v", l.Now()) }, ms(3))
	run(t, l)
	require.Equal(t, []string{
		"timer at 1ms",
		"tick armed by the timer",
		"immediate armed by the timer",
		"3 ms timer, due during the slow callback, at 6ms",
		"0 ms timer armed by the timer, at 7ms",
	}, tr.ev)
}

func TestDelayNormalization(t *testing.T) {
	t.Parallel()
	var warnings []string
	l, _ := newFakeLoop(t, WithWarningHandler(func(name, msg string) { warnings = append(warnings, name+": "+msg) }))
	for _, c := range []struct {
		in, want time.Duration
	}{
		{0, ms(1)},
		{ms(0.5), ms(1)},
		{ms(-5), ms(1)},
		{ms(1.9), ms(1)}, // Node truncates (MathTrunc in insert)
		{ms(2.5), ms(2)},
		{TimeoutMax, TimeoutMax},
		{TimeoutMax + ms(0.5), ms(1)},
	} {
		tm := l.SetTimeout(func() {}, c.in)
		require.Equal(t, c.want, tm.Delay(), "delay %v", c.in)
		require.True(t, tm.Armed())
		tm.Close()
		require.False(t, tm.Armed())
	}
	run(t, l) // delivers the warnings
	require.Equal(t, []string{
		"TimeoutNegativeWarning: -5 is a negative number.\nTimeout duration was set to 1.",
		"TimeoutOverflowWarning: 2147483647.5 does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.",
	}, warnings)
}

func TestTimeoutWarningsAreEmittedOnTheTickQueue(t *testing.T) {
	t.Parallel()
	// The exact text and timing of Node's process.emitWarning (checked
	// against the oracle in test/conformance/loop/timeout_warning.js).
	var tr trace
	l, _ := newFakeLoop(t, WithWarningHandler(func(name, msg string) { tr.add("warning %s: %q", name, msg) }))
	l.NextTick(tr.fn("tick before"))
	l.SetTimeout(tr.fn("overflowed timeout fired"), 1<<31*time.Millisecond)
	l.NextTick(tr.fn("tick after"))
	l.SetTimeout(tr.fn("negative timeout fired"), ms(-5))
	l.SetTimeout(func() {}, ms(-10)) // no second negative warning
	l.SetInterval(func() {}, ms(1<<31+0.5)).Close()
	l.Warn("CustomWarning", "from a layer above")
	tr.add("main end")
	run(t, l)
	require.Equal(t, []string{
		"main end",
		"tick before",
		`warning TimeoutOverflowWarning: "2147483648 does not fit into a 32-bit signed integer.\nTimeout duration was set to 1."`,
		"tick after",
		`warning TimeoutNegativeWarning: "-5 is a negative number.\nTimeout duration was set to 1."`,
		`warning TimeoutOverflowWarning: "2147483648.5 does not fit into a 32-bit signed integer.\nTimeout duration was set to 1."`,
		`warning CustomWarning: "from a layer above"`,
		"overflowed timeout fired",
		"negative timeout fired",
	}, tr.ev)
}

func TestUnrefTimerDoesNotKeepRunAlive(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var tr trace
	u := l.SetTimeout(tr.fn("unref'd 10 ms"), ms(10)).Unref()
	require.False(t, u.HasRef())
	l.SetTimeout(tr.fn("ref'd 5 ms"), ms(5))
	iv := l.SetInterval(func() { tr.add("unref'd interval at %v", l.Now()) }, ms(2)).Unref()
	require.Equal(t, 3, l.CurrentStats().Timers)
	require.Equal(t, 1, l.CurrentStats().RefTimers)
	run(t, l)
	require.Equal(t, []string{"unref'd interval at 2ms", "unref'd interval at 4ms", "ref'd 5 ms"}, tr.ev)
	require.True(t, u.Armed(), "still armed after Run returned")
	iv.Close()

	u.Ref().Ref()
	require.True(t, u.HasRef())
	run(t, l)
	require.Equal(t, "unref'd 10 ms", tr.ev[len(tr.ev)-1])
	require.Equal(t, ms(10), l.Now())

	// Unref then Ref while armed, and Unref of a fired timer.
	tm := l.SetTimeout(tr.fn("re-ref'd"), ms(1)).Unref().Ref()
	run(t, l)
	require.Equal(t, "re-ref'd", tr.ev[len(tr.ev)-1])
	tm.Unref().Ref() // fired: no effect on liveness
	require.Equal(t, 0, l.CurrentStats().RefTimers)
	run(t, l)
}

func TestUnrefInsideOwnCallback(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	n := 0
	var iv *Timer
	iv = l.SetInterval(func() {
		n++
		if n == 2 {
			iv.Unref() // nothing else keeps the loop alive now
		}
	}, ms(1))
	run(t, l)
	require.Equal(t, 2, n)
	require.True(t, iv.Armed())
	iv.Close()
	require.Equal(t, 0, l.CurrentStats().RefTimers)
}

func TestClearIntervalInsideItsOwnCallback(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var tr trace
	n := 0
	var iv *Timer
	iv = l.SetInterval(func() {
		n++
		tr.add("interval %d at %v", n, l.Now())
		if n == 3 {
			l.ClearInterval(iv)
			l.SetTimeout(func() { tr.add("after clear at %v", l.Now()) }, ms(20))
		}
	}, ms(5))
	l.ClearInterval(nil)
	l.ClearTimeout(nil)
	run(t, l)
	require.Equal(t, []string{"interval 1 at 5ms", "interval 2 at 10ms", "interval 3 at 15ms", "after clear at 35ms"}, tr.ev)
	require.False(t, iv.Armed())
	iv.Refresh() // cleared: Refresh does nothing
	require.False(t, iv.Armed())
}

func TestClearingALaterTimerOfTheSamePass(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var tr trace
	var b, c *Timer
	l.SetTimeout(func() {
		tr.add("a clears b and c")
		b.Close()
		l.ClearTimeout(c)
	}, ms(1))
	b = l.SetTimeout(tr.fn("b"), ms(1))
	c = l.SetTimeout(tr.fn("c"), ms(3))
	l.SetTimeout(tr.fn("d"), ms(1))
	run(t, l)
	require.Equal(t, []string{"a clears b and c", "d"}, tr.ev)
}

// An interval is re-armed from the time its callback started. The time the
// callback itself takes is not taken off the next wait, though: as libuv's
// uv__backend_timeout, the loop computes its poll timeout from the loop time
// cached before the callbacks ran, so a callback that takes 3 ms delays the
// next run by 3 ms (Node does the same).
func TestIntervalRearmsFromTheStartOfItsCallback(t *testing.T) {
	t.Parallel()
	l, c := newFakeLoop(t)
	var at []time.Duration
	var iv *Timer
	iv = l.SetInterval(func() {
		at = append(at, l.Now())
		switch len(at) {
		case 1:
			c.Advance(ms(3)) // due at 20, but the poll waits 10 ms from 13
		case 2:
			c.Advance(ms(15)) // due at 33, the poll waits 10 ms from 38
		case 3:
			l.SetImmediate(func() {}) // the check phase comes first, no wait
			c.Advance(ms(15))         // due at 58: the timers phase after check runs it at 63
		case 5:
			iv.Close()
		}
	}, ms(10))
	run(t, l)
	require.Equal(t, []time.Duration{ms(10), ms(23), ms(48), ms(63), ms(73)}, at)
}

func TestIntervalWithNextTickAndMicrotask(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var tr trace
	n := 0
	var iv *Timer
	iv = l.SetInterval(func() {
		n++
		tr.add("interval %d", n)
		l.NextTick(func() {
			tr.add("tick %d", n)
			if n == 2 {
				iv.Close()
			}
		})
		l.QueueMicrotask(func() { tr.add("microtask %d", n) })
	}, ms(1))
	l.SetTimeout(tr.fn("timeout 1 ms (same list, after the interval)"), ms(1))
	run(t, l)
	require.Equal(t, []string{
		"interval 1", "tick 1", "microtask 1",
		"timeout 1 ms (same list, after the interval)",
		"interval 2", "tick 2", "microtask 2",
	}, tr.ev)
}

func TestRefreshBeforeAndAfterFiring(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var tr trace
	var tm *Timer
	tm = l.SetTimeout(func() { tr.add("timeout at %v", l.Now()) }, ms(20))
	l.SetTimeout(func() { tr.add("refresh at %v", l.Now()); require.Same(t, tm, tm.Refresh()) }, ms(10))
	l.SetTimeout(func() { tr.add("25 ms timer at %v", l.Now()) }, ms(25))
	run(t, l)
	require.Equal(t, []string{"refresh at 10ms", "25 ms timer at 25ms", "timeout at 30ms"}, tr.ev)

	// After firing, Refresh re-arms the timeout and it keeps the loop
	// alive again (Node re-arms a fired timeout).
	tr.ev = nil
	require.False(t, tm.Armed())
	l.SetImmediate(func() { tm.Refresh() })
	run(t, l)
	require.Equal(t, []string{"timeout at 50ms"}, tr.ev)

	// Refresh of an unref'd fired timeout does not keep the loop alive.
	tm.Unref().Refresh()
	require.True(t, tm.Armed())
	run(t, l)
	require.Equal(t, []string{"timeout at 50ms"}, tr.ev)
	tm.Close()
	tm.Refresh() // no effect after Close
	require.False(t, tm.Armed())
}

func TestRefreshInsideOwnCallback(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var at []time.Duration
	var tm *Timer
	id := 0
	tm = l.SetTimeout(func() {
		at = append(at, l.Now())
		if len(at) < 3 {
			tm.Refresh()
		}
	}, ms(4))
	id = tm.ID()
	run(t, l)
	require.Equal(t, []time.Duration{ms(4), ms(8), ms(12)}, at)
	require.Equal(t, id, tm.ID(), "never destroyed in between: same id")
}

func TestRefreshOfAnIntervalAndOfAnIntervalInsideItsCallback(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var at []time.Duration
	var iv *Timer
	iv = l.SetInterval(func() {
		at = append(at, l.Now())
		iv.Refresh() // then re-armed from the callback's start anyway
		if len(at) == 3 {
			iv.Close()
		}
	}, ms(10))
	l.SetTimeout(func() { iv.Refresh() }, ms(5)) // pushes the first run to 15
	run(t, l)
	require.Equal(t, []time.Duration{ms(15), ms(25), ms(35)}, at)
}

func TestClearedAfterFiringThenRefreshedKeepsTheLoopAliveAndRunsNothing(t *testing.T) {
	t.Parallel()
	// Node: clearTimeout of a fired timeout does not stop refresh() from
	// arming it again; it then keeps the loop alive until it expires and
	// runs nothing.
	l, _ := newFakeLoop(t)
	n := 0
	tm := l.SetTimeout(func() { n++ }, ms(40))
	l.SetTimeout(func() {
		tm.Close()
		tm.Refresh()
		require.True(t, tm.Armed())
		tm.Close() // a second Close does nothing
	}, ms(50))
	run(t, l)
	require.Equal(t, 1, n)
	require.Equal(t, ms(90), l.Now())
	require.False(t, tm.Armed())
}

func TestClearTimeoutID(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	var tr trace
	a := l.SetTimeout(tr.fn("a: never, cleared by id"), ms(10))
	ida := a.ID()
	require.Equal(t, ida, a.ID(), "stable")
	l.ClearTimeoutID(ida)
	require.False(t, a.Armed())

	b := l.SetTimeout(tr.fn("b fired"), ms(10))
	idb := b.ID()
	require.NotEqual(t, ida, idb)
	l.SetTimeout(func() {
		b.Refresh()
		l.ClearTimeoutID(idb) // dead since b fired, as in Node
		tr.add("b refreshed; same id: %v", b.ID() == idb)
	}, ms(30))

	n := 0
	var iv *Timer
	iv = l.SetInterval(func() {
		n++
		if n == 2 {
			l.ClearTimeoutID(iv.ID()) // an interval's id stays valid
		}
	}, ms(3))
	l.ClearTimeoutID(12345) // unknown: ignored
	run(t, l)
	require.Equal(t, []string{"b fired", "b refreshed; same id: false", "b fired"}, tr.ev)
	require.Equal(t, 2, n)

	// An id taken after the timeout fired is registered, as Node's.
	c := l.SetTimeout(func() {}, ms(1))
	run(t, l)
	c.Refresh()
	l.ClearTimeoutID(c.ID()) // registered now (taken after the refresh)
	require.False(t, c.Armed())
	run(t, l)
}

func TestTimerCallbackPanicsAreHandledAndOtherTimersRun(t *testing.T) {
	t.Parallel()
	var tr trace
	l, _ := newFakeLoop(t, WithPanicHandler(func(v any, _ []byte) { tr.add("handled %v", v) }))
	n := 0
	var iv *Timer
	iv = l.SetInterval(func() {
		n++
		tr.add("interval %d", n)
		if n == 2 {
			iv.Close()
		}
		panic(n)
	}, ms(1))
	l.SetTimeout(tr.fn("timeout in the same pass"), ms(1))
	run(t, l)
	require.Equal(t, []string{"interval 1", "handled 1", "timeout in the same pass", "interval 2", "handled 2"}, tr.ev)
}

// TestRandomTimers arms, re-arms and cancels many timers at random on the
// fake clock. The loop is never late there, so every timer that is not
// cancelled fires exactly once, exactly at its expiry, and the expiries of
// the timers fired come in non-decreasing order.
func TestRandomTimers(t *testing.T) {
	t.Parallel()
	for seed := int64(1); seed <= 20; seed++ {
		rng := rand.New(rand.NewSource(seed))
		l, _ := newFakeLoop(t)
		type rec struct {
			tm        *Timer
			expiry    time.Duration
			fired     int
			cancelled bool
		}
		var all []*rec
		var order []time.Duration
		var arm func(depth int)
		arm = func(depth int) {
			r := &rec{}
			d := time.Duration(1+rng.Intn(30)) * time.Millisecond
			r.tm = l.SetTimeout(func() {
				r.fired++
				require.Equal(t, r.expiry, l.Now(), "seed %d: fired on time", seed)
				order = append(order, l.Now())
				if depth < 3 {
					for i := rng.Intn(3); i > 0; i-- {
						arm(depth + 1)
					}
				}
				// Cancel or refresh a random other timer.
				o := all[rng.Intn(len(all))]
				switch {
				case o.fired == 0 && !o.cancelled && rng.Intn(4) == 0:
					o.tm.Close()
					o.cancelled = true
				case o.fired == 0 && !o.cancelled && rng.Intn(4) == 0:
					o.tm.Refresh()
					o.expiry = l.Now() + o.tm.Delay()
				}
			}, d)
			r.expiry = l.Now() + r.tm.Delay()
			all = append(all, r)
		}
		// Arm the first timers at a few different times (the loop must
		// not be late: nothing may advance the clock while it runs).
		for i := 0; i < 200; i++ {
			if i%50 == 49 {
				l.SetTimeout(func() {
					for j := 0; j < 50; j++ {
						arm(0)
					}
				}, time.Duration(1+rng.Intn(5))*time.Millisecond)
				continue
			}
			arm(0)
		}
		run(t, l)
		require.True(t, sort.SliceIsSorted(order, func(i, j int) bool { return order[i] < order[j] }), "seed %d", seed)
		for _, r := range all {
			if r.cancelled {
				require.Zero(t, r.fired, "seed %d", seed)
			} else {
				require.Equal(t, 1, r.fired, "seed %d", seed)
			}
		}
		require.Empty(t, l.timerQueue)
		require.Empty(t, l.timerLists)
		require.Zero(t, l.armedTimers)
		require.Zero(t, l.refTimers)
	}
}

func TestListHeap(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var h listHeap
	check := func() {
		for i, tl := range h {
			require.Equal(t, i, tl.pos)
			if i > 0 {
				require.False(t, h.less(i, (i-1)/2), "heap order at %d", i)
			}
		}
	}
	seq := uint64(0)
	for i := 0; i < 2000; i++ {
		switch op := rng.Intn(4); {
		case op < 2 || len(h) == 0:
			seq++
			h.push(&timerList{expiry: time.Duration(rng.Intn(100)), id: seq})
		case op == 2:
			tl := h[rng.Intn(len(h))]
			h.remove(tl.pos)
			require.Equal(t, -1, tl.pos)
		default:
			tl := h[rng.Intn(len(h))]
			tl.expiry = time.Duration(rng.Intn(100))
			h.fix(tl.pos)
		}
		check()
	}
	// Popping yields (expiry, id) order.
	var prev *timerList
	for len(h) > 0 {
		tl := h[0]
		h.remove(0)
		if prev != nil {
			require.True(t, prev.expiry < tl.expiry || prev.expiry == tl.expiry && prev.id < tl.id)
		}
		prev = tl
		check()
	}
}

func TestManyTimersOfOneDuration(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	const n = 10000
	next := 0
	timers := make([]*Timer, n)
	for i := range timers {
		i := i
		timers[i] = l.SetTimeout(func() {
			require.Equal(t, next, i)
			next++
			if i%2 == 0 && i+1 < n {
				timers[i+1].Close() // O(1) removal from the list
				next++
			}
		}, ms(7))
	}
	require.Len(t, l.timerQueue, 1, "one list per duration")
	run(t, l)
	require.Equal(t, n, next)
}
