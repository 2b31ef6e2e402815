// Command echo is a plain TCP echo server on nodenet's Go API, for driving
// with external load generators:
//
//	go run ./examples/echo -port 8000
//	go run ./examples/echo -path /tmp/echo.sock
//	go run ./examples/echo -port 8000 -loops 2
//
// It prints "echo server listening on ADDRESS port PORT" once listening
// (-port 0 picks a free port). Modes:
//
//   - default: a 'data' listener writes each chunk back, pausing while the
//     write buffer is over its high-water mark (backpressure, as pipe());
//   - -onread: reads go into one buffer shared by all connections (Node's
//     onread option) and are written back from it, so echoing allocates
//     nothing per message and an idle connection holds no buffer;
//   - -pipe: socket.Pipe(socket), Node's s.pipe(s).
//
// With -loops N (N >= 1; 0 means one per core) it runs N event loops, each
// on its own OS thread with its own listener on the same port
// (netmod.ListenGroup, SO_REUSEPORT when N > 1): Node's cluster model with
// loops in place of worker processes. Without -loops it runs one loop on
// the main goroutine. -loops does not go with -path.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/examples/echo/echoserver"
	"github.com/nodenet/nodenet/netmod"
)

func main() {
	port := flag.Int("port", 8000, "TCP port to listen on (0: any free port)")
	host := flag.String("host", "127.0.0.1", "address to bind")
	onread := flag.Bool("onread", false, "read into one shared buffer instead of allocating a chunk per read")
	pipe := flag.Bool("pipe", false, "echo with socket.Pipe(socket)")
	path := flag.String("path", "", "listen on this Unix domain socket path instead of TCP (\\x00name: Linux abstract name)")
	park := flag.Bool("park", false, "wait for I/O parked in the Go netpoller (eventloop.WithNetpollerPark)")
	loops := flag.Int("loops", -1, "run this many event loops sharing the port with SO_REUSEPORT (0: one per core; default: one loop, no group)")
	flag.Parse()
	var err error
	if *loops >= 0 {
		if *path != "" {
			err = errors.New("-loops does not go with -path")
		} else {
			err = runGroup(*host, *port, *loops, mode(*onread, *pipe))
		}
	} else {
		err = run(*host, *port, *path, *onread, *pipe, *park)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "echo:", err)
		os.Exit(1)
	}
}

func run(host string, port int, path string, onread, pipe, park bool) error {
	var loopOpts []eventloop.Option
	if park {
		loopOpts = append(loopOpts, eventloop.WithNetpollerPark())
	}
	loop, err := eventloop.New(loopOpts...)
	if err != nil {
		return err
	}
	srv := netmod.CreateServer(loop, netmod.ServerOptions{NoDelay: true}, echoserver.Listener(mode(onread, pipe)))
	srv.On("error", func(err error) {
		fmt.Fprintln(os.Stderr, "echo:", err)
		os.Exit(1)
	})
	opts := netmod.ListenOptions{Port: port, Host: host, Backlog: 4096}
	if path != "" {
		opts = netmod.ListenOptions{Path: strings.ReplaceAll(path, `\x00`, "\x00"), Backlog: 4096}
	}
	if err := srv.Listen(opts, func() {
		a, _ := srv.Address()
		if a.Path != "" {
			fmt.Printf("echo server listening on %q\n", a.Path)
			return
		}
		fmt.Printf("echo server listening on %s port %d\n", a.Address, a.Port)
	}); err != nil {
		return err
	}
	return loop.Run()
}

func mode(onread, pipe bool) echoserver.Mode {
	switch {
	case onread:
		return echoserver.OnRead
	case pipe:
		return echoserver.Pipe
	}
	return echoserver.OnData
}

// runGroup serves with n loops (netmod.ListenGroup) until killed. Each loop
// gets its own listener, from echoserver.Listener, so that the -onread
// buffer is per loop.
func runGroup(host string, port, n int, m echoserver.Mode) error {
	g, err := netmod.ListenGroup(netmod.GroupOptions{
		Loops:  n,
		Server: netmod.ServerOptions{NoDelay: true},
		Listen: netmod.ListenOptions{Port: port, Host: host, Backlog: 4096},
		Setup:  func(_ int, srv *netmod.Server) { srv.OnConnection(echoserver.Listener(m)) },
		OnError: func(i int, err error) {
			fmt.Fprintf(os.Stderr, "echo: loop %d: %v\n", i, err)
		},
	})
	if err != nil {
		return err
	}
	a := g.Address()
	fmt.Printf("echo server listening on %s port %d (%d loops)\n", a.Address, a.Port, g.Loops())
	return g.Wait()
}
