package net_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/netmod"
	"github.com/nodenet/nodenet/nodeerr"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// trace collects console.log-style lines.
type trace struct{ buf bytes.Buffer }

// log prints its arguments separated by spaces, as console.log does for
// strings, numbers and booleans.
func (t *trace) log(args ...any) {
	for i, a := range args {
		if i > 0 {
			t.buf.WriteByte(' ')
		}
		switch v := a.(type) {
		case nil:
			t.buf.WriteString("undefined")
		case error:
			t.buf.WriteString(v.Error())
		default:
			fmt.Fprint(&t.buf, v)
		}
	}
	t.buf.WriteByte('\n')
	if os.Getenv("NODENET_TRACE") == "1" {
		os.Stderr.Write(t.buf.Bytes()[bytes.LastIndexByte(t.buf.Bytes()[:t.buf.Len()-1], '\n')+1:])
	}
}

// jsonStr is JSON.stringify of an ASCII string.
func jsonStr(s string) string { return strconv.Quote(s) }

// orUndefined prints "" as undefined, as Node prints a missing property.
func orUndefined(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func run(t *testing.T, name string, scenario func(loop *eventloop.Loop, tr *trace)) {
	t.Helper()
	runExit(t, name, scenario, nil, nil)
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestEcho(t *testing.T) {
	run(t, "echo", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			tr.log("server: connection", sock.RemoteAddress(), sock.RemoteFamily(), sock.ReadyState())
			sock.OnData(func(d []byte) { tr.log("server: data", jsonStr(string(d))); sock.Write(d, nil) })
			sock.OnEnd(func() { tr.log("server: end", sock.ReadyState()); sock.End(nil, nil) })
			sock.On("finish", func() { tr.log("server: finish", sock.ReadyState()) })
			sock.OnClose(func(h bool) {
				tr.log("server: close", h, sock.BytesRead(), sock.BytesWritten(), sock.Destroyed())
				server.Close(func(error) { tr.log("server: closed") })
			})
		})
		server.On("listening", func() {
			a, _ := server.Address()
			tr.log("server: listening", a.Address, a.Family, server.Listening())
		})
		require.NoError(t, server.Listen(netmod.ListenOptions{Port: 0, Host: "127.0.0.1"}, func() {
			tr.log("listen callback")
			a, _ := server.Address()
			c := must(netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Port: a.Port, Host: "127.0.0.1"}, nil))
			tr.log("client: connecting", c.Connecting(), c.ReadyState(), c.Pending())
			c.OnConnect(func() {
				tr.log("client: connect", c.Connecting(), c.ReadyState(), c.RemoteAddress(), c.RemotePort() == a.Port)
				c.Write([]byte("hello"), nil)
			})
			c.On("ready", func() { tr.log("client: ready") })
			c.OnData(func(d []byte) { tr.log("client: data", jsonStr(string(d))); c.End(nil, nil) })
			c.OnEnd(func() { tr.log("client: end", c.ReadyState()) })
			c.On("finish", func() { tr.log("client: finish", c.ReadyState()) })
			c.OnClose(func(h bool) {
				tr.log("client: close", h, c.BytesRead(), c.BytesWritten(), c.Destroyed(), orUndefined(c.RemoteAddress()))
			})
		}))
	})
}

func TestRefused(t *testing.T) {
	run(t, "refused", func(loop *eventloop.Loop, tr *trace) {
		probe := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		require.NoError(t, probe.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			a, _ := probe.Address()
			port := a.Port
			probe.Close(func(error) {
				c := must(netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Port: port, Host: "127.0.0.1"}, nil))
				c.OnConnect(func() { tr.log("connect (unexpected)") })
				c.On("connectionAttempt", func(a string, p, f int) { tr.log("attempt", a, p == port, f) })
				c.On("connectionAttemptFailed", func(a string, p, f int, e error) {
					tr.log("attempt failed", a, p == port, f, nodeerr.Code(e))
				})
				c.OnError(func(err error) {
					var e *nodeerr.Error
					require.True(t, errors.As(err, &e))
					tr.log("error", e.Name, e.Code, e.ErrnoValue(), e.Syscall, e.Address, e.Port == port,
						e.Message == fmt.Sprintf("connect ECONNREFUSED 127.0.0.1:%d", port))
				})
				c.OnClose(func(h bool) { tr.log("close", h, c.Destroyed(), c.ReadyState()) })
			})
		}))
	})
}

func TestHalfOpen(t *testing.T) {
	run(t, "half_open", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{AllowHalfOpen: true}, func(sock *netmod.Socket) {
			sock.OnData(func(d []byte) { tr.log("server: data", string(d)) })
			sock.OnEnd(func() {
				tr.log("server: end", sock.Writable(), sock.ReadyState())
				sock.Write([]byte("late reply"), func(error) { tr.log("server: write cb") })
				sock.End(nil, func(error) { tr.log("server: end cb") })
			})
			sock.On("finish", func() { tr.log("server: finish") })
			sock.OnClose(func(h bool) { tr.log("server: close", h); server.Close(nil) })
		})
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			a, _ := server.Address()
			var c *netmod.Socket
			c = must(netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Port: a.Port, Host: "127.0.0.1"}, func() {
				c.End([]byte("bye"), nil)
				tr.log("client: ended", c.Writable(), c.ReadyState())
			}))
			c.OnData(func(d []byte) { tr.log("client: data", string(d)) })
			c.OnEnd(func() { tr.log("client: end", c.ReadyState()) })
			c.On("finish", func() { tr.log("client: finish", c.ReadyState()) })
			c.OnClose(func(h bool) { tr.log("client: close", h) })
		}))
	})
}

func TestWriteAfterEnd(t *testing.T) {
	run(t, "write_after_end", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			sock.Resume()
			sock.OnEnd(func() { sock.End(nil, nil); server.Close(nil) })
		})
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			a, _ := server.Address()
			var c *netmod.Socket
			c = must(netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Port: a.Port, Host: "127.0.0.1"}, func() {
				c.End(nil, nil)
				r := c.Write([]byte("x"), func(e error) { tr.log("write cb", orUndefined(nodeerr.Code(e))) })
				tr.log("write returned", r)
			}))
			c.OnError(func(err error) {
				var e *nodeerr.Error
				require.True(t, errors.As(err, &e))
				tr.log("error", e.Name, e.Code, e.Message)
			})
			c.On("finish", func() { tr.log("finish") })
			c.OnClose(func(h bool) { tr.log("close", h) })
		}))
	})
}
