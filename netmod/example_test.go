package netmod_test

import (
	"fmt"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/netmod"
)

// An echo server and a client on loopback, with the events in Node's order.
func Example() {
	loop, err := eventloop.New()
	if err != nil {
		panic(err)
	}
	var server *netmod.Server
	server = netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
		s.OnData(func(b []byte) { s.Write(b, nil) }) // echo
		s.OnEnd(func() { s.End(nil, nil) })
		s.OnClose(func(bool) { server.Close(nil) })
	})
	err = server.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
		addr, _ := server.Address()
		var c *netmod.Socket
		c, err = netmod.Connect(loop, netmod.SocketOptions{}, netmod.ConnectOptions{Host: "127.0.0.1", Port: addr.Port}, func() {
			fmt.Println("connected")
			c.Write([]byte("hello"), nil)
		})
		if err != nil {
			panic(err)
		}
		c.OnData(func(b []byte) {
			fmt.Printf("echoed: %s\n", b)
			c.End(nil, nil)
		})
		c.OnEnd(func() { fmt.Println("end") })
		c.On("finish", func() { fmt.Println("finish") })
		c.OnClose(func(hadError bool) { fmt.Println("close", hadError) })
	})
	if err != nil {
		panic(err)
	}
	if err := loop.Run(); err != nil {
		panic(err)
	}
	fmt.Println(loop.Close())
	// Output:
	// connected
	// echoed: hello
	// finish
	// end
	// close false
	// <nil>
}
