// Command echo is a plain TCP echo server on nodenet's Go API, for driving
// with external load generators:
//
//	go run ./examples/echo -port 8000
//
// With -onread it reads into one reusable buffer (Node's onread option), so
// echoing allocates nothing per message.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/netmod"
)

func main() {
	port := flag.Int("port", 8000, "TCP port to listen on")
	host := flag.String("host", "127.0.0.1", "address to bind")
	onread := flag.Bool("onread", false, "read into a reusable buffer instead of allocating a chunk per read")
	flag.Parse()
	if err := run(*host, *port, *onread); err != nil {
		fmt.Fprintln(os.Stderr, "echo:", err)
		os.Exit(1)
	}
}

func run(host string, port int, onread bool) error {
	loop, err := eventloop.New()
	if err != nil {
		return err
	}
	opts := netmod.ServerOptions{NoDelay: true}
	srv := netmod.CreateServer(loop, opts, func(s *netmod.Socket) {
		s.OnError(func(error) {}) // a reset peer is routine for an echo server
		if onread {
			o := &netmod.OnRead{Buffer: make([]byte, 64<<10)}
			o.Callback = func(n int, buf []byte) bool {
				s.Write(buf[:n], nil)
				if s.WritableLength() > 0 {
					// The kernel took only part of it: the queued rest still
					// points into buf, so read into a fresh buffer from now on.
					o.Buffer = make([]byte, 64<<10)
				}
				return true
			}
			s.UseOnRead(o)
			return
		}
		s.OnData(func(b []byte) { s.Write(b, nil) })
	})
	srv.On("error", func(err error) {
		fmt.Fprintln(os.Stderr, "echo:", err)
		os.Exit(1)
	})
	if err := srv.Listen(netmod.ListenOptions{Port: port, Host: host}, func() {
		a, _ := srv.Address()
		fmt.Printf("echo server listening on %s port %d\n", a.Address, a.Port)
	}); err != nil {
		return err
	}
	return loop.Run()
}
