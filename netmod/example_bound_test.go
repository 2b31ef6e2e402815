//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package netmod_test

import (
	"fmt"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/netmod"
)

// A server and a client each adopt a BoundSocket: the port is known (and
// a conflict is an error) before anything listens or connects, and the
// server sees the client's bound port as the peer's.
func ExampleNewBoundSocket() {
	loop, err := eventloop.New()
	if err != nil {
		panic(err)
	}
	sb, err := netmod.NewBoundSocket(netmod.BoundSocketOptions{Host: "127.0.0.1"})
	if err != nil {
		panic(err)
	}
	cb, err := netmod.NewBoundSocket(netmod.BoundSocketOptions{Host: "127.0.0.1"})
	if err != nil {
		panic(err)
	}
	saddr, _ := sb.Address()
	caddr, _ := cb.Address()
	var server *netmod.Server
	server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
		fmt.Println("peer port is the bound one:", s.RemotePort() == caddr.Port)
		s.End([]byte("hi"), nil)
		server.Close(nil)
	})
	if err := server.Listen(netmod.ListenOptions{Handle: sb}, nil); err != nil {
		panic(err)
	}
	_, err = sb.Address()
	fmt.Println("after adoption:", err)
	c, err := netmod.OpenSocket(loop, netmod.SocketOptions{Handle: cb})
	if err != nil {
		panic(err)
	}
	c.OnData(func(b []byte) { fmt.Println("client got", string(b)) })
	if err := c.Connect(netmod.ConnectOptions{Host: "127.0.0.1", Port: saddr.Port}, nil); err != nil {
		panic(err)
	}
	if err := loop.Run(); err != nil {
		panic(err)
	}
	if err := loop.Close(); err != nil {
		panic(err)
	}
	// Output:
	// after adoption: The bound socket has already been adopted by a server or socket
	// peer port is the bound one: true
	// client got hi
}
