// This file exists to check the Windows backend (AFD poll requests on a
// completion port) against real loopback TCP sockets, with the semantics
// the Unix backends' tests pin down: level-triggered readiness, one event
// per socket per Wait, interest changes, hang-ups, wakes and Close. The
// sockets come from Go's net package (their handles, via SyscallConn);
// the poller only watches them. No test sleeps.

package poller

import (
	"net"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

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

// connHandle returns the socket handle of c as the poller's descriptor.
func connHandle(t *testing.T, c syscall.Conn) int {
	t.Helper()
	rc, err := c.SyscallConn()
	require.NoError(t, err)
	var fd int
	require.NoError(t, rc.Control(func(h uintptr) { fd = int(h) }))
	return fd
}

// tcpPair returns two connected loopback TCP connections.
func tcpPair(t *testing.T) (a, b *net.TCPConn) {
	t.Helper()
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	type res struct {
		c   net.Conn
		err error
	}
	ch := make(chan res, 1)
	go func() {
		c, err := ln.Accept()
		ch <- res{c, err}
	}()
	d, err := net.Dial("tcp4", ln.Addr().String())
	require.NoError(t, err)
	r := <-ch
	require.NoError(t, r.err)
	a, b = d.(*net.TCPConn), r.c.(*net.TCPConn)
	t.Cleanup(func() { a.Close(); b.Close() })
	return a, b
}

// waitFor waits until fd is reported, and returns its event.
func waitFor(t *testing.T, p *Poller, fd int) Event {
	t.Helper()
	deadline := time.Now().Add(patience)
	evs := make([]Event, 8)
	for time.Now().Before(deadline) {
		n, err := p.Wait(evs, time.Second)
		require.NoError(t, err)
		for _, ev := range evs[:n] {
			if ev.FD == fd {
				return ev
			}
		}
	}
	t.Fatalf("no event for %d", fd)
	return Event{}
}

// quiet checks that a non-blocking Wait reports nothing for fd.
func quiet(t *testing.T, p *Poller, fd int) {
	t.Helper()
	evs := make([]Event, 8)
	for range 3 { // a request submitted now may complete on the next poll
		n, err := p.Wait(evs, 0)
		require.NoError(t, err)
		for _, ev := range evs[:n] {
			require.NotEqual(t, fd, ev.FD, "unexpected event %+v", ev)
		}
	}
}

func TestReadableAfterWrite(t *testing.T) {
	p := newPoller(t)
	a, b := tcpPair(t)
	fd := connHandle(t, b)
	require.NoError(t, p.Add(fd, Read, 7))
	quiet(t, p, fd)
	_, err := a.Write([]byte("x"))
	require.NoError(t, err)
	ev := waitFor(t, p, fd)
	require.Equal(t, Event{Token: 7, FD: fd, Readable: true}, ev)
}

func TestLevelTriggered(t *testing.T) {
	p := newPoller(t)
	a, b := tcpPair(t)
	fd := connHandle(t, b)
	require.NoError(t, p.Add(fd, Read, 1))
	_, err := a.Write([]byte("xy"))
	require.NoError(t, err)
	require.True(t, waitFor(t, p, fd).Readable)
	// Not read: reported again.
	require.True(t, waitFor(t, p, fd).Readable)
	buf := make([]byte, 2)
	_, err = b.Read(buf)
	require.NoError(t, err)
	quiet(t, p, fd)
}

func TestWritableImmediately(t *testing.T) {
	p := newPoller(t)
	_, b := tcpPair(t)
	fd := connHandle(t, b)
	require.NoError(t, p.Add(fd, Write, 3))
	require.Equal(t, Event{Token: 3, FD: fd, Writable: true}, waitFor(t, p, fd))
}

func TestReadAndWriteAreOneEvent(t *testing.T) {
	p := newPoller(t)
	a, b := tcpPair(t)
	fd := connHandle(t, b)
	_, err := a.Write([]byte("x"))
	require.NoError(t, err)
	require.NoError(t, p.Add(fd, Read|Write, 9))
	deadline := time.Now().Add(patience)
	evs := make([]Event, 8)
	for time.Now().Before(deadline) {
		n, err := p.Wait(evs, time.Second)
		require.NoError(t, err)
		seen := 0
		for _, ev := range evs[:n] {
			if ev.FD == fd {
				seen++
				if ev.Readable && ev.Writable {
					return
				}
			}
		}
		require.LessOrEqual(t, seen, 1)
	}
	t.Fatal("never readable and writable in one event")
}

func TestModifyTokenAndInterest(t *testing.T) {
	p := newPoller(t)
	a, b := tcpPair(t)
	fd := connHandle(t, b)
	require.NoError(t, p.Add(fd, Read, 1))
	_, err := a.Write([]byte("x"))
	require.NoError(t, err)
	require.Equal(t, uint64(1), waitFor(t, p, fd).Token)
	// Pause reading: only writability is reported, with the new token.
	require.NoError(t, p.Modify(fd, Write, 2))
	ev := waitFor(t, p, fd)
	require.Equal(t, Event{Token: 2, FD: fd, Writable: true}, ev)
	require.NoError(t, p.Modify(fd, 0, 2))
	quiet(t, p, fd)
	require.NoError(t, p.Modify(fd, Read, 5))
	require.Equal(t, Event{Token: 5, FD: fd, Readable: true}, waitFor(t, p, fd))
}

func TestModifyAndRemoveUnregistered(t *testing.T) {
	p := newPoller(t)
	require.Error(t, p.Modify(12345, Read, 1))
	require.Error(t, p.Remove(12345))
}

func TestAddTwice(t *testing.T) {
	p := newPoller(t)
	_, b := tcpPair(t)
	fd := connHandle(t, b)
	require.NoError(t, p.Add(fd, Read, 1))
	require.Error(t, p.Add(fd, Read, 1))
}

func TestRemoveStopsAllEvents(t *testing.T) {
	p := newPoller(t)
	a, b := tcpPair(t)
	fd := connHandle(t, b)
	require.NoError(t, p.Add(fd, Read|Write, 1))
	waitFor(t, p, fd)
	require.NoError(t, p.Remove(fd))
	_, err := a.Write([]byte("x"))
	require.NoError(t, err)
	quiet(t, p, fd)
	// Added again, it is reported again.
	require.NoError(t, p.Add(fd, Read, 4))
	require.Equal(t, uint64(4), waitFor(t, p, fd).Token)
}

func TestHangUpWhenPeerCloses(t *testing.T) {
	p := newPoller(t)
	a, b := tcpPair(t)
	fd := connHandle(t, b)
	require.NoError(t, p.Add(fd, Read, 1))
	require.NoError(t, a.Close())
	ev := waitFor(t, p, fd)
	require.True(t, ev.Readable)
	require.True(t, ev.HangUp)
}

func TestListenerReadableOnConnect(t *testing.T) {
	p := newPoller(t)
	ln, err := net.ListenTCP("tcp4", &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1)})
	require.NoError(t, err)
	defer ln.Close()
	fd := connHandle(t, ln)
	require.NoError(t, p.Add(fd, Read, 8))
	quiet(t, p, fd)
	c, err := net.Dial("tcp4", ln.Addr().String())
	require.NoError(t, err)
	defer c.Close()
	require.Equal(t, Event{Token: 8, FD: fd, Readable: true}, waitFor(t, p, fd))
}

func TestWaitTimeout(t *testing.T) {
	p := newPoller(t)
	start := time.Now()
	n, err := p.Wait(make([]Event, 1), 20*time.Millisecond)
	require.NoError(t, err)
	require.Zero(t, n)
	require.GreaterOrEqual(t, time.Since(start), 15*time.Millisecond) // timer granularity
}

func TestWaitZeroAndEmpty(t *testing.T) {
	p := newPoller(t)
	n, err := p.Wait(make([]Event, 1), 0)
	require.NoError(t, err)
	require.Zero(t, n)
	_, err = p.Wait(nil, 0)
	require.Error(t, err)
}

func TestWaitFillsAtMostLen(t *testing.T) {
	p := newPoller(t)
	fds := map[int]bool{}
	for range 3 {
		_, b := tcpPair(t)
		fd := connHandle(t, b)
		require.NoError(t, p.Add(fd, Write, uint64(fd)))
		fds[fd] = true
	}
	seen := map[int]bool{}
	evs := make([]Event, 1)
	for len(seen) < 3 {
		n, err := p.Wait(evs, patience)
		require.NoError(t, err)
		require.LessOrEqual(t, n, 1)
		for _, ev := range evs[:n] {
			require.True(t, fds[ev.FD])
			seen[ev.FD] = true
		}
	}
}

func TestWaitAllocatesNothing(t *testing.T) {
	p := newPoller(t)
	_, b := tcpPair(t)
	fd := connHandle(t, b)
	require.NoError(t, p.Add(fd, Write, 1))
	evs := make([]Event, 4)
	waitFor(t, p, fd)
	allocs := testing.AllocsPerRun(100, func() {
		if _, err := p.Wait(evs, patience); err != nil {
			panic(err)
		}
	})
	require.Zero(t, allocs)
}

func TestWakeEndsInfiniteWait(t *testing.T) {
	p := newPoller(t)
	var wg sync.WaitGroup
	wg.Add(1)
	started := make(chan struct{})
	go func() {
		defer wg.Done()
		<-started
		require.NoError(t, p.Wake())
	}()
	close(started)
	n, err := p.Wait(make([]Event, 1), -1)
	require.NoError(t, err)
	require.Zero(t, n)
	wg.Wait()
}

func TestWakeBeforeWait(t *testing.T) {
	p := newPoller(t)
	require.NoError(t, p.Wake())
	require.NoError(t, p.Wake()) // coalesced
	n, err := p.Wait(make([]Event, 1), -1)
	require.NoError(t, err)
	require.Zero(t, n)
	// The coalesced second Wake left nothing behind.
	n, err = p.Wait(make([]Event, 1), 0)
	require.NoError(t, err)
	require.Zero(t, n)
}

func TestWakeStorm(t *testing.T) {
	p := newPoller(t)
	const goroutines, each = 4, 1000
	var wg sync.WaitGroup
	for range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range each {
				if err := p.Wake(); err != nil {
					panic(err)
				}
			}
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	evs := make([]Event, 4)
	for {
		select {
		case <-done:
			_, err := p.Wait(evs, 0)
			require.NoError(t, err)
			return
		default:
		}
		_, err := p.Wait(evs, 10*time.Millisecond)
		require.NoError(t, err)
	}
}

func TestMethodsAfterClose(t *testing.T) {
	p, err := New()
	require.NoError(t, err)
	_, b := tcpPair(t)
	fd := connHandle(t, b)
	require.NoError(t, p.Add(fd, Read, 1))
	_, err = p.Wait(make([]Event, 1), 0) // a request in flight
	require.NoError(t, err)
	require.NoError(t, p.Close())
	require.ErrorIs(t, p.Close(), ErrClosed)
	require.ErrorIs(t, p.Add(fd, Read, 1), ErrClosed)
	require.ErrorIs(t, p.Modify(fd, Read, 1), ErrClosed)
	require.ErrorIs(t, p.Remove(fd), ErrClosed)
	require.ErrorIs(t, p.Wake(), ErrClosed)
	_, err = p.Wait(make([]Event, 1), 0)
	require.ErrorIs(t, err, ErrClosed)
}

func TestManyPollers(t *testing.T) {
	// Each poller opens its own AFD handle; they do not see each other's
	// sockets.
	p1, p2 := newPoller(t), newPoller(t)
	_, b := tcpPair(t)
	fd := connHandle(t, b)
	require.NoError(t, p1.Add(fd, Write, 1))
	waitFor(t, p1, fd)
	quiet(t, p2, fd)
}

func TestWaitSmallerThanReady(t *testing.T) {
	// More sockets ready than Wait has room for: each is reported in
	// turn, none is lost (a dequeued packet must be reported).
	p := newPoller(t)
	fds := map[int]bool{}
	for range 5 {
		_, b := tcpPair(t)
		fd := connHandle(t, b)
		require.NoError(t, p.Add(fd, Write, 1))
		fds[fd] = true
	}
	evs := make([]Event, 2)
	for range 10 {
		seen := map[int]bool{}
		for len(seen) < len(fds) {
			n, err := p.Wait(evs, patience)
			require.NoError(t, err)
			for _, ev := range evs[:n] {
				seen[ev.FD] = true
			}
		}
	}
}
