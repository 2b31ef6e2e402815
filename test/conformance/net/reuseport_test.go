package net_test

// The Go re-enactments of the reuseport_* scenarios: listen with
// ReusePort (SO_REUSEPORT; SO_REUSEPORT_LB on FreeBSD).

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/netmod"
)

func TestReusePortShare(t *testing.T) {
	run(t, "reuseport_share", func(loop *eventloop.Loop, tr *trace) {
		const n = 8
		counts := map[string]int{}
		echo := func(name string) func(*netmod.Socket) {
			return func(s *netmod.Socket) {
				counts[name]++
				s.OnData(func(d []byte) { s.Write(d, nil) })
				s.OnEnd(func() { s.End(nil, nil) })
			}
		}
		a := netmod.CreateServer(loop, netmod.ServerOptions{}, echo("a"))
		b := netmod.CreateServer(loop, netmod.ServerOptions{}, echo("b"))
		clients := func(port, n int, done func()) {
			left := n
			for i := range n {
				var c *netmod.Socket
				msg := "ping " + strconv.Itoa(i)
				c = srvDial(loop, netmod.SocketOptions{}, "127.0.0.1", port, func() { c.End([]byte(msg), nil) })
				var got []byte
				c.OnData(func(d []byte) { got = append(got, d...) })
				c.OnClose(func(bool) {
					if string(got) != msg {
						tr.log("client", i, "got", jsonStr(string(got)))
					}
					if left--; left == 0 {
						done()
					}
				})
			}
		}
		require.NoError(t, a.Listen(netmod.ListenOptions{Host: "127.0.0.1", ReusePort: true}, func() {
			ad, _ := a.Address()
			port := ad.Port
			tr.log("a: listening", ad.Family, "number")
			require.NoError(t, b.Listen(netmod.ListenOptions{Port: port, Host: "127.0.0.1", ReusePort: true}, func() {
				tr.log("b: listening on the same port", srvPort(b) == port)
				clients(port, n, func() {
					tr.log("echoed", counts["a"]+counts["b"], "of", n)
					a.Close(func(error) {
						tr.log("a: closed", a.Listening(), b.Listening())
						before, aBefore := counts["b"], counts["a"]
						clients(port, n, func() {
							tr.log("after a closed: b got", counts["b"]-before, "of", n, "a got", counts["a"]-aBefore)
							b.Close(func(error) {
								tr.log("b: closed")
								c := srvDial(loop, netmod.SocketOptions{}, "127.0.0.1", port, nil)
								c.OnError(func(err error) { e := nodeErr(err); tr.log("client: error", e.Code, e.Syscall) })
							})
						})
					})
				})
			}))
		}))
	})
}

func TestReusePortConflict(t *testing.T) {
	dir := ipcDir(t)
	run(t, "reuseport_conflict", func(loop *eventloop.Loop, tr *trace) {
		fail := func(name string, port int, reusePort bool, next func()) {
			s := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
			s.On("listening", func() { tr.log(name + ": listening (unexpected)") })
			s.On("error", func(err error) {
				e := srvErr(err)
				tr.log(name+": error", e.Code, e.ErrnoValue(), e.Syscall, e.Address, e.Port == port)
				tr.log(name+": message", strings.Replace(e.Message, strconv.Itoa(port), "PORT", 1))
				tr.log(name+": after error", s.Listening(), srvAddress(s))
				next()
			})
			require.NoError(t, s.Listen(netmod.ListenOptions{Port: port, Host: "127.0.0.1", ReusePort: reusePort}, nil))
		}
		shared := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		require.NoError(t, shared.Listen(netmod.ListenOptions{Host: "127.0.0.1", ReusePort: true}, func() {
			port := srvPort(shared)
			fail("plain on a reusePort port", port, false, func() {
				plain := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
				require.NoError(t, plain.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
					fail("reusePort on a plain port", srvPort(plain), true, func() {
						x := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
						y := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
						require.NoError(t, x.Listen(netmod.ListenOptions{Host: "127.0.0.1", ReusePort: true}, func() {
							require.NoError(t, y.Listen(netmod.ListenOptions{Host: "127.0.0.1", ReusePort: true}, func() {
								tr.log("port 0 twice: different ports", srvPort(x) != srvPort(y))
								p := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
								sock := filepath.Join(dir, "s.sock")
								require.NoError(t, p.Listen(netmod.ListenOptions{Path: sock, ReusePort: true}, func() {
									tr.log("pipe: listening", ipcAddressIs(p, sock))
									for _, s := range []*netmod.Server{shared, plain, x, y, p} {
										s.Close(nil)
									}
								}))
							}))
						}))
					})
				}))
			})
		}))
	})
}
