// Command echo is a plain TCP echo server on nodenet's Go API, for driving
// with external load generators:
//
//	go run ./examples/echo -port 8000
//	go run ./examples/echo -path /tmp/echo.sock
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
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/nodenet/nodenet/bench/echoserver"
	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/netmod"
)

func main() {
	port := flag.Int("port", 8000, "TCP port to listen on (0: any free port)")
	host := flag.String("host", "127.0.0.1", "address to bind")
	onread := flag.Bool("onread", false, "read into one shared buffer instead of allocating a chunk per read")
	pipe := flag.Bool("pipe", false, "echo with socket.Pipe(socket)")
	path := flag.String("path", "", "listen on this Unix domain socket path instead of TCP (\\x00name: Linux abstract name)")
	flag.Parse()
	if err := run(*host, *port, *path, *onread, *pipe); err != nil {
		fmt.Fprintln(os.Stderr, "echo:", err)
		os.Exit(1)
	}
}

func run(host string, port int, path string, onread, pipe bool) error {
	loop, err := eventloop.New()
	if err != nil {
		return err
	}
	mode := echoserver.OnData
	switch {
	case onread:
		mode = echoserver.OnRead
	case pipe:
		mode = echoserver.Pipe
	}
	srv := netmod.CreateServer(loop, netmod.ServerOptions{NoDelay: true}, echoserver.Listener(mode))
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
