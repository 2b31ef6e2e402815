package net_test

// Go re-enactments of the security scenarios: BlockList bypass attempts at
// accept and dial (server_blocklist_bypass_*, server_blocklist_lookup_answers,
// server_blocklist_numeric_hosts), the socket file of a path server
// (ipc_socket_file) and maxConnections under a connect storm
// (server_max_connections_storm). docs/security.md lists their outcomes.

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/blocklist"
	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/netmod"
	"github.com/nodenet/nodenet/nodeerr"
)

// bypassRule is one rule of server_blocklist_bypass_accept.js.
type bypassRule struct {
	name string
	add  func(b *blocklist.BlockList) error
}

var bypassRules = []bypassRule{
	{"address 127.0.0.1", func(b *blocklist.BlockList) error { return b.AddAddress("127.0.0.1", blocklist.IPv4) }},
	{"address ::ffff:127.0.0.1 ipv6", func(b *blocklist.BlockList) error { return b.AddAddress("::ffff:127.0.0.1", blocklist.IPv6) }},
	{"address ::ffff:7f00:1 ipv6", func(b *blocklist.BlockList) error { return b.AddAddress("::ffff:7f00:1", blocklist.IPv6) }},
	{"address ::127.0.0.1 ipv6 (compatible)", func(b *blocklist.BlockList) error { return b.AddAddress("::127.0.0.1", blocklist.IPv6) }},
	{"address 64:ff9b::7f00:1 ipv6 (NAT64)", func(b *blocklist.BlockList) error { return b.AddAddress("64:ff9b::7f00:1", blocklist.IPv6) }},
	{"subnet ::ffff:0:0/96 ipv6", func(b *blocklist.BlockList) error { return b.AddSubnet("::ffff:0:0", 96, blocklist.IPv6) }},
	{"subnet ::ffff:127.0.0.0/104 ipv6", func(b *blocklist.BlockList) error { return b.AddSubnet("::ffff:127.0.0.0", 104, blocklist.IPv6) }},
	{"subnet ::/96 ipv6 (compatible)", func(b *blocklist.BlockList) error { return b.AddSubnet("::", 96, blocklist.IPv6) }},
	{"subnet 64:ff9b::/96 ipv6 (NAT64)", func(b *blocklist.BlockList) error { return b.AddSubnet("64:ff9b::", 96, blocklist.IPv6) }},
	{"subnet ::/0 ipv6", func(b *blocklist.BlockList) error { return b.AddSubnet("::", 0, blocklist.IPv6) }},
	{"subnet 127.0.0.0/8", func(b *blocklist.BlockList) error { return b.AddSubnet("127.0.0.0", 8, blocklist.IPv4) }},
	{"subnet 0.0.0.0/0", func(b *blocklist.BlockList) error { return b.AddSubnet("0.0.0.0", 0, blocklist.IPv4) }},
	{"range 127.0.0.0-127.0.0.255", func(b *blocklist.BlockList) error { return b.AddRange("127.0.0.0", "127.0.0.255", blocklist.IPv4) }},
	{"range ::ffff:127.0.0.0-::ffff:127.0.0.255 ipv6", func(b *blocklist.BlockList) error {
		return b.AddRange("::ffff:127.0.0.0", "::ffff:127.0.0.255", blocklist.IPv6)
	}},
	{"range ::-::ffff:ffff:ffff ipv6", func(b *blocklist.BlockList) error { return b.AddRange("::", "::ffff:ffff:ffff", blocklist.IPv6) }},
	{"address ::1 ipv6", func(b *blocklist.BlockList) error { return b.AddAddress("::1", blocklist.IPv6) }},
	{"address 0:0:0:0:0:0:0:1 ipv6", func(b *blocklist.BlockList) error { return b.AddAddress("0:0:0:0:0:0:0:1", blocklist.IPv6) }},
	{"address ::1%lo ipv6 (zone)", func(b *blocklist.BlockList) error { return b.AddAddress("::1%lo", blocklist.IPv6) }},
	{"cidr ::1/128", func(b *blocklist.BlockList) error { return b.AddCIDR("::1/128") }},
	{"cidr ::ffff:127.0.0.1/128", func(b *blocklist.BlockList) error { return b.AddCIDR("::ffff:127.0.0.1/128") }},
}

func TestServerBlockListBypassAccept(t *testing.T) {
	if !hasIPv6Loopback() {
		t.Skip("no IPv6 here: the scenario needs ::1 and a dual-stack '::' server")
	}
	run(t, "server_blocklist_bypass_accept", func(loop *eventloop.Loop, tr *trace) {
		bl := blocklist.New()
		setups := [][2]string{{"::", "127.0.0.1"}, {"::", "::1"}, {"127.0.0.1", "127.0.0.1"}, {"::1", "::1"}}
		si, ri := 0, 0
		var next func()
		next = func() {
			if ri == len(bypassRules) {
				ri = 0
				si++
			}
			if si == len(setups) {
				return
			}
			sh, ch := setups[si][0], setups[si][1]
			rule := bypassRules[ri]
			ri++
			bl.Clear()
			require.NoError(t, rule.add(bl))
			seen := false
			server := netmod.CreateServer(loop, netmod.ServerOptions{BlockList: bl}, func(s *netmod.Socket) {
				seen = true
				s.End([]byte("ok"), nil)
			})
			server.On("drop", func(netmod.DropInfo) { tr.log("drop (unexpected)") })
			require.NoError(t, server.Listen(netmod.ListenOptions{Host: sh}, func() {
				c := srvDial(loop, netmod.SocketOptions{}, ch, srvPort(server), nil)
				data := ""
				c.OnData(func(d []byte) { data += string(d) })
				c.OnError(func(err error) { tr.log("client error", nodeerr.Code(err)) })
				c.OnClose(func(bool) {
					verdict := "blocked"
					if seen {
						verdict = "accepted"
					}
					tr.log(fmt.Sprintf("server %s client %s rule %s:", sh, ch, rule.name), verdict, jsonStr(data))
					server.Close(func(error) { next() })
				})
			}))
		}
		next()
	})
}

func TestServerBlockListBypassDial(t *testing.T) {
	if !hasIPv6Loopback() {
		t.Skip("no IPv6 here")
	}
	run(t, "server_blocklist_bypass_dial", func(loop *eventloop.Loop, tr *trace) {
		bl := blocklist.New()
		require.NoError(t, bl.AddAddress("127.0.0.1", blocklist.IPv4))
		require.NoError(t, bl.AddAddress("::1", blocklist.IPv6))
		require.NoError(t, bl.AddAddress("fe80::1", blocklist.IPv6))
		conns := 0
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
			conns++
			s.OnError(func(error) {})
			s.End([]byte("ok"), nil)
		})
		hosts := []string{"127.0.0.1", "::ffff:127.0.0.1", "::ffff:7f00:1", "0:0:0:0:0:ffff:127.0.0.1", "::127.0.0.1",
			"64:ff9b::7f00:1", "64:ff9b::127.0.0.1", "::1", "0:0:0:0:0:0:0:1", "0::0:1", "::1%lo", "::1%1", "::1%999",
			"fe80::1%lo", "fe80::1%1", "FE80::1"}
		rulesChange := func(port int) {
			require.NoError(t, bl.RemoveAddress("127.0.0.1", blocklist.IPv4))
			var c *netmod.Socket
			c = srvDial(loop, netmod.SocketOptions{BlockList: bl}, "127.0.0.1", port, func() {
				tr.log("after remove: connect")
				require.NoError(t, bl.AddAddress("127.0.0.1", blocklist.IPv4))
				tr.log("rule re-added while connected: destroyed", c.Destroyed())
			})
			c.OnData(func(d []byte) { tr.log("after remove: data", string(d)) })
			c.OnClose(func(h bool) {
				tr.log("after remove: close", h)
				d := srvDial(loop, netmod.SocketOptions{BlockList: bl}, "127.0.0.1", port, nil)
				d.OnError(func(err error) { tr.log("after re-add:", nodeerr.Code(err), srvErr(err).Message) })
				d.OnClose(func(bool) {
					tr.log("server saw", conns, "connections")
					server.Close(nil)
				})
			})
		}
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "0.0.0.0"}, func() {
			port := srvPort(server)
			i := 0
			var next func()
			next = func() {
				if i == len(hosts) {
					tr.log("server saw", conns, "connections")
					rulesChange(port)
					return
				}
				h := hosts[i]
				i++
				c := srvDial(loop, netmod.SocketOptions{BlockList: bl}, h, port, nil)
				attempt := ""
				c.On("connectionAttempt", func(a string, p, f int) {
					attempt = fmt.Sprintf("%s/%d", a, f)
					loop.SetImmediate(func() { c.Destroy(nil) })
				})
				blocked := ""
				c.OnError(func(err error) {
					if nodeerr.Code(err) == "ERR_IP_BLOCKED" {
						blocked = srvErr(err).Message
					}
				})
				c.OnClose(func(bool) {
					verdict := "not blocked"
					if blocked != "" {
						verdict = "blocked: " + blocked
					}
					tr.log(jsonStr(h), blocklist.IsIP(h), attempt, verdict)
					next()
				})
			}
			next()
		}))
	})
}

func TestServerBlockListLookupAnswers(t *testing.T) {
	if !hasIPv6Loopback() {
		t.Skip("no IPv6 here")
	}
	run(t, "server_blocklist_lookup_answers", func(loop *eventloop.Loop, tr *trace) {
		bl := blocklist.New()
		require.NoError(t, bl.AddAddress("127.0.0.1", blocklist.IPv4))
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
			s.OnError(func(error) {})
			s.End([]byte("ok"), nil)
		})
		answer := func(answers []netmod.LookupAddress) netmod.LookupFunc {
			return func(host string, opts netmod.LookupOptions, cb func(error, []netmod.LookupAddress)) {
				o := fmt.Sprintf(`{"hints":%d`, opts.Hints)
				if opts.All {
					o += `,"all":true`
				}
				tr.log("  lookup", host, o+"}")
				loop.SetImmediate(func() {
					if opts.All {
						cb(nil, answers)
					} else {
						cb(nil, answers[:1])
					}
				})
			}
		}
		off := false
		cases := []struct {
			name    string
			auto    *bool
			answers []netmod.LookupAddress
		}{
			{"first answer blocked", nil, addrs("127.0.0.1", 4, "127.0.0.2", 4)},
			{"second answer blocked", nil, addrs("127.0.0.2", 4, "127.0.0.1", 4)},
			{"every answer blocked", nil, addrs("127.0.0.1", 4, "::ffff:127.0.0.1", 6)},
			{"first answer blocked, autoSelectFamily false", &off, addrs("127.0.0.1", 4, "127.0.0.2", 4)},
			{"refused IPv6 answer, then a blocked one", nil, addrs("::1", 6, "127.0.0.1", 4)},
			{"blocked answer, then a refused IPv6 one", nil, addrs("127.0.0.1", 4, "::1", 6)},
			{"one IPv4-mapped answer", nil, addrs("::ffff:127.0.0.1", 6)},
		}
		late := func(port int) {
			tr.log("rule added during the lookup")
			lookup := func(host string, opts netmod.LookupOptions, cb func(error, []netmod.LookupAddress)) {
				require.NoError(t, bl.AddAddress("127.0.0.3", blocklist.IPv4))
				loop.SetImmediate(func() { cb(nil, addrs("127.0.0.3", 4)) })
			}
			c := must(netmod.Connect(loop, netmod.SocketOptions{BlockList: bl}, netmod.ConnectOptions{Host: "late.test", Port: port, Lookup: lookup}, nil))
			c.On("connectionAttempt", func(a string, p, f int) { tr.log("  attempt", a, f) })
			c.OnError(func(err error) { tr.log("  error", nodeerr.Code(err), srvErr(err).Message) })
			c.OnClose(func(bool) { server.Close(func(error) { tr.log("server: closed") }) })
		}
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "0.0.0.0"}, func() {
			port := srvPort(server)
			i := 0
			var next func()
			next = func() {
				if i == len(cases) {
					late(port)
					return
				}
				cs := cases[i]
				i++
				tr.log(cs.name)
				c := must(netmod.Connect(loop, netmod.SocketOptions{BlockList: bl},
					netmod.ConnectOptions{Host: "evil.test", Port: port, Lookup: answer(cs.answers), AutoSelectFamily: cs.auto}, nil))
				c.On("connectionAttempt", func(a string, p, f int) { tr.log("  attempt", a, f) })
				c.On("connectionAttemptFailed", func(a string, p, f int, e error) { tr.log("  attempt failed", a, f, nodeerr.Code(e)) })
				c.OnConnect(func() {
					tr.log("  connect", c.RemoteAddress())
					c.Destroy(nil)
				})
				c.OnError(func(err error) {
					e := srvErr(err)
					tr.log("  error", e.Name, e.Code, jsonStr(e.Message))
					if e.Name == nodeerr.NameAggregateError {
						codes := make([]string, len(e.Errors))
						for j, x := range e.Errors {
							codes[j] = nodeerr.Code(x)
						}
						tr.log("  errors", strings.Join(codes, " "))
					}
				})
				c.OnClose(func(bool) { next() })
			}
			next()
		}))
	})
}

func TestServerBlockListNumericHosts(t *testing.T) {
	run(t, "server_blocklist_numeric_hosts", func(loop *eventloop.Loop, tr *trace) {
		bl := blocklist.New()
		require.NoError(t, bl.AddAddress("127.0.0.1", blocklist.IPv4))
		conns := 0
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
			conns++
			s.OnError(func(error) {})
			s.End(nil, nil)
		})
		hosts := []string{"127.1", "127.0.1", "0x7f.1", "0X7F.0X0.0X0.0X1", "2130706433", "0x7f000001", "017700000001",
			"0177.0.0.1", "127.000.000.001", "127.0.0.01", "2130706434", "127.65535", "127.0.65535", "0x7f.0xfffe",
			"0", "00", "0x0", "4294967296", "0x100000000", "127.16777216", "127.0.65536", "127.0.0.256", "08.1.1.1",
			"09", "0x", "0x.1", "1e3", "+127.0.0.1", "-1", "127.0.0.1.", ".127.0.0.1", "127..1", "1.2.3.4.5",
			" 127.0.0.1", "127.0.0.1 ", "127.0.0.1\t", "[127.0.0.1]"}
		families := func() {
			tr.log("server saw", conns, "connections")
			forms := []string{"127.1", "0x7f000001"}
			type lk struct {
				json string
				opts netmod.LookupOptions
			}
			opts := []lk{
				{`{"family":6}`, netmod.LookupOptions{Family: 6}},
				{`{"family":6,"hints":8}`, netmod.LookupOptions{Family: 6, Hints: netmod.HintV4Mapped}},
				{`{"family":4,"all":true}`, netmod.LookupOptions{Family: 4, All: true}},
			}
			lookup := netmod.DNSLookup(loop)
			i := 0
			var next func()
			next = func() {
				if i == len(forms)*3 {
					server.Close(nil)
					return
				}
				h, o := forms[i%len(forms)], opts[i/len(forms)]
				i++
				lookup(h, o.opts, func(err error, as []netmod.LookupAddress) {
					switch {
					case err != nil:
						e := srvErr(err)
						tr.log("dns.lookup", h, o.json, e.Code, e.ErrnoValue(), e.Syscall, e.Hostname, e.Message)
					case o.opts.All:
						parts := make([]string, len(as))
						for j, a := range as {
							parts[j] = fmt.Sprintf(`{"address":%s,"family":%d}`, jsonStr(a.Address), a.Family)
						}
						tr.log("dns.lookup", h, o.json, "["+strings.Join(parts, ",")+"]", nil)
					default:
						tr.log("dns.lookup", h, o.json, jsonStr(as[0].Address), as[0].Family)
					}
					next()
				})
			}
			next()
		}
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			port := srvPort(server)
			i := 0
			var next func()
			next = func() {
				if i == len(hosts) {
					families()
					return
				}
				h := hosts[i]
				i++
				c := srvDial(loop, netmod.SocketOptions{BlockList: bl}, h, port, nil)
				var seen []string
				c.On("lookup", func(err error, a string, f int, _ string) {
					if err != nil {
						seen = append(seen, "lookup "+nodeerr.Code(err))
					} else {
						seen = append(seen, fmt.Sprintf("lookup %s/%d", a, f))
					}
				})
				c.On("connectionAttempt", func(a string, p, f int) { seen = append(seen, fmt.Sprintf("attempt %s/%d", a, f)) })
				c.OnConnect(func() {
					seen = append(seen, "connect")
					c.Destroy(nil)
				})
				c.OnError(func(err error) { seen = append(seen, "error "+nodeerr.Code(err)) })
				c.OnClose(func(bool) {
					tr.log(jsonStr(h), strings.Join(seen, ", "))
					next()
				})
			}
			next()
		}))
	})
}

func TestIPCSocketFile(t *testing.T) {
	dir := ipcDir(t)
	run(t, "ipc_socket_file", func(loop *eventloop.Loop, tr *trace) {
		ref := filepath.Join(dir, "ref")
		require.NoError(t, os.WriteFile(ref, nil, 0o777))
		fi, err := os.Stat(ref)
		require.NoError(t, err)
		umasked := fi.Mode().Perm()
		require.NoError(t, os.Remove(ref))
		perm := func(p string) os.FileMode {
			fi, err := os.Stat(p)
			require.NoError(t, err)
			return fi.Mode().Perm()
		}
		modes := []struct {
			name      string
			read, wrt bool
		}{{"default", false, false}, {"readableAll", true, false}, {"writableAll", false, true}, {"both", true, true}}
		refused := func(old string) {
			c := must(netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Path: old}, func() { tr.log("stale connect (unexpected)") }))
			c.OnError(func(err error) {
				tr.log("connect to stale:", nodeerr.Code(err), srvErr(err).Syscall)
				b, err := os.ReadFile(filepath.Join(dir, "file"))
				require.NoError(t, err)
				tr.log("file still:", string(b))
			})
		}
		stale := func() {
			p := filepath.Join(dir, "live.sock")
			old := filepath.Join(dir, "stale.sock")
			s := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
			require.NoError(t, s.Listen(netmod.ListenOptions{Path: p}, func() {
				require.NoError(t, os.Rename(p, old))
				s.Close(func(error) {
					lfi, err := os.Lstat(old)
					require.NoError(t, err)
					tr.log("stale: left behind", exists(p), lfi.Mode()&os.ModeSocket != 0)
					file := filepath.Join(dir, "file")
					require.NoError(t, os.WriteFile(file, []byte("keep"), 0o666))
					sub := filepath.Join(dir, "sub")
					require.NoError(t, os.Mkdir(sub, 0o777))
					link := filepath.Join(dir, "link")
					require.NoError(t, os.Symlink(old, link))
					dangling := filepath.Join(dir, "dangling")
					require.NoError(t, os.Symlink(filepath.Join(dir, "nowhere.sock"), dangling))
					targets := [][2]string{{"stale socket", old}, {"regular file", file}, {"directory", sub},
						{"symlink to the stale socket", link}, {"dangling symlink", dangling}}
					j := 0
					var next func()
					next = func() {
						if j == len(targets) {
							refused(old)
							return
						}
						name, target := targets[j][0], targets[j][1]
						j++
						srv := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
						srv.OnListening(func() { tr.log(name + ": listening (unexpected)") })
						srv.OnError(func(err error) {
							e := srvErr(err)
							lfi, lerr := os.Lstat(target)
							require.NoError(t, lerr)
							tr.log(name+":", e.Code, e.Syscall, strings.ReplaceAll(e.Message, target, "PATH"),
								lfi.Mode()&os.ModeSocket != 0, exists(filepath.Join(dir, "nowhere.sock")))
							next()
						})
						require.NoError(t, srv.Listen(netmod.ListenOptions{Path: target}, nil))
					}
					next()
				})
			}))
		}
		i := 0
		var nextMode func()
		nextMode = func() {
			if i == len(modes) {
				stale()
				return
			}
			m := modes[i]
			i++
			p := filepath.Join(dir, m.name+".sock")
			s := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
			require.NoError(t, s.Listen(netmod.ListenOptions{Path: p, ReadableAll: m.read, WritableAll: m.wrt}, func() {
				fi, err := os.Stat(p)
				require.NoError(t, err)
				got := fmt.Sprintf("%o", uint32(perm(p)))
				if perm(p) == umasked {
					got = "umask mode"
				}
				tr.log(m.name+":", fi.Mode()&os.ModeSocket != 0, got)
				s.Close(func(error) { nextMode() })
			}))
		}
		nextMode()
	})
}

func TestServerMaxConnectionsStorm(t *testing.T) {
	run(t, "server_max_connections_storm", func(loop *eventloop.Loop, tr *trace) {
		const n, maxConns = 200, 10
		var served []*netmod.Socket
		drops := map[int]bool{}
		dropEvents := 0
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
			served = append(served, s)
			s.OnError(func(error) {})
			s.Write([]byte("hi"), nil)
		})
		server.MaxConnections = maxConns
		server.OnDrop(func(d netmod.DropInfo) {
			dropEvents++
			drops[d.RemotePort] = true
			if d.LocalPort != srvPort(server) || d.LocalAddress != "127.0.0.1" || d.RemoteFamily != "IPv4" {
				tr.log("drop: bad data", fmt.Sprintf("%+v", d))
			}
		})
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1", Backlog: 511}, func() {
			port := srvPort(server)
			settled, readHi, ended := 0, 0, 0
			clients := make([]*netmod.Socket, 0, n)
			ports := map[*netmod.Socket]int{}
			var settle func()
			settle = func() {
				settled++
				if settled < n {
					return
				}
				all := true
				for _, c := range clients {
					if c.ReadableEnded() && !drops[ports[c]] {
						all = false
					}
				}
				tr.log("served", len(served), "read hi", readHi, "ended", ended, "drop events", dropEvents,
					"distinct drop ports", len(drops), "drops are the ended clients", all)
				server.GetConnections(func(err error, k int) { tr.log("connections", srvNull(err), k) })
				for _, c := range clients {
					c.Destroy(nil)
				}
				closed := 0
				for _, s := range served {
					s.OnClose(func(bool) {
						closed++
						if closed < len(served) {
							return
						}
						server.GetConnections(func(_ error, k int) {
							tr.log("after the storm: connections", k)
							var last *netmod.Socket
							last = srvDial(loop, netmod.SocketOptions{}, "127.0.0.1", port, nil)
							last.OnData(func(d []byte) {
								tr.log("one more client reads", string(d))
								last.Destroy(nil)
								server.Close(func(error) { tr.log("server: closed") })
								for _, s := range served {
									s.Destroy(nil)
								}
							})
						})
					})
				}
			}
			for i := 0; i < n; i++ {
				c := srvDial(loop, netmod.SocketOptions{}, "127.0.0.1", port, nil)
				clients = append(clients, c)
				c.OnConnect(func() { ports[c] = c.LocalPort() })
				got := ""
				c.OnData(func(d []byte) {
					got += string(d)
					if got == "hi" {
						readHi++
						settle()
					}
				})
				c.OnEnd(func() {
					ended++
					settle()
				})
				c.OnError(func(err error) { tr.log("client error", nodeerr.Code(err)) })
			}
		}))
	})
}
