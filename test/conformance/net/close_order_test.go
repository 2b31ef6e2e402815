package net_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/netmod"
)

// TestCloseOrder re-enacts close_order.js: sockets destroyed in one tick
// close last in, first out, and one destroyed inside a 'close' listener
// closes in the next iteration, after an immediate queued before it.
func TestCloseOrder(t *testing.T) {
	run(t, "close_order", func(loop *eventloop.Loop, tr *trace) {
		names := []string{"a", "b", "c"}
		socks := map[string]*netmod.Socket{}
		accepted := 0
		var server *netmod.Server
		destroyAll := func() {
			for _, n := range names {
				socks[n].Destroy(nil)
			}
			tr.log("destroyed a, b, c")
			server.Close(func(error) { tr.log("server: close") })
		}
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(*netmod.Socket) {
			if accepted++; accepted == len(names) {
				destroyAll()
			}
		})
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			a, _ := server.Address()
			for _, n := range names {
				s := must(netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Port: a.Port, Host: "127.0.0.1"}, func() {}))
				s.OnClose(func(h bool) {
					tr.log("close", n, h)
					if n == "b" {
						loop.SetImmediate(func() { tr.log("immediate queued in close b") })
						socks["d"].Destroy(nil)
						tr.log("destroyed d in close b")
					}
				})
				socks[n] = s
			}
			d := must(netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Port: a.Port, Host: "127.0.0.1"}, nil))
			d.OnError(func(error) {})
			d.OnClose(func(h bool) { tr.log("close d", h) })
			socks["d"] = d
		}))
	})
}

// TestCloseOrderServers re-enacts close_order_servers.js: servers closed in
// one tick emit 'close' on the tick queue, in the order they were closed.
func TestCloseOrderServers(t *testing.T) {
	run(t, "close_order_servers", func(loop *eventloop.Loop, tr *trace) {
		names := []string{"a", "b", "c"}
		servers := map[string]*netmod.Server{}
		listening := 0
		closeAll := func() {
			for _, n := range names {
				servers[n].Close(func(error) { tr.log("close callback", n) })
			}
			tr.log("closed a, b, c")
		}
		onListening := func() {
			if listening++; listening == len(names)+1 {
				closeAll()
			}
		}
		for _, n := range names {
			s := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
			s.On("close", func() {
				tr.log("close", n)
				if n == "b" {
					loop.SetImmediate(func() { tr.log("immediate queued in close b") })
					servers["d"].Close(func(error) { tr.log("close d") })
					tr.log("closed d in close b")
				}
			})
			require.NoError(t, s.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, onListening))
			servers[n] = s
		}
		servers["d"] = netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		require.NoError(t, servers["d"].Listen(netmod.ListenOptions{Host: "127.0.0.1"}, onListening))
	})
}

// TestEndCloseOrder re-enacts end_close_order.js: 'end' in the order the
// FINs are read, 'close' last in, first out.
func TestEndCloseOrder(t *testing.T) {
	run(t, "end_close_order", func(loop *eventloop.Loop, tr *trace) {
		names := []string{"a", "b", "c"}
		clients := make([]*netmod.Socket, len(names))
		accepted := 0
		var server *netmod.Server
		server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(sock *netmod.Socket) {
			sock.Once("data", func(d []byte) {
				n := string(d)
				sock.OnEnd(func() { tr.log("server: end", n) })
				sock.On("finish", func() { tr.log("server: finish", n) })
				sock.OnClose(func(h bool) { tr.log("server: close", n, h) })
				if accepted++; accepted == len(names) {
					for _, c := range clients {
						c.End(nil, nil)
					}
					tr.log("clients ended")
					server.Close(func(error) { tr.log("server: closed") })
				}
			})
		})
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			a, _ := server.Address()
			for i, n := range names {
				var c *netmod.Socket
				c = must(netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Port: a.Port, Host: "127.0.0.1"}, func() {
					c.Write([]byte(n), nil)
				}))
				c.OnEnd(func() { tr.log("client: end", n) })
				c.OnClose(func(h bool) { tr.log("client: close", n, h) })
				clients[i] = c
			}
		}))
	})
}

// TestWriteCbOrder re-enacts write_cb_order.js: write callbacks and
// 'finish' across sockets in the order of the calls.
func TestWriteCbOrder(t *testing.T) {
	run(t, "write_cb_order", func(loop *eventloop.Loop, tr *trace) {
		names := []string{"a", "b", "c"}
		clients := map[string]*netmod.Socket{}
		connected, closed := 0, 0
		server := netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) { s.Resume() })
		writeAll := func() {
			loop.SetImmediate(func() { tr.log("immediate") })
			for _, n := range names {
				clients[n].Write([]byte("x"), func(error) { tr.log("write cb", n) })
			}
			loop.NextTick(func() { tr.log("tick after the writes") })
			for _, n := range names {
				clients[n].End(nil, func(error) { tr.log("end cb", n) })
			}
			tr.log("written")
		}
		require.NoError(t, server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
			a, _ := server.Address()
			for _, n := range names {
				c := must(netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Port: a.Port, Host: "127.0.0.1"}, func() {
					if connected++; connected == len(names) {
						writeAll()
					}
				}))
				c.On("finish", func() { tr.log("finish", n) })
				c.OnClose(func(bool) {
					if closed++; closed == len(names) {
						server.Close(func(error) { tr.log("server: close") })
					}
				})
				clients[n] = c
			}
		}))
	})
}
