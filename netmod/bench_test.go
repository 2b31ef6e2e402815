package netmod_test

// This file is netmod's speed proof on loopback: echo round trips, bulk
// transfer, accepts, and allocations per echoed message.
//
// How it measures the server honestly: the echo server runs on its own
// loop, on its own goroutine (so on its own OS thread: WithLockOSThread), and
// the client runs on a second loop, on the benchmark goroutine. The two do
// not share a thread, as with an external client: on one loop the client's
// reads and writes would run between the server's, on the server's thread,
// and batch with them. So ns/op is the round trip a client sees, and the
// server's own cost is reported apart:
//
//   - srv-cpu-ns/op: CPU time of the server loop's thread per operation
//     (CLOCK_THREAD_CPUTIME_ID read on that thread), the cost of the
//     server alone;
//   - cpu-ns/op: CPU time of the whole process per operation (both loops,
//     the garbage collector and the runtime);
//   - allocs/op: the client reads with OnRead into one buffer and writes
//     one preallocated message, so it allocates nothing per message: the
//     allocations counted are the server's (and the runtime's).
//
// The server is the same code as examples/echo: the default mode echoes
// each 'data' chunk (pausing while the write buffer is over its
// high-water mark), the OnRead mode reads into one buffer shared by the
// loop's connections and writes from it.
//
// Every benchmark stops by itself after b.N operations, on 127.0.0.1 only.

import (
	"errors"
	"fmt"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/examples/echo/echoserver"
	"github.com/nodenet/nodenet/netmod"
)

type echoMode int

const (
	modeData   echoMode = iota // 'data' listener + Write
	modeOnRead                 // OnRead into the loop's shared buffer + Write
)

func (m echoMode) String() string {
	if m == modeOnRead {
		return "OnRead"
	}
	return "OnData"
}

// ---- the echo server (the same code as examples/echo) ---------------------

// echoListener is the echo server's 'connection' listener (examples/echo's).
func echoListener(mode echoMode) func(*netmod.Socket) {
	if mode == modeOnRead {
		return echoserver.Listener(echoserver.OnRead)
	}
	return echoserver.Listener(echoserver.OnData)
}

// ---- the server on its own loop and goroutine ------------------------------

type benchServer struct {
	loop *eventloop.Loop
	srv  *netmod.Server
	port int
	done chan error
}

// startServer runs an echo server on 127.0.0.1 on a loop of its own.
func startServer(tb testing.TB, mode echoMode) *benchServer {
	tb.Helper()
	bs := &benchServer{done: make(chan error, 1)}
	ready := make(chan error, 1)
	go func() {
		// Locked to its thread, so that srv-cpu-ns/op (the CPU time of
		// that thread) is the server's; examples/echo runs unlocked.
		loop, err := eventloop.New(eventloop.WithLockOSThread())
		if err != nil {
			ready <- err
			return
		}
		bs.loop = loop
		bs.srv = netmod.CreateServer(loop, netmod.ServerOptions{NoDelay: true}, echoListener(mode))
		bs.srv.On("error", func(err error) { ready <- err })
		err = bs.srv.Listen(netmod.ListenOptions{Host: "127.0.0.1", Backlog: 4096}, func() {
			a, _ := bs.srv.Address()
			bs.port = a.Port
			ready <- nil
		})
		if err != nil {
			ready <- err
		}
		err = loop.Run()
		bs.done <- errors.Join(err, loop.Close())
	}()
	if err := <-ready; err != nil {
		tb.Skipf("no loopback server: %v", err)
	}
	return bs
}

// cpu reads the server loop thread's CPU time, on that thread.
func (bs *benchServer) cpu() time.Duration {
	ch := make(chan time.Duration, 1)
	if err := bs.loop.Post(func() { ch <- threadCPU() }); err != nil {
		return -1
	}
	return <-ch
}

// stop closes the server once its clients are gone and waits for its loop
// to end without leaks.
func (bs *benchServer) stop(tb testing.TB) {
	tb.Helper()
	if err := bs.loop.Post(func() { bs.srv.Close(nil) }); err != nil {
		tb.Fatal(err)
	}
	select {
	case err := <-bs.done:
		if err != nil {
			tb.Fatal("server loop:", err)
		}
	case <-time.After(30 * time.Second):
		tb.Fatal("server loop did not end")
	}
}

// ---- measurement -------------------------------------------------------------

// meter reports the CPU metrics of a measured phase.
type meter struct {
	srv  *benchServer
	srv0 time.Duration
	all0 time.Duration
}

func startMeter(b *testing.B, srv *benchServer) *meter {
	m := &meter{srv: srv, srv0: srv.cpu(), all0: processCPU()}
	b.ResetTimer()
	return m
}

func (m *meter) stop(b *testing.B, ops int) {
	b.StopTimer()
	srv1, all1 := m.srv.cpu(), processCPU()
	if m.srv0 >= 0 && srv1 >= 0 {
		b.ReportMetric(float64(srv1-m.srv0)/float64(ops), "srv-cpu-ns/op")
	}
	if m.all0 >= 0 && all1 >= 0 {
		b.ReportMetric(float64(all1-m.all0)/float64(ops), "cpu-ns/op")
	}
}

// clientLoop is the client's loop, run on the benchmark goroutine in
// rounds: each round runs until a callback calls Stop.
type clientLoop struct {
	*eventloop.Loop
	tb  testing.TB
	dog *time.Timer // stops a round that takes too long; reused, so rounds allocate nothing
	bit atomic.Bool
}

func newClientLoop(tb testing.TB) *clientLoop {
	tb.Helper()
	loop, err := eventloop.New()
	if err != nil {
		tb.Fatal(err)
	}
	cl := &clientLoop{Loop: loop, tb: tb}
	cl.dog = time.AfterFunc(time.Hour, func() {
		cl.bit.Store(true)
		loop.Stop()
	})
	cl.dog.Stop()
	return cl
}

// round runs the loop until a callback calls Stop (or nothing is left),
// failing after limit.
func (cl *clientLoop) round(limit time.Duration) {
	cl.dog.Reset(limit)
	err := cl.Run()
	cl.dog.Stop()
	if cl.bit.Load() {
		cl.tb.Fatalf("client loop still running after %v", limit)
	}
	if err != nil {
		cl.tb.Fatal(err)
	}
}

// closeClients destroys the client sockets, lets the client loop end and
// closes it (which checks that nothing leaked).
func (cl *clientLoop) closeClients(socks []*netmod.Socket) {
	for _, s := range socks {
		s.Destroy(nil)
	}
	cl.round(30 * time.Second)
	if err := cl.Close(); err != nil {
		cl.tb.Fatal("client loop:", err)
	}
}

// ---- round trips -------------------------------------------------------------

// pingClient sends msg on each connection and the next message once the
// whole echo is back, until total messages have made the round trip.
type pingClient struct {
	tb    testing.TB
	loop  *clientLoop
	msg   []byte
	rbuf  []byte
	socks []*netmod.Socket
	total int
	sent  int
	done  int
	ready int
	err   error
}

type pingConn struct {
	cl  *pingClient
	s   *netmod.Socket
	o   netmod.OnRead
	got int
}

// dialPing connects conns client sockets to port on loop; it returns once
// all are connected.
func dialPing(tb testing.TB, loop *clientLoop, port, conns, size int) *pingClient {
	tb.Helper()
	cl := &pingClient{tb: tb, loop: loop, msg: make([]byte, size), rbuf: make([]byte, 64<<10)}
	for i := range cl.msg {
		cl.msg[i] = byte('a' + i%26)
	}
	for range conns {
		c := &pingConn{cl: cl}
		c.o = netmod.OnRead{Buffer: cl.rbuf, Callback: c.onRead}
		s, err := netmod.Connect(loop.Loop, netmod.SocketOptions{NoDelay: true, OnRead: &c.o},
			netmod.ConnectOptions{Host: "127.0.0.1", Port: port}, func() {
				if cl.ready++; cl.ready == conns {
					loop.Stop()
				}
			})
		if err != nil {
			tb.Fatal(err)
		}
		s.OnError(func(err error) {
			if cl.err == nil {
				cl.err = err
			}
			loop.Stop()
		})
		c.s = s
		cl.socks = append(cl.socks, s)
	}
	loop.round(30 * time.Second)
	if cl.err != nil || cl.ready != conns {
		tb.Fatalf("connect: %d of %d connected: %v", cl.ready, conns, cl.err)
	}
	return cl
}

func (c *pingConn) onRead(n int, _ []byte) bool {
	cl := c.cl
	c.got += n
	for c.got >= len(cl.msg) {
		c.got -= len(cl.msg)
		cl.done++
		if cl.sent < cl.total {
			cl.sent++
			c.s.Write(cl.msg, nil)
		} else if cl.done == cl.total {
			cl.loop.Stop()
		}
	}
	return true
}

// round makes total round trips, spread over the connections.
func (cl *pingClient) round(total int) {
	cl.total, cl.sent, cl.done = total, 0, 0
	for _, s := range cl.socks {
		if cl.sent == total {
			break
		}
		cl.sent++
		s.Write(cl.msg, nil)
	}
	cl.loop.round(5 * time.Minute)
	if cl.err != nil {
		cl.tb.Fatal(cl.err)
	}
	if cl.done != total {
		cl.tb.Fatalf("%d of %d round trips", cl.done, total)
	}
}

// BenchmarkEchoRoundTrip: one op is one message echoed (written by the
// client, read back whole). With 50 connections each has one message in
// flight at a time.
func BenchmarkEchoRoundTrip(b *testing.B) {
	for _, mode := range []echoMode{modeData, modeOnRead} {
		for _, size := range []int{64, 4096} {
			for _, conns := range []int{1, 50} {
				name := fmt.Sprintf("%s/%s/conns=%d", mode, sizeName(size), conns)
				b.Run(name, func(b *testing.B) { benchRoundTrip(b, mode, size, conns) })
			}
		}
	}
}

func sizeName(n int) string {
	if n%1024 == 0 {
		return fmt.Sprintf("%dKiB", n/1024)
	}
	return fmt.Sprintf("%dB", n)
}

func benchRoundTrip(b *testing.B, mode echoMode, size, conns int) {
	srv := startServer(b, mode)
	loop := newClientLoop(b)
	cl := dialPing(b, loop, srv.port, conns, size)
	cl.round(min(conns*10, 1000)) // warm-up: buffers, queues, code paths
	b.SetBytes(int64(size))
	b.ReportAllocs()
	m := startMeter(b, srv)
	cl.round(b.N)
	m.stop(b, b.N)
	loop.closeClients(cl.socks)
	srv.stop(b)
}

// ---- bulk ----------------------------------------------------------------------

// bulkClient streams chunks to the echo server, keeping at most window
// bytes in flight, and reads the echo back.
type bulkClient struct {
	loop    *clientLoop
	s       *netmod.Socket
	o       netmod.OnRead
	chunk   []byte
	window  int
	total   int64 // bytes to send
	sent    int64
	echoed  int64
	blocked bool // waiting for 'drain'
	err     error
}

func (c *bulkClient) pump() {
	for !c.blocked && c.sent < c.total && c.sent-c.echoed+int64(len(c.chunk)) <= int64(c.window) {
		c.sent += int64(len(c.chunk))
		if !c.s.Write(c.chunk, nil) {
			c.blocked = true
		}
	}
}

func (c *bulkClient) onRead(n int, _ []byte) bool {
	c.echoed += int64(n)
	if c.echoed == c.total {
		c.loop.Stop()
		return true
	}
	c.pump()
	return true
}

// BenchmarkBulk: one connection streams 64 KiB chunks through the echo
// server with up to 1 MiB in flight; one op is one chunk sent and echoed
// back, so MB/s is the rate in each direction.
func BenchmarkBulk(b *testing.B) {
	for _, mode := range []echoMode{modeData, modeOnRead} {
		b.Run(mode.String(), func(b *testing.B) { benchBulk(b, mode) })
	}
}

func benchBulk(b *testing.B, mode echoMode) {
	const chunk = 64 << 10
	srv := startServer(b, mode)
	loop := newClientLoop(b)
	c := &bulkClient{loop: loop, chunk: make([]byte, chunk), window: 1 << 20}
	c.o = netmod.OnRead{Buffer: make([]byte, 256<<10), Callback: c.onRead}
	connected := false
	s, err := netmod.Connect(loop.Loop, netmod.SocketOptions{OnRead: &c.o},
		netmod.ConnectOptions{Host: "127.0.0.1", Port: srv.port}, func() {
			connected = true
			loop.Stop()
		})
	if err != nil {
		b.Fatal(err)
	}
	c.s = s
	s.OnDrain(func() {
		c.blocked = false
		c.pump()
	})
	s.OnError(func(err error) {
		c.err = err
		loop.Stop()
	})
	loop.round(30 * time.Second)
	if !connected {
		b.Fatal("connect:", c.err)
	}
	run := func(n int) {
		c.total += int64(n) * chunk
		c.pump()
		loop.round(5 * time.Minute)
		if c.err != nil || c.echoed != c.total {
			b.Fatalf("echoed %d of %d bytes: %v", c.echoed, c.total, c.err)
		}
	}
	run(64) // warm-up
	b.SetBytes(chunk)
	b.ReportAllocs()
	m := startMeter(b, srv)
	run(b.N)
	m.stop(b, b.N)
	loop.closeClients([]*netmod.Socket{s})
	srv.stop(b)
}

// ---- accepts -------------------------------------------------------------------

// BenchmarkAccept: one op is one connection's whole life: the client
// connects and ends it, the server accepts it, reads its end, ends and
// closes its side, and the client sees the close. 16 connections are
// opened at a time. Unlike the echo benchmarks, allocs/op counts both
// ends here (a client Connect allocates too); srv-cpu-ns/op is the
// server's share of the CPU.
func BenchmarkAccept(b *testing.B) {
	const parallel = 16
	srv := startServer(b, modeData)
	loop := newClientLoop(b)
	var (
		started, closed, total int
		firstErr               error
	)
	var dial func()
	dial = func() {
		started++
		s, err := netmod.Connect(loop.Loop, netmod.SocketOptions{}, netmod.ConnectOptions{Host: "127.0.0.1", Port: srv.port}, nil)
		if err != nil {
			firstErr = err
			loop.Stop()
			return
		}
		s.OnConnect(func() { s.End(nil, nil) })
		s.OnError(func(err error) {
			if firstErr == nil {
				firstErr = err
			}
		})
		s.OnClose(func(bool) {
			closed++
			switch {
			case closed == total:
				loop.Stop()
			case started < total:
				dial()
			}
		})
		s.Resume() // read the server's end
	}
	run := func(n int) {
		started, closed, total = 0, 0, n
		for range min(parallel, n) {
			dial()
		}
		loop.round(5 * time.Minute)
		if firstErr != nil || closed != n {
			b.Fatalf("%d of %d connections: %v", closed, n, firstErr)
		}
	}
	run(parallel) // warm-up
	b.ReportAllocs()
	m := startMeter(b, srv)
	start := time.Now()
	run(b.N)
	elapsed := time.Since(start)
	m.stop(b, b.N)
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "accepts/s")
	loop.closeClients(nil)
	srv.stop(b)
}

// ---- allocations per echoed message ------------------------------------------

// echoAllocs is the allocations per 64-byte message echoed by a server in
// mode, measured with testing.AllocsPerRun around whole round trips (the
// client allocates nothing per message).
func echoAllocs(tb testing.TB, mode echoMode, runs int) float64 {
	srv := startServer(tb, mode)
	loop := newClientLoop(tb)
	cl := dialPing(tb, loop, srv.port, 1, 64)
	cl.round(100)
	allocs := testing.AllocsPerRun(runs, func() { cl.round(1) })
	loop.closeClients(cl.socks)
	srv.stop(tb)
	return allocs
}

var raceOnce = sync.OnceValue(func() bool {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "-race" && s.Value == "true" {
				return true
			}
		}
	}
	return false
})

// TestEchoAllocs holds netmod to its allocation targets per echoed
// message: none with OnRead, at most one (the chunk handed to 'data')
// without.
func TestEchoAllocs(t *testing.T) {
	if raceOnce() {
		t.Skip("allocation counts differ under the race detector")
	}
	t.Run("OnRead", func(t *testing.T) {
		got := echoAllocs(t, modeOnRead, 200)
		if got > 0 {
			t.Errorf("%.2f allocations per message echoed with OnRead, want 0", got)
		}
	})
	t.Run("OnData", func(t *testing.T) {
		if got := echoAllocs(t, modeData, 200); got > 1 {
			t.Errorf("%.2f allocations per message echoed with 'data', want <= 1", got)
		}
	})
}
