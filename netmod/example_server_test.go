package netmod_test

import (
	"fmt"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/netmod"
	"github.com/nodenet/nodenet/nodeerr"
)

// A second server on a port already taken gets 'error' (EADDRINUSE) and no
// 'listening'; the first one's 'listening' and 'close' come with typed
// listeners.
func ExampleServer_OnError() {
	loop, err := eventloop.New()
	if err != nil {
		panic(err)
	}
	first := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
	first.OnListening(func() {
		fmt.Println("first: listening")
		addr, _ := first.Address()
		second := netmod.CreateServer(loop, netmod.ServerOptions{}, nil)
		second.OnListening(func() { fmt.Println("second: listening") })
		second.OnError(func(err error) {
			fmt.Println("second: error", nodeerr.Code(err))
			first.Close(nil)
		})
		if err := second.Listen(netmod.ListenOptions{Host: "127.0.0.1", Port: addr.Port}, nil); err != nil {
			panic(err)
		}
	})
	first.OnClose(func() { fmt.Println("first: close") })
	if err := first.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, nil); err != nil {
		panic(err)
	}
	if err := loop.Run(); err != nil {
		panic(err)
	}
	if err := loop.Close(); err != nil {
		panic(err)
	}
	// Output:
	// first: listening
	// second: error EADDRINUSE
	// first: close
}
