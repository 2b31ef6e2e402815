package script_test

import (
	"fmt"
	"io"
	"net"
	"os"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/netmod"
	"github.com/nodenet/nodenet/script"
)

// A Go TCP server whose connection handler is a script: the server accepts
// in Go, hands each socket to a JavaScript function, and the script's
// listeners and writes work on the Go socket.
func ExampleHost_Socket() {
	loop, _ := eventloop.New()
	defer loop.Close()
	h, _ := script.New(loop, script.Options{Stdout: os.Stdout, Modules: []string{"net"}})
	defer h.Close()

	handler, err := h.RunString("handler.js", `(socket) => {
		socket.setEncoding('utf8');
		socket.on('data', (text) => socket.write(text.toUpperCase()));
		socket.on('end', () => { console.log('script: client ended'); socket.end(); });
	}`)
	if err != nil {
		fmt.Println(err)
		return
	}
	srv := netmod.CreateServer(loop, netmod.ServerOptions{}, func(s *netmod.Socket) {
		js, err := h.Socket(s)
		if err == nil {
			_, err = h.CallFunction(handler, js)
		}
		if err != nil {
			fmt.Println("handler:", err)
		}
	})
	srv.Listen(netmod.ListenOptions{Host: "127.0.0.1"}, func() {
		addr, _ := srv.Address()
		go func() {
			// A plain Go client on another goroutine.
			c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", addr.Port))
			if err == nil {
				_, _ = c.Write([]byte("hello from go"))
				_ = c.(*net.TCPConn).CloseWrite()
				reply, _ := io.ReadAll(c)
				_ = c.Close()
				fmt.Printf("client: %s\n", reply)
			}
			_ = loop.Post(func() { srv.Close(nil) })
		}()
	})
	_ = loop.Run()
	// Output:
	// script: client ended
	// client: HELLO FROM GO
}
