//go:build linux || darwin || freebsd

// This file exists to check every backend against real descriptors
// (socketpairs, pipes and a loopback TCP listener) so that the loop can rely
// on the same readiness semantics on Linux, macOS and FreeBSD. No test
// sleeps: each one waits for the event it expects.

package poller

import (
	"math"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
	"golang.org/x/sys/unix"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// patience bounds how long a test waits for an event that must come; it
// only turns a broken backend into a failure instead of a hung test.
const patience = 30 * time.Second

func newPoller(t *testing.T) *Poller {
	t.Helper()
	p, err := New()
	require.NoError(t, err)
	t.Cleanup(func() {
		if err := p.Close(); err != nil {
			require.ErrorIs(t, err, ErrClosed)
		}
	})
	return p
}

// closeOnCleanup closes fd at the end of the test unless the test has set
// *fd to -1 after closing it itself.
func closeOnCleanup(t *testing.T, fd *int) {
	t.Cleanup(func() {
		if *fd >= 0 {
			unix.Close(*fd)
		}
	})
}

func nonblock(t *testing.T, fds ...int) {
	t.Helper()
	for _, fd := range fds {
		require.NoError(t, unix.SetNonblock(fd, true))
		unix.CloseOnExec(fd)
	}
}

// socketPair returns two connected, non-blocking stream sockets.
func socketPair(t *testing.T) (a, b *int) {
	t.Helper()
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM, 0)
	require.NoError(t, err)
	nonblock(t, fds[0], fds[1])
	a, b = &fds[0], &fds[1]
	closeOnCleanup(t, a)
	closeOnCleanup(t, b)
	return a, b
}

// pipe returns the non-blocking read and write ends of a pipe.
func pipe(t *testing.T) (r, w *int) {
	t.Helper()
	fds := make([]int, 2)
	require.NoError(t, unix.Pipe(fds))
	nonblock(t, fds[0], fds[1])
	r, w = &fds[0], &fds[1]
	closeOnCleanup(t, r)
	closeOnCleanup(t, w)
	return r, w
}

func write(t *testing.T, fd int, s string) {
	t.Helper()
	n, err := unix.Write(fd, []byte(s))
	require.NoError(t, err)
	require.Equal(t, len(s), n)
}

// waitFor waits until p reports fd and returns that event, failing the test
// if it never comes. Events for other descriptors are ignored.
func waitFor(t *testing.T, p *Poller, fd int) Event {
	t.Helper()
	events := make([]Event, 16)
	deadline := time.Now().Add(patience)
	for time.Now().Before(deadline) {
		n, err := p.Wait(events, time.Second)
		require.NoError(t, err)
		for _, ev := range events[:n] {
			if ev.FD == fd {
				return ev
			}
		}
	}
	t.Fatalf("no event for fd %d within %v", fd, patience)
	return Event{}
}

// requireQuiet asserts that a non-blocking Wait reports nothing.
func requireQuiet(t *testing.T, p *Poller) {
	t.Helper()
	events := make([]Event, 16)
	n, err := p.Wait(events, 0)
	require.NoError(t, err)
	require.Zero(t, n, "unexpected events: %+v", events[:n])
}

func TestReadableAfterWrite(t *testing.T) {
	p := newPoller(t)
	a, b := socketPair(t)
	require.NoError(t, p.Add(*a, Read, 7))
	write(t, *b, "hello")
	ev := waitFor(t, p, *a)
	require.Equal(t, Event{Token: 7, FD: *a, Readable: true}, ev)

	// Level-triggered: unread data is reported again.
	ev = waitFor(t, p, *a)
	require.True(t, ev.Readable)

	// Once drained, it is quiet.
	buf := make([]byte, 16)
	n, err := unix.Read(*a, buf)
	require.NoError(t, err)
	require.Equal(t, "hello", string(buf[:n]))
	requireQuiet(t, p)
}

func TestNotReadableBeforeWrite(t *testing.T) {
	p := newPoller(t)
	a, _ := socketPair(t)
	require.NoError(t, p.Add(*a, Read, 1))
	requireQuiet(t, p)
}

func TestWritableImmediately(t *testing.T) {
	p := newPoller(t)
	a, _ := socketPair(t)
	require.NoError(t, p.Add(*a, Write, 3))
	ev := waitFor(t, p, *a)
	require.Equal(t, Event{Token: 3, FD: *a, Writable: true}, ev)
}

func TestReadAndWriteAreOneEvent(t *testing.T) {
	p := newPoller(t)
	a, b := socketPair(t)
	write(t, *b, "x")
	require.NoError(t, p.Add(*a, Read|Write, 9))

	events := make([]Event, 16)
	deadline := time.Now().Add(patience)
	var got []Event
	for len(got) == 0 && time.Now().Before(deadline) {
		n, err := p.Wait(events, time.Second)
		require.NoError(t, err)
		got = append(got, events[:n]...)
	}
	require.Equal(t, []Event{{Token: 9, FD: *a, Readable: true, Writable: true}}, got)
}

func TestTokenRoundTrip(t *testing.T) {
	p := newPoller(t)
	tokens := []uint64{0, 1, 1<<32 + 5, 1<<63 | 42, math.MaxUint64}
	byFD := map[int]uint64{}
	for _, tok := range tokens {
		a, b := socketPair(t)
		write(t, *b, "x")
		require.NoError(t, p.Add(*a, Read, tok))
		byFD[*a] = tok
	}
	for fd, tok := range byFD {
		require.Equal(t, tok, waitFor(t, p, fd).Token, "fd %d", fd)
	}

	// Modify replaces the token.
	for fd := range byFD {
		require.NoError(t, p.Modify(fd, Read, uint64(fd)<<40|3))
	}
	for fd := range byFD {
		require.Equal(t, uint64(fd)<<40|3, waitFor(t, p, fd).Token)
	}
}

func TestModifyWriteOnlyStopsReadEvents(t *testing.T) {
	p := newPoller(t)
	a, b := socketPair(t)
	write(t, *b, "pending")
	require.NoError(t, p.Add(*a, Read, 1))
	require.True(t, waitFor(t, p, *a).Readable)

	// Pause reading: only writability is reported, with the new token.
	require.NoError(t, p.Modify(*a, Write, 2))
	ev := waitFor(t, p, *a)
	require.Equal(t, Event{Token: 2, FD: *a, Writable: true}, ev)

	// No interest at all: the pending data is not reported.
	require.NoError(t, p.Modify(*a, 0, 3))
	requireQuiet(t, p)

	// Resume reading: the data that waited is reported at once.
	require.NoError(t, p.Modify(*a, Read, 4))
	require.Equal(t, Event{Token: 4, FD: *a, Readable: true}, waitFor(t, p, *a))
}

func TestModifyUnregistered(t *testing.T) {
	p := newPoller(t)
	a, _ := socketPair(t)
	require.Error(t, p.Modify(*a, Read, 1))
}

func TestRemoveStopsAllEvents(t *testing.T) {
	p := newPoller(t)
	a, b := socketPair(t)
	write(t, *b, "pending")
	require.NoError(t, p.Add(*a, Read|Write, 1))
	ev := waitFor(t, p, *a)
	require.True(t, ev.Readable && ev.Writable)

	require.NoError(t, p.Remove(*a))
	requireQuiet(t, p)
	require.Error(t, p.Remove(*a), "second Remove")

	// It can be added again.
	require.NoError(t, p.Add(*a, Read, 2))
	require.Equal(t, uint64(2), waitFor(t, p, *a).Token)
}

func TestRemoveClosedDescriptor(t *testing.T) {
	p := newPoller(t)
	r, w := pipe(t)
	require.NoError(t, p.Add(*r, Read, 1))
	require.NoError(t, p.Add(*w, Write, 2))
	require.NoError(t, unix.Close(*r))
	closed := *r
	*r = -1
	require.NotPanics(t, func() {
		require.Error(t, p.Remove(closed))
	})
	// The poller still works for the other descriptor.
	require.Equal(t, uint64(2), waitFor(t, p, *w).Token)
}

func TestHangUpWhenPeerCloses(t *testing.T) {
	p := newPoller(t)
	a, b := socketPair(t)
	require.NoError(t, p.Add(*a, Read, 1))
	require.NoError(t, unix.Close(*b))
	*b = -1
	ev := waitFor(t, p, *a)
	require.True(t, ev.HangUp, "%+v", ev)
	require.True(t, ev.Readable, "%+v", ev)
	n, err := unix.Read(*a, make([]byte, 1))
	require.NoError(t, err)
	require.Zero(t, n, "EOF")
}

func TestHangUpWhenPipeWriterCloses(t *testing.T) {
	p := newPoller(t)
	r, w := pipe(t)
	require.NoError(t, p.Add(*r, Read, 1))
	requireQuiet(t, p)
	require.NoError(t, unix.Close(*w))
	*w = -1
	ev := waitFor(t, p, *r)
	require.True(t, ev.HangUp, "%+v", ev)
	require.True(t, ev.Readable, "%+v", ev)
}

func TestWaitTimeout(t *testing.T) {
	p := newPoller(t)
	a, _ := socketPair(t)
	require.NoError(t, p.Add(*a, Read, 1))
	events := make([]Event, 4)
	for _, d := range []time.Duration{time.Nanosecond, 500 * time.Microsecond, 5 * time.Millisecond} {
		n, err := p.Wait(events, d)
		require.NoError(t, err)
		require.Zero(t, n, "timeout %v", d)
	}
}

func TestWaitZeroDoesNotBlock(t *testing.T) {
	p := newPoller(t)
	events := make([]Event, 4)
	for range 100 {
		n, err := p.Wait(events, 0)
		require.NoError(t, err)
		require.Zero(t, n)
	}
}

func TestWaitEmptySlice(t *testing.T) {
	p := newPoller(t)
	_, err := p.Wait(nil, 0)
	require.Error(t, err)
}

func TestWaitFillsAtMostLen(t *testing.T) {
	p := newPoller(t)
	for i := range 5 {
		a, _ := socketPair(t)
		require.NoError(t, p.Add(*a, Write, uint64(i)))
	}
	events := make([]Event, 2)
	n, err := p.Wait(events, patience)
	require.NoError(t, err)
	require.Equal(t, 2, n)
	events = make([]Event, 1)
	n, err = p.Wait(events, patience)
	require.NoError(t, err)
	require.Equal(t, 1, n)
}

func TestWaitAllocatesNothing(t *testing.T) {
	p := newPoller(t)
	a, b := socketPair(t)
	write(t, *b, "x")
	require.NoError(t, p.Add(*a, Read|Write, 1))
	events := make([]Event, 8)
	waitFor(t, p, *a) // sizes the internal buffer
	allocs := testing.AllocsPerRun(100, func() {
		n, err := p.Wait(events, 0)
		if err != nil || n != 1 {
			panic("unexpected Wait result")
		}
	})
	require.Zero(t, allocs)
}

func TestWakeEndsInfiniteWait(t *testing.T) {
	p := newPoller(t)
	a, _ := socketPair(t)
	require.NoError(t, p.Add(*a, Read, 1)) // registered but idle

	type result struct {
		n   int
		err error
	}
	done := make(chan result, 1)
	go func() {
		events := make([]Event, 4)
		n, err := p.Wait(events, -1)
		done <- result{n, err}
	}()
	require.NoError(t, p.Wake())
	select {
	case r := <-done:
		require.NoError(t, r.err)
		require.Zero(t, r.n, "the wake is not an event")
	case <-time.After(patience):
		t.Fatal("Wake did not end Wait")
	}
	// The wake was consumed: it is not reported again.
	requireQuiet(t, p)
}

func TestWakeBeforeWait(t *testing.T) {
	p := newPoller(t)
	require.NoError(t, p.Wake())
	require.NoError(t, p.Wake()) // coalesced
	events := make([]Event, 4)
	n, err := p.Wait(events, -1)
	require.NoError(t, err)
	require.Zero(t, n)
	requireQuiet(t, p)
}

func TestWakeStorm(t *testing.T) {
	const goroutines, wakes = 8, 10_000
	p := newPoller(t)
	a, _ := socketPair(t)
	require.NoError(t, p.Add(*a, Read, 1)) // registered but idle

	var wg sync.WaitGroup
	errs := make(chan error, goroutines)
	for range goroutines {
		wg.Go(func() {
			for range wakes {
				if err := p.Wake(); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	stop := make(chan struct{})
	helperDone := make(chan struct{})
	go func() {
		defer close(helperDone)
		wg.Wait()
		close(stop)
		// If coalescing ever lost a wake, the owner would block forever
		// here: this Wake must end its Wait.
		if err := p.Wake(); err != nil {
			errs <- err
		}
	}()

	events := make([]Event, 8)
	for stopped := false; !stopped; {
		n, err := p.Wait(events, -1)
		require.NoError(t, err)
		require.Zero(t, n, "wakes are not events: %+v", events[:n])
		select {
		case <-stop:
			stopped = true
		default:
		}
	}
	<-helperDone
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	// Consume a wake the helper may have left pending.
	_, err := p.Wait(events, 0)
	require.NoError(t, err)

	// After the storm, a single Wake still ends an infinite Wait.
	done := make(chan int, 1)
	go func() {
		n, _ := p.Wait(events, -1)
		done <- n
	}()
	require.NoError(t, p.Wake())
	select {
	case n := <-done:
		require.Zero(t, n)
	case <-time.After(patience):
		t.Fatal("Wake after the storm did not end Wait")
	}
}

func TestMethodsAfterClose(t *testing.T) {
	p, err := New()
	require.NoError(t, err)
	a, _ := socketPair(t)
	require.NoError(t, p.Add(*a, Read, 1))
	require.NoError(t, p.Close())

	require.ErrorIs(t, p.Add(*a, Read, 1), ErrClosed)
	require.ErrorIs(t, p.Modify(*a, Write, 1), ErrClosed)
	require.ErrorIs(t, p.Remove(*a), ErrClosed)
	_, err = p.Wait(make([]Event, 1), 0)
	require.ErrorIs(t, err, ErrClosed)
	require.ErrorIs(t, p.Wake(), ErrClosed)
	require.ErrorIs(t, p.Close(), ErrClosed)
}

func TestWakeRacingClose(t *testing.T) {
	for range 50 {
		p, err := New()
		require.NoError(t, err)
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() {
				for range 100 {
					if err := p.Wake(); err != nil {
						if err != ErrClosed {
							panic(err)
						}
						return
					}
				}
			})
		}
		require.NoError(t, p.Close())
		wg.Wait()
	}
}

func TestListenerReadableOnConnect(t *testing.T) {
	p := newPoller(t)

	lfd, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM, 0)
	require.NoError(t, err)
	closeOnCleanup(t, &lfd)
	nonblock(t, lfd)
	require.NoError(t, unix.SetsockoptInt(lfd, unix.SOL_SOCKET, unix.SO_REUSEADDR, 1))
	require.NoError(t, unix.Bind(lfd, &unix.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}))
	require.NoError(t, unix.Listen(lfd, 16))
	sa, err := unix.Getsockname(lfd)
	require.NoError(t, err)
	addr := sa.(*unix.SockaddrInet4)

	require.NoError(t, p.Add(lfd, Read, 77))
	requireQuiet(t, p)

	cfd, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM, 0)
	require.NoError(t, err)
	closeOnCleanup(t, &cfd)
	require.NoError(t, unix.Connect(cfd, addr)) // blocking; loopback completes at once

	ev := waitFor(t, p, lfd)
	require.Equal(t, uint64(77), ev.Token)
	require.True(t, ev.Readable)

	nfd, _, err := unix.Accept(lfd)
	require.NoError(t, err)
	closeOnCleanup(t, &nfd)
}

func TestWaitMillis(t *testing.T) {
	for _, c := range []struct {
		in   time.Duration
		want int
	}{
		{-1, -1},
		{-time.Hour, -1},
		{0, 0},
		{1, 1},
		{999 * time.Microsecond, 1},
		{time.Millisecond, 1},
		{time.Millisecond + 1, 2},
		{1500 * time.Millisecond, 1500},
		{time.Duration(math.MaxInt64), maxWaitMillis},
		{maxWaitMillis * time.Millisecond, maxWaitMillis},
	} {
		require.Equal(t, c.want, waitMillis(c.in), "waitMillis(%v)", c.in)
	}
}
