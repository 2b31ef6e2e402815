package net_test

// Go re-enactments of the socket_*.js scenarios: the Socket side of
// node:net (stream states, writes, reads, errors, options, pipes).

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"github.com/nodenet/nodenet/blocklist"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/netmod"
	"github.com/nodenet/nodenet/nodeerr"
)

// listen starts server on 127.0.0.1 with a free port and calls cb once it
// listens.
func listen(t *testing.T, server *netmod.Server, cb func(port int)) {
	t.Helper()
	require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
		a, _ := server.Address()
		cb(a.Port)
	}))
}

// dial connects a new client socket to 127.0.0.1:port.
func dial(loop *eventloop.Loop, opts netmod.SocketOptions, port int, cb func()) *netmod.Socket {
	return must(netmod.Connect(loop, opts, netmod.ConnectOptions{Port: port, Host: "127.0.0.1"}, cb))
}

// codeOf is `e && e.code`: "null" for no error (as console.log prints a
// null), the code otherwise.
func codeOf(err error) any {
	if err == nil {
		return "null"
	}
	return nodeerr.Code(err)
}

func nodeErr(err error) *nodeerr.Error {
	var e *nodeerr.Error
	if errors.As(err, &e) {
		return e
	}
	return &nodeerr.Error{Message: err.Error()}
}

func TestSocketReadyState(t *testing.T) {
	run(t, "socket_ready_state", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			sock.OnData(func(d []byte) { sock.Write(d, nil) })
			sock.OnEnd(func() { sock.End(nil, nil) })
		})
		listen(t, server, func(port int) {
			c := netmod.NewSocket(loop, netmod.SocketOptions{})
			st := func(tag string) {
				tr.log(tag, c.ReadyState(), c.Pending(), c.Connecting(), c.Destroyed(), c.Readable(), c.Writable())
			}
			st("new")
			require.NoError(t, c.Connect(netmod.ConnectOptions{Port: port, Host: "127.0.0.1"}, nil))
			st("connect called")
			loop.NextTick(func() { st("nextTick") })
			c.OnConnect(func() { st("connect"); c.Write([]byte("hi"), nil) })
			c.OnData(func([]byte) { st("data"); c.End(nil, nil); st("after end") })
			c.On("finish", func() { st("finish") })
			c.OnEnd(func() { st("end") })
			c.OnClose(func(h bool) { st("close " + fmtBool(h)); server.Close(nil) })
		})
	})
}

func fmtBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func TestSocketDestroyBeforeConnect(t *testing.T) {
	run(t, "socket_destroy_before_connect", func(loop *eventloop.Loop, tr *trace) {
		c := netmod.NewSocket(loop, netmod.SocketOptions{})
		c.OnClose(func(h bool) { tr.log("close", h, c.Destroyed(), c.ReadyState(), c.Pending()) })
		c.OnError(func(e error) { tr.log("error", nodeerr.Code(e), e) })
		c.Destroy(nil)
		tr.log("destroyed", c.Destroyed(), c.ReadyState(), c.Pending(), c.Readable(), c.Writable())
		c.Destroy(nil)
		r := c.Write([]byte("x"), func(e error) { tr.log("write cb", nodeerr.Code(e), e) })
		tr.log("write returned", r)
		c.End(nil, func(e error) { tr.log("end cb", codeOf(e)) })
		loop.NextTick(func() { tr.log("tick") })
		loop.SetImmediate(func() { tr.log("immediate") })
	})
}

func TestSocketDestroyConnecting(t *testing.T) {
	run(t, "socket_destroy_connecting", func(loop *eventloop.Loop, tr *trace) {
		server := netmod.CreateServer(loop, netmod.ServerOptions{}, func(*netmod.Socket) { tr.log("server: connection (unexpected?)") })
		listen(t, server, func(port int) {
			c := dial(loop, netmod.SocketOptions{}, port, nil)
			c.OnConnect(func() { tr.log("connect (unexpected)") })
			c.OnError(func(e error) { tr.log("error", nodeerr.Code(e)) })
			c.Write([]byte("queued"), func(e error) { tr.log("write cb", codeOf(e), c.Destroyed()) })
			c.Write([]byte("buffered"), func(e error) { tr.log("write2 cb", codeOf(e)) })
			tr.log("writableLength", c.WritableLength(), c.BytesWritten())
			c.OnClose(func(h bool) {
				tr.log("close", h, c.Destroyed(), c.ReadyState(), c.Pending(), c.Connecting(), c.WritableLength())
				loop.SetTimeout(func() { server.Close(func(error) { tr.log("server closed") }) }, 20e6)
			})
			loop.NextTick(func() { tr.log("tick", c.Connecting()) })
			loop.SetImmediate(func() { tr.log("immediate") })
			c.Destroy(nil)
			tr.log("destroyed", c.Destroyed(), c.Connecting(), c.Pending(), c.ReadyState())
		})
	})
}

func TestSocketDestroyConnected(t *testing.T) {
	run(t, "socket_destroy_connected", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		n := 0
		var client func(withError bool)
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			n++
			id := n
			sock.OnData(func(d []byte) { tr.log("server", id, "data", string(d)) })
			sock.OnEnd(func() { tr.log("server", id, "end") })
			sock.OnClose(func(h bool) {
				tr.log("server", id, "close", h)
				if id == 2 {
					server.Close(nil)
				} else {
					client(true)
				}
			})
		})
		client = func(withError bool) {
			a, _ := server.Address()
			var c *netmod.Socket
			c = dial(loop, netmod.SocketOptions{}, a.Port, func() {
				c.Write([]byte("hello "+fmtBool(withError)), func(error) {
					tr.log("client write cb")
					c.Write([]byte("more"), func(e error) { tr.log("client pending write cb", codeOf(e)) })
					var err error
					if withError {
						err = &nodeerr.Error{Name: "Error", Code: "EBOOM", Message: "boom"}
					}
					c.Destroy(err)
					tr.log("client destroyed", c.Destroyed(), c.ReadyState(), c.Writable(), c.Readable())
				})
			})
			c.OnError(func(e error) { tr.log("client error", e, nodeerr.Code(e)) })
			c.OnEnd(func() { tr.log("client end (unexpected)") })
			c.On("finish", func() { tr.log("client finish (unexpected)") })
			c.OnClose(func(h bool) { tr.log("client close", h, c.Destroyed()) })
		}
		listen(t, server, func(int) { client(false) })
	})
}

func TestSocketBackpressure(t *testing.T) {
	run(t, "socket_backpressure", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			got := 0
			sock.OnData(func(d []byte) { got += len(d) })
			sock.OnEnd(func() { tr.log("server: got", got); sock.End(nil, nil); server.Close(nil) })
		})
		listen(t, server, func(port int) {
			c := dial(loop, netmod.SocketOptions{}, port, nil)
			tr.log("hwm", c.WritableHighWaterMark(), c.WritableNeedDrain())
			chunk := bytes.Repeat([]byte("a"), 16384)
			for i := 0; i < 6; i++ {
				r := c.Write(chunk, nil)
				tr.log("write", i, r, c.WritableLength(), c.BytesWritten(), c.WritableNeedDrain())
			}
			drains := 0
			c.OnDrain(func() {
				drains++
				tr.log("drain", drains, c.WritableLength(), c.BytesWritten(), c.WritableNeedDrain())
				if drains == 1 {
					tr.log("small write", c.Write([]byte("x"), nil), c.WritableLength())
					loop.SetTimeout(func() { c.End(nil, nil) }, 20*time.Millisecond)
				}
			})
			c.On("finish", func() { tr.log("finish", drains, c.BytesWritten()) })
			c.OnClose(func(h bool) { tr.log("close", h) })
		})
	})
}

func TestSocketWriteOrder(t *testing.T) {
	run(t, "socket_write_order", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			var got strings.Builder
			require.NoError(t, sock.SetEncoding("latin1"))
			sock.On("data", func(d string) { got.WriteString(d) })
			sock.OnEnd(func() {
				g := got.String()
				tr.log("server: got", len(g), g[:12], g[len(g)-12:])
				sock.End(nil, nil)
				server.Close(nil)
			})
		})
		listen(t, server, func(port int) {
			var c *netmod.Socket
			c = dial(loop, netmod.SocketOptions{}, port, func() {
				var order []string
				cb := func(i int) func(error) {
					return func(e error) {
						order = append(order, strconv.Itoa(i))
						tr.log("cb", i, e == nil, c.WritableLength())
					}
				}
				tr.log("w0", c.Write([]byte("000000"), cb(0)), c.WritableLength())
				tr.log("w1", c.Write([]byte("111111"), cb(1)), c.WritableLength())
				loop.NextTick(func() { tr.log("tick after w1") })
				big := bytes.Repeat([]byte("b"), 32*1024*1024)
				tr.log("w2 big", c.Write(big, cb(2)), c.WritableLength())
				tr.log("w3", c.Write([]byte("333333"), cb(3)), c.WritableLength())
				tr.log("w4", c.Write([]byte("444444"), cb(4)), c.WritableLength())
				c.Write([]byte("555555"), nil)
				tr.log("w6", c.Write([]byte("666666"), cb(6)), c.WritableLength())
				c.End([]byte("end!"), func(error) { tr.log("end cb", strings.Join(order, ",")) })
				c.OnDrain(func() { tr.log("drain (unexpected: ended)") })
				c.On("finish", func() { tr.log("finish", strings.Join(order, ","), c.BytesWritten()) })
				c.OnClose(func(h bool) { tr.log("close", h) })
			})
		})
	})
}

func TestSocketSameCb(t *testing.T) {
	run(t, "socket_same_cb", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			sock.Resume()
			sock.OnEnd(func() { sock.End(nil, nil); server.Close(nil) })
		})
		listen(t, server, func(port int) {
			var c *netmod.Socket
			c = dial(loop, netmod.SocketOptions{}, port, func() {
				shared := func(error) { tr.log("shared cb") }
				c.Write([]byte("a"), shared)
				loop.NextTick(func() { tr.log("tick 1") })
				c.Write([]byte("b"), shared)
				loop.NextTick(func() { tr.log("tick 2") })
				c.Write([]byte("c"), func(error) { tr.log("own cb c") })
				loop.NextTick(func() { tr.log("tick 3") })
				c.Write([]byte("d"), func(error) { tr.log("own cb d") })
				loop.NextTick(func() { tr.log("tick 4") })
				c.Write([]byte("e"), shared)
				c.End(nil, nil)
			})
			c.OnClose(func(bool) { tr.log("close") })
		})
	})
}

func TestSocketCork(t *testing.T) {
	run(t, "socket_cork", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			require.NoError(t, sock.SetEncoding("utf8"))
			sock.On("data", func(d string) { tr.log("server: data", jsonStr(d)) })
			sock.OnEnd(func() { tr.log("server: end"); sock.End(nil, nil); server.Close(nil) })
		})
		listen(t, server, func(port int) {
			var c *netmod.Socket
			c = dial(loop, netmod.SocketOptions{}, port, func() {
				c.SetNoDelay(true)
				c.Cork()
				c.Write([]byte("a"), func(error) { tr.log("cb a") })
				c.Write([]byte("b"), nil)
				c.Write([]byte("c"), func(error) { tr.log("cb c") })
				tr.log("corked", c.WritableCorked(), c.WritableLength(), c.BytesWritten())
				loop.NextTick(func() {
					c.Uncork()
					tr.log("uncorked", c.WritableCorked(), c.WritableLength())
					loop.SetTimeout(func() {
						c.Cork()
						c.Cork()
						c.Write([]byte("d"), nil)
						c.Write([]byte("e"), nil)
						c.Uncork()
						tr.log("one uncork", c.WritableCorked(), c.WritableLength())
						loop.SetTimeout(func() {
							tr.log("still corked", c.WritableLength())
							c.Write([]byte("f"), nil)
							c.End([]byte("g"), func(error) { tr.log("end cb", c.WritableCorked()) })
							tr.log("after end", c.WritableCorked(), c.WritableLength())
						}, 20*time.Millisecond)
					}, 20*time.Millisecond)
				})
			})
			c.On("finish", func() { tr.log("finish") })
			c.OnClose(func(h bool) { tr.log("close", h) })
		})
	})
}

func TestSocketEndBeforeConnect(t *testing.T) {
	run(t, "socket_end_before_connect", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			var got []byte
			sock.OnData(func(d []byte) { got = append(got, d...) })
			sock.OnEnd(func() { tr.log("server: got", jsonStr(string(got))); sock.End([]byte("bye"), nil); server.Close(nil) })
		})
		listen(t, server, func(port int) {
			c := dial(loop, netmod.SocketOptions{}, port, nil)
			c.OnConnect(func() { tr.log("connect", c.WritableLength(), c.BytesWritten(), c.ReadyState()) })
			c.Write([]byte("one,"), func(error) { tr.log("cb one") })
			c.Write([]byte("two,"), func(error) { tr.log("cb two") })
			c.End([]byte("three"), func(error) { tr.log("end cb") })
			tr.log("ended while connecting", c.ReadyState(), c.WritableLength(), c.BytesWritten(), c.WritableEnded(), c.WritableFinished())
			c.On("finish", func() { tr.log("finish", c.ReadyState(), c.BytesWritten()) })
			c.OnData(func(d []byte) { tr.log("data", string(d)) })
			c.OnEnd(func() { tr.log("end", c.ReadyState()) })
			c.OnClose(func(h bool) { tr.log("close", h, c.BytesRead(), c.BytesWritten()) })
		})
	})
}

// jsJSON is JSON.stringify of a string (WTF-8 lone surrogates escaped as
// \udxxx, as JavaScript holds them).
func jsJSON(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); {
		c := s[i]
		if i+2 < len(s) && c == 0xED && s[i+1] >= 0xA0 && s[i+1] <= 0xBF {
			u := 0xD000 | int(s[i+1]&0x3F)<<6 | int(s[i+2]&0x3F)
			fmt.Fprintf(&b, `\u%04x`, u)
			i += 3
			continue
		}
		switch {
		case c == '"':
			b.WriteString(`\"`)
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\b':
			b.WriteString(`\b`)
		case c == '\f':
			b.WriteString(`\f`)
		case c < 0x20:
			fmt.Fprintf(&b, `\u%04x`, c)
		default:
			b.WriteByte(c)
		}
		i++
	}
	b.WriteByte('"')
	return b.String()
}

// jsLen is the JavaScript length (UTF-16 code units) of a WTF-8 string.
func jsLen(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if i+2 < len(s) && s[i] == 0xED && s[i+1] >= 0xA0 && s[i+1] <= 0xBF {
			n++
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r > 0xFFFF {
			n += 2
		} else {
			n++
		}
		i += size
	}
	return n
}

// flowing prints readable.readableFlowing.
func flowing(f *bool) any {
	if f == nil {
		return "null"
	}
	return *f
}

func TestSocketPause(t *testing.T) {
	run(t, "socket_pause", func(loop *eventloop.Loop, tr *trace) {
		const total = 16 * 1024 * 1024
		big := bytes.Repeat([]byte("z"), total)
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			sock.Pause()
			tr.log("server: paused", sock.IsPaused(), flowing(sock.ReadableFlowing()))
			got := 0
			sock.OnData(func(d []byte) { got += len(d) })
			tr.log("server: data listener added", sock.IsPaused(), flowing(sock.ReadableFlowing()))
			loop.SetTimeout(func() {
				a := sock.BytesRead()
				hwm := int64(sock.ReadableHighWaterMark())
				tr.log("server: after 100ms", got, a >= hwm, a < hwm+65536, int64(sock.ReadableLength()) == a)
				loop.SetTimeout(func() {
					tr.log("server: still", sock.BytesRead() == a, got)
					sock.Resume()
					tr.log("server: resumed", sock.IsPaused(), flowing(sock.ReadableFlowing()))
				}, 100*time.Millisecond)
			}, 100*time.Millisecond)
			sock.OnEnd(func() { tr.log("server: end", got, sock.BytesRead()); sock.End(nil, nil); server.Close(nil) })
		})
		listen(t, server, func(port int) {
			var c *netmod.Socket
			c = dial(loop, netmod.SocketOptions{}, port, func() {
				r := c.Write(big, func(error) { tr.log("client: write cb", c.WritableLength()) })
				tr.log("client: write returned", r, c.WritableLength())
				loop.SetTimeout(func() { tr.log("client: buffered", c.WritableLength() == total, c.WritableNeedDrain()) }, 50*time.Millisecond)
			})
			c.OnDrain(func() { tr.log("client: drain", c.WritableLength()); c.End(nil, nil) })
			c.OnClose(func(h bool) { tr.log("client: close", h) })
		})
	})
}

func TestSocketTimeout(t *testing.T) {
	run(t, "socket_timeout", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			sock.OnData(func(d []byte) { tr.log("server: data", string(d)) })
			sock.OnEnd(func() { sock.End(nil, nil); server.Close(nil) })
		})
		listen(t, server, func(port int) {
			c := dial(loop, netmod.SocketOptions{}, port, nil)
			tr.log("timeout before", nil) // Node: undefined before setTimeout
			n := 0
			onTimeout := func() { tr.log("timeout cb (removed, never)") }
			c.SetTimeout(60*time.Millisecond, func() { tr.log("once cb") })
			tr.log("timeout set", c.Timeout().Milliseconds())
			c.On("timeout", func() {
				n++
				tr.log("timeout", n, c.Destroyed(), c.ReadyState())
				if n == 1 {
					loop.SetTimeout(func() { c.Write([]byte("ping"), nil) }, 30*time.Millisecond)
				} else if n == 2 {
					c.SetTimeout(0, onTimeout)
					tr.log("disabled", c.Timeout().Milliseconds(), c.ListenerCount("timeout"))
					c.SetTimeout(0, nil)
					loop.SetTimeout(func() { tr.log("no more timeouts", n); c.End(nil, nil) }, 150*time.Millisecond)
				}
			})
			c.OnClose(func(h bool) { tr.log("close", h, n) })
		})
	})
}

func TestSocketEncoding(t *testing.T) {
	run(t, "socket_encoding", func(loop *eventloop.Loop, tr *trace) {
		type tcase struct {
			enc   string
			parts [][]byte
		}
		cases := []tcase{
			{"utf8", [][]byte{{0x61, 0xe2, 0x82}, {0xac, 0x62, 0xf0, 0x9f}, {0x98, 0x80}}},
			{"hex", [][]byte{{0x00, 0xff}, {0x10}}},
			{"base64", [][]byte{[]byte("hello"), []byte(" world"), []byte("!")}},
			{"latin1", [][]byte{{0x41, 0xe9, 0xff}, {0x80}}},
			{"utf16le", [][]byte{{0x3d, 0xd8, 0x00}, {0xde, 0x41}, {0x00}}},
		}
		idx := 0
		server := netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			parts := cases[idx].parts
			sock.SetNoDelay(true)
			i := 0
			next := func() {
				if i < len(parts) {
					sock.Write(parts[i], nil)
					i++
				} else {
					sock.End(nil, nil)
				}
			}
			sock.OnData(func([]byte) { next() })
			next()
		})
		var client func()
		client = func() {
			enc := cases[idx].enc
			a, _ := server.Address()
			c := dial(loop, netmod.SocketOptions{}, a.Port, nil)
			require.NoError(t, c.SetEncoding(enc))
			c.On("data", func(d string) {
				tr.log(enc, "data", "string", jsJSON(d), jsLen(d))
				c.Write([]byte("ack"), nil)
			})
			c.OnEnd(func() { tr.log(enc, "end") })
			c.OnClose(func(bool) {
				idx++
				if idx < len(cases) {
					client()
				} else {
					server.Close(nil)
				}
			})
		}
		listen(t, server, func(int) { client() })
	})
}

func TestSocketSockopts(t *testing.T) {
	run(t, "socket_sockopts", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			sock.Resume()
			sock.OnEnd(func() { sock.End(nil, nil); server.Close(nil) })
		})
		try := func(tag string, f func() (any, error)) {
			r, err := f()
			if err != nil {
				e := nodeErr(err)
				tr.log(tag, "throws", e.Name, e.Code, e.Message)
				return
			}
			if _, ok := r.(*netmod.Socket); ok {
				r = "socket"
			}
			tr.log(tag, "ok", r)
		}
		sock := func(s *netmod.Socket) (any, error) { return s, nil }
		listen(t, server, func(port int) {
			c := netmod.NewSocket(loop, netmod.SocketOptions{})
			try("noDelay before", func() (any, error) { return sock(c.SetNoDelay(true)) })
			try("keepAlive before", func() (any, error) { return sock(c.SetKeepAlive(true, 1500*time.Millisecond)) })
			try("tos before", func() (any, error) { return c, c.SetTypeOfService(0x10) })
			try("get tos before", func() (any, error) { return c.GetTypeOfService() })
			try("tos 256", func() (any, error) { return c, c.SetTypeOfService(256) })
			try("tos -1", func() (any, error) { return c, c.SetTypeOfService(-1) })
			require.NoError(t, c.Connect(netmod.ConnectOptions{Port: port, Host: "127.0.0.1"}, func() {
				try("get tos connected", func() (any, error) { return c.GetTypeOfService() })
				try("tos connected", func() (any, error) { return c, c.SetTypeOfService(0x08) })
				try("get tos after set", func() (any, error) { return c.GetTypeOfService() })
				try("tos 300 connected", func() (any, error) { return c, c.SetTypeOfService(300) })
				try("noDelay connected", func() (any, error) { return sock(c.SetNoDelay(false)) })
				try("keepAlive connected", func() (any, error) { return sock(c.SetKeepAlive(false, 0)) })
				try("keepAlive options", func() (any, error) {
					return sock(c.SetKeepAliveOptions(netmod.KeepAliveOptions{Enable: true, InitialDelay: 2 * time.Second, Interval: time.Second, Count: 3}))
				})
				c.End(nil, nil)
			}))
			try("get tos connecting", func() (any, error) { return c.GetTypeOfService() })
			try("noDelay connecting", func() (any, error) { return sock(c.SetNoDelay(true)) })
			c.OnClose(func(h bool) {
				tr.log("close", h)
				try("tos after close", func() (any, error) { return c, c.SetTypeOfService(0x20) })
				try("get tos after close", func() (any, error) { return c.GetTypeOfService() })
				try("noDelay after close", func() (any, error) { return sock(c.SetNoDelay(true)) })
			})
		})
	})
}

func TestSocketReset(t *testing.T) {
	run(t, "socket_reset", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			sock.OnData(func(d []byte) {
				tr.log("server: data", string(d))
				sock.ResetAndDestroy()
				tr.log("server: reset", sock.Destroyed(), sock.ReadyState())
			})
			sock.OnError(func(e error) { tr.log("server: error (unexpected)", nodeerr.Code(e)) })
			sock.OnClose(func(h bool) { tr.log("server: close", h); server.Close(nil) })
		})
		listen(t, server, func(port int) {
			var c *netmod.Socket
			c = dial(loop, netmod.SocketOptions{}, port, func() { c.Write([]byte("hi"), nil) })
			c.OnError(func(err error) {
				e := nodeErr(err)
				tr.log("client: error", e.Name, e.Code, e.ErrnoValue(), e.Syscall, e.Message)
			})
			c.OnEnd(func() { tr.log("client: end (unexpected)") })
			c.OnClose(func(h bool) {
				tr.log("client: close", h, c.Destroyed(), c.ReadyState())
				d := netmod.NewSocket(loop, netmod.SocketOptions{})
				d.OnError(func(e error) { tr.log("no handle: error", nodeerr.Code(e), e) })
				d.OnClose(func(h bool) { tr.log("no handle: close", h) })
				d.ResetAndDestroy()
			})
		})
	})
}

func TestSocketEPIPE(t *testing.T) {
	run(t, "socket_epipe", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			sock.Once("data", func() {
				sock.ResetAndDestroy()
				server.Close(nil)
			})
		})
		listen(t, server, func(port int) {
			var c *netmod.Socket
			c = dial(loop, netmod.SocketOptions{}, port, func() {
				c.Pause()
				// The script writes strings: a string that fails at once
				// does not count in bytesWritten, a Buffer would.
				c.WriteString("first", "utf8", nil)
				loop.SetTimeout(func() {
					r, _ := c.WriteString("second", "utf8", func(err error) {
						e := nodeErr(err)
						tr.log("write cb", e.Code, e.Syscall, e.Message)
					})
					tr.log("write returned", r, c.Destroyed())
					c.WriteString("third", "utf8", func(e error) { tr.log("write cb 3", codeOf(e)) })
				}, 50*time.Millisecond)
			})
			c.OnError(func(err error) {
				e := nodeErr(err)
				tr.log("error", e.Code, e.ErrnoValue(), e.Syscall, e.Message)
			})
			c.OnClose(func(h bool) { tr.log("close", h, c.Destroyed(), c.BytesWritten()) })
		})
	})
}

func TestSocketOnRead(t *testing.T) {
	run(t, "socket_onread", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			sock.SetNoDelay(true)
			sock.Write([]byte("aaaa"), nil)
			sock.Once("data", func() {
				sock.Write([]byte("bbbb"), nil)
				sock.Once("data", func() { sock.Write([]byte("cccc"), nil); sock.End(nil, nil); server.Close(nil) })
			})
		})
		listen(t, server, func(port int) {
			buf := make([]byte, 16)
			calls := 0
			var c *netmod.Socket
			onread := &netmod.OnRead{Buffer: buf, Callback: func(n int, b []byte) bool {
				calls++
				tr.log("onread", n, &b[0] == &buf[0], string(b[:n]), c.BytesRead())
				if calls == 2 {
					loop.SetTimeout(func() {
						tr.log("resuming", c.IsPaused())
						c.Resume()
						c.Write([]byte("ack2"), nil)
					}, 30*time.Millisecond)
					return false
				}
				c.Write([]byte("ack1"), nil)
				return true
			}}
			c = dial(loop, netmod.SocketOptions{OnRead: onread}, port, nil)
			c.OnData(func([]byte) { tr.log("data (never)") })
			c.OnEnd(func() { tr.log("end", calls, c.BytesRead()) })
			c.OnClose(func(h bool) { tr.log("close", h) })
		})
	})
}

func TestSocketAfterDestroy(t *testing.T) {
	run(t, "socket_after_destroy", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		n := 0
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			sock.Write([]byte("0123456789"), nil)
			sock.Resume()
			sock.OnEnd(func() { sock.End(nil, nil) })
			sock.OnClose(func(bool) {
				n++
				if n == 2 {
					server.Close(nil)
				}
			})
		})
		address := func(c *netmod.Socket) string {
			a, ok := c.Address()
			if !ok {
				return "{}"
			}
			return fmt.Sprintf(`{"address":%q,"family":%q,"port":%d}`, a.Address, a.Family, a.Port)
		}
		bufferSize := func(c *netmod.Socket) any {
			if c.Pending() && !c.Connecting() {
				return nil // no handle: undefined
			}
			return c.BufferSize()
		}
		port := func(p int) any {
			if p == 0 {
				return nil
			}
			return p
		}
		var client func(readPeer bool, done func())
		client = func(readPeer bool, done func()) {
			a, _ := server.Address()
			var c *netmod.Socket
			c = dial(loop, netmod.SocketOptions{}, a.Port, func() {
				if readPeer {
					ai, _ := c.Address()
					tr.log("connected", c.RemoteAddress(), c.RemoteFamily(), c.LocalAddress(), ai.Family)
				}
				c.Write([]byte("abc"), nil)
			})
			c.Once("data", func() {
				c.Destroy(nil)
				tr.log(readPeer, "destroyed", c.BytesRead(), c.BytesWritten(), orUndefined(c.RemoteAddress()), c.RemotePort() == a.Port,
					orUndefined(c.RemoteFamily()), orUndefined(c.LocalAddress()), port(c.LocalPort()), address(c), bufferSize(c), c.Pending())
			})
			c.OnClose(func(bool) {
				tr.log(readPeer, "close", c.BytesRead(), c.BytesWritten(), orUndefined(c.RemoteAddress()), orUndefined(c.LocalAddress()))
				done()
			})
		}
		listen(t, server, func(int) { client(true, func() { client(false, func() {}) }) })
	})
}

func TestSocketCloseOrder(t *testing.T) {
	run(t, "socket_close_order", func(loop *eventloop.Loop, tr *trace) {
		side := func(tag string, s *netmod.Socket) {
			s.OnData(func(d []byte) { tr.log(tag, "data", string(d), s.ReadyState()) })
			s.OnEnd(func() { tr.log(tag, "end", s.ReadyState(), s.Writable(), s.WritableEnded()) })
			s.On("finish", func() { tr.log(tag, "finish", s.ReadyState(), s.ReadableEnded()) })
			s.OnClose(func(h bool) { tr.log(tag, "close", h, s.ReadyState()) })
		}
		var round func(allowHalfOpen bool, next func())
		round = func(allowHalfOpen bool, next func()) {
			tr.log("--- allowHalfOpen", allowHalfOpen)
			closed := 0
			done := func() {
				closed++
				if closed == 2 {
					next()
				}
			}
			var server *netmod.Server
			server = netmod.CreateServer(loop, netmod.ServerOptions{AllowHalfOpen: allowHalfOpen}, func(sock *netmod.Socket) {
				side("server", sock)
				sock.OnEnd(func() {
					if allowHalfOpen {
						loop.SetTimeout(func() { tr.log("server: late end()"); sock.End([]byte("late"), nil) }, 20*time.Millisecond)
					}
				})
				sock.OnClose(func(bool) { server.Close(func(error) { done() }) })
			})
			listen(t, server, func(port int) {
				var c *netmod.Socket
				c = dial(loop, netmod.SocketOptions{AllowHalfOpen: allowHalfOpen}, port, func() { c.End([]byte("hi"), nil) })
				side("client", c)
				c.OnClose(func(bool) { done() })
				if allowHalfOpen {
					c.OnEnd(func() { c.DestroySoon() })
				}
			})
		}
		round(false, func() { round(true, func() {}) })
	})
}

func TestSocketPipe(t *testing.T) {
	run(t, "socket_pipe", func(loop *eventloop.Loop, tr *trace) {
		const total = 32 * 1024 * 1024
		big := bytes.Repeat([]byte("p"), total)
		sink := netmod.CreateServer(loop, netmod.ServerOptions{AllowHalfOpen: true}, func(sock *netmod.Socket) {
			sock.Pause()
			got := 0
			sock.OnData(func(d []byte) { got += len(d) })
			loop.SetTimeout(func() { sock.Resume() }, 100*time.Millisecond)
			sock.OnEnd(func() { tr.log("sink: end", got); sock.End([]byte("sink done"), nil) })
		})
		var proxy *netmod.Server
		proxy = netmod.CreateServer(loop, netmod.ServerOptions{AllowHalfOpen: true}, func(inbound *netmod.Socket) {
			a, _ := sink.Address()
			outbound := dial(loop, netmod.SocketOptions{}, a.Port, nil)
			outbound.On("pipe", func(src *netmod.Socket) { tr.log("outbound: pipe", src == inbound) })
			outbound.On("unpipe", func(src *netmod.Socket) { tr.log("outbound: unpipe", src == inbound, inbound.IsPaused()) })
			pauses, drains := 0, 0
			inbound.On("pause", func() { pauses++ })
			outbound.OnDrain(func() { drains++ })
			inbound.Pipe(outbound, netmod.PipeOptions{})
			tr.log("proxy: piping", flowing(inbound.ReadableFlowing()), inbound.ListenerCount("data"), outbound.ListenerCount("drain"))
			outbound.Pipe(inbound, netmod.PipeOptions{NoEnd: true})
			outbound.OnEnd(func() {
				tr.log("outbound: end", pauses > 0, drains > 0, outbound.ListenerCount("unpipe"))
				loop.SetTimeout(func() { inbound.End([]byte(" +proxy"), nil) }, 10*time.Millisecond)
			})
			outbound.OnClose(func(bool) { sink.Close(nil); proxy.Close(nil) })
		})
		listen(t, sink, func(int) {
			listen(t, proxy, func(port int) {
				var c *netmod.Socket
				c = dial(loop, netmod.SocketOptions{}, port, func() { c.End(big, nil) })
				var reply []byte
				c.OnData(func(d []byte) { reply = append(reply, d...) })
				c.OnEnd(func() { tr.log("client: reply", jsonStr(string(reply))) })
				c.OnClose(func(h bool) { tr.log("client: close", h) })
			})
		})
	})
}

func TestSocketConnectErrors(t *testing.T) {
	run(t, "socket_connect_errors", func(loop *eventloop.Loop, tr *trace) {
		holder := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		start := func(port, port2, held int) {
			clean := func(v any) string {
				s := fmt.Sprint(v)
				if v == nil {
					s = "undefined"
				}
				s = strings.ReplaceAll(s, strconv.Itoa(port), "PORT")
				s = strings.ReplaceAll(s, strconv.Itoa(port2), "PORT2")
				return strings.ReplaceAll(s, strconv.Itoa(held), "HELD")
			}
			bl := blocklist.New()
			require.NoError(t, bl.AddAddress("127.0.0.1", blocklist.IPv4))
			steps := []struct {
				sock netmod.SocketOptions
				conn netmod.ConnectOptions
			}{
				{conn: netmod.ConnectOptions{Port: port, Host: "127.0.0.1", LocalAddress: "192.0.2.1"}},
				{conn: netmod.ConnectOptions{Port: port, Host: "127.0.0.1", LocalAddress: "127.0.0.1", LocalPort: held}},
				{sock: netmod.SocketOptions{BlockList: bl}, conn: netmod.ConnectOptions{Port: port, Host: "127.0.0.1"}},
				{conn: netmod.ConnectOptions{Port: port, Host: "127.0.0.1", LocalAddress: "127.0.0.1", LocalPort: port2}},
			}
			var next func()
			next = func() {
				if len(steps) == 0 {
					holder.Close(nil)
					return
				}
				step := steps[0]
				steps = steps[1:]
				c := must(netmod.Connect(loop, step.sock, step.conn, nil))
				c.On("connectionAttempt", func(a string, p, f int) { tr.log("attempt", a, clean(p), f) })
				c.On("connectionAttemptFailed", func(a string, p, f int, e error) { tr.log("attempt failed", nodeerr.Code(e)) })
				c.OnConnect(func() { tr.log("connect (unexpected)") })
				c.OnError(func(err error) {
					e := nodeErr(err)
					var p any
					if e.Port != 0 {
						p = e.Port
					}
					tr.log("error", e.Name, e.Code, orUndefined(e.Syscall), orUndefined(e.Address), clean(p), clean(e.Message))
				})
				c.OnClose(func(h bool) {
					tr.log("close", h, c.Destroyed(), c.ReadyState(), c.Connecting(), c.Pending())
					next()
				})
			}
			next()
		}
		require.NoError(t, holder.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			ha, _ := holder.Address()
			probe := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
			require.NoError(t, probe.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
				pa, _ := probe.Address()
				probe2 := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
				require.NoError(t, probe2.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
					p2, _ := probe2.Address()
					probe2.Close(func(error) { probe.Close(func(error) { start(pa.Port, p2.Port, ha.Port) }) })
				}))
			}))
		}))
	})
}

func TestSocketEndStates(t *testing.T) {
	run(t, "socket_end_states", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		conns := 0
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			got := 0
			sock.OnData(func(d []byte) { got += len(d) })
			sock.OnEnd(func() { tr.log("server: end", got); sock.End(nil, nil) })
			sock.OnClose(func(bool) {
				conns++
				if conns == 2 {
					server.Close(nil)
				}
			})
		})
		listen(t, server, func(port int) {
			var c *netmod.Socket
			c = dial(loop, netmod.SocketOptions{}, port, func() {
				c.End(nil, func(error) { tr.log("end cb 1") })
				c.End(nil, func(error) { tr.log("end cb 2") })
				tr.log("ended twice", c.WritableEnded(), c.WritableFinished())
			})
			c.On("finish", func() {
				tr.log("finish")
				c.End(nil, func(err error) { e := nodeErr(err); tr.log("end after finish cb", e.Code, e.Message) })
			})
			c.OnError(func(e error) { tr.log("c error", nodeerr.Code(e)) })
			c.OnClose(func(h bool) {
				tr.log("c close", h)
				r := c.Write([]byte("late"), func(err error) { e := nodeErr(err); tr.log("write after destroy cb", e.Code, e.Message) })
				tr.log("write after destroy", r)
				var d *netmod.Socket
				d = dial(loop, netmod.SocketOptions{}, port, func() {
					d.Write(make([]byte, 32*1024*1024), func(error) { tr.log("d write cb") })
					tr.log("d writable before destroySoon", d.Writable(), d.WritableLength() > 0)
					d.DestroySoon()
					tr.log("d after destroySoon", d.Writable(), d.Destroyed(), d.WritableEnded())
				})
				d.On("finish", func() { tr.log("d finish", d.Destroyed()) })
				d.OnClose(func(h bool) {
					tr.log("d close", h, d.BytesWritten())
					d.Destroy(nil)
					d.Destroy(errors.New("ignored"))
					tr.log("d destroyed twice", d.Destroyed())
				})
				d.OnError(func(e error) { tr.log("d error (unexpected)", e) })
			})
		})
	})
}

func TestSocketDestroyWriting(t *testing.T) {
	run(t, "socket_destroy_writing", func(loop *eventloop.Loop, tr *trace) {
		big := make([]byte, 16*1024*1024)
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			sock.Pause()
			got := 0
			sock.OnData(func(d []byte) { got += len(d) })
			loop.SetTimeout(func() { sock.Resume() }, 150*time.Millisecond)
			sock.OnEnd(func() { tr.log("server: end", got > 0) })
			sock.OnClose(func(bool) { tr.log("server: close"); server.Close(nil) })
			sock.OnError(func(e error) { tr.log("server: error", nodeerr.Code(e)) })
		})
		listen(t, server, func(port int) {
			var c *netmod.Socket
			c = dial(loop, netmod.SocketOptions{}, port, func() {
				c.Write(big, func(err error) {
					if err == nil {
						tr.log("big write cb", nil, nil)
						return
					}
					tr.log("big write cb", nodeerr.Code(err), err)
				})
				c.Write([]byte("queued"), func(e error) { tr.log("queued write cb", codeOf(e)) })
				c.End(nil, func(e error) { tr.log("end cb", codeOf(e)) })
				loop.SetTimeout(func() {
					tr.log("destroying", c.WritableLength() > 0)
					c.Destroy(nil)
					loop.SetImmediate(func() { tr.log("immediate") })
				}, 50*time.Millisecond)
			})
			c.OnError(func(e error) { tr.log("error", nodeerr.Code(e)) })
			c.On("finish", func() { tr.log("finish (unexpected)") })
			c.OnClose(func(h bool) { tr.log("close", h, c.WritableLength()) })
		})
	})
}

// str prints a chunk read with Read: String(chunk), or null.
func str(b []byte) any {
	if b == nil {
		return "null"
	}
	return string(b)
}

func TestSocketReadable(t *testing.T) {
	run(t, "socket_readable", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			sock.SetNoDelay(true)
			sock.Write([]byte("0123456789"), nil)
			sock.Once("data", func() { sock.End([]byte("abcdef"), nil) })
		})
		listen(t, server, func(port int) {
			c := dial(loop, netmod.SocketOptions{}, port, nil)
			n := 0
			c.On("readable", func() {
				n++
				tr.log("readable", n, c.ReadableLength(), flowing(c.ReadableFlowing()))
				if n == 1 {
					tr.log("read(4)", str(c.Read(4)))
					tr.log("read(100)", str(c.Read(100)))
					tr.log("read()", str(c.Read(-1)), c.ReadableLength())
					tr.log("read()", str(c.Read(-1)))
					c.Write([]byte("go"), nil)
				} else {
					for {
						chunk := c.Read(4)
						if chunk == nil {
							break
						}
						tr.log("read(4)", string(chunk))
					}
					tr.log("left", c.ReadableLength(), c.ReadableEnded())
				}
			})
			c.OnData(func(d []byte) { tr.log("data", string(d)) })
			c.OnEnd(func() { tr.log("end", n); server.Close(nil) })
			c.OnClose(func(h bool) { tr.log("close", h) })
		})
	})
}

func TestSocketUnpipe(t *testing.T) {
	run(t, "socket_unpipe", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		closed := 0
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			sock.Once("data", func(d []byte) {
				s := string(d[:1])
				if bytes.HasPrefix(d, []byte("src")) {
					s = "src"
				}
				rest := d[len(s):]
				if s == "src" {
					if len(rest) > 0 {
						sock.Write(rest, nil)
					}
					sock.OnData(func(e []byte) { sock.Write(e, nil) })
					sock.OnEnd(func() { sock.End(nil, nil) })
				} else {
					got := rest
					sock.OnData(func(e []byte) { got = append(got, e...) })
					sock.OnEnd(func() { tr.log("server:", s, "got", jsonStr(string(got))); sock.End(nil, nil) })
				}
				sock.OnClose(func(bool) {
					closed++
					if closed == 3 {
						server.Close(nil)
					}
				})
			})
		})
		listen(t, server, func(port int) {
			var a, b, src *netmod.Socket
			a = dial(loop, netmod.SocketOptions{}, port, func() { a.Write([]byte("A"), nil) })
			b = dial(loop, netmod.SocketOptions{}, port, func() { b.Write([]byte("B"), nil) })
			for _, x := range []struct {
				name string
				d    *netmod.Socket
			}{{"a", a}, {"b", b}} {
				x.d.On("pipe", func() { tr.log(x.name, "pipe") })
				x.d.On("unpipe", func(s *netmod.Socket) { tr.log(x.name, "unpipe", s == src, src.IsPaused()) })
			}
			src = dial(loop, netmod.SocketOptions{}, port, func() {
				src.SetNoDelay(true)
				src.Write([]byte("src"), nil)
				loop.SetTimeout(func() {
					src.Pipe(a, netmod.PipeOptions{})
					src.Pipe(b, netmod.PipeOptions{})
					tr.log("piped", flowing(src.ReadableFlowing()), src.ListenerCount("data"))
					src.Write([]byte("one;"), nil)
				}, 20*time.Millisecond)
			})
			src.On("pause", func() { tr.log("src pause") })
			src.On("resume", func() { tr.log("src resume") })
			step := 0
			src.OnData(func(d []byte) {
				step++
				tr.log("src data", step, string(d))
				if step == 1 {
					src.Unpipe(b)
					tr.log("unpiped b", flowing(src.ReadableFlowing()), src.ListenerCount("data"))
					src.Write([]byte("two;"), nil)
				} else if step == 2 {
					src.Unpipe(nil)
					tr.log("unpiped all", flowing(src.ReadableFlowing()), src.ListenerCount("data"))
					loop.SetImmediate(func() { a.End(nil, nil); b.End(nil, nil); src.End(nil, nil) })
				}
			})
			src.OnClose(func(bool) { tr.log("src close") })
		})
	})
}

func TestSocketReconnect(t *testing.T) {
	run(t, "socket_reconnect", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		n := 0
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			n++
			id := n
			sock.OnData(func(d []byte) { sock.Write([]byte(strconv.Itoa(id)+":"+string(d)), nil) })
			sock.OnEnd(func() { sock.End(nil, nil) })
			sock.OnClose(func(bool) {
				if id == 2 {
					server.Close(nil)
				}
			})
		})
		listen(t, server, func(port int) {
			c := netmod.NewSocket(loop, netmod.SocketOptions{})
			round := 0
			c.OnConnect(func() {
				round++
				tr.log("connect", round, c.ReadyState(), c.BytesRead(), c.BytesWritten())
				c.Write([]byte("hi"), nil)
			})
			c.OnData(func(d []byte) {
				tr.log("data", string(d), c.BytesRead(), c.BytesWritten())
				if round == 1 {
					c.Destroy(nil)
				} else {
					c.End(nil, nil)
				}
			})
			c.OnEnd(func() { tr.log("end", round) })
			c.OnClose(func(h bool) {
				tr.log("close", round, h, c.Destroyed(), c.ReadyState(), c.BytesRead(), c.BytesWritten())
				if round == 1 {
					require.NoError(t, c.Connect(netmod.ConnectOptions{Port: port, Host: "127.0.0.1"}, nil))
					tr.log("reconnecting", c.Destroyed(), c.Connecting(), c.ReadyState(), c.Pending(), c.BytesRead(), c.Readable(), c.Writable())
				}
			})
			require.NoError(t, c.Connect(netmod.ConnectOptions{Port: port, Host: "127.0.0.1"}, nil))
		})
	})
}

func TestSocketArgs(t *testing.T) {
	run(t, "socket_args", func(loop *eventloop.Loop, tr *trace) {
		try := func(tag string, f func() error) {
			if err := f(); err != nil {
				e := nodeErr(err)
				tr.log(tag, e.Name, e.Code, e.Message)
				return
			}
			tr.log(tag, "ok")
		}
		var sockets []*netmod.Socket
		mk := func() *netmod.Socket {
			s := netmod.NewSocket(loop, netmod.SocketOptions{})
			sockets = append(sockets, s)
			return s
		}
		try("port 65536", func() error { return mk().Connect(netmod.ConnectOptions{Port: 65536, Host: "127.0.0.1"}, nil) })
		try("port -1", func() error { return mk().Connect(netmod.ConnectOptions{Port: -1, Host: "127.0.0.1"}, nil) })
		try("localAddress", func() error {
			return mk().Connect(netmod.ConnectOptions{Port: 80, Host: "127.0.0.1", LocalAddress: "not-an-ip"}, nil)
		})
		try("setEncoding", func() error { return mk().SetEncoding("klingon") })
		try("write encoding", func() error { _, err := mk().WriteString("x", "klingon", nil); return err })
		try("setTimeout -1", func() error { return mk().SetTimeout(-time.Millisecond, nil) })
		for _, s := range sockets {
			s.Destroy(nil)
		}
	})
}

func TestSocketSignal(t *testing.T) {
	run(t, "socket_signal", func(loop *eventloop.Loop, tr *trace) {
		srv := netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
			tr.log("server: connection")
			s.Resume()
			s.OnEnd(func() { s.End(nil, nil) })
		})
		listen(t, srv, func(port int) {
			aborted, cancel := context.WithCancel(context.Background())
			cancel()
			c := must(netmod.Connect(loop, netmod.SocketOptions{Signal: aborted}, netmod.ConnectOptions{Port: port, Host: "127.0.0.1"}, nil))
			tr.log("created", c.Destroyed(), c.Connecting())
			c.OnError(func(err error) {
				e := nodeErr(err)
				tr.log("error", e.Name, e.Code, e.Message, c.Destroyed(), c.Connecting())
			})
			c.OnConnect(func() { tr.log("connect", c.ReadyState()); c.Destroy(nil) })
			c.OnClose(func(h bool) {
				tr.log("close", h, c.Destroyed())
				if !c.Destroyed() {
					return
				}
				ctx, abort := context.WithCancel(context.Background())
				d := must(netmod.Connect(loop, netmod.SocketOptions{Signal: ctx}, netmod.ConnectOptions{Port: port, Host: "127.0.0.1"}, func() {
					tr.log("d connect")
					abort()
				}))
				d.OnError(func(err error) { e := nodeErr(err); tr.log("d error", e.Name, e.Code, e.Message) })
				d.OnClose(func(h bool) { tr.log("d close", h); srv.Close(nil) })
			})
		})
	})
}

func TestSocketWriteStrings(t *testing.T) {
	run(t, "socket_write_strings", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			var got []byte
			sock.OnData(func(d []byte) { got = append(got, d...) })
			sock.OnEnd(func() { tr.log("server: got", hex.EncodeToString(got)); sock.End(nil, nil); server.Close(nil) })
		})
		listen(t, server, func(port int) {
			c := dial(loop, netmod.SocketOptions{}, port, nil)
			show := func(tag string) { tr.log(tag, c.WritableLength(), c.BytesWritten()) }
			w := func(s, enc string) { must(c.WriteString(s, enc, nil)) }
			w("€uro", "")
			show("€uro")
			w("ffee", "hex")
			show("hex")
			w("😀", "utf8")
			show("emoji")
			w("aGk=", "base64")
			show("base64")
			w("é", "latin1")
			show("latin1")
			w("Ω", "utf16le")
			show("utf16le")
			must(c.EndString("!", "", func(error) { show("end cb") }))
			c.OnConnect(func() { show("connect") })
		})
	})
}

func TestSocketRefusedWrite(t *testing.T) {
	run(t, "socket_refused_write", func(loop *eventloop.Loop, tr *trace) {
		probe := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		listen(t, probe, func(port int) {
			probe.Close(func(error) {
				c := dial(loop, netmod.SocketOptions{}, port, nil)
				c.Write([]byte("a"), func(e error) { tr.log("write a cb", codeOf(e)) })
				c.Write([]byte("b"), func(e error) { tr.log("write b cb", codeOf(e)) })
				c.End([]byte("c"), func(e error) { tr.log("end cb", codeOf(e)) })
				c.OnError(func(e error) { tr.log("error", nodeerr.Code(e), c.WritableLength(), c.BytesWritten()) })
				c.On("finish", func() { tr.log("finish (unexpected)") })
				c.OnClose(func(h bool) { tr.log("close", h, c.WritableLength(), c.BytesWritten()) })
				loop.NextTick(func() { tr.log("tick", c.WritableLength(), c.BytesWritten()) })
			})
		})
	})
}
