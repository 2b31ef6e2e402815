package net_test

// Go re-enactments of the autoselect_*.js and lookup_*.js scenarios:
// connecting to a host name as Node 26 does (the lookup option, 'lookup'
// events, autoSelectFamily's attempts, their events and errors).

import (
	"errors"
	"net"
	"net/netip"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/blocklist"
	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/netmod"
	"github.com/nodenet/nodenet/nodeerr"
)

// portText replaces the decimal text of port in s with PORT, as the
// scenarios' P() does.
func portText(s string, port int) string {
	return strings.ReplaceAll(s, strconv.Itoa(port), "PORT")
}

// fe is the scenarios' fe(e): name, code, JSON message with the port
// replaced, the local end when Node sets it, and the errors of an
// AggregateError.
func fe(err error, port int) string {
	if err == nil {
		return "null"
	}
	var e *nodeerr.Error
	if !errors.As(err, &e) {
		return "Error undefined " + jsonStr(portText(err.Error(), port))
	}
	s := e.Name + " " + orUndefinedText(e.Code) + " " + jsonStr(portText(e.Message, port))
	if e.LocalAddress != "" {
		s += " local " + e.LocalAddress + " " + portText(strconv.Itoa(e.LocalPort), port)
	}
	if e.Name == nodeerr.NameAggregateError {
		parts := make([]string, len(e.Errors))
		for i, x := range e.Errors {
			parts[i] = fe(x, port)
		}
		s += " [" + strings.Join(parts, ", ") + "]"
	}
	return s
}

func orUndefinedText(s string) string {
	if s == "" {
		return "undefined"
	}
	return s
}

// addrs is a lookup answer.
func addrs(pairs ...any) []netmod.LookupAddress {
	out := make([]netmod.LookupAddress, 0, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, netmod.LookupAddress{Address: pairs[i].(string), Family: pairs[i+1].(int)})
	}
	return out
}

// traceAttempts logs the attempt events as the scenarios do.
func traceAttempts(tr *trace, c *netmod.Socket, port *int) {
	c.On("connectionAttempt", func(a string, p, f int) { tr.log("attempt", a, p == *port, f) })
	c.On("connectionAttemptFailed", func(a string, p, f int, e error) {
		tr.log("attempt failed", a, f, fe(e, *port))
	})
	c.On("connectionAttemptTimeout", func(a string, p, f int) { tr.log("attempt timeout", a, p == *port, f) })
}

// attempted is c.autoSelectFamilyAttemptedAddresses.map(P).join(' ').
func attempted(c *netmod.Socket, port int) string {
	a := c.AutoSelectFamilyAttemptedAddresses()
	out := make([]string, len(a))
	for i, s := range a {
		out[i] = portText(s, port)
	}
	return strings.Join(out, " ")
}

// blackhole is a listener on 127.0.0.1 that never accepts, its accept queue
// filled (backlog 1 holds two connections), so that further SYNs go
// unanswered: a connect to it stays pending. The scenarios get the same from
// a listener in a blocked worker thread.
type blackhole struct {
	fd    int
	port  int
	conns []net.Conn
}

func newBlackhole(t *testing.T) *blackhole {
	t.Helper()
	fd, err := sys.Socket(syscall.AF_INET, syscall.SOCK_STREAM)
	require.NoError(t, err)
	b := &blackhole{fd: fd}
	require.NoError(t, sys.Bind(fd, sys.SockaddrOf(netip.MustParseAddrPort("127.0.0.1:0"))))
	require.NoError(t, sys.Listen(fd, 1))
	sa, err := sys.LocalAddr(fd)
	require.NoError(t, err)
	b.port = int(sys.AddrPortOf(sa).Port())
	for i := 0; i < 2; i++ {
		c, err := net.Dial("tcp", "127.0.0.1:"+strconv.Itoa(b.port))
		require.NoError(t, err)
		b.conns = append(b.conns, c)
	}
	return b
}

func (b *blackhole) close() {
	for _, c := range b.conns {
		_ = c.Close()
	}
	_ = sys.Close(b.fd)
}

func TestAutoSelectOrder(t *testing.T) {
	run(t, "autoselect_order", func(loop *eventloop.Loop, tr *trace) {
		var port int
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) { s.End(nil, nil) })
		listen(t, server, func(p int) {
			port = p
			lookup := func(host string, o netmod.LookupOptions, cb func(error, []netmod.LookupAddress)) {
				tr.log("lookup", host, undefinedInt(o.Family), o.Hints, o.All)
				loop.NextTick(func() {
					cb(nil, addrs("127.0.0.2", 4, "::1", 6, "127.0.0.2", 4, "bogus", 4, "127.0.0.3", 4, "::ffff:127.0.0.5", 6, "127.0.0.1", 4))
				})
			}
			c := must(netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Port: port, Host: "multi.test", Lookup: lookup}, nil))
			tr.log("connecting", c.Connecting(), undefinedSlice(c.AutoSelectFamilyAttemptedAddresses()))
			c.On("lookup", func(err error, address string, family int, host string) {
				tr.log("lookup event", srvNull(err), address, family, host)
			})
			c.On("connectionAttempt", func(a string, p, f int) { tr.log("attempt", a, p == port, f) })
			c.On("connectionAttemptFailed", func(a string, p, f int, e error) {
				tr.log("attempt failed", a, p == port, f, nodeerr.Code(e), portText(e.Error(), port))
			})
			c.On("connectionAttemptTimeout", func(a string, p, f int) { tr.log("attempt timeout", a, p == port, f) })
			c.OnConnect(func() {
				tr.log("connect", c.RemoteAddress(), c.RemoteFamily(), attempted(c, port))
				c.End(nil, nil)
			})
			c.Resume()
			c.OnClose(func(h bool) {
				tr.log("close", h)
				server.Close(func(error) { tr.log("server: closed") })
			})
		})
	})
}

func TestAutoSelectAllFail(t *testing.T) {
	run(t, "autoselect_all_fail", func(loop *eventloop.Loop, tr *trace) {
		probe := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		listen(t, probe, func(port int) {
			probe.Close(func(error) {
				lookup := func(_ string, _ netmod.LookupOptions, cb func(error, []netmod.LookupAddress)) {
					loop.SetTimeout(func() {
						cb(nil, addrs("127.0.0.1", 4, "::ffff:127.0.0.1", 6, "127.0.0.2", 4))
					}, 10*time.Millisecond)
				}
				c := must(netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Port: port, Host: "down.test", Lookup: lookup}, nil))
				traceAttempts(tr, c, &port)
				c.OnError(func(err error) {
					tr.log("error", fe(err, port), nodeErr(err).Name == nodeerr.NameAggregateError, len(nodeErr(err).Errors))
				})
				c.OnClose(func(h bool) { tr.log("close", h, c.Destroyed(), attempted(c, port)) })
			})
		})
	})
}

// undefinedInt prints 0 as undefined (an option Node passes through unset).
func undefinedInt(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

// undefinedSlice prints a nil slice as undefined.
func undefinedSlice(s []string) any {
	if s == nil {
		return nil
	}
	return "[ " + strings.Join(s, ", ") + " ]"
}

func TestAutoSelectTimeout(t *testing.T) {
	bh := newBlackhole(t)
	defer bh.close()
	port := bh.port
	run(t, "autoselect_timeout", func(loop *eventloop.Loop, tr *trace) {
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) { s.End(nil, nil) })
		require.NoError(t, server.Listen(netmod.ListenOptions{Port: port, Host: "127.0.0.3"}, func() {
			lookup := func(_ string, _ netmod.LookupOptions, cb func(error, []netmod.LookupAddress)) {
				cb(nil, addrs("127.0.0.1", 4, "::ffff:127.0.0.1", 6, "127.0.0.2", 4, "127.0.0.3", 4))
			}
			c := must(netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Port: port, Host: "slow.test", Lookup: lookup,
				AutoSelectFamilyAttemptTimeout: 100 * time.Millisecond}, nil))
			tr.log("attempted so far", attempted(c, port))
			c.On("connectionAttempt", func(a string, p, f int) { tr.log("attempt", a, p == port, f) })
			c.On("connectionAttemptFailed", func(a string, p, f int, e error) {
				tr.log("attempt failed", a, f, nodeerr.Code(e), portText(e.Error(), port))
			})
			c.On("connectionAttemptTimeout", func(a string, p, f int) { tr.log("attempt timeout", a, p == port, f) })
			c.OnConnect(func() {
				tr.log("connect", c.RemoteAddress(), c.RemotePort() == port, attempted(c, port))
				c.End(nil, nil)
			})
			c.Resume()
			c.OnClose(func(h bool) {
				tr.log("close", h)
				lookup := func(_ string, _ netmod.LookupOptions, cb func(error, []netmod.LookupAddress)) {
					loop.SetTimeout(func() { cb(nil, addrs("127.0.0.1", 4, "::ffff:127.0.0.1", 6, "127.0.0.2", 4)) }, 5*time.Millisecond)
				}
				d := must(netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Port: port, Host: "slow.test", Lookup: lookup,
					AutoSelectFamilyAttemptTimeout: 100 * time.Millisecond}, nil))
				d.On("connectionAttempt", func(a string, p, f int) { tr.log("d: attempt", a, f) })
				d.On("connectionAttemptFailed", func(a string, p, f int, e error) { tr.log("d: attempt failed", a, f, nodeerr.Code(e)) })
				d.On("connectionAttemptTimeout", func(a string, p, f int) { tr.log("d: attempt timeout", a, f) })
				d.OnError(func(err error) {
					e := nodeErr(err)
					parts := make([]string, len(e.Errors))
					for i, x := range e.Errors {
						xe := nodeErr(x)
						parts[i] = xe.Code + " " + portText(xe.Message, port) + " " + xe.Address + " " + strconv.FormatBool(xe.Port == port)
					}
					tr.log("d: error", e.Name, e.Code, jsonStr(e.Message), strings.Join(parts, ", "))
				})
				d.OnClose(func(h bool) {
					tr.log("d: close", h)
					server.Close(func(error) { tr.log("server: closed") })
				})
			})
		}))
	})
}

func TestAutoSelectDestroy(t *testing.T) {
	bh := newBlackhole(t)
	defer bh.close()
	port := bh.port
	run(t, "autoselect_destroy", func(loop *eventloop.Loop, tr *trace) {
		bl := blocklist.New()
		require.NoError(t, bl.AddAddress("127.0.0.5", blocklist.IPv4))
		require.NoError(t, bl.AddAddress("::ffff:127.0.0.6", blocklist.IPv6))
		lookup := func(_ string, _ netmod.LookupOptions, cb func(error, []netmod.LookupAddress)) {
			loop.NextTick(func() {
				cb(nil, addrs("127.0.0.5", 4, "::ffff:127.0.0.6", 6, "127.0.0.1", 4, "127.0.0.2", 4))
			})
		}
		var c *netmod.Socket
		c = must(netmod.Connect(loop, netmod.SocketOptions{BlockList: bl}, netmod.ConnectOptions{Port: port, Host: "hang.test", Lookup: lookup}, nil))
		c.On("connectionAttempt", func(a string, p, f int) {
			tr.log("attempt", a, p == port, f)
			loop.SetTimeout(func() {
				tr.log("destroying", c.Connecting())
				c.Destroy(nil)
				tr.log("destroyed", c.Connecting(), c.Destroyed())
			}, 100*time.Millisecond)
		})
		c.On("connectionAttemptFailed", func(a string, p, f int, e error) {
			ne := nodeErr(e)
			tr.log("attempt failed", a, p == port, f, ne.Name, ne.Code, portText(ne.Message, port))
		})
		c.On("connectionAttemptTimeout", func(a string, p, f int) { tr.log("attempt timeout", a, p == port, f) })
		c.OnError(func(err error) { tr.log("error", nodeerr.Code(err)) })
		c.OnClose(func(h bool) { tr.log("close", h, attempted(c, port)) })
	})
}

func TestAutoSelectLocal(t *testing.T) {
	run(t, "autoselect_local", func(loop *eventloop.Loop, tr *trace) {
		var port, lp int
		p := func(s string) string { return strings.ReplaceAll(portText(s, port), strconv.Itoa(lp), "LP") }
		var feL func(err error) string
		feL = func(err error) string {
			e := nodeErr(err)
			s := e.Name + " " + e.Code + " " + jsonStr(p(e.Message))
			if e.LocalAddress != "" {
				s += " local " + e.LocalAddress + " " + p(strconv.Itoa(e.LocalPort))
			}
			if e.Name == nodeerr.NameAggregateError {
				parts := make([]string, len(e.Errors))
				for i, x := range e.Errors {
					parts[i] = feL(x)
				}
				s += " [" + strings.Join(parts, ", ") + "]"
			}
			return s
		}
		traceC := func(name string, c *netmod.Socket, next func()) {
			c.On("connectionAttempt", func(a string, _, f int) { tr.log(name, "attempt", a, f) })
			c.On("connectionAttemptFailed", func(a string, _, f int, e error) { tr.log(name, "attempt failed", a, f, feL(e)) })
			c.OnError(func(e error) { tr.log(name, "error", feL(e)) })
			c.OnClose(func(h bool) { tr.log(name, "close", h); next() })
		}
		server := netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) { s.End(nil, nil) })
		listen(t, server, func(sp int) {
			port = sp
			probe := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
			listen(t, probe, func(pp int) {
				lp = pp
				probe.Close(func(error) {
					lookup := func(_ string, _ netmod.LookupOptions, cb func(error, []netmod.LookupAddress)) {
						cb(nil, addrs("127.0.0.2", 4, "::ffff:127.0.0.3", 6))
					}
					conn := func(o netmod.ConnectOptions) *netmod.Socket {
						o.Port = port
						return must(netmod.Connect(loop, netmod.SocketOptions{}, o, nil))
					}
					var next func()
					steps := []func(){
						func() {
							traceC("busy port", conn(netmod.ConnectOptions{Host: "x.test", LocalPort: port, Lookup: lookup}), next)
						},
						func() {
							traceC("both", conn(netmod.ConnectOptions{Host: "127.0.0.2", LocalAddress: "127.0.0.1", LocalPort: lp}), next)
						},
						func() {
							traceC("address only", conn(netmod.ConnectOptions{Host: "127.0.0.2", LocalAddress: "127.0.0.1"}), next)
						},
						func() { traceC("port only", conn(netmod.ConnectOptions{Host: "127.0.0.2", LocalPort: lp}), next) },
						func() {
							traceC("multi port", conn(netmod.ConnectOptions{Host: "x.test", LocalPort: lp, Lookup: lookup}), next)
						},
					}
					i := 0
					next = func() {
						if i < len(steps) {
							i++
							steps[i-1]()
							return
						}
						server.Close(func(error) { tr.log("server: closed") })
					}
					next()
				})
			})
		})
	})
}

func TestLookupResults(t *testing.T) {
	run(t, "lookup_results", func(loop *eventloop.Loop, tr *trace) {
		var port int
		feP := func(err error) string { return fe(err, port) }
		failure := func() error {
			return &nodeerr.Error{Name: nodeerr.NameError, Code: "EAI_AGAIN", Message: "lookup failed"}
		}
		off := false
		type answer struct {
			err   error
			addrs []netmod.LookupAddress
		}
		type tcase struct {
			name string
			opts netmod.ConnectOptions
			ans  answer
		}
		cases := []tcase{
			{"single bad ip", netmod.ConnectOptions{Family: 4}, answer{nil, addrs("bogus", 4)}},
			{"single bad family", netmod.ConnectOptions{AutoSelectFamily: &off}, answer{nil, addrs("127.0.0.1", 5)}},
			{"single wrong family", netmod.ConnectOptions{Family: 4}, answer{nil, addrs("127.0.0.1", 6)}},
			{"single wrong family 6", netmod.ConnectOptions{Family: 6}, answer{nil, addrs("::1", 4)}},
			{"single no address", netmod.ConnectOptions{AutoSelectFamily: &off}, answer{nil, nil}},
			{"single error", netmod.ConnectOptions{AutoSelectFamily: &off}, answer{failure(), nil}},
			{"single ok", netmod.ConnectOptions{Family: 4}, answer{nil, addrs("127.0.0.1", 4)}},
			{"multi bad ip", netmod.ConnectOptions{}, answer{nil, addrs("bogus", 4, "::1", 5)}},
			{"multi bad family", netmod.ConnectOptions{}, answer{nil, addrs("127.0.0.1", 5, "nope", 6)}},
			{"multi wrong family", netmod.ConnectOptions{}, answer{nil, addrs("127.0.0.1", 6, "127.0.0.2", 4)}},
			{"multi wrong family only", netmod.ConnectOptions{}, answer{nil, addrs("127.0.0.1", 6)}},
			{"multi duplicates", netmod.ConnectOptions{}, answer{nil, addrs("127.0.0.1", 4, "x", 4, "127.0.0.1", 4)}},
			{"multi error", netmod.ConnectOptions{}, answer{failure(), nil}},
			{"no host", netmod.ConnectOptions{Host: "-", Family: 4}, answer{nil, addrs("127.0.0.1", 7)}},
		}
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) { s.End(nil, nil) })
		listen(t, server, func(p int) {
			port = p
			i := 0
			var next func()
			next = func() {
				if i >= len(cases) {
					server.Close(func(error) { tr.log("server: closed") })
					return
				}
				tc := cases[i]
				i++
				name := tc.name
				o := tc.opts
				o.Port = port
				switch o.Host {
				case "":
					o.Host = "x.test"
				case "-":
					o.Host = ""
				}
				o.Lookup = func(_ string, _ netmod.LookupOptions, cb func(error, []netmod.LookupAddress)) {
					loop.SetTimeout(func() { cb(tc.ans.err, tc.ans.addrs) }, 5*time.Millisecond)
				}
				c := must(netmod.Connect(loop, netmod.SocketOptions{}, o, nil))
				c.On("lookup", func(err error, address string, family int, host string) {
					tr.log(name, "lookup", feP(err), orUndefined(address), undefinedInt(family), host)
				})
				c.On("connectionAttempt", func(a string, _, f int) { tr.log(name, "attempt", a, f) })
				c.On("connectionAttemptFailed", func(a string, _, f int, e error) { tr.log(name, "attempt failed", a, f, feP(e)) })
				c.OnConnect(func() { tr.log(name, "connect", c.RemoteAddress()); c.End(nil, nil) })
				c.OnError(func(err error) {
					e := nodeErr(err)
					tr.log(name, "error", feP(err), orUndefined(e.Host), e.Port == port)
				})
				c.Resume()
				c.OnClose(func(h bool) { tr.log(name, "close", h); next() })
			}
			next()
		})
	})
}

func TestLookupOptions(t *testing.T) {
	defer netmod.SetDefaultAutoSelectFamily(true)
	defer func() { _ = netmod.SetDefaultAutoSelectFamilyAttemptTimeout(500 * time.Millisecond) }()
	run(t, "lookup_options", func(loop *eventloop.Loop, tr *trace) {
		feO := func(err error) string { e := nodeErr(err); return e.Name + " " + e.Code + " " + e.Message }
		ms := func(d time.Duration) any { return int64(d / time.Millisecond) }
		tr.log("defaults", netmod.GetDefaultAutoSelectFamily(), ms(netmod.GetDefaultAutoSelectFamilyAttemptTimeout()))
		for _, v := range []struct {
			text string
			d    time.Duration
		}{{"5", 5 * time.Millisecond}, {"20", 20 * time.Millisecond}, {"1.5", 1500 * time.Microsecond}, {"-1", -time.Millisecond},
			{"2147483648", (1 << 31) * time.Millisecond}, {"1099511627776", (1 << 40) * time.Millisecond}} {
			if err := netmod.SetDefaultAutoSelectFamilyAttemptTimeout(v.d); err != nil {
				tr.log("set timeout", v.text, feO(err))
			} else {
				tr.log("set timeout", v.text, ms(netmod.GetDefaultAutoSelectFamilyAttemptTimeout()))
			}
		}
		require.NoError(t, netmod.SetDefaultAutoSelectFamilyAttemptTimeout(500*time.Millisecond))
		netmod.SetDefaultAutoSelectFamily(false)
		tr.log("autoSelectFamily off", netmod.GetDefaultAutoSelectFamily())
		var seen []string
		lookup := func(host string, o netmod.LookupOptions, cb func(error, []netmod.LookupAddress)) {
			all := "undefined"
			if o.All {
				all = "true"
			}
			fam := "undefined"
			if o.Family != 0 {
				fam = strconv.Itoa(o.Family)
			}
			seen = append(seen, host+" family="+fam+" hints="+strconv.Itoa(o.Hints)+" all="+all)
			cb(nil, addrs("127.0.0.1", 4))
		}
		tryConnect := func(name string, o netmod.ConnectOptions) {
			o.Port = 1
			if o.Host == "" {
				o.Host = "opts.test"
			}
			c, err := netmod.Connect(loop, netmod.SocketOptions{}, o, nil)
			if err != nil {
				tr.log(name, "throws", feO(err))
				return
			}
			c.OnError(func(error) {})
			c.Destroy(nil)
			if len(seen) > 0 {
				tr.log(name, "ok", seen[len(seen)-1])
				seen = seen[:len(seen)-1]
			} else {
				tr.log(name, "ok", "(no lookup)")
			}
		}
		off := false
		tryConnect("default off", netmod.ConnectOptions{Lookup: lookup})
		netmod.SetDefaultAutoSelectFamily(true)
		tryConnect("default on", netmod.ConnectOptions{Lookup: lookup})
		tryConnect("family 4", netmod.ConnectOptions{Lookup: lookup, Family: 4})
		tryConnect("family 6 hints", netmod.ConnectOptions{Lookup: lookup, Family: 6, Hints: netmod.HintV4Mapped | netmod.HintAll})
		tryConnect("family 5 custom", netmod.ConnectOptions{Lookup: lookup, Family: 5})
		tryConnect("hints custom", netmod.ConnectOptions{Lookup: lookup, Hints: 12345})
		tryConnect("localAddress", netmod.ConnectOptions{Lookup: lookup, LocalAddress: "127.0.0.1"})
		tryConnect("option off", netmod.ConnectOptions{Lookup: lookup, AutoSelectFamily: &off})
		tryConnect("ip host", netmod.ConnectOptions{Lookup: lookup, Host: "127.0.0.1", Family: 5})
		tryConnect("family 5 dns", netmod.ConnectOptions{Family: 5})
		tryConnect("hints dns", netmod.ConnectOptions{Hints: 12345})
		tryConnect("hints negative", netmod.ConnectOptions{Hints: -1})
		tryConnect("hints and family", netmod.ConnectOptions{Hints: 3, Family: 9})
		for _, v := range []struct {
			text string
			d    time.Duration
		}{{"5", 5 * time.Millisecond}, {"1.5", 1500 * time.Microsecond}, {"-1", -time.Millisecond}, {"2147483648", (1 << 31) * time.Millisecond}} {
			tryConnect("timeout "+v.text, netmod.ConnectOptions{Lookup: lookup, AutoSelectFamilyAttemptTimeout: v.d})
		}
		tryConnect("null byte", netmod.ConnectOptions{Lookup: lookup, Host: "a\x00b"})
		tryConnect("bad localAddress", netmod.ConnectOptions{Lookup: lookup, LocalAddress: "nope"})
		tr.log("dns hints", netmod.HintAddrConfig, netmod.HintV4Mapped, netmod.HintAll)
	})
}
