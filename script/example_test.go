package script_test

import (
	"fmt"
	"io"
	"net"
	"os"
	"time"

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

// A hosted script that the program does not fully trust: the built-ins it
// may use, no files, an empty environment, CPU and memory budgets, and
// its exit code reported to the program instead of ending it.
func ExampleOptions() {
	loop, _ := eventloop.New()
	defer loop.Close()
	h, err := script.New(loop, script.Options{
		Modules:      []string{"events", "net"},
		RequireRoots: nil, // no file requires (the default)
		Env:          []string{"MODE=sandbox"},
		CPUBudget:    500 * time.Millisecond,
		MemoryBudget: 64 << 20,
		Stdout:       os.Stdout,
		OnUncaught:   func(err *script.Error) { fmt.Println("uncaught:", err.Code) },
		OnExit:       func(code int) { fmt.Println("script exited with", code) },
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer h.Close()
	for _, src := range []string{
		`require('fs')`,
		`require('/etc/hostname')`,
		`Buffer.alloc(2 ** 40)`,
	} {
		_, err := h.RunString("attempt.js", src)
		if se, ok := script.AsError(err); ok {
			fmt.Println(se.Code)
		}
	}
	_, _ = h.RunString("main.js", `
		console.log(JSON.stringify(process.env));
		setTimeout(() => { for (;;) {} }, 1);
		setTimeout(() => process.exit(3), 2);`)
	loop.SetTimeout(func() { fmt.Println("the program's loop goes on") }, 20*time.Millisecond)
	_ = loop.Run()
	// Output:
	// ERR_ACCESS_DENIED
	// ERR_ACCESS_DENIED
	// ERR_SCRIPT_MEMORY_BUDGET
	// {"MODE":"sandbox"}
	// uncaught: ERR_SCRIPT_CPU_BUDGET
	// script exited with 3
	// the program's loop goes on
}
