//go:build linux

package netmod_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/netmod"
	"github.com/nodenet/nodenet/nodeerr"
)

// echoSetup makes every loop's server echo, counting connections per loop
// and recording the thread each loop's callbacks run on.
type echoSetup struct {
	conns   []atomic.Int64
	threads []atomic.Int64
}

func newEchoSetup(n int) *echoSetup {
	return &echoSetup{conns: make([]atomic.Int64, n), threads: make([]atomic.Int64, n)}
}

func (e *echoSetup) setup(i int, srv *netmod.Server) {
	e.threads[i].Store(int64(syscall.Gettid()))
	srv.OnConnection(func(s *netmod.Socket) {
		if tid := int64(syscall.Gettid()); tid != e.threads[i].Load() {
			panic(fmt.Sprintf("loop %d ran on thread %d, set up on %d", i, tid, e.threads[i].Load()))
		}
		e.conns[i].Add(1)
		s.OnError(func(error) {})
		s.OnData(func(b []byte) { s.Write(b, nil) })
		s.OnEnd(func() { s.End(nil, nil) })
	})
}

// echoOnce dials addr, sends msg, half-closes and checks the echo.
func echoOnce(addr, msg string) error {
	c, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		return err
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := io.WriteString(c, msg); err != nil {
		return err
	}
	_ = c.(*net.TCPConn).CloseWrite()
	got, err := io.ReadAll(c)
	if err != nil {
		return err
	}
	if string(got) != msg {
		return fmt.Errorf("echo %q, want %q", got, msg)
	}
	return nil
}

func groupAddr(g *netmod.Group) string {
	return net.JoinHostPort(g.Address().Address, strconv.Itoa(g.Address().Port))
}

func TestListenGroupSpreadsConnections(t *testing.T) {
	defer goleak.VerifyNone(t)
	const loops, clients = 2, 64
	e := newEchoSetup(loops)
	g, err := netmod.ListenGroup(netmod.GroupOptions{
		Loops:  loops,
		Listen: netmod.ListenOptions{Host: "127.0.0.1"},
		Setup:  e.setup,
	})
	require.NoError(t, err)
	require.Equal(t, loops, g.Loops())
	a := g.Address()
	assert.Equal(t, "127.0.0.1", a.Address)
	assert.Equal(t, "IPv4", a.Family)
	assert.NotZero(t, a.Port)

	var wg sync.WaitGroup
	errs := make([]error, clients)
	for i := range clients {
		wg.Go(func() { errs[i] = echoOnce(groupAddr(g), "hello "+strconv.Itoa(i)) })
	}
	wg.Wait()
	require.NoError(t, errors.Join(errs...))
	require.NoError(t, g.Close())

	// Every connection was served once; the kernel spread them over both
	// loops (all 64 on one has probability 2^-63); each loop ran on its own
	// thread, the one it was set up on (checked in every callback).
	total := e.conns[0].Load() + e.conns[1].Load()
	assert.Equal(t, int64(clients), total)
	assert.NotZero(t, e.conns[0].Load(), "loop 0 got no connection")
	assert.NotZero(t, e.conns[1].Load(), "loop 1 got no connection")
	assert.NotEqual(t, e.threads[0].Load(), e.threads[1].Load())
	select {
	case <-g.Done():
	default:
		t.Fatal("Done not closed after Close")
	}
}

func TestListenGroupDefaultsToOneLoopPerCore(t *testing.T) {
	defer goleak.VerifyNone(t)
	g, err := netmod.ListenGroup(netmod.GroupOptions{Listen: netmod.ListenOptions{Host: "127.0.0.1"}})
	require.NoError(t, err)
	assert.Equal(t, runtimeProcs(), g.Loops())
	require.NoError(t, g.Close())
	require.NoError(t, g.Close(), "a second Close returns the same")
}

func TestListenGroupCloseDestroysConnections(t *testing.T) {
	defer goleak.VerifyNone(t)
	const loops = 2
	var open, closed atomic.Int64
	g, err := netmod.ListenGroup(netmod.GroupOptions{
		Loops:  loops,
		Listen: netmod.ListenOptions{Host: "127.0.0.1"},
		Setup: func(i int, srv *netmod.Server) {
			srv.OnConnection(func(s *netmod.Socket) {
				s.OnClose(func(hadError bool) {
					if !hadError {
						closed.Add(1)
					}
				})
				open.Add(1) // before the write the client waits for
				s.Write([]byte("hi"), nil)
			})
		},
	})
	require.NoError(t, err)
	var conns []net.Conn
	for range 8 {
		c, err := net.Dial("tcp", groupAddr(g))
		require.NoError(t, err)
		conns = append(conns, c)
		buf := make([]byte, 2)
		_ = c.SetDeadline(time.Now().Add(10 * time.Second))
		_, err = io.ReadFull(c, buf) // accepted by some loop
		require.NoError(t, err)
	}
	require.EqualValues(t, 8, open.Load())
	require.NoError(t, g.Close())
	assert.EqualValues(t, 8, closed.Load(), "every connection got 'close' (hadError false)")
	for _, c := range conns {
		_ = c.SetDeadline(time.Now().Add(10 * time.Second))
		n, err := c.Read(make([]byte, 1))
		assert.Zero(t, n)
		assert.Error(t, err, "the server side is closed") // EOF (or a reset)
		c.Close()
	}
	_, err = net.DialTimeout("tcp", groupAddr(g), time.Second)
	assert.ErrorIs(t, err, syscall.ECONNREFUSED, "nobody listens after Close")
}

func TestListenGroupListenError(t *testing.T) {
	defer goleak.VerifyNone(t)
	// A listener without reusePort holds the port: the group cannot share it.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	port := ln.Addr().(*net.TCPAddr).Port
	setups := atomic.Int64{}
	g, err := netmod.ListenGroup(netmod.GroupOptions{
		Loops:  2,
		Listen: netmod.ListenOptions{Host: "127.0.0.1", Port: port},
		Setup:  func(int, *netmod.Server) { setups.Add(1) },
	})
	require.Nil(t, g)
	var ne *nodeerr.Error
	require.ErrorAs(t, err, &ne)
	assert.Equal(t, "EADDRINUSE", ne.Code)
	assert.Equal(t, "listen", ne.Syscall)
	assert.Equal(t, "listen EADDRINUSE: address already in use 127.0.0.1:"+strconv.Itoa(port), ne.Message)
	assert.EqualValues(t, 1, setups.Load(), "the first loop failed: no other loop started")
}

func TestListenGroupSecondLoopFails(t *testing.T) {
	defer goleak.VerifyNone(t)
	// Loop 0 listens; listen(2) then fails on loop 1: the group returns its
	// error and stops loop 0.
	var restore func()
	defer func() { restore() }()
	g, err := netmod.ListenGroup(netmod.GroupOptions{
		Loops:  2,
		Listen: netmod.ListenOptions{Host: "127.0.0.1"},
		Setup: func(i int, srv *netmod.Server) {
			if i == 1 {
				restore = sys.InjectFault("listen", syscall.EADDRINUSE, 1)
			}
		},
	})
	require.Nil(t, g)
	var ne *nodeerr.Error
	require.ErrorAs(t, err, &ne)
	assert.Equal(t, "EADDRINUSE", ne.Code)
	assert.Equal(t, "127.0.0.1", ne.Address)
}

func TestListenGroupArgumentErrors(t *testing.T) {
	defer goleak.VerifyNone(t)
	for _, tc := range []struct {
		opts netmod.GroupOptions
		code string
	}{
		{netmod.GroupOptions{Loops: -1}, "ERR_INVALID_ARG_VALUE"},
		{netmod.GroupOptions{Listen: netmod.ListenOptions{Path: "/tmp/x.sock"}}, "ERR_INVALID_ARG_VALUE"},
		{netmod.GroupOptions{Listen: netmod.ListenOptions{Port: 65536}}, "ERR_SOCKET_BAD_PORT"},
	} {
		g, err := netmod.ListenGroup(tc.opts)
		assert.Nil(t, g)
		assert.Equal(t, tc.code, nodeerr.Code(err), "%+v: %v", tc.opts, err)
	}
}

func TestListenGroupPanicStopsTheGroup(t *testing.T) {
	defer goleak.VerifyNone(t)
	var errorsSeen atomic.Int64
	g, err := netmod.ListenGroup(netmod.GroupOptions{
		Loops:   2,
		Listen:  netmod.ListenOptions{Host: "127.0.0.1"},
		OnError: func(int, error) { errorsSeen.Add(1) },
		Setup: func(i int, srv *netmod.Server) {
			srv.OnConnection(func(s *netmod.Socket) {
				s.OnData(func(b []byte) {
					if bytes.Equal(b, []byte("boom")) {
						panic("boom")
					}
					s.Write(b, nil)
				})
			})
		},
	})
	require.NoError(t, err)
	c, err := net.Dial("tcp", groupAddr(g))
	require.NoError(t, err)
	defer c.Close()
	_, err = c.Write([]byte("boom"))
	require.NoError(t, err)
	select {
	case <-waitChan(g):
	case <-time.After(10 * time.Second):
		t.Fatal("the group did not stop after a panic")
	}
	err = g.Wait()
	var pe *eventloop.PanicError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "boom", pe.Value)
	assert.Zero(t, errorsSeen.Load())
	require.ErrorAs(t, g.Close(), &pe, "Close after the failure returns it too")
}

// waitChan is closed when g.Wait returns.
func waitChan(g *netmod.Group) <-chan struct{} {
	ch := make(chan struct{})
	go func() { _ = g.Wait(); close(ch) }()
	return ch
}

func TestListenGroupPost(t *testing.T) {
	defer goleak.VerifyNone(t)
	g, err := netmod.ListenGroup(netmod.GroupOptions{Loops: 2, Listen: netmod.ListenOptions{Host: "127.0.0.1"}})
	require.NoError(t, err)
	for i := range g.Loops() {
		done := make(chan int, 1)
		require.NoError(t, g.Post(i, func() {
			a, _ := g.Server(i).Address()
			assert.True(t, g.Server(i).Listening())
			assert.Same(t, g.Loop(i), g.Server(i).Loop())
			done <- a.Port
		}))
		assert.Equal(t, g.Address().Port, <-done, "loop %d shares the port", i)
	}
	require.NoError(t, g.Close())
}

func runtimeProcs() int { return runtime.GOMAXPROCS(0) }
