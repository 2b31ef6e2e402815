package net_test

// The Go re-enactments of the server_* scenarios: net.Server's listen,
// close, address, connection accounting, maxConnections, BlockList (at
// accept and at dial), IPv6, pauseOnConnect, server options, ref/unref and
// host lookups. Each test prints what its NAME.js prints under real Node.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/netip"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/blocklist"
	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/netmod"
	"github.com/nodenet/nodenet/nodeerr"
	"github.com/nodenet/nodenet/test/conformance"
)

// srvErr returns err as a *nodeerr.Error (a bare one carrying the message
// when it is some other error).
func srvErr(err error) *nodeerr.Error {
	var e *nodeerr.Error
	if errors.As(err, &e) {
		return e
	}
	return &nodeerr.Error{Message: err.Error()}
}

// srvNull prints a nil error as console.log prints null.
func srvNull(err error) any {
	if err == nil {
		return "null"
	}
	return err
}

// srvCode is `err && err.code` for an error that may be undefined.
func srvCode(err error) any {
	if err == nil {
		return nil
	}
	return nodeerr.Code(err)
}

// srvPort is server.address().port.
func srvPort(s *netmod.Server) int {
	a, _ := s.Address()
	return a.Port
}

// srvAddress is server.address() when it is null (the only form these
// scenarios print whole).
func srvAddress(s *netmod.Server) any {
	if a, ok := s.Address(); ok {
		return fmt.Sprintf("{ address: %s, family: %s, port: %d }", jsonStr(a.Address), jsonStr(a.Family), a.Port)
	}
	return "null"
}

// srvUndefinedInt prints 0 as undefined (an absent family or port).
func srvUndefinedInt(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

// srvDial connects a client to host:port.
func srvDial(loop *eventloop.Loop, opts netmod.SocketOptions, host string, port int, cb func()) *netmod.Socket {
	return must(netmod.Connect(loop, opts, netmod.ConnectOptions{Port: port, Host: host}, cb))
}

// runExit is run for scenarios that end with process.on('exit'): exit (if
// not nil) is called once the loop has run out of ref'd work; cleanup (if not
// nil) then releases what is still open (unref'd), and the loop runs again
// to close it.
func runExit(t *testing.T, name string, scenario func(loop *eventloop.Loop, tr *trace), exit func(tr *trace), cleanup func()) {
	t.Helper()
	platformSkip(t, name)
	for attempt := 1; attempt < conformance.WineAttempts(); attempt++ {
		got := runOnce(t, scenario, exit, cleanup)
		if bytes.Equal(got, conformance.Want(t, ".", name)) {
			return
		}
		t.Logf("attempt %d of %d: the trace differs (%s), again", attempt, conformance.WineAttempts(), conformance.WhyWineAttempts)
	}
	conformance.Check(t, ".", name, runOnce(t, scenario, exit, cleanup))
}

// runOnce runs the scenario on a new loop and returns its trace.
func runOnce(t *testing.T, scenario func(loop *eventloop.Loop, tr *trace), exit func(tr *trace), cleanup func()) []byte {
	t.Helper()
	loop, err := eventloop.New()
	require.NoError(t, err)
	tr := &trace{}
	scenario(loop, tr)
	require.NoError(t, loop.Run())
	if exit != nil {
		exit(tr)
	}
	if cleanup != nil {
		cleanup()
		require.NoError(t, loop.Run())
	}
	require.NoError(t, loop.Close())
	return tr.buf.Bytes()
}

// hasIPv6Loopback reports whether ::1 can be bound here.
func hasIPv6Loopback() bool {
	fd, err := sys.Socket(syscall.AF_INET6, syscall.SOCK_STREAM)
	if err != nil {
		return false
	}
	defer sys.Close(fd)
	return sys.Bind(fd, sys.SockaddrOf(netip.MustParseAddrPort("[::1]:0"))) == nil
}

func TestServerEADDRINUSE(t *testing.T) {
	run(t, "server_eaddrinuse", func(loop *eventloop.Loop, tr *trace) {
		show := func(who string, err error, port int) {
			e := srvErr(err)
			tr.log(who+": error", e.Name, e.Code, e.ErrnoValue(), e.Syscall, e.Address, e.Port == port)
			tr.log(who+": message", strings.ReplaceAll(e.Message, strconv.Itoa(port), "PORT"))
		}
		a := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		require.NoError(t, a.Listen(netmod.ListenOptions{}, func() {
			port := srvPort(a)
			b := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
			b.On("listening", func() { tr.log("b: listening (unexpected)") })
			b.On("close", func() { tr.log("b: close (unexpected)") })
			b.On("error", func(err error) {
				show("b", err, port)
				tr.log("b: after error", b.Listening(), srvAddress(b))
				c := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
				c.On("close", func() { tr.log("c: close (unexpected)") })
				c.On("error", func(err error) {
					show("c", err, port)
					tr.log("c: after error", c.Listening(), srvAddress(c))
					a.Close(func(error) { tr.log("a: closed") })
				})
				require.NoError(t, c.Listen(netmod.ListenOptions{Port: port, Host: "127.0.0.1"}, nil))
				tr.log("c: listen returned", c.Listening())
			})
			err := b.Listen(netmod.ListenOptions{Port: port}, nil)
			tr.log("b: listen returned", err == nil, b.Listening(), srvAddress(b))
			loop.NextTick(func() { tr.log("b: next tick") })
		}))
	})
}

func TestServerListenErrorNoClose(t *testing.T) {
	run(t, "server_listen_error_no_close", func(loop *eventloop.Loop, tr *trace) {
		a := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		require.NoError(t, a.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			port := srvPort(a)
			b := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
			b.On("close", func() { tr.log("b: close event") })
			b.Once("error", func(err error) {
				e := srvErr(err)
				tr.log("b: error", e.Code, e.Syscall)
				loop.SetTimeout(func() {
					tr.log("b: no close so far", b.Listening())
					b.Close(func(err error) {
						e := srvErr(err)
						tr.log("b: close cb", e.Name, e.Code, e.Message)
						require.NoError(t, b.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
							tr.log("b: listening again", b.Listening(), srvPort(b) != port)
							b.Close(func(err error) {
								tr.log("b: closed", err)
								a.Close(func(error) { tr.log("a: closed") })
							})
						}))
					})
				}, 20*time.Millisecond)
			})
			require.NoError(t, b.Listen(netmod.ListenOptions{Port: port, Host: "127.0.0.1"}, nil))
		}))
	})
}

func TestServerListenTwice(t *testing.T) {
	run(t, "server_listen_twice", func(loop *eventloop.Loop, tr *trace) {
		server := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			tr.log("listening")
			if err := server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, nil); err == nil {
				tr.log("no throw (unexpected)")
			} else {
				e := srvErr(err)
				tr.log("thrown", e.Name, e.Code, e.Message)
			}
			tr.log("still listening", server.Listening())
			server.Close(func(error) { tr.log("closed") })
		}))
		s2 := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		require.NoError(t, s2.Listen(netmod.ListenOptions{}, nil))
		tr.log("s2 listening", s2.Listening())
		if err := s2.Listen(netmod.ListenOptions{}, nil); err != nil {
			tr.log("s2 thrown", nodeerr.Code(err))
		}
		s2.Close(func(error) { tr.log("s2 closed") })
	})
}

func TestServerCloseNotRunning(t *testing.T) {
	run(t, "server_close_not_running", func(loop *eventloop.Loop, tr *trace) {
		s := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		s.On("close", func() { tr.log("s: close event") })
		r := s.Close(func(err error) {
			e := srvErr(err)
			tr.log("s: cb1", e.Name, e.Code, e.Message)
		})
		tr.log("s: close returned", r == s)
		s.Close(nil)
		loop.NextTick(func() { tr.log("tick") })
		ts := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		ts.On("close", func() { tr.log("t: close event") })
		require.NoError(t, ts.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			ts.Close(func(err error) { tr.log("t: cb1", err) })
			ts.Close(func(err error) { tr.log("t: cb2", srvCode(err)) })
			tr.log("t: closed twice", ts.Listening())
		}))
	})
}

func TestServerAddressStates(t *testing.T) {
	run(t, "server_address_states", func(loop *eventloop.Loop, tr *trace) {
		s := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		show := func(step string) {
			a, ok := s.Address()
			if !ok {
				tr.log(step, s.Listening(), "null", "")
				return
			}
			tr.log(step, s.Listening(), fmt.Sprintf("%s %s %s %v", a.Address, a.Family, "number", a.Port > 0),
				"address,family,port")
		}
		show("created")
		s.On("listening", func() { show("listening event") })
		require.NoError(t, s.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			show("listen cb")
			s.Close(func(error) { show("close cb") })
			show("after close()")
		}))
		show("after listen()")
		loop.NextTick(func() { show("next tick") })
	})
}

func TestServerCloseWithConnections(t *testing.T) {
	run(t, "server_close_with_connections", func(loop *eventloop.Loop, tr *trace) {
		var socks []*netmod.Socket
		var port int
		var client func(id int)
		server := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		server.On("close", func() { tr.log("server: close event") })
		server.OnConnection(func(s *netmod.Socket) {
			socks = append(socks, s)
			id := len(socks)
			tr.log("server: connection", id)
			s.OnEnd(func() { tr.log("server: end", id) })
			s.OnClose(func(h bool) {
				tr.log("server: socket close", id, h)
				server.GetConnections(func(err error, n int) {
					tr.log("server: connections after close of", id, srvNull(err), n)
					if id == 1 {
						socks[1].End(nil, nil)
					}
				})
			})
			if id == 1 {
				client(2)
				return
			}
			server.GetConnections(func(err error, n int) {
				tr.log("server: connections", srvNull(err), n)
				server.Close(func(err error) { tr.log("server: close cb", err) })
				tr.log("server: after close()", server.Listening(), srvAddress(server))
				server.GetConnections(func(err error, n int) {
					tr.log("server: connections after close()", srvNull(err), n)
				})
				c3 := srvDial(loop, netmod.SocketOptions{}, "127.0.0.1", port, nil)
				c3.OnConnect(func() { tr.log("client 3: connect (unexpected)") })
				c3.OnError(func(err error) { tr.log("client 3: error", nodeerr.Code(err)) })
				c3.OnClose(func(bool) { tr.log("client 3: close"); socks[0].End(nil, nil) })
			})
		})
		client = func(id int) {
			c := srvDial(loop, netmod.SocketOptions{}, "127.0.0.1", port, nil)
			c.OnConnect(func() { tr.log("client " + strconv.Itoa(id) + ": connect") })
			c.OnEnd(func() { tr.log("client " + strconv.Itoa(id) + ": end") })
			c.OnClose(func(h bool) { tr.log("client "+strconv.Itoa(id)+": close", h) })
		}
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			port = srvPort(server)
			client(1)
		}))
	})
}

// dropKeys lists DropInfo's fields with Node's property names.
func dropKeys() string {
	ty := reflect.TypeFor[netmod.DropInfo]()
	keys := make([]string, ty.NumField())
	for i := range keys {
		name := []rune(ty.Field(i).Name)
		name[0] = unicode.ToLower(name[0])
		keys[i] = string(name)
	}
	return strings.Join(keys, ",")
}

func TestServerMaxConnectionsZero(t *testing.T) {
	run(t, "server_max_connections_zero", func(loop *eventloop.Loop, tr *trace) {
		var client *netmod.Socket
		server := netmod.CreateServer(loop, netmod.ServerOptions{}, func(*netmod.Socket) {
			tr.log("server: connection (unexpected)")
		})
		server.MaxConnections = 0
		tr.log("maxConnections", server.MaxConnections)
		server.On("drop", func(d netmod.DropInfo) {
			tr.log("server: drop", dropKeys())
			tr.log("server: drop local", d.LocalAddress, d.LocalFamily, d.LocalPort == srvPort(server))
			tr.log("server: drop remote", d.RemoteAddress, d.RemoteFamily, d.RemotePort == client.LocalPort())
			server.GetConnections(func(err error, n int) { tr.log("server: connections", srvNull(err), n) })
		})
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			client = srvDial(loop, netmod.SocketOptions{}, "127.0.0.1", srvPort(server), nil)
			client.OnConnect(func() { tr.log("client: connect") })
			client.OnData(func(d []byte) { tr.log("client: data (unexpected)", len(d)) })
			client.OnEnd(func() { tr.log("client: end") })
			client.OnError(func(err error) { tr.log("client: error", nodeerr.Code(err)) })
			client.OnClose(func(h bool) {
				tr.log("client: close", h)
				server.Close(func(error) { tr.log("server: closed") })
			})
		}))
	})
}

func TestServerMaxConnectionsOne(t *testing.T) {
	run(t, "server_max_connections_one", func(loop *eventloop.Loop, tr *trace) {
		n := 0
		var server *netmod.Server
		var first *netmod.Socket
		var connect func(id int, then func(*netmod.Socket)) *netmod.Socket
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			n++
			id := n
			tr.log("server: connection", id, sock.RemoteAddress(), sock.RemoteFamily())
			sock.OnData(func(d []byte) {
				tr.log("server: data", id, string(d))
				sock.End([]byte("bye "+strconv.Itoa(id)), nil)
			})
			sock.OnClose(func(bool) {
				tr.log("server: socket close", id)
				if id == 1 {
					connect(3, func(c *netmod.Socket) { c.Write([]byte("hello"), nil) })
				}
			})
		})
		server.MaxConnections = 1
		server.On("drop", func(d netmod.DropInfo) {
			tr.log("server: drop", d.LocalAddress, d.LocalFamily, d.RemoteAddress, d.RemoteFamily)
		})
		connect = func(id int, then func(*netmod.Socket)) *netmod.Socket {
			name := "client " + strconv.Itoa(id) + ":"
			var c *netmod.Socket
			c = srvDial(loop, netmod.SocketOptions{}, "127.0.0.1", srvPort(server), nil)
			c.OnConnect(func() {
				tr.log(name + " connect")
				if then != nil {
					then(c)
				}
			})
			c.OnData(func(d []byte) { tr.log(name+" data", string(d)) })
			c.OnEnd(func() { tr.log(name + " end") })
			c.OnClose(func(h bool) {
				tr.log(name+" close", h)
				if id == 2 {
					first.Write([]byte("hello"), nil)
				}
				if id == 3 {
					server.Close(func(error) { tr.log("server: closed") })
				}
			})
			return c
		}
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			first = connect(1, func(*netmod.Socket) {})
			server.Once("connection", func(*netmod.Socket) { connect(2, nil) })
		}))
	})
}

func TestServerBlockListAccept(t *testing.T) {
	run(t, "server_blocklist_accept", func(loop *eventloop.Loop, tr *trace) {
		bl := blocklist.New()
		require.NoError(t, bl.AddAddress("127.0.0.2", blocklist.IPv4))
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{BlockList: bl}, func(sock *netmod.Socket) {
			tr.log("server: connection", sock.RemoteAddress())
			sock.OnData(func(d []byte) { tr.log("server: data", string(d)) })
			sock.OnEnd(func() {
				tr.log("server: end")
				server.Close(func(error) { tr.log("server: closed") })
			})
		})
		server.On("drop", func() { tr.log("server: drop (unexpected)") })
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "0.0.0.0"}, func() {
			port := srvPort(server)
			c := must(netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Port: port, Host: "127.0.0.1", LocalAddress: "127.0.0.2"}, nil))
			c.OnConnect(func() { tr.log("blocked client: connect", c.LocalAddress()) })
			c.OnData(func([]byte) { tr.log("blocked client: data (unexpected)") })
			c.OnEnd(func() { tr.log("blocked client: end") })
			c.OnError(func(err error) { tr.log("blocked client: error", nodeerr.Code(err)) })
			c.OnClose(func(h bool) {
				tr.log("blocked client: close", h)
				var ok *netmod.Socket
				ok = srvDial(loop, netmod.SocketOptions{}, "127.0.0.1", port, func() {
					tr.log("allowed client: connect", ok.LocalAddress())
					ok.End([]byte("hello"), nil)
				})
				ok.OnClose(func(h bool) { tr.log("allowed client: close", h) })
			})
		}))
	})
}

func TestServerBlockListMapped(t *testing.T) {
	if !hasIPv6Loopback() {
		t.Skip("no IPv6 here: the scenario needs a dual-stack '::' server")
	}
	run(t, "server_blocklist_mapped", func(loop *eventloop.Loop, tr *trace) {
		bl := blocklist.New()
		require.NoError(t, bl.AddAddress("10.0.0.1", blocklist.IPv4))
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{BlockList: bl}, func(sock *netmod.Socket) {
			tr.log("server: connection", sock.RemoteAddress(), sock.RemoteFamily(), sock.LocalAddress(), sock.LocalFamily())
			tr.log("check", bl.Check(sock.RemoteAddress(), blocklist.IPv6), bl.Check("127.0.0.1", blocklist.IPv4))
			require.NoError(t, bl.AddAddress("127.0.0.1", blocklist.IPv4))
			tr.log("check", bl.Check(sock.RemoteAddress(), blocklist.IPv6), bl.Check("127.0.0.1", blocklist.IPv4))
			sock.End(nil, nil)
		})
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "::"}, func() {
			port := srvPort(server)
			a, _ := server.Address()
			tr.log("server: listening", a.Address, a.Family)
			c1 := srvDial(loop, netmod.SocketOptions{}, "127.0.0.1", port, nil)
			c1.Resume()
			c1.OnClose(func(bool) {
				tr.log("client 1: close")
				c2 := srvDial(loop, netmod.SocketOptions{}, "127.0.0.1", port, func() { tr.log("client 2: connect") })
				c2.OnData(func([]byte) { tr.log("client 2: data (unexpected)") })
				c2.OnEnd(func() { tr.log("client 2: end") })
				c2.OnClose(func(h bool) {
					tr.log("client 2: close", h)
					server.Close(func(error) { tr.log("server: closed") })
				})
			})
		}))
	})
}

func TestServerBlockListDial(t *testing.T) {
	run(t, "server_blocklist_dial", func(loop *eventloop.Loop, tr *trace) {
		bl := blocklist.New()
		require.NoError(t, bl.AddSubnet("127.0.0.0", 8, blocklist.IPv4))
		conns := 0
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			conns++
			tr.log("server: connection", conns)
			sock.End(nil, nil)
			server.Close(func(error) { tr.log("server: closed") })
		})
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			port := srvPort(server)
			c := srvDial(loop, netmod.SocketOptions{BlockList: bl}, "127.0.0.1", port, nil)
			tr.log("client: connecting", c.Connecting())
			c.On("connectionAttempt", func(a string, p, f int) { tr.log("client: attempt", a, p == port, f) })
			c.On("connectionAttemptFailed", func() { tr.log("client: attempt failed (unexpected)") })
			c.OnConnect(func() { tr.log("client: connect (unexpected)") })
			c.OnError(func(err error) {
				e := srvErr(err)
				tr.log("client: error", e.Name, e.Code, e.Message, srvUndefinedInt(e.ErrnoValue()), orUndefined(e.Syscall))
			})
			c.OnClose(func(h bool) {
				tr.log("client: close", h, c.Destroyed(), c.Connecting())
				loop.SetTimeout(func() {
					tr.log("server saw", conns, "connections")
					ok := srvDial(loop, netmod.SocketOptions{}, "127.0.0.1", port, func() { tr.log("allowed: connect") })
					ok.Resume()
					ok.OnClose(func(h bool) { tr.log("allowed: close", h) })
				}, 20*time.Millisecond)
			})
		}))
	})
}

func TestServerIPv6(t *testing.T) {
	if !hasIPv6Loopback() {
		t.Skip("::1 is not available here")
	}
	run(t, "server_ipv6", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			tr.log("server: connection", sock.RemoteAddress(), sock.RemoteFamily(), sock.LocalAddress(), sock.LocalFamily(),
				sock.LocalPort() == srvPort(server))
			sock.OnData(func(d []byte) { sock.End(d, nil) })
		})
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "::1"}, func() {
			a, _ := server.Address()
			tr.log("server: listening", a.Address, a.Family)
			c := srvDial(loop, netmod.SocketOptions{}, "::1", a.Port, nil)
			c.On("connectionAttempt", func(addr string, p, f int) { tr.log("client: attempt", addr, f) })
			c.OnConnect(func() {
				tr.log("client: connect", c.RemoteAddress(), c.RemoteFamily(), c.LocalAddress(), c.LocalFamily(), c.RemotePort() == a.Port)
				la, _ := c.Address()
				tr.log("client: address()", la.Address, la.Family)
				c.Write([]byte("v6"), nil)
			})
			c.OnData(func(d []byte) { tr.log("client: data", string(d)) })
			c.OnClose(func(h bool) {
				tr.log("client: close", h)
				server.Close(func(error) { tr.log("server: closed") })
			})
		}))
	})
}

func TestServerListenNoHost(t *testing.T) {
	if !hasIPv6Loopback() {
		t.Skip("no IPv6 here: the server would bind 0.0.0.0")
	}
	run(t, "server_listen_no_host", func(loop *eventloop.Loop, tr *trace) {
		server := netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			tr.log("server: connection", sock.RemoteAddress(), sock.RemoteFamily(), sock.LocalAddress(), sock.LocalFamily())
			sock.End(nil, nil)
		})
		require.NoError(t, server.Listen(netmod.ListenOptions{}, func() {
			a, _ := server.Address()
			tr.log("server: listening", a.Address, a.Family, a.Port > 0)
			var c *netmod.Socket
			c = srvDial(loop, netmod.SocketOptions{}, "127.0.0.1", a.Port, func() {
				tr.log("client: connect", c.RemoteAddress(), c.RemoteFamily(), c.LocalFamily())
			})
			c.Resume()
			c.OnClose(func(bool) {
				var c6 *netmod.Socket
				c6 = srvDial(loop, netmod.SocketOptions{}, "::1", a.Port, func() {
					tr.log("client6: connect", c6.RemoteAddress(), c6.RemoteFamily())
				})
				c6.Resume()
				c6.OnClose(func(bool) { server.Close(func(error) { tr.log("server: closed") }) })
			})
		}))
	})
}

// srvFlowing prints readable.readableFlowing.
func srvFlowing(f *bool) any {
	if f == nil {
		return "null"
	}
	return *f
}

func TestServerPauseOnConnect(t *testing.T) {
	run(t, "server_pause_on_connect", func(loop *eventloop.Loop, tr *trace) {
		server := netmod.CreateServer(loop, netmod.ServerOptions{PauseOnConnect: true}, func(sock *netmod.Socket) {
			tr.log("server: connection", sock.IsPaused(), srvFlowing(sock.ReadableFlowing()))
			sock.OnData(func(d []byte) { tr.log("server: data", string(d), sock.BytesRead()) })
			sock.OnEnd(func() { tr.log("server: end"); sock.End(nil, nil) })
			tr.log("server: after data listener", sock.IsPaused(), srvFlowing(sock.ReadableFlowing()))
			loop.SetTimeout(func() {
				tr.log("server: before resume", sock.BytesRead(), sock.ReadableLength())
				sock.Resume()
				tr.log("server: resumed", sock.IsPaused(), srvFlowing(sock.ReadableFlowing()))
			}, 50*time.Millisecond)
		})
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			var c *netmod.Socket
			c = srvDial(loop, netmod.SocketOptions{}, "127.0.0.1", srvPort(server), func() { c.End([]byte("hello"), nil) })
			c.On("finish", func() { tr.log("client: finish") })
			c.OnClose(func(h bool) {
				tr.log("client: close", h)
				server.Close(func(error) { tr.log("server: closed") })
			})
			c.Resume()
		}))
	})
}

func TestServerOptions(t *testing.T) {
	run(t, "server_options", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{
			AllowHalfOpen: true, NoDelay: true, KeepAlive: true, KeepAliveInitialDelay: 1500 * time.Millisecond, HighWaterMark: 1024,
		}, func(sock *netmod.Socket) {
			tr.log("server: connection", sock.ReadableHighWaterMark(), sock.WritableHighWaterMark(), sock.AllowHalfOpen())
			big := []byte(strings.Repeat("x", 2000))
			tr.log("server: write 2000 returned", sock.Write(big, nil), sock.WritableLength() <= 2000)
			sock.OnDrain(func() { tr.log("server: drain") })
			sock.OnData(func(d []byte) { tr.log("server: data", len(d)) })
			sock.OnEnd(func() {
				tr.log("server: end", sock.Writable(), sock.ReadyState())
				sock.End([]byte("late"), func(error) { tr.log("server: ended") })
			})
			sock.OnClose(func(h bool) { tr.log("server: close", h); server.Close(nil) })
		})
		o := server.Options()
		maxConn := any(server.MaxConnections)
		if server.MaxConnections < 0 {
			maxConn = nil
		}
		tr.log("server:", o.AllowHalfOpen, o.PauseOnConnect, o.NoDelay, o.KeepAlive,
			int(o.KeepAliveInitialDelay/time.Second), o.HighWaterMark, maxConn)
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			c := srvDial(loop, netmod.SocketOptions{}, "127.0.0.1", srvPort(server), nil)
			got := 0
			c.OnData(func(d []byte) { got += len(d) })
			c.OnConnect(func() { c.End([]byte("abc"), nil) })
			c.OnEnd(func() { tr.log("client: end", got) })
			c.OnClose(func(h bool) { tr.log("client: close", h) })
		}))
	})
}

func TestServerListenFlags(t *testing.T) {
	if !hasIPv6Loopback() {
		t.Skip("no IPv6 here")
	}
	run(t, "server_listen_flags", func(loop *eventloop.Loop, tr *trace) {
		reuse := func() {
			a := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
			require.NoError(t, a.Listen(netmod.ListenOptions{Host: "127.0.0.1", ReusePort: true}, func() {
				port := srvPort(a)
				b := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
				b.On("error", func(err error) { tr.log("b: error (unexpected)", nodeerr.Code(err)) })
				require.NoError(t, b.Listen(netmod.ListenOptions{Port: port, Host: "127.0.0.1", ReusePort: true}, func() {
					tr.log("b: listening on the same port", srvPort(b) == port)
					b.Close(func(error) { tr.log("b: closed") })
					a.Close(func(error) { tr.log("a: closed") })
				}))
			}))
		}
		v6 := netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
			tr.log("v6: connection (unexpected)")
			s.Destroy(nil)
		})
		require.NoError(t, v6.Listen(netmod.ListenOptions{Host: "::", IPv6Only: true}, func() {
			port := srvPort(v6)
			a, _ := v6.Address()
			tr.log("v6: listening", a.Address, a.Family)
			v4 := netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
				tr.log("v4: connection", s.RemoteAddress(), s.LocalPort() == port)
				s.End(nil, nil)
			})
			v4.On("error", func(err error) { tr.log("v4: error (unexpected)", nodeerr.Code(err)) })
			require.NoError(t, v4.Listen(netmod.ListenOptions{Port: port, Host: "127.0.0.1"}, func() {
				tr.log("v4: listening on the same port", srvPort(v4) == port)
				c := srvDial(loop, netmod.SocketOptions{}, "127.0.0.1", port, func() { tr.log("client: connect") })
				c.Resume()
				c.OnClose(func(bool) {
					v4.Close(func(error) { tr.log("v4: closed") })
					v6.Close(func(error) { tr.log("v6: closed") })
					reuse()
				})
			}))
		}))
	})
}

func TestServerUnref(t *testing.T) {
	var server *netmod.Server
	runExit(t, "server_unref", func(loop *eventloop.Loop, tr *trace) {
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			tr.log("listening", server.Listening())
			tr.log("unref returned", server.Unref() == server)
			server.Ref()
			server.Unref()
			loop.SetTimeout(func() { tr.log("timer", server.Listening()) }, 20*time.Millisecond)
		}))
	}, func(tr *trace) {
		tr.log("exit", server.Listening())
	}, func() { server.Close(nil) })
}

func TestServerUnrefBeforeListen(t *testing.T) {
	var a, b *netmod.Server
	runExit(t, "server_unref_before_listen", func(loop *eventloop.Loop, tr *trace) {
		a = netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		a.Unref()
		require.NoError(t, a.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() { tr.log("a: listening", a.Listening()) }))
		b = netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		b.Unref()
		b.Ref()
		require.NoError(t, b.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			tr.log("b: listening", b.Listening())
			loop.SetImmediate(func() {
				tr.log("b: immediate")
				loop.SetTimeout(func() { b.Close(func(error) { tr.log("b: closed") }) }, 20*time.Millisecond)
			})
		}))
	}, func(tr *trace) {
		tr.log("exit", a.Listening(), b.Listening())
	}, func() { a.Close(nil) })
}

func TestServerListenLocalhost(t *testing.T) {
	run(t, "server_listen_localhost", func(loop *eventloop.Loop, tr *trace) {
		server := netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			tr.log("server: connection", sock.RemoteAddress())
			sock.End([]byte("hi"), nil)
		})
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "localhost"}, func() {
			a, _ := server.Address()
			tr.log("server: listening", a.Address, a.Family)
			c := srvDial(loop, netmod.SocketOptions{}, "localhost", a.Port, nil)
			tr.log("client: connecting", c.Connecting())
			c.On("lookup", func(err error, address string, family int, host string) {
				tr.log("client: lookup", srvNull(err), address, family, host)
			})
			c.On("connectionAttempt", func(address string, port, family int) { tr.log("client: attempt", address, family) })
			c.OnConnect(func() { tr.log("client: connect", c.RemoteAddress(), c.RemoteFamily()) })
			c.OnData(func(d []byte) { tr.log("client: data", string(d)) })
			c.OnClose(func(h bool) {
				tr.log("client: close", h)
				server.Close(func(error) { tr.log("server: closed") })
			})
		}))
		tr.log("server: after listen()", server.Listening(), srvAddress(server))
	})
}

func TestServerCustomLookup(t *testing.T) {
	run(t, "server_custom_lookup", func(loop *eventloop.Loop, tr *trace) {
		server := netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			tr.log("server: connection", sock.RemoteAddress())
			sock.End(nil, nil)
		})
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			port := srvPort(server)
			lookup := func(host string, opts netmod.LookupOptions, cb func(error, []netmod.LookupAddress)) {
				tr.log("lookup called", host, opts.Family)
				if host == "nowhere.test" {
					err := &nodeerr.Error{Name: nodeerr.NameError, Code: "ENOTFOUND",
						Message: "getaddrinfo ENOTFOUND " + host, Syscall: "getaddrinfo", Hostname: host}
					loop.NextTick(func() { cb(err, nil) })
					return
				}
				loop.NextTick(func() { cb(nil, []netmod.LookupAddress{{Address: "127.0.0.1", Family: 4}}) })
			}
			c := must(netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Port: port, Host: "my.service", Lookup: lookup, Family: 4}, nil))
			c.On("lookup", func(err error, address string, family int, host string) {
				tr.log("client: lookup", srvNull(err), address, family, host)
			})
			c.OnConnect(func() { tr.log("client: connect", c.RemoteAddress()) })
			c.Resume()
			c.OnClose(func(h bool) {
				tr.log("client: close", h)
				bad := must(netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Port: port, Host: "nowhere.test", Lookup: lookup, Family: 4}, nil))
				bad.On("lookup", func(err error, address string, family int, host string) {
					tr.log("bad: lookup", srvCode(err), orUndefined(address), srvUndefinedInt(family), host)
				})
				bad.OnError(func(err error) { e := srvErr(err); tr.log("bad: error", e.Code, e.Message) })
				bad.OnClose(func(h bool) {
					tr.log("bad: close", h)
					server.Close(func(error) { tr.log("server: closed") })
				})
			})
		}))
	})
}

func TestServerBadPort(t *testing.T) {
	run(t, "server_bad_port", func(loop *eventloop.Loop, tr *trace) {
		s := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		for _, port := range []int{70000, 65536, -1} {
			err := s.Listen(netmod.ListenOptions{Port: port, Host: "127.0.0.1"}, func() {
				tr.log("callback of listen(" + strconv.Itoa(port) + ")")
			})
			if err == nil {
				tr.log("no throw (unexpected)")
			} else {
				e := srvErr(err)
				tr.log("thrown", e.Name, e.Code, e.Message)
			}
		}
		if err := s.Listen(netmod.ListenOptions{Port: 99999, Host: "127.0.0.1"}, nil); err != nil {
			e := srvErr(err)
			tr.log("thrown", e.Name, e.Code, e.Message)
		}
		tr.log("listening", s.Listening(), s.ListenerCount("listening"))
		require.NoError(t, s.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			tr.log("listen ok", s.Listening(), s.ListenerCount("listening"))
			s.Close(func(error) { tr.log("closed") })
		}))
	})
}

func TestServerCloseDuringLookup(t *testing.T) {
	run(t, "server_close_during_lookup", func(loop *eventloop.Loop, tr *trace) {
		a := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		a.On("listening", func() { tr.log("a: listening (unexpected)") })
		require.NoError(t, a.Listen(netmod.ListenOptions{Host: "localhost"}, nil))
		a.Close(func(err error) { tr.log("a: close cb", srvCode(err), a.Listening()) })
		var b *netmod.Server
		b = netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		b.On("listening", func() {
			ad, _ := b.Address()
			tr.log("b: listening", ad.Address, ad.Family)
			b.Close(func(error) { tr.log("b: closed") })
		})
		require.NoError(t, b.Listen(netmod.ListenOptions{Host: "localhost"}, nil))
		tr.log("b: second listen does not throw", b.Listening())
		require.NoError(t, b.Listen(netmod.ListenOptions{Host: "0.0.0.0"}, nil))
		loop.SetTimeout(func() { tr.log("timer", a.Listening(), b.Listening()) }, 50*time.Millisecond)
	})
}

func TestServerSignal(t *testing.T) {
	run(t, "server_signal", func(loop *eventloop.Loop, tr *trace) {
		aborted, abort := context.WithCancel(context.Background())
		abort()
		s1 := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		s1.On("listening", func() { tr.log("s1: listening (unexpected)") })
		s1.On("close", func() { tr.log("s1: close", s1.Listening()) })
		require.NoError(t, s1.Listen(netmod.ListenOptions{Signal: aborted}, nil))
		tr.log("s1: listening right after listen()", s1.Listening())
		ctx, cancel := context.WithCancel(context.Background())
		s2 := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		s2.On("close", func() { tr.log("s2: close", s2.Listening()) })
		require.NoError(t, s2.Listen(netmod.ListenOptions{Host: "127.0.0.1", Signal: ctx}, func() {
			tr.log("s2: listening")
			loop.SetTimeout(cancel, 10*time.Millisecond)
		}))
	})
}

func TestServerAcceptedSocket(t *testing.T) {
	run(t, "server_accepted_socket", func(loop *eventloop.Loop, tr *trace) {
		var client *netmod.Socket
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			port := srvPort(server)
			tr.log("state", sock.ReadyState(), sock.Pending(), sock.Connecting(), sock.Destroyed(), sock.BytesRead(), sock.BytesWritten())
			tr.log("server", sock.Server() == server, sock.AllowHalfOpen(), sock.IsPaused())
			tr.log("local", sock.LocalAddress(), sock.LocalFamily(), sock.LocalPort() == port)
			tr.log("remote", sock.RemoteAddress(), sock.RemoteFamily(), sock.RemotePort() == client.LocalPort())
			a, _ := sock.Address()
			tr.log("address()", a.Address, a.Family, a.Port == port)
			server.GetConnections(func(err error, n int) { tr.log("connections at connection", srvNull(err), n) })
			sock.OnData(func(d []byte) {
				tr.log("data", string(d), sock.BytesRead())
				sock.Destroy(nil)
				tr.log("after destroy", sock.Destroyed(), sock.ReadyState(), server.Listening())
				server.GetConnections(func(err error, n int) { tr.log("connections after destroy", srvNull(err), n) })
				server.Close(func(error) { tr.log("server: closed") })
			})
			sock.OnClose(func(h bool) { tr.log("socket close", h, orUndefined(sock.RemoteAddress())) })
		})
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			client = srvDial(loop, netmod.SocketOptions{}, "127.0.0.1", srvPort(server), func() { client.Write([]byte("x"), nil) })
			client.OnEnd(func() { tr.log("client: end") })
			client.OnClose(func(h bool) { tr.log("client: close", h) })
		}))
	})
}

func TestServerAcceptBurst(t *testing.T) {
	run(t, "server_accept_burst", func(loop *eventloop.Loop, tr *trace) {
		n := 0
		ports := make([]int, 4)
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			i := slices.Index(ports, sock.RemotePort())
			n++
			tr.log("server: connection", n, "from client", i)
			sock.End([]byte("hi "+strconv.Itoa(i)), nil)
			if n == 4 {
				server.Close(func(error) { tr.log("server: closed") })
			}
		})
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			for i := range 4 {
				var c *netmod.Socket
				c = srvDial(loop, netmod.SocketOptions{}, "127.0.0.1", srvPort(server), nil)
				c.On("connectionAttempt", func() { tr.log("client", i, "attempt") })
				c.OnConnect(func() { ports[i] = c.LocalPort(); tr.log("client", i, "connect") })
				c.OnData(func(d []byte) { tr.log("client", i, "data", string(d)) })
				c.OnClose(func(bool) { tr.log("client", i, "close") })
			}
		}))
	})
}
