// This file checks Windows named pipes as Node's IPC: listen, connect,
// data both ways, many clients beyond the pending instances, address(),
// the errors (ENOENT, EADDRINUSE), end and half-close, destroy, pause and
// backpressure with a bulk transfer checked byte for byte, and
// readableAll/writableAll. They run under wine too (make test-windows);
// where wine departs from Windows the test says so.

package netmod

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/internal/testutil"
)

var pipeSeq atomic.Int32

// pipeTName is a pipe name unique to the test run.
func pipeTName(_ testing.TB, dot bool) string {
	prefix := `\\?\pipe\`
	if dot {
		prefix = `\\.\pipe\`
	}
	return prefix + "nodenet-test-" + strconv.Itoa(int(time.Now().UnixNano()%1e9)) + "-" + strconv.Itoa(int(pipeSeq.Add(1)))
}

func pipeAddr(a AddressInfo, ok bool) AddressInfo {
	if !ok {
		return AddressInfo{Address: "null"}
	}
	return a
}

// pattern is n bytes of a repeating, position-dependent pattern.
func pattern(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*7 + i>>8)
	}
	return b
}

// Data both ways, then end() from the client: each side sees its events
// in Node's order, and the server gets 'close' and its own 'close'.
func TestPipeEcho(t *testing.T) {
	for _, dot := range []bool{false, true} {
		loop := testutil.Loop(t)
		name := pipeTName(t, dot)
		var server, client []string
		var srv *Server
		srv = CreateServer(loop, ServerOptions{}, func(s *Socket) {
			server = append(server, "connection")
			s.OnData(func(d []byte) {
				server = append(server, "data "+string(d))
				s.Write([]byte("pong:"+string(d)), nil)
			})
			s.OnEnd(func() { server = append(server, "end") })
			s.OnClose(func(had bool) {
				server = append(server, "close "+strconv.FormatBool(had))
				srv.Close(nil)
			})
		})
		srv.On("close", func() { server = append(server, "server close") })
		require.NoError(t, srv.Listen(ListenOptions{Path: name}, func() {
			server = append(server, "listening")
			assert.Equal(t, AddressInfo{Path: name}, pipeAddr(srv.Address()))
			c, err := Connect(loop, SocketOptions{}, ConnectOptions{Path: name}, nil)
			require.NoError(t, err)
			c.OnConnect(func() {
				client = append(client, "connect")
				c.Write([]byte("ping"), nil)
			})
			c.OnData(func(d []byte) {
				client = append(client, "data "+string(d))
				c.End(nil, nil)
			})
			c.On("finish", func() { client = append(client, "finish") })
			c.OnEnd(func() { client = append(client, "end") })
			c.OnClose(func(had bool) { client = append(client, "close "+strconv.FormatBool(had)) })
		}))
		testutil.Run(t, loop, 20*time.Second)
		assert.Equal(t, []string{"listening", "connection", "data ping", "end", "close false", "server close"}, server)
		assert.Equal(t, []string{"connect", "data pong:ping", "finish", "end", "close false"}, client)
		assert.Equal(t, AddressInfo{Path: name}, pipeAddr(srv.Address()), "address() is still the name after close")
	}
}

// More clients at once than the server keeps pending instances: none is
// refused (those that find every instance busy wait for one, as Node's
// connect does), and each gets its own answer.
func TestPipeManyClients(t *testing.T) {
	loop := testutil.Loop(t)
	name := pipeTName(t, false)
	const clients = 24
	var srv *Server
	closed := 0
	srv = CreateServer(loop, ServerOptions{}, func(s *Socket) {
		s.OnData(func(d []byte) { s.Write(append([]byte("echo "), d...), nil) })
		s.OnClose(func(bool) {
			closed++
			if closed == clients {
				srv.Close(nil)
			}
		})
	})
	replies := make([]string, clients)
	errs := 0
	require.NoError(t, srv.Listen(ListenOptions{Path: name}, func() {
		for i := range clients {
			c, err := Connect(loop, SocketOptions{}, ConnectOptions{Path: name}, nil)
			require.NoError(t, err)
			want := "echo client " + strconv.Itoa(i)
			c.OnConnect(func() { c.Write([]byte("client "+strconv.Itoa(i)), nil) })
			c.OnData(func(d []byte) {
				replies[i] += string(d)
				if len(replies[i]) >= len(want) {
					c.End(nil, nil)
				}
			})
			c.OnError(func(error) { errs++ })
		}
	}))
	testutil.Run(t, loop, 60*time.Second)
	assert.Zero(t, errs)
	for i, r := range replies {
		assert.Equal(t, "echo client "+strconv.Itoa(i), r)
	}
}

func TestPipeConnectMissing(t *testing.T) {
	loop := testutil.Loop(t)
	name := `\\.\pipe\nodenet-missing-` + strconv.Itoa(int(pipeSeq.Add(1)))
	var trace []string
	c := NewSocket(loop, SocketOptions{})
	c.On("connectionAttempt", func(a string, _, _ int) { trace = append(trace, "attempt "+a) })
	c.On("connectionAttemptFailed", func(a string, _, _ int, err error) { trace = append(trace, "failed "+err.Error()) })
	var gotErr error
	c.OnError(func(err error) { gotErr = err; trace = append(trace, "error") })
	c.OnClose(func(h bool) { trace = append(trace, "close "+strconv.FormatBool(h)) })
	require.NoError(t, c.Connect(ConnectOptions{Path: name}, nil))
	testutil.Run(t, loop, 10*time.Second)
	e := srvTNodeErr(t, gotErr)
	assert.Equal(t, "ENOENT", e.Code)
	assert.Equal(t, "connect ENOENT "+name, e.Message)
	assert.Equal(t, "connect", e.Syscall)
	assert.Equal(t, []string{"attempt " + name, "failed connect ENOENT " + name, "error", "close true"}, trace)
}

func TestPipeListenInUse(t *testing.T) {
	loop := testutil.Loop(t)
	name := pipeTName(t, true)
	first := CreateServer(loop, ServerOptions{}, nil)
	second := CreateServer(loop, ServerOptions{}, nil)
	var gotErr error
	second.On("error", func(err error) {
		gotErr = err
		first.Close(nil)
	})
	second.On("listening", func() { t.Error("the second server listens") })
	require.NoError(t, first.Listen(ListenOptions{Path: name}, func() {
		require.NoError(t, second.Listen(ListenOptions{Path: name}, nil))
	}))
	testutil.Run(t, loop, 10*time.Second)
	e := srvTNodeErr(t, gotErr)
	assert.Equal(t, "EADDRINUSE", e.Code)
	assert.Equal(t, "listen EADDRINUSE: address already in use "+name, e.Message)
	assert.Equal(t, -1, e.Port)
	assert.Equal(t, AddressInfo{Path: name}, pipeAddr(second.Address()))
	assert.False(t, second.Listening())
}

// Node on Windows takes every path as a pipe name: a path that is not one
// (a socket file's path, relative or absolute, an abstract name) fails to
// listen with EACCES, as a failed pipe listen does, fails to connect with
// ENOENT, as a missing pipe does, and is no BoundSocket.
func TestPipeNonPipePath(t *testing.T) {
	for _, p := range []string{"echo.sock", filepath.Join(os.TempDir(), "nodenet-echo.sock"), "\x00abstract", `\\.\notpipe\x`} {
		loop := testutil.Loop(t)
		var trace []string
		srv := CreateServer(loop, ServerOptions{}, nil)
		srv.On("listening", func() { trace = append(trace, "listening") })
		var listenErr error
		srv.On("error", func(err error) {
			listenErr = err
			trace = append(trace, "server error")
			c := NewSocket(loop, SocketOptions{})
			c.On("connectionAttempt", func(a string, _, _ int) { trace = append(trace, "attempt "+strconv.Quote(a)) })
			c.On("connectionAttemptFailed", func(a string, _, _ int, err error) { trace = append(trace, "failed "+strconv.Quote(err.Error())) })
			c.OnConnect(func() { trace = append(trace, "connect") })
			c.OnError(func(err error) {
				e := srvTNodeErr(t, err)
				assert.Equal(t, "ENOENT", e.Code)
				assert.Equal(t, "connect", e.Syscall)
				assert.Equal(t, p, e.Address)
				trace = append(trace, "error")
			})
			c.OnClose(func(h bool) { trace = append(trace, "close "+strconv.FormatBool(h)) })
			require.NoError(t, c.Connect(ConnectOptions{Path: p}, nil))
		})
		require.NoError(t, srv.Listen(ListenOptions{Path: p}, nil))
		assert.False(t, srv.Listening())
		testutil.Run(t, loop, 10*time.Second)
		e := srvTNodeErr(t, listenErr)
		assert.Equal(t, "EACCES", e.Code)
		assert.Equal(t, "listen EACCES: permission denied "+p, e.Message)
		assert.Equal(t, "listen", e.Syscall)
		assert.Equal(t, p, e.Address)
		assert.Equal(t, -1, e.Port)
		assert.Equal(t, AddressInfo{Path: p}, pipeAddr(srv.Address()))
		assert.False(t, srv.Listening())
		assert.Equal(t, []string{"server error", "attempt " + strconv.Quote(p),
			"failed " + strconv.Quote("connect ENOENT "+p), "error", "close true"}, trace, p)
		_, err := os.Stat(p)
		assert.True(t, p[0] == 0 || os.IsNotExist(err), "no file is made: %v", err)

		_, err = NewBoundSocket(BoundSocketOptions{Path: p})
		e = srvTNodeErr(t, err)
		if p[0] == 0 {
			assert.Equal(t, "ERR_INVALID_ARG_VALUE", e.Code)
			continue
		}
		assert.Equal(t, "ERR_FEATURE_UNAVAILABLE_ON_PLATFORM", e.Code)
		assert.Equal(t, "The feature Windows named pipe "+p+" is unavailable on the current platform, which is being used to run Node.js", e.Message)
	}
}

// end() on one side: the other side gets the data, then 'end'. A named
// pipe has no half-close: the side that ended closes once the peer has
// been quiet for the grace (see internal/sys's pipe_windows.go), so it
// gets 'end' too, and neither side sees an error.
func TestPipeHalfClose(t *testing.T) {
	loop := testutil.Loop(t)
	name := pipeTName(t, false)
	var server, client []string
	var srv *Server
	srv = CreateServer(loop, ServerOptions{}, func(s *Socket) {
		var got []byte
		s.OnData(func(d []byte) { got = append(got, d...) })
		s.OnEnd(func() { server = append(server, "end after "+string(got)) })
		s.OnError(func(err error) { server = append(server, "error "+err.Error()) })
		s.OnClose(func(had bool) {
			server = append(server, "close "+strconv.FormatBool(had))
			srv.Close(nil)
		})
	})
	require.NoError(t, srv.Listen(ListenOptions{Path: name}, func() {
		c, err := Connect(loop, SocketOptions{}, ConnectOptions{Path: name}, nil)
		require.NoError(t, err)
		c.OnConnect(func() { c.End([]byte("hello"), nil) })
		c.On("finish", func() { client = append(client, "finish") })
		c.OnData(func(d []byte) { client = append(client, "data "+string(d)) })
		c.OnEnd(func() { client = append(client, "end") })
		c.OnError(func(err error) { client = append(client, "error "+err.Error()) })
		c.OnClose(func(had bool) { client = append(client, "close "+strconv.FormatBool(had)) })
	}))
	testutil.Run(t, loop, 20*time.Second)
	assert.Equal(t, []string{"end after hello", "close false"}, server)
	assert.Equal(t, []string{"finish", "end", "close false"}, client)
}

// destroy() on one side: the other side gets 'end' and 'close', no error.
func TestPipeDestroy(t *testing.T) {
	loop := testutil.Loop(t)
	name := pipeTName(t, false)
	var trace []string
	var srv *Server
	srv = CreateServer(loop, ServerOptions{}, func(s *Socket) {
		s.OnData(func(d []byte) {
			trace = append(trace, "server data "+string(d))
			s.Destroy(nil)
		})
		s.OnClose(func(had bool) {
			trace = append(trace, "server close "+strconv.FormatBool(had))
			srv.Close(nil)
		})
	})
	require.NoError(t, srv.Listen(ListenOptions{Path: name}, func() {
		c, err := Connect(loop, SocketOptions{}, ConnectOptions{Path: name}, nil)
		require.NoError(t, err)
		c.OnConnect(func() { c.Write([]byte("x"), nil) })
		c.OnEnd(func() { trace = append(trace, "client end") })
		c.OnError(func(err error) { trace = append(trace, "client error "+err.Error()) })
		c.OnClose(func(had bool) { trace = append(trace, "client close "+strconv.FormatBool(had)) })
	}))
	testutil.Run(t, loop, 20*time.Second)
	assert.Equal(t, []string{"server data x", "server close false", "client end", "client close false"}, trace)
}

// A paused reader stops reading: the writer meets backpressure (write()
// returns false, its queue stops shrinking) and gets 'drain' only once
// the reader resumes; every byte arrives in order.
func TestPipeBackpressure(t *testing.T) {
	loop := testutil.Loop(t)
	name := pipeTName(t, false)
	payload := pattern(4 << 20)
	var got []byte
	var srv *Server
	pausedAt := -1
	var wroteAll, drained bool
	var c *Socket
	stalled := 0
	srv = CreateServer(loop, ServerOptions{}, func(s *Socket) {
		s.Pause()
		s.OnData(func(d []byte) { got = append(got, d...) })
		s.OnEnd(func() {
			s.End(nil, nil)
			srv.Close(nil)
		})
		// Once the writer has written and stopped making progress (its
		// queue the same over a few checks), check that nothing was
		// read while paused, then resume.
		last, same := -1, 0
		var check func()
		check = func() {
			n := c.WritableLength()
			if wroteAll || n == 0 || n != last {
				last, same = n, 0
			} else {
				same++
			}
			if same < 3 {
				s.loop.SetTimeout(check, 20*time.Millisecond)
				return
			}
			pausedAt = len(got)
			stalled = n
			s.Resume()
		}
		check()
	})
	require.NoError(t, srv.Listen(ListenOptions{Path: name}, func() {
		var err error
		c, err = Connect(loop, SocketOptions{}, ConnectOptions{Path: name}, nil)
		require.NoError(t, err)
		c.OnConnect(func() {
			wroteAll = c.Write(payload, nil)
			c.OnDrain(func() {
				drained = true
				c.End(nil, nil)
			})
		})
	}))
	testutil.Run(t, loop, 60*time.Second)
	assert.False(t, wroteAll, "write() of 4 MiB to a paused reader returned true")
	assert.True(t, drained)
	assert.Equal(t, 0, pausedAt, "data was emitted while paused")
	// The pipe's buffers and the reader's one buffer hold a few hundred
	// KiB at most: the rest waited in the writer.
	assert.Greater(t, stalled, len(payload)/2, "the writer was not held back")
	require.Equal(t, len(payload), len(got))
	assert.True(t, bytes.Equal(payload, got), "the bytes differ")
}

// Bulk both ways at once, checked byte for byte.
func TestPipeBulkBothWays(t *testing.T) {
	loop := testutil.Loop(t)
	name := pipeTName(t, true)
	up, down := pattern(3<<20), pattern(2<<20+17)
	var gotUp, gotDown []byte
	var srv *Server
	srv = CreateServer(loop, ServerOptions{AllowHalfOpen: true}, func(s *Socket) {
		s.Write(down, nil)
		s.OnData(func(d []byte) { gotUp = append(gotUp, d...) })
		s.OnEnd(func() {
			s.End(nil, nil)
			srv.Close(nil)
		})
	})
	require.NoError(t, srv.Listen(ListenOptions{Path: name}, func() {
		c, err := Connect(loop, SocketOptions{AllowHalfOpen: true}, ConnectOptions{Path: name}, nil)
		require.NoError(t, err)
		c.OnConnect(func() { c.Write(up, nil) })
		c.OnData(func(d []byte) {
			gotDown = append(gotDown, d...)
			if len(gotDown) == len(down) {
				c.End(nil, nil)
			}
		})
	}))
	testutil.Run(t, loop, 60*time.Second)
	assert.True(t, bytes.Equal(up, gotUp), "up: %d of %d bytes", len(gotUp), len(up))
	assert.True(t, bytes.Equal(down, gotDown), "down: %d of %d bytes", len(gotDown), len(down))
}

// readableAll/writableAll grant Everyone (WD in SDDL) read and write
// access to the pipe.
func TestPipeReadableWritableAll(t *testing.T) {
	loop := testutil.Loop(t)
	name := pipeTName(t, false)
	srv := CreateServer(loop, ServerOptions{}, nil)
	require.NoError(t, srv.Listen(ListenOptions{Path: name, ReadableAll: true, WritableAll: true}, nil))
	require.True(t, srv.Listening())
	dacl, err := sys.PipeDACL(srv.fd)
	require.NoError(t, err)
	srv.Close(nil)
	testutil.Run(t, loop, 10*time.Second)
	if !strings.HasPrefix(dacl, "D:") {
		// wine: pipes have no DACL at all, so every user has access
		// already and PipeChmod leaves them alone. Windows gives a
		// pipe a DACL (full control to the system, administrators
		// and the owner, read to Everyone).
		t.Logf("no DACL (wine): %q", dacl)
		return
	}
	i := strings.Index(dacl, ";;;WD)")
	require.GreaterOrEqual(t, i, 0, "no entry for Everyone in %s", dacl)
	ace := dacl[strings.LastIndex(dacl[:i], "(A;"):i]
	rights := strings.Split(ace, ";")[2]
	if !strings.HasPrefix(rights, "0x") {
		// SDDL's names for the rights: file read and write, or all.
		ok := strings.Contains(rights, "FA") || strings.Contains(rights, "GA") ||
			strings.Contains(rights, "FR") && strings.Contains(rights, "FW")
		assert.True(t, ok, "%s", dacl)
		return
	}
	mask, err := strconv.ParseUint(rights[2:], 16, 32)
	require.NoError(t, err, ace)
	const rw = 0x12019f // FILE_GENERIC_READ | FILE_GENERIC_WRITE
	assert.Equal(t, uint64(rw), mask&rw, "%s", dacl)
}

// BenchmarkPipeVsTCP moves 16 MiB one way on one loop, over a named pipe
// and over loopback TCP with the same code, so that the ratio says what
// the pipe's emulated readiness costs (under wine only the ratio means
// anything).
func BenchmarkPipeVsTCP(b *testing.B) {
	for _, kind := range []string{"pipe", "tcp"} {
		b.Run(kind, func(b *testing.B) {
			const total = 16 << 20
			chunk := pattern(64 << 10)
			b.SetBytes(total)
			for range b.N {
				loop := testutil.Loop(b)
				got := 0
				var srv *Server
				srv = CreateServer(loop, ServerOptions{}, func(s *Socket) {
					s.OnData(func(d []byte) { got += len(d) })
					s.OnEnd(func() { srv.Close(nil) })
				})
				lo := ListenOptions{Path: pipeTName(nil, false)}
				if kind == "tcp" {
					lo = ListenOptions{Host: "127.0.0.1", Port: 0}
				}
				require.NoError(b, srv.Listen(lo, func() {
					co := ConnectOptions{Path: lo.Path}
					if kind == "tcp" {
						co = ConnectOptions{Host: "127.0.0.1", Port: pipeAddr(srv.Address()).Port}
					}
					c, err := Connect(loop, SocketOptions{}, co, nil)
					require.NoError(b, err)
					sent := 0
					var pump func()
					pump = func() {
						for sent < total {
							sent += len(chunk)
							if !c.Write(chunk, nil) {
								return
							}
						}
						c.End(nil, nil)
					}
					c.OnConnect(pump)
					c.OnDrain(pump)
				}))
				testutil.Run(b, loop, 5*time.Minute)
				require.Equal(b, total, got)
			}
		})
	}
}
