//go:build linux || freebsd

package netmod_test

import (
	"fmt"
	"io"
	"net"
	"strconv"

	"github.com/nodenet/nodenet/netmod"
)

// Two event loops, each on its own OS thread with its own listener on the
// same port (SO_REUSEPORT): Node's cluster model, with loops in place of
// worker processes. Setup is each loop's worker script.
func ExampleListenGroup() {
	g, err := netmod.ListenGroup(netmod.GroupOptions{
		Loops:  2,
		Listen: netmod.ListenOptions{Host: "127.0.0.1"},
		Setup: func(i int, srv *netmod.Server) {
			srv.OnConnection(func(s *netmod.Socket) {
				s.OnData(func(b []byte) { s.Write(b, nil) }) // echo
				s.OnEnd(func() { s.End(nil, nil) })
			})
		},
	})
	if err != nil {
		panic(err)
	}
	addr := net.JoinHostPort(g.Address().Address, strconv.Itoa(g.Address().Port))
	for _, msg := range []string{"hello", "world"} {
		c, err := net.Dial("tcp", addr) // served by either loop
		if err != nil {
			panic(err)
		}
		io.WriteString(c, msg)
		c.(*net.TCPConn).CloseWrite()
		b, _ := io.ReadAll(c)
		c.Close()
		fmt.Printf("echoed: %s\n", b)
	}
	fmt.Println(g.Loops(), "loops; close:", g.Close())
	// Output:
	// echoed: hello
	// echoed: world
	// 2 loops; close: <nil>
}
