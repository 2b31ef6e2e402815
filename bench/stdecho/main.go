// Command stdecho is the reference echo server on Go's standard library:
// a goroutine per connection doing io.Copy(conn, conn), which on Linux
// splices socket to socket through a pipe.
//
//	go run ./bench/stdecho -port 8000
//
// It prints "echo server listening on 127.0.0.1 port PORT" once listening.
package main

import (
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
)

func main() {
	port := flag.Int("port", 8000, "TCP port to listen on (0: any free port)")
	host := flag.String("host", "127.0.0.1", "address to bind")
	flag.Parse()
	ln, err := net.Listen("tcp", net.JoinHostPort(*host, strconv.Itoa(*port)))
	if err != nil {
		fmt.Fprintln(os.Stderr, "stdecho:", err)
		os.Exit(1)
	}
	a := ln.Addr().(*net.TCPAddr)
	fmt.Printf("echo server listening on %s port %d\n", a.IP, a.Port)
	for {
		c, err := ln.Accept()
		if err != nil {
			fmt.Fprintln(os.Stderr, "stdecho:", err)
			os.Exit(1)
		}
		go func() {
			_, _ = io.Copy(c, c)
			_ = c.Close()
		}()
	}
}
