//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package eventloop

import (
	"fmt"
	"os"
	"runtime"
	"syscall"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"

	"github.com/nodenet/nodenet/poller"
)

// socketpair returns both ends of a non-blocking Unix stream socket pair,
// closed at the end of the test.
func socketpair(t testing.TB) (int, int) {
	t.Helper()
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM, 0)
	require.NoError(t, err)
	for _, fd := range fds {
		unix.CloseOnExec(fd)
		require.NoError(t, unix.SetNonblock(fd, true))
	}
	t.Cleanup(func() {
		unix.Close(fds[0])
		unix.Close(fds[1])
	})
	return fds[0], fds[1]
}

func write(t testing.TB, fd int, s string) {
	t.Helper()
	n, err := unix.Write(fd, []byte(s))
	require.NoError(t, err)
	require.Equal(t, len(s), n)
}

func readAll(fd int) string {
	var buf [256]byte
	n, _ := unix.Read(fd, buf[:])
	if n < 0 {
		n = 0
	}
	return string(buf[:n])
}

func TestPhaseOrderInOneIteration(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	a, b := socketpair(t)
	write(t, a, "x")
	var tr trace
	var h Handle
	h.Init(l)
	h.Start()
	var w *Watcher
	w, err := l.Watch(b, func(ev poller.Event) {
		tr.add("poll: I/O callback (iteration %d), readable=%v, read %q", l.iter, ev.Readable, readAll(b))
		require.NoError(t, w.Close())
		h.Close(func() { tr.add("close: the handle's close callback (iteration %d)", l.iter) })
		l.NextTick(func() { tr.add("tick after the I/O callback") })
	})
	require.NoError(t, err)
	w.SetInterest(poller.Read)
	l.QueuePending(func() { tr.add("pending (iteration %d)", l.iter) })
	remove := l.AddPrepare(func() { tr.add("prepare (iteration %d)", l.iter) })
	l.SetImmediate(func() { tr.add("check: immediate (iteration %d)", l.iter) })
	l.QueueClose(func() { tr.add("close: queued close callback (iteration %d)", l.iter) })
	l.SetTimeout(func() { tr.add("timers (iteration %d)", l.iter) }, 0)
	run(t, l)
	remove()
	require.Equal(t, []string{
		"pending (iteration 1)",
		"prepare (iteration 1)",
		`poll: I/O callback (iteration 1), readable=true, read "x"`,
		"tick after the I/O callback",
		"check: immediate (iteration 1)",
		// libuv's closing list is last in, first out.
		"close: the handle's close callback (iteration 1)",
		"close: queued close callback (iteration 1)",
		"prepare (iteration 2)",
		"timers (iteration 2)",
	}, tr.ev)
}

func TestImmediateBeforeTimeoutInsideAnIOCallback(t *testing.T) {
	// On the real clock: whatever the timing, inside an I/O callback the
	// immediate runs before a 0 ms timeout.
	for round := 0; round < 20; round++ {
		l := newLoop(t)
		a, b := socketpair(t)
		write(t, a, "x")
		var tr trace
		var h Handle
		h.Init(l)
		h.Start()
		var w *Watcher
		w, err := l.Watch(b, func(poller.Event) {
			readAll(b)
			require.NoError(t, w.Close())
			h.Close(nil)
			l.SetTimeout(tr.fn("timeout"), 0)
			l.SetImmediate(tr.fn("immediate"))
		})
		require.NoError(t, err)
		w.SetInterest(poller.Read)
		run(t, l)
		require.Equal(t, []string{"immediate", "timeout"}, tr.ev)
	}
}

func TestSetInterestIsBatchedAndARevertLosesNoEvent(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	a, b := socketpair(t)
	write(t, a, "data") // never read until the end: level-triggered, reported every poll
	var h Handle
	h.Init(l)
	h.Start()
	var iters []uint64
	var w *Watcher
	w, err := l.Watch(b, func(ev poller.Event) {
		iters = append(iters, l.iter)
		switch len(iters) {
		case 1, 2:
			// Change, then change back within one iteration: nothing is
			// pushed to the poller and the next poll still reports.
			w.SetInterest(0)
			w.SetInterest(poller.Read | poller.Write)
			w.SetInterest(poller.Read)
			require.Equal(t, poller.Read, w.Interest())
		case 3:
			readAll(b)
			require.NoError(t, w.Close())
			h.Close(nil)
		}
	})
	require.NoError(t, err)
	require.Equal(t, b, w.FD())
	w.SetInterest(poller.Write)
	w.SetInterest(poller.Read) // before the first poll: only Read is registered
	require.Len(t, l.dirty, 1, "queued once")
	run(t, l)
	require.Equal(t, []uint64{1, 2, 3}, iters)
	require.Empty(t, l.dirty)
}

func TestPauseAndResumeReading(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	a, b := socketpair(t)
	write(t, a, "data")
	var h Handle
	h.Init(l)
	h.Start()
	var tr trace
	var w *Watcher
	w, err := l.Watch(b, func(ev poller.Event) {
		tr.add("readable at %v", l.Now())
		if len(tr.ev) == 1 {
			w.SetInterest(0) // pause: the data stays unread, no more events
			l.SetTimeout(func() {
				tr.add("resume at %v", l.Now())
				w.SetInterest(poller.Read)
			}, ms(10))
			return
		}
		readAll(b)
		require.NoError(t, w.Close())
		h.Close(nil)
	})
	require.NoError(t, err)
	w.SetInterest(poller.Read)
	run(t, l)
	require.Equal(t, []string{"readable at 0s", "resume at 10ms", "readable at 10ms"}, tr.ev)
}

func TestClosingAWatcherDropsItsEventsOfTheSameBatch(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	a1, b1 := socketpair(t)
	a2, b2 := socketpair(t)
	write(t, a1, "1")
	write(t, a2, "2")
	var h Handle
	h.Init(l)
	h.Start()
	var tr trace
	watchers := map[int]*Watcher{}
	other := map[int]int{b1: b2, b2: b1}
	for _, fd := range []int{b1, b2} {
		w, err := l.Watch(fd, func(poller.Event) {
			tr.add("first callback (iteration %d)", l.iter)
			readAll(fd)
			require.NoError(t, watchers[fd].Close())
			// Close the other watcher, whose event is in this batch
			// too, and watch its descriptor again at once: neither the
			// closed watcher nor the new one may see the stale event.
			o := other[fd]
			require.NoError(t, watchers[o].Close())
			require.NoError(t, watchers[o].Close()) // twice
			var nw *Watcher
			nw, err := l.Watch(o, func(ev poller.Event) {
				tr.add("new watcher of the other descriptor (iteration %d), read %q", l.iter, readAll(o))
				require.NoError(t, nw.Close())
				h.Close(nil)
			})
			require.NoError(t, err)
			nw.SetInterest(poller.Read)
		})
		require.NoError(t, err)
		w.SetInterest(poller.Read)
		watchers[fd] = w
	}
	l.SetImmediate(func() {}) // makes the first poll non-blocking
	run(t, l)
	require.Len(t, tr.ev, 2)
	require.Equal(t, "first callback (iteration 1)", tr.ev[0])
	require.Contains(t, tr.ev[1], "new watcher of the other descriptor (iteration 2)")
}

func TestWatchErrors(t *testing.T) {
	l := newLoop(t)
	_, b := socketpair(t)
	_, err := l.Watch(-1, nil)
	require.Error(t, err)
	w, err := l.Watch(b, func(poller.Event) {})
	require.NoError(t, err)
	_, err = l.Watch(b, func(poller.Event) {})
	require.ErrorIs(t, err, ErrWatched)
	require.NoError(t, w.Close())
	w.SetInterest(poller.Read) // closed: ignored
	require.Empty(t, l.dirty)
	w2, err := l.Watch(b, func(poller.Event) {})
	require.NoError(t, err)
	require.NoError(t, w2.Close())
}

func TestFailedInterestChangeIsReportedAsAnErrorEvent(t *testing.T) {
	t.Parallel()
	l, _ := newFakeLoop(t)
	const notOpen = 4000 // no such descriptor: the poller refuses it
	var h Handle
	h.Init(l)
	h.Start()
	var tr trace
	var w *Watcher
	w, err := l.Watch(notOpen, func(ev poller.Event) {
		tr.add("event (iteration %d): err=%v fd=%d", l.iter, ev.Err, ev.FD)
		require.NoError(t, w.Close())
		h.Close(nil)
	})
	require.NoError(t, err)
	w.SetInterest(poller.Read)
	run(t, l)
	require.Equal(t, []string{"event (iteration 1): err=true fd=4000"}, tr.ev)
}

func TestPanicInAnIOCallback(t *testing.T) {
	t.Parallel()
	var tr trace
	l, _ := newFakeLoop(t, WithPanicHandler(func(v any, _ []byte) { tr.add("handled %v", v) }))
	a, b := socketpair(t)
	write(t, a, "x")
	var h Handle
	h.Init(l)
	h.Start()
	var w *Watcher
	w, err := l.Watch(b, func(poller.Event) {
		readAll(b)
		require.NoError(t, w.Close())
		h.Close(nil)
		l.NextTick(tr.fn("tick of the failed callback: after the next one that completes"))
		panic("io")
	})
	require.NoError(t, err)
	w.SetInterest(poller.Read)
	l.SetImmediate(tr.fn("immediate"))
	run(t, l)
	require.Equal(t, []string{"handled io", "immediate", "tick of the failed callback: after the next one that completes"}, tr.ev)
}

func TestDispatchAllocatesNothing(t *testing.T) {
	l := newLoop(t)
	_, b := socketpair(t)
	n := 0
	w, err := l.Watch(b, func(poller.Event) { n++ })
	require.NoError(t, err)
	l.events[0] = poller.Event{Token: w.token, FD: b, Readable: true}
	l.events[1] = poller.Event{Token: w.token + 1, FD: b, Readable: true} // stale: skipped
	allocs := testing.AllocsPerRun(1000, func() { l.dispatch(2) })
	require.Zero(t, allocs)
	require.Equal(t, 1001, n)
	require.NoError(t, w.Close())
}

// countingIO is an IOHandler that counts its events.
type countingIO struct{ n int }

func (c *countingIO) HandleIO(ev poller.Event) {
	if ev.Readable {
		c.n++
	}
}

func TestWatchHandlerDeliversToTheHandlerWithoutAllocating(t *testing.T) {
	l := newLoop(t)
	_, b := socketpair(t)
	var c countingIO
	allocs := testing.AllocsPerRun(100, func() {
		w, err := l.WatchHandler(b, &c)
		require.NoError(t, err)
		require.NoError(t, w.Close())
	})
	require.LessOrEqual(t, allocs, 1.0, "the Watcher only")
	w, err := l.WatchHandler(b, &c)
	require.NoError(t, err)
	_, err = l.WatchHandler(b, &c)
	require.ErrorIs(t, err, ErrWatched)
	l.events[0] = poller.Event{Token: w.token, FD: b, Readable: true}
	l.dispatch(1)
	require.Equal(t, 1, c.n)
	require.NoError(t, w.Close())
}

func TestWatchIntoTheOwnersStorage(t *testing.T) {
	l := newLoop(t)
	a, b := socketpair(t)
	type owner struct {
		countingIO
		w Watcher
	}
	var o owner
	require.False(t, o.w.Watching())
	o.w.SetInterest(poller.Read) // a zero Watcher ignores it
	require.NoError(t, o.w.Close())
	allocs := testing.AllocsPerRun(100, func() {
		require.NoError(t, l.WatchInto(&o.w, b, &o.countingIO))
		require.NoError(t, o.w.Close())
	})
	require.Zero(t, allocs)
	require.NoError(t, l.WatchInto(&o.w, b, &o.countingIO))
	require.True(t, o.w.Watching())
	require.Equal(t, b, o.w.FD())
	require.ErrorIs(t, l.WatchInto(&o.w, a, &o.countingIO), ErrWatching)
	old := o.w.Token()
	require.NoError(t, o.w.Close())
	require.NoError(t, l.WatchInto(&o.w, b, &o.countingIO))
	require.NotEqual(t, old, o.w.Token(), "a new watch, a new token")
	l.events[0] = poller.Event{Token: old, FD: b, Readable: true} // the old watch's: dropped
	l.events[1] = poller.Event{Token: o.w.Token(), FD: b, Readable: true}
	l.dispatch(2)
	require.Equal(t, 1, o.n)
	require.NoError(t, o.w.Close())
	require.LessOrEqual(t, unsafe.Sizeof(Watcher{}), uintptr(40))
}

func TestRefusedInterestChangeIsDeliveredWithItsError(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("kqueue watches regular files")
	}
	l := newLoop(t)
	f, err := os.CreateTemp(t.TempDir(), "regular")
	require.NoError(t, err)
	defer f.Close()
	var got []poller.Event
	var gotErr error
	var w *Watcher
	w, err = l.Watch(int(f.Fd()), func(ev poller.Event) {
		got = append(got, ev)
		gotErr = w.Err()
		require.NoError(t, w.Close())
		l.EndRequest()
	})
	l.BeginRequest() // a watcher alone does not keep the loop alive
	require.NoError(t, err)
	w.SetInterest(poller.Read) // epoll refuses regular files (EPERM)
	run(t, l)
	require.Len(t, got, 1)
	require.True(t, got[0].Err)
	require.ErrorIs(t, gotErr, syscall.EPERM)
}

// TestResultDoneBetweenResults: a readiness callback delivering several
// results calls ResultDone between them, so that what one result queued
// (nextTicks, then microtasks) runs before the next. Without a Runner the
// loop drains at once; with one, the callback returns and is called again
// in a frame of its own, after the host's microtasks.
func TestResultDoneBetweenResults(t *testing.T) {
	t.Parallel()
	for _, withRunner := range []bool{false, true} {
		t.Run(fmt.Sprintf("runner=%v", withRunner), func(t *testing.T) {
			var tr trace
			var opts []Option
			if withRunner {
				opts = append(opts, WithRunner(&frameRunner{tr: &tr}))
			}
			l, _ := newFakeLoop(t, opts...)
			a, b := socketpair(t)
			write(t, a, "x")
			var h Handle // keeps the loop alive while the watcher waits
			h.Init(l)
			h.Start()
			next, calls := 1, 0
			var w *Watcher
			w, err := l.Watch(b, func(ev poller.Event) {
				calls++
				resumed := calls > 1
				for ; next <= 3; next++ {
					if next > 1 && !resumed && !l.ResultDone() {
						return // called again for result next
					}
					resumed = false
					i := next
					tr.add("result %d", i)
					l.NextTick(func() { tr.add("tick of %d", i) })
					l.QueueMicrotask(func() { tr.add("microtask of %d", i) })
				}
				readAll(b)
				require.NoError(t, w.Close())
				h.Close(nil)
			})
			require.NoError(t, err)
			w.SetInterest(poller.Read)
			run(t, l)
			want := []string{
				"result 1", "tick of 1", "microtask of 1",
				"result 2", "tick of 2", "microtask of 2",
				"result 3", "tick of 3", "microtask of 3",
			}
			if withRunner {
				require.Equal(t, 3, calls, "a frame per result")
				want = []string{
					"[frame 1", "result 1", "tick of 1", "]", "microtask of 1",
					"[frame 2", "result 2", "tick of 2", "]", "microtask of 2",
					"[frame 3", "result 3", "tick of 3", "]", "microtask of 3",
				}
			}
			require.Equal(t, want, tr.ev)
		})
	}
}
