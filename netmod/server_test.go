package netmod

import (
	"errors"
	"net/netip"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/blocklist"
	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/internal/testutil"
	"github.com/nodenet/nodenet/nodeerr"
)

func srvTNodeErr(t *testing.T, err error) *nodeerr.Error {
	t.Helper()
	var e *nodeerr.Error
	require.True(t, errors.As(err, &e), "not a *nodeerr.Error: %v", err)
	return e
}

// srvTPort is server.address().port.
func srvTPort(srv *Server) int {
	a, _ := srv.Address()
	return a.Port
}

// newTestBlockList returns a BlockList blocking the given IPv4 addresses.
func newTestBlockList(t *testing.T, addrs ...string) *blocklist.BlockList {
	t.Helper()
	bl := blocklist.New()
	for _, a := range addrs {
		require.NoError(t, bl.AddAddress(a, blocklist.IPv4))
	}
	return bl
}

func srvTHasIPv6() bool {
	fd, err := sys.Socket(syscall.AF_INET6, syscall.SOCK_STREAM)
	if err != nil {
		return false
	}
	defer sys.Close(fd)
	return sys.Bind(fd, sys.SockaddrOf(netip.MustParseAddrPort("[::1]:0"))) == nil
}

func TestServerListenArgumentErrors(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	srv := CreateServer(loop, ServerOptions{}, nil)
	for _, port := range []int{70000, 65536, -1, 1 << 20} {
		err := srv.Listen(ListenOptions{Port: port, Host: "127.0.0.1"}, nil)
		e := srvTNodeErr(t, err)
		assert.Equal(t, nodeerr.NameRangeError, e.Name)
		assert.Equal(t, "ERR_SOCKET_BAD_PORT", e.Code)
		assert.Equal(t, "options.port should be >= 0 and < 65536. Received type number ("+strconv.Itoa(port)+").", e.Message)
		assert.False(t, srv.Listening())
	}
	// Listening twice.
	listened := 0
	require.NoError(t, srv.Listen(ListenOptions{}, func() { listened++ }))
	e := srvTNodeErr(t, srv.Listen(ListenOptions{}, func() { listened += 100 }))
	assert.Equal(t, nodeerr.NameError, e.Name)
	assert.Equal(t, "ERR_SERVER_ALREADY_LISTEN", e.Code)
	assert.Equal(t, "Listen method has been called more than once without closing.", e.Message)
	srv.Once("listening", func() { srv.Close(nil) })
	testutil.Run(t, loop, 5*time.Second)
	assert.Equal(t, 1, listened, "the callback of the throwing listen must not be registered")
}

func TestServerAddressForms(t *testing.T) {
	t.Parallel()
	cases := []struct {
		host, address, family string
		v6                    bool
	}{
		{"127.0.0.1", "127.0.0.1", "IPv4", false},
		{"0.0.0.0", "0.0.0.0", "IPv4", false},
		{"localhost", "127.0.0.1", "IPv4", false},
		{"::1", "::1", "IPv6", true},
		{"::", "::", "IPv6", true},
		{"", "::", "IPv6", true},
		{"::ffff:127.0.0.1", "::ffff:127.0.0.1", "IPv6", true},
	}
	for _, c := range cases {
		t.Run(c.host, func(t *testing.T) {
			if c.v6 && !srvTHasIPv6() {
				t.Skip("no IPv6 here")
			}
			loop := testutil.Loop(t)
			srv := CreateServer(loop, ServerOptions{}, nil)
			_, ok := srv.Address()
			assert.False(t, ok, "address() before listen is null")
			var got AddressInfo
			require.NoError(t, srv.Listen(ListenOptions{Host: c.host}, func() {
				var ok bool
				got, ok = srv.Address()
				assert.True(t, ok)
				srv.Close(func(err error) {
					assert.NoError(t, err)
					_, ok := srv.Address()
					assert.False(t, ok, "address() after close is null")
				})
				_, ok = srv.Address()
				assert.False(t, ok, "address() right after close() is null")
			}))
			testutil.Run(t, loop, 5*time.Second)
			assert.Equal(t, c.address, got.Address)
			assert.Equal(t, c.family, got.Family)
			assert.Greater(t, got.Port, 0)
		})
	}
}

// Without IPv6 the host-less listen falls back to 0.0.0.0, as Node does
// when the "::" socket cannot be created.
func TestServerListenNoIPv6Fallback(t *testing.T) {
	loop := testutil.Loop(t)
	restore := sys.InjectFault("socket", syscall.EAFNOSUPPORT, 1)
	defer restore()
	srv := CreateServer(loop, ServerOptions{}, nil)
	var got AddressInfo
	require.NoError(t, srv.Listen(ListenOptions{}, func() {
		got, _ = srv.Address()
		srv.Close(nil)
	}))
	testutil.Run(t, loop, 5*time.Second)
	assert.Equal(t, "0.0.0.0", got.Address)
	assert.Equal(t, "IPv4", got.Family)
}

// Bind and listen failures are asynchronous 'error's from "listen" with the
// address (and the port when not 0), never followed by 'close'.
func TestServerListenFailures(t *testing.T) {
	cases := []struct {
		op    string
		errno syscall.Errno
		msg   string
	}{
		{"bind", syscall.EACCES, "listen EACCES: permission denied 127.0.0.1"},
		{"listen", syscall.ENOBUFS, "listen ENOBUFS: no buffer space available 127.0.0.1"},
		{"bind", syscall.EAFNOSUPPORT, "listen EINVAL: invalid argument 127.0.0.1"},
	}
	for _, c := range cases {
		t.Run(c.op+"_"+nodeerr.ErrnoName(c.errno), func(t *testing.T) {
			loop := testutil.Loop(t)
			restore := sys.InjectFault(c.op, c.errno, 1)
			defer restore()
			srv := CreateServer(loop, ServerOptions{}, nil)
			var got error
			closed := false
			srv.On("close", func() { closed = true })
			srv.On("listening", func() { t.Error("unexpected 'listening'") })
			srv.On("error", func(err error) { got = err })
			require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1"}, nil))
			assert.Nil(t, got, "the error is asynchronous")
			testutil.Run(t, loop, 5*time.Second)
			e := srvTNodeErr(t, got)
			assert.Equal(t, c.msg, e.Message)
			assert.Equal(t, "listen", e.Syscall)
			assert.Equal(t, "127.0.0.1", e.Address)
			assert.False(t, closed, "no automatic 'close' after a failed listen")
			assert.False(t, srv.Listening())
		})
	}
}

func TestServerEADDRINUSEReportedByListen(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	a := CreateServer(loop, ServerOptions{}, nil)
	require.NoError(t, a.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
		port := srvTPort(a)
		b := CreateServer(loop, ServerOptions{}, nil)
		_, err := bindTCP(netip.MustParseAddr("127.0.0.1"), port, false, false)
		assert.Equal(t, syscall.EADDRINUSE, err, "bind fails, and Listen reports it from listen")
		b.On("error", func(err error) {
			e := srvTNodeErr(t, err)
			assert.Equal(t, "listen EADDRINUSE: address already in use 127.0.0.1:"+strconv.Itoa(port), e.Message)
			assert.Equal(t, errnoValue(syscall.EADDRINUSE), e.ErrnoValue())
			assert.Equal(t, port, e.Port)
			assert.True(t, errors.Is(err, syscall.EADDRINUSE))
			a.Close(nil)
		})
		require.NoError(t, b.Listen(ListenOptions{Host: "127.0.0.1", Port: port}, nil))
	}))
	testutil.Run(t, loop, 5*time.Second)
}

func TestServerCloseCallbacks(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	var order []string
	srv := CreateServer(loop, ServerOptions{}, nil)
	srv.On("close", func() { order = append(order, "close") })
	assert.Same(t, srv, srv.Close(func(err error) {
		order = append(order, "cb:"+nodeerr.Code(err))
		e := srvTNodeErr(t, err)
		assert.Equal(t, "Server is not running.", e.Message)
	}))
	assert.Empty(t, order, "'close' comes on the next tick")
	testutil.Run(t, loop, 5*time.Second)
	assert.Equal(t, []string{"close", "cb:ERR_SERVER_NOT_RUNNING"}, order)

	order = nil
	require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
		srv.Close(func(err error) { order = append(order, "cb1:"+nodeerr.Code(err)) })
		srv.Close(func(err error) { order = append(order, "cb2:"+nodeerr.Code(err)) })
	}))
	testutil.Run(t, loop, 5*time.Second)
	// Two 'close' events: the first runs both once-callbacks.
	assert.Equal(t, []string{"close", "cb1:", "cb2:ERR_SERVER_NOT_RUNNING", "close"}, order)
}

// 'close' waits for the last connection; Connections and GetConnections
// count them.
func TestServerCloseWaitsForConnections(t *testing.T) {
	loop := testutil.Loop(t)
	var socks []*Socket
	var events []string
	srv := CreateServer(loop, ServerOptions{}, nil)
	srv.On("close", func() { events = append(events, "server close") })
	srv.OnConnection(func(s *Socket) {
		socks = append(socks, s)
		if len(socks) < 3 {
			return
		}
		assert.Equal(t, 3, srv.Connections())
		srv.Close(func(err error) { assert.NoError(t, err) })
		srv.GetConnections(func(err error, n int) {
			assert.NoError(t, err)
			assert.Equal(t, 3, n)
			// One at a time: each socket is destroyed once the one
			// before has closed (timers a few ms apart may fire in one
			// iteration on a slow host).
			for i, s := range socks {
				i := i
				s.OnClose(func(bool) {
					events = append(events, "socket close "+strconv.Itoa(i))
					if i+1 < len(socks) {
						loop.SetTimeout(func() { socks[i+1].Destroy(nil) }, 5*time.Millisecond)
					}
				})
			}
			loop.SetTimeout(func() { socks[0].Destroy(nil) }, 5*time.Millisecond)
		})
	})
	require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
		port := srvTPort(srv)
		for i := 0; i < 3; i++ {
			c, err := Connect(loop, SocketOptions{}, ConnectOptions{Port: port, Host: "127.0.0.1"}, nil)
			require.NoError(t, err)
			c.Resume()
		}
	}))
	testutil.Run(t, loop, 5*time.Second)
	assert.Equal(t, 0, srv.Connections())
	require.Len(t, events, 4)
	assert.Equal(t, "server close", events[2], "'close' right after the last socket is destroyed: %v", events)
}

func TestServerRefUnref(t *testing.T) {
	t.Run("unref after listen", func(t *testing.T) {
		loop := testutil.Loop(t)
		srv := CreateServer(loop, ServerOptions{}, nil)
		listening := false
		require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
			listening = true
			assert.Same(t, srv, srv.Unref())
		}))
		testutil.Run(t, loop, 2*time.Second)
		assert.True(t, listening)
		assert.True(t, srv.Listening(), "the loop ended with the server still listening")
		srv.Close(nil)
		testutil.Run(t, loop, 2*time.Second)
	})
	t.Run("unref before listen", func(t *testing.T) {
		loop := testutil.Loop(t)
		srv := CreateServer(loop, ServerOptions{}, nil)
		srv.Unref()
		listening := false
		require.NoError(t, srv.Listen(ListenOptions{}, func() { listening = true }))
		testutil.Run(t, loop, 2*time.Second)
		assert.True(t, listening, "'listening' still comes (on the next tick)")
		assert.True(t, srv.Listening())
		srv.Close(nil)
		testutil.Run(t, loop, 2*time.Second)
	})
	t.Run("ref again", func(t *testing.T) {
		loop := testutil.Loop(t)
		srv := CreateServer(loop, ServerOptions{}, nil)
		srv.Unref()
		assert.Same(t, srv, srv.Ref())
		require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
			srv.Unref()
			srv.Ref()
			loop.SetTimeout(func() { srv.Close(nil) }, 30*time.Millisecond)
		}))
		start := time.Now()
		testutil.Run(t, loop, 2*time.Second)
		assert.GreaterOrEqual(t, time.Since(start), 25*time.Millisecond, "a ref'd server keeps the loop alive")
		assert.False(t, srv.Listening())
	})
}

// An accept failure is Node's accept error ('error' "accept ENOBUFS",
// syscall "accept", errno -105); accepting goes on in the next iteration,
// so the pending connection and the following ones are served. (EMFILE and
// ENFILE go to the reserve descriptor first: emfile_test.go.)
func TestServerAcceptFault(t *testing.T) {
	for _, errno := range []syscall.Errno{syscall.ENOBUFS, syscall.EPERM} {
		t.Run(nodeerr.ErrnoName(errno), func(t *testing.T) {
			loop := testutil.Loop(t)
			var errs []error
			conns := 0
			var srv *Server
			srv = CreateServer(loop, ServerOptions{}, func(s *Socket) {
				conns++
				s.End(nil, nil)
				s.Resume()
				if conns == 2 {
					srv.Close(nil)
				}
			})
			srv.On("error", func(err error) { errs = append(errs, err) })
			require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
				port := srvTPort(srv)
				restore := sys.InjectFault("accept", errno, 1)
				t.Cleanup(restore)
				c, err := Connect(loop, SocketOptions{}, ConnectOptions{Port: port, Host: "127.0.0.1"}, nil)
				require.NoError(t, err)
				c.Resume()
				c.OnClose(func(bool) {
					c2, err := Connect(loop, SocketOptions{}, ConnectOptions{Port: port, Host: "127.0.0.1"}, nil)
					require.NoError(t, err)
					c2.Resume()
				})
			}))
			testutil.Run(t, loop, 5*time.Second)
			require.Len(t, errs, 1)
			e := srvTNodeErr(t, errs[0])
			assert.Equal(t, "accept "+nodeerr.ErrnoName(errno), e.Message)
			assert.Equal(t, nodeerr.ErrnoName(errno), e.Code)
			assert.Equal(t, "accept", e.Syscall)
			assert.Equal(t, errnoValue(errno), e.ErrnoValue())
			assert.True(t, errors.Is(errs[0], errno))
			assert.Equal(t, 2, conns, "the connection pending at the failure and the next one are served")
		})
	}
}

// ECONNABORTED (a connection reset before it was accepted) is skipped
// silently, as libuv does.
func TestServerAcceptConnAborted(t *testing.T) {
	loop := testutil.Loop(t)
	conns := 0
	var srv *Server
	srv = CreateServer(loop, ServerOptions{}, func(s *Socket) {
		conns++
		s.Destroy(nil)
		srv.Close(nil)
	})
	srv.On("error", func(err error) { t.Errorf("unexpected 'error': %v", err) })
	require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
		restore := sys.InjectFault("accept", syscall.ECONNABORTED, 1)
		t.Cleanup(restore)
		c, err := Connect(loop, SocketOptions{}, ConnectOptions{Port: srvTPort(srv), Host: "127.0.0.1"}, nil)
		require.NoError(t, err)
		c.Resume()
	}))
	testutil.Run(t, loop, 5*time.Second)
	assert.Equal(t, 1, conns)
}

// A persistent accept failure does not spin: one 'error' per attempt, the
// attempts spaced by a growing pause, few loop iterations, and accepting
// resumes once the failure is gone.
func TestServerAcceptPersistentFaultDoesNotSpin(t *testing.T) {
	loop := testutil.Loop(t)
	var errs int
	conns := 0
	var srv *Server
	srv = CreateServer(loop, ServerOptions{}, func(s *Socket) {
		conns++
		s.Destroy(nil)
		srv.Close(nil)
	})
	srv.On("error", func(error) { errs++ })
	var restore func()
	var iterations uint64
	require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
		restore = sys.InjectFault("accept", syscall.EMFILE, 0)
		c, err := Connect(loop, SocketOptions{}, ConnectOptions{Port: srvTPort(srv), Host: "127.0.0.1"}, nil)
		require.NoError(t, err)
		c.Resume()
		before := loop.CurrentStats().Iterations
		loop.SetTimeout(func() {
			iterations = loop.CurrentStats().Iterations - before
			restore()
		}, 200*time.Millisecond)
	}))
	testutil.Run(t, loop, 5*time.Second)
	restore()
	t.Logf("%d 'error' events and %d loop iterations in 200 ms of EMFILE", errs, iterations)
	assert.Equal(t, 1, conns, "accepting resumed after the failure went away")
	assert.GreaterOrEqual(t, errs, 1)
	assert.LessOrEqual(t, errs, 12, "one 'error' per attempt, attempts spaced by 5 ms doubling")
	assert.Less(t, iterations, uint64(100), "the loop must sleep between attempts, not spin")
}

// Closing while accepting is paused releases the back-off timer.
func TestServerCloseDuringAcceptBackoff(t *testing.T) {
	loop := testutil.Loop(t)
	srv := CreateServer(loop, ServerOptions{}, nil)
	errs := 0
	paused := false
	srv.On("error", func(error) {
		// The second failure in a row pauses accepting before it is emitted.
		if errs++; errs == 2 {
			paused = srv.acceptTimer != nil
			srv.Close(nil)
		}
	})
	require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
		restore := sys.InjectFault("accept", syscall.EMFILE, 0)
		t.Cleanup(restore)
		c, err := Connect(loop, SocketOptions{}, ConnectOptions{Port: srvTPort(srv), Host: "127.0.0.1"}, nil)
		require.NoError(t, err)
		c.Resume()
		c.OnError(func(error) {}) // reset when the listener closes
	}))
	testutil.Run(t, loop, 5*time.Second)
	assert.Equal(t, 2, errs)
	assert.True(t, paused, "accepting was paused")
	assert.Nil(t, srv.acceptTimer)
	assert.False(t, srv.Listening())
}

// A blocked peer is closed before 'connection' and is not counted.
func TestServerBlockListNotCounted(t *testing.T) {
	t.Parallel()
	loop := testutil.Loop(t)
	bl := newTestBlockList(t, "127.0.0.1")
	srv := CreateServer(loop, ServerOptions{BlockList: bl}, func(*Socket) { t.Error("unexpected 'connection'") })
	require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
		c, err := Connect(loop, SocketOptions{}, ConnectOptions{Port: srvTPort(srv), Host: "127.0.0.1"}, nil)
		require.NoError(t, err)
		c.Resume()
		c.OnClose(func(bool) {
			assert.Equal(t, 0, srv.Connections())
			assert.Zero(t, c.BytesRead())
			srv.Close(nil)
		})
	}))
	testutil.Run(t, loop, 5*time.Second)
}

// A socket with a blockList never calls connect(2) for a blocked address:
// a connect fault armed before the blocked dial is still armed afterwards,
// and the next (allowed) dial is the one that meets it.
func TestDialBlockListIssuesNoConnect(t *testing.T) {
	loop := testutil.Loop(t)
	srv := CreateServer(loop, ServerOptions{}, func(*Socket) { t.Error("unexpected 'connection'") })
	var blockedErr, allowedErr error
	require.NoError(t, srv.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
		port := srvTPort(srv)
		restore := sys.InjectFault("connect", syscall.EHOSTUNREACH, 1)
		t.Cleanup(restore)
		blocked, err := Connect(loop, SocketOptions{BlockList: newTestBlockList(t, "127.0.0.1")},
			ConnectOptions{Port: port, Host: "127.0.0.1"}, nil)
		require.NoError(t, err)
		blocked.OnError(func(err error) { blockedErr = err })
		blocked.OnClose(func(bool) {
			allowed, err := Connect(loop, SocketOptions{}, ConnectOptions{Port: port, Host: "127.0.0.1"}, nil)
			require.NoError(t, err)
			allowed.OnError(func(err error) { allowedErr = err })
			allowed.OnClose(func(bool) { srv.Close(nil) })
		})
	}))
	testutil.Run(t, loop, 5*time.Second)
	e := srvTNodeErr(t, blockedErr)
	assert.Equal(t, "ERR_IP_BLOCKED", e.Code)
	assert.Equal(t, "IP(127.0.0.1) is blocked by net.BlockList", e.Message)
	assert.True(t, errors.Is(allowedErr, syscall.EHOSTUNREACH), "the allowed dial met the fault: %v", allowedErr)
}
