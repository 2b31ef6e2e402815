//go:build linux

// Command gnet is the gnet v2 echo server that bench/cmd/echocmp compares
// nodenet with: gnet's own echo example, on one event loop.
//
//	go run ./bench/gnet -port 8000
//
// It prints "echo server listening on 127.0.0.1 port PORT" once listening.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/panjf2000/gnet/v2"
)

type echo struct {
	gnet.BuiltinEventEngine
	addr string
}

func (e *echo) OnBoot(gnet.Engine) gnet.Action {
	fmt.Printf("echo server listening on %s\n", e.addr)
	return gnet.None
}

// OnTraffic writes back everything read, as gnet's echo example does.
func (e *echo) OnTraffic(c gnet.Conn) gnet.Action {
	buf, _ := c.Next(-1)
	_, _ = c.Write(buf)
	return gnet.None
}

func main() {
	port := flag.Int("port", 8000, "TCP port to listen on")
	host := flag.String("host", "127.0.0.1", "address to bind")
	flag.Parse()
	e := &echo{addr: fmt.Sprintf("%s port %d", *host, *port)}
	err := gnet.Run(e, fmt.Sprintf("tcp://%s:%d", *host, *port),
		gnet.WithMulticore(false),
		gnet.WithNumEventLoop(1),
		gnet.WithTCPNoDelay(gnet.TCPNoDelay),
	)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gnet echo:", err)
		os.Exit(1)
	}
}
