package net_test

// The Go re-enactments of the bound_* and fd_* scenarios: net.BoundSocket
// (netmod.NewBoundSocket), adopted by a server (ListenOptions.Handle) or a
// client (SocketOptions.Handle), and servers and sockets over existing
// descriptors (netmod.FD).

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/netmod"
)

// showThrow prints a thrown error as the scenarios do.
func showThrow(tr *trace, tag string, err error) {
	e := nodeErr(err)
	tr.log(tag, "throws", e.Name, e.Code, e.Message)
}

func TestBoundArgs(t *testing.T) {
	run(t, "bound_args", func(loop *eventloop.Loop, tr *trace) {
		try := func(tag string, opts netmod.BoundSocketOptions) {
			b, err := netmod.NewBoundSocket(opts)
			if err != nil {
				showThrow(tr, tag, err)
				return
			}
			a := must(b.Address())
			fd := must(b.FD())
			tr.log(tag, "bound", a.Address, a.Family, "number", a.Port > 0, b.IsPipe(), "number", fd > 2)
			if err := b.Close(); err != nil {
				t.Fatal(err)
			}
		}
		try("defaults", netmod.BoundSocketOptions{})
		try("host 127.0.0.1", netmod.BoundSocketOptions{Host: "127.0.0.1"})
		try("host ::ffff:127.0.0.1", netmod.BoundSocketOptions{Host: "::ffff:127.0.0.1"})
		try("v4 ipv6Only", netmod.BoundSocketOptions{Host: "127.0.0.1", IPv6Only: true})
		try("reusePort", netmod.BoundSocketOptions{Host: "127.0.0.1", ReusePort: true})
		try("port -1", netmod.BoundSocketOptions{Port: -1})
		try("port 65536", netmod.BoundSocketOptions{Port: 65536})
		try("host localhost", netmod.BoundSocketOptions{Host: "localhost"})
		try("host 1.2.3", netmod.BoundSocketOptions{Host: "1.2.3"})
		try("host 127.000.0.1", netmod.BoundSocketOptions{Host: "127.000.0.1"})
		try("path and port", netmod.BoundSocketOptions{Path: "/tmp/nodenet-unused.sock", Port: 80})
		try("path and host", netmod.BoundSocketOptions{Path: "/tmp/nodenet-unused.sock", Host: "127.0.0.1"})
		try("path and reusePort", netmod.BoundSocketOptions{Path: "/tmp/nodenet-unused.sock", ReusePort: true})
		try("path too long", netmod.BoundSocketOptions{Path: "/tmp/" + strings.Repeat("x", 200)})
		try("path in missing dir", netmod.BoundSocketOptions{Path: "/nonexistent-nodenet/x.sock"})

		b := must(netmod.NewBoundSocket(netmod.BoundSocketOptions{Host: "127.0.0.1"}))
		tr.log("close", orUndefined(errString(b.Close())))
		for _, m := range []struct {
			name string
			call func() error
		}{
			{"address", func() error { _, err := b.Address(); return err }},
			{"fd", func() error { _, err := b.FD(); return err }},
			{"close", b.Close},
		} {
			if err := m.call(); err != nil {
				showThrow(tr, m.name+" after close", err)
			} else {
				tr.log(m.name, "after close: no throw (unexpected)")
			}
		}
		tr.log("isPipe after close", b.IsPipe())
		b.Dispose()
		tr.log("dispose after close", nil)
		d := must(netmod.NewBoundSocket(netmod.BoundSocketOptions{Host: "127.0.0.1"}))
		d.Dispose()
		d.Dispose()
		tr.log("dispose", nil, nil)
		if err := d.Close(); err != nil {
			showThrow(tr, "close after dispose", err)
		}
	})
}

// errString is err's message, "" for nil.
func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// adoptedCalls are a BoundSocket's methods that throw once it is spent.
func adoptedCalls(b *netmod.BoundSocket) []struct {
	name string
	call func() error
} {
	return []struct {
		name string
		call func() error
	}{
		{"address", func() error { _, err := b.Address(); return err }},
		{"fd", func() error { _, err := b.FD(); return err }},
		{"close", b.Close},
	}
}

func TestBoundListen(t *testing.T) {
	run(t, "bound_listen", func(loop *eventloop.Loop, tr *trace) {
		b := must(netmod.NewBoundSocket(netmod.BoundSocketOptions{Host: "127.0.0.1"}))
		bound := must(b.Address())
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
			tr.log("server: connection", s.RemoteAddress(), s.LocalPort() == bound.Port)
			s.End([]byte("hi"), nil)
		})
		server.On("listening", func() {
			a, _ := server.Address()
			tr.log("server: listening", a.Address, a.Family, a.Port == bound.Port)
			for _, m := range adoptedCalls(b) {
				if err := m.call(); err != nil {
					showThrow(tr, m.name+" after adoption", err)
				} else {
					tr.log(m.name, "after adoption: no throw (unexpected)")
				}
			}
			tr.log("isPipe after adoption", b.IsPipe())
			other := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
			other.On("listening", func() { tr.log("other: listening (unexpected)") })
			if err := other.Listen(netmod.ListenOptions{Handle: b}, nil); err != nil {
				showThrow(tr, "other: listen", err)
			}
			tr.log("other: listening", other.Listening(), srvAddress(other))
			spare := must(netmod.NewBoundSocket(netmod.BoundSocketOptions{Host: "127.0.0.1"}))
			if err := server.Listen(netmod.ListenOptions{Handle: spare}, nil); err != nil {
				showThrow(tr, "server: listen again", err)
			}
			tr.log("spare still owned", must(spare.Address()).Port > 0)
			if err := spare.Close(); err != nil {
				t.Error(err)
			}
			c := srvDial(loop, netmod.SocketOptions{}, "127.0.0.1", bound.Port, nil)
			c.OnData(func(d []byte) { tr.log("client: data", string(d)) })
			c.OnClose(func(h bool) {
				tr.log("client: close", h)
				server.Close(func(error) { tr.log("server: closed", srvAddress(server), server.Listening()) })
			})
		})
		err := server.Listen(netmod.ListenOptions{Handle: b}, func() { tr.log("listen callback") })
		tr.log("listen returned", err == nil, server.Listening(), srvPort(server) == bound.Port)
		loop.NextTick(func() { tr.log("next tick") })
	})
}

// orNull prints "" as null, as Node prints a null property.
func orNull(s string) any {
	if s == "" {
		return "null"
	}
	return s
}

func TestBoundEADDRINUSE(t *testing.T) {
	run(t, "bound_eaddrinuse", func(loop *eventloop.Loop, tr *trace) {
		first := must(netmod.NewBoundSocket(netmod.BoundSocketOptions{Host: "127.0.0.1"}))
		port := must(first.Address()).Port
		second := must(netmod.NewBoundSocket(netmod.BoundSocketOptions{Host: "127.0.0.1", Port: port}))
		tr.log("second bound", must(second.Address()).Port == port)
		a := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		b := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		a.On("listening", func() {
			tr.log("a: listening")
			if _, err := netmod.NewBoundSocket(netmod.BoundSocketOptions{Host: "127.0.0.1", Port: port}); err != nil {
				e := nodeErr(err)
				tr.log("third throws", e.Name, e.Code, e.ErrnoValue(), e.Syscall, e.Address, e.Port == port)
				tr.log("third message", strings.Replace(e.Message, strconv.Itoa(port), "PORT", 1))
			} else {
				tr.log("third bound (unexpected)")
			}
		})
		b.On("listening", func() { tr.log("b: listening (unexpected)") })
		b.On("close", func() { tr.log("b: close (unexpected)") })
		b.On("error", func(err error) {
			e := nodeErr(err)
			tr.log("b: error", e.Name, e.Code, e.ErrnoValue(), e.Syscall, orNull(e.Address), e.Port)
			tr.log("b: message", e.Message)
			tr.log("b: after error", b.Listening(), srvAddress(b))
			a.Close(func(error) {
				tr.log("a: closed")
				again := must(netmod.NewBoundSocket(netmod.BoundSocketOptions{Host: "127.0.0.1", Port: port}))
				tr.log("again bound", must(again.Address()).Port == port)
				if err := again.Close(); err != nil {
					t.Error(err)
				}
			})
		})
		require.NoError(t, a.Listen(netmod.ListenOptions{Handle: first}, nil))
		require.NoError(t, b.Listen(netmod.ListenOptions{Handle: second}, nil))
		tr.log("listen returned", a.Listening(), b.Listening())
	})
}

func TestBoundConnect(t *testing.T) {
	portRe := regexp.MustCompile(`port: \d+`)
	run(t, "bound_connect", func(loop *eventloop.Loop, tr *trace) {
		show := func(tag string, err error) {
			e := nodeErr(err)
			tr.log(tag, "throws", e.Name, e.Code, portRe.ReplaceAllString(e.Message, "port: PORT"))
		}
		var bport int
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
			tr.log("server: connection", s.RemoteAddress(), s.RemotePort() == bport)
			s.OnData(func(d []byte) {
				tr.log("server: data", string(d))
				s.End([]byte("bye"), nil)
			})
		})
		listen(t, server, func(port int) {
			b := must(netmod.NewBoundSocket(netmod.BoundSocketOptions{Host: "127.0.0.1"}))
			bport = must(b.Address()).Port
			c := must(netmod.OpenSocket(loop, netmod.SocketOptions{Handle: b}))
			a, _ := c.Address()
			tr.log("created", c.ReadyState(), c.Pending(), c.Connecting(), c.LocalAddress(), c.LocalPort() == bport,
				c.LocalFamily(), orUndefined(c.RemoteAddress()), a.Port == bport)
			if _, err := b.Address(); err != nil {
				show("bound address", err)
			}
			if _, err := netmod.OpenSocket(loop, netmod.SocketOptions{Handle: b}); err != nil {
				show("second socket", err)
			}
			if err := c.Connect(netmod.ConnectOptions{Port: port, Host: "127.0.0.1", LocalAddress: "127.0.0.1"}, nil); err != nil {
				show("connect localAddress", err)
			}
			tr.log("after throw", c.ReadyState(), c.Connecting())
			c.On("lookup", func(error, string, int, string) { tr.log("lookup (unexpected)") })
			c.On("connectionAttempt", func(a string, p, f int) { tr.log("connectionAttempt", a, p == port, f) })
			c.OnConnect(func() {
				tr.log("connect", c.ReadyState(), c.LocalAddress(), c.LocalPort() == bport, c.RemotePort() == port)
				c.Write([]byte("hello"), nil)
			})
			c.On("ready", func() { tr.log("ready") })
			c.OnData(func(d []byte) { tr.log("data", string(d)) })
			c.OnEnd(func() { tr.log("end") })
			c.OnClose(func(h bool) {
				tr.log("close", h, c.BytesRead(), c.BytesWritten())
				server.Close(nil)
			})
			require.NoError(t, c.Connect(netmod.ConnectOptions{Port: port, Host: "127.0.0.1"}, nil))
			tr.log("connecting", c.ReadyState(), c.Pending(), c.Connecting(), c.LocalPort() == bport)
			loop.NextTick(func() { tr.log("next tick") })
		})
	})
}

func TestBoundPipe(t *testing.T) {
	dir := boundDir(t)
	sp := filepath.Join(dir, "s.sock")
	cp := filepath.Join(dir, "c.sock")
	xp := filepath.Join(dir, "x.sock")
	run(t, "bound_pipe", func(loop *eventloop.Loop, tr *trace) {
		show := func(tag string, err error) {
			e := nodeErr(err)
			tr.log(tag, "throws", e.Name, e.Code, srvUndefinedInt(e.ErrnoValue()), orUndefined(e.Syscall), orUndefined(e.Address), e.Message)
		}
		x := must(netmod.NewBoundSocket(netmod.BoundSocketOptions{Path: xp}))
		tr.log("x: bound", must(x.Address()).Path == xp, x.IsPipe(), exists(xp), "number")
		if _, err := netmod.NewBoundSocket(netmod.BoundSocketOptions{Path: xp}); err != nil {
			show("x again", err)
		}
		require.NoError(t, x.Close())
		tr.log("x: closed", exists(xp))
		if _, err := netmod.NewBoundSocket(netmod.BoundSocketOptions{Path: filepath.Join(dir, strings.Repeat("y", 200))}); err != nil {
			show("too long", err)
		}
		sb := must(netmod.NewBoundSocket(netmod.BoundSocketOptions{Path: sp}))
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
			tr.log("server: connection", orUndefined(s.RemoteAddress()), orUndefined(s.LocalAddress()))
			s.End([]byte("hi"), nil)
		})
		require.NoError(t, server.Listen(netmod.ListenOptions{Handle: sb}, func() {
			tr.log("server: listening", ipcAddressIs(server, sp), server.Listening())
			cb := must(netmod.NewBoundSocket(netmod.BoundSocketOptions{Path: cp}))
			c := must(netmod.OpenSocket(loop, netmod.SocketOptions{Handle: cb}))
			a, _ := c.Address()
			tr.log("created", c.ReadyState(), c.Pending(), c.LocalAddress() == cp, srvUndefinedInt(c.LocalPort()),
				orUndefined(c.LocalFamily()), a.Address == cp)
			if err := c.Connect(netmod.ConnectOptions{Port: 80}, nil); err != nil {
				show("connect port", err)
			}
			tr.log("after throw", c.Connecting(), c.ReadyState())
			c.On("connectionAttempt", func(a string, p, f int) {
				tr.log("connectionAttempt", a == sp, srvUndefinedInt(p), srvUndefinedInt(f))
			})
			c.OnConnect(func() { tr.log("connect", c.LocalAddress() == cp, orUndefined(c.RemoteAddress())) })
			c.OnData(func(d []byte) { tr.log("data", string(d)) })
			c.OnClose(func(h bool) {
				tr.log("close", h, exists(cp), c.LocalAddress() == cp)
				server.Close(func(error) {
					tr.log("server: closed", exists(sp), ipcAddressIs(server, sp))
				})
			})
			require.NoError(t, c.Connect(netmod.ConnectOptions{Path: sp}, nil))
			tr.log("connecting", c.Connecting())
		}))
	})
}

// boundDir is fs.mkdtempSync(path.join(os.tmpdir(), 'nodenet-bound-')).
// Its scenarios do not apply on Windows (notOnWindows says why).
func boundDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp(os.TempDir(), "nodenet-bound-")
	require.NoError(t, err)
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	return dir
}

func TestFDListen(t *testing.T) {
	dir := boundDir(t)
	sp := filepath.Join(dir, "s.sock")
	run(t, "fd_listen", func(loop *eventloop.Loop, tr *trace) {
		b := must(netmod.NewBoundSocket(netmod.BoundSocketOptions{Host: "127.0.0.1"}))
		port := must(b.Address()).Port
		fd := must(b.FD())
		fail := func(name string, h netmod.Handle, next func()) {
			s := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
			s.On("listening", func() { tr.log(name + ": listening (unexpected)") })
			s.On("error", func(err error) {
				e := nodeErr(err)
				tr.log(name+": error", e.Name, e.Code, e.ErrnoValue(), e.Syscall, orNull(e.Address), srvUndefinedInt(e.Port), e.Message)
				tr.log(name+": after error", s.Listening(), srvAddress(s))
				next()
			})
			require.NoError(t, s.Listen(netmod.ListenOptions{Handle: h}, nil))
			tr.log(name+": listen returned", s.Listening())
		}
		pipeServer := func() {
			pb := must(netmod.NewBoundSocket(netmod.BoundSocketOptions{Path: sp}))
			var ps *netmod.Server
			ps = netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
				tr.log("pipe: connection", orUndefined(s.RemoteAddress()))
				s.End(nil, nil)
			})
			require.NoError(t, ps.Listen(netmod.ListenOptions{Handle: netmod.FD(must(pb.FD()))}, func() {
				tr.log("pipe: listening", srvAddress(ps), ps.Listening())
				c := must(netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Path: sp}, nil))
				c.Resume()
				c.OnClose(func(bool) {
					ps.Close(func(error) {
						tr.log("pipe: closed", exists(sp))
						require.NoError(t, os.Remove(sp))
					})
				})
			}))
		}
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
			tr.log("server: connection", s.RemoteAddress(), s.LocalPort() == port)
			s.End([]byte("hi"), nil)
		})
		server.On("listening", func() {
			a, _ := server.Address()
			tr.log("server: listening", a.Address, a.Family, a.Port == port)
			fail("same fd", netmod.FD(fd), func() {
				file := must(os.Open("bound_test.go"))
				fail("file", netmod.FD(file.Fd()), func() {
					require.NoError(t, file.Close())
					if err := netmod.CreateServer(loop, netmod.ServerOptions{}, nil).Listen(netmod.ListenOptions{Handle: netmod.FD(-2)}, nil); err != nil {
						e := nodeErr(err)
						tr.log("fd -2 throws", e.Name, e.Code, e.Message)
					}
					c := srvDial(loop, netmod.SocketOptions{}, "127.0.0.1", port, nil)
					c.OnData(func(d []byte) { tr.log("client: data", string(d)) })
					c.OnClose(func(bool) {
						server.Close(func(error) {
							tr.log("server: closed")
							pipeServer()
						})
					})
				})
			})
		})
		require.NoError(t, server.Listen(netmod.ListenOptions{Handle: netmod.FD(fd)}, nil))
		tr.log("listen returned", server.Listening(), srvPort(server) == port)
	})
}

func TestFDSocket(t *testing.T) {
	run(t, "fd_socket", func(loop *eventloop.Loop, tr *trace) {
		show := func(tag string, err error) {
			e := nodeErr(err)
			tr.log(tag, "throws", e.Name, e.Code, srvUndefinedInt(e.ErrnoValue()), orUndefined(e.Syscall), e.Message)
		}
		tryFd := func(tag string, fd netmod.FD) {
			if _, err := netmod.OpenSocket(loop, netmod.SocketOptions{Handle: fd}); err != nil {
				show(tag, err)
			} else {
				tr.log(tag, "opened (unexpected)")
			}
		}
		tryFd("fd -1", -1)
		big := int64(1) << 31
		tryFd("fd 2**31", netmod.FD(big))
		file := must(os.Open("bound_test.go"))
		tryFd("file", netmod.FD(file.Fd()))
		require.NoError(t, file.Close())
		// A descriptor number nothing has open (the scenario reuses the
		// file's, which the Go runtime might reopen meanwhile).
		tryFd("closed", netmod.FD(1<<20))
		dir := must(os.Open(os.TempDir()))
		tryFd("directory", netmod.FD(dir.Fd()))
		require.NoError(t, dir.Close())
		server := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		lfd := must(must(netmod.NewBoundSocket(netmod.BoundSocketOptions{Host: "127.0.0.1"})).FD())
		require.NoError(t, server.Listen(netmod.ListenOptions{Handle: netmod.FD(lfd)}, func() {
			tryFd("listening", netmod.FD(lfd))
			server.Close(func(error) { tr.log("server: closed") })
			b := must(netmod.NewBoundSocket(netmod.BoundSocketOptions{Host: "127.0.0.1"}))
			port := must(b.Address()).Port
			s := must(netmod.OpenSocket(loop, netmod.SocketOptions{Handle: netmod.FD(must(b.FD()))}))
			tr.log("opened", s.ReadyState(), s.Pending(), s.Connecting(), s.LocalAddress(), s.LocalPort() == port, orUndefined(s.RemoteAddress()))
			s.OnData(func([]byte) { tr.log("data (unexpected)") })
			s.OnEnd(func() { tr.log("end (unexpected)") })
			s.OnError(func(err error) { show("error", err) })
			s.OnClose(func(h bool) { tr.log("close", h, s.Destroyed()) })
		}))
	})
}
