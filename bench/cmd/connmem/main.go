//go:build linux

// Command connmem measures the Go heap that an idle connection of the echo
// server (examples/echo/echoserver, as examples/echo runs it) holds: it opens -n
// connections from raw client sockets (which take no Go heap), has each
// echo one 64-byte message, and prints the live heap bytes and objects
// per connection after a GC, and the bytes allocated per connection on the
// way. -prof writes a heap profile (every allocation sampled) for
//
//	go tool pprof -sample_index=inuse_space -top -lines PROF
//
// Usage: go run ./bench/cmd/connmem [-mode data|onread|pipe|js-data|js-pipe] [-n 3000] [-prof FILE]
//
// The js modes run bench/node/echo.js under the script host (from the
// module root), JavaScript objects included.
//
// echocmp's idle phase measures the same from outside, as the resident
// memory of a server process.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"syscall"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/examples/echo/echoserver"
	"github.com/nodenet/nodenet/netmod"
)

func main() {
	mode := flag.String("mode", "data", "echo mode: data, onread or pipe; js-data or js-pipe for bench/node/echo.js under the script host")
	n := flag.Int("n", 3000, "connections to open")
	prof := flag.String("prof", "", "write a heap profile to this file")
	flag.Parse()
	if *mode == "js-data" || *mode == "js-pipe" {
		if err := runScript(*mode, *n, *prof); err != nil {
			fmt.Fprintln(os.Stderr, "connmem:", err)
			os.Exit(1)
		}
		return
	}
	modes := map[string]echoserver.Mode{"data": echoserver.OnData, "onread": echoserver.OnRead, "pipe": echoserver.Pipe}
	m, ok := modes[*mode]
	if !ok {
		fmt.Fprintln(os.Stderr, "connmem: -mode must be data, onread or pipe")
		os.Exit(2)
	}
	if err := run(m, *mode, *n, *prof); err != nil {
		fmt.Fprintln(os.Stderr, "connmem:", err)
		os.Exit(1)
	}
}

func run(mode echoserver.Mode, name string, n int, prof string) error {
	runtime.MemProfileRate = 1
	loop, err := eventloop.New()
	if err != nil {
		return err
	}
	srv := netmod.CreateServer(loop, netmod.ServerOptions{NoDelay: true}, echoserver.Listener(mode))
	ready := make(chan int, 1)
	if err := srv.Listen(netmod.ListenOptions{Host: "127.0.0.1", Backlog: 4096}, func() {
		a, _ := srv.Address()
		ready <- a.Port
	}); err != nil {
		return err
	}
	done := make(chan error, 1)
	go func() { done <- loop.Run() }()
	port := <-ready

	if err := measure(loop, port, name, n, prof); err != nil {
		return err
	}
	loop.Post(func() { srv.Close(nil); loop.Stop() })
	return nil
}

// measure opens 200 warm-up connections to the echo server on port (run by
// loop), then n more that stay open, and prints the Go heap, objects and
// allocations each of the n costs; prof, when set, gets a heap profile.
func measure(loop *eventloop.Loop, port int, name string, n int, prof string) error {
	var fds []int
	defer func() {
		for _, fd := range fds {
			syscall.Close(fd)
		}
	}()
	dial := func(k int) error {
		msg := make([]byte, 64)
		for range k {
			fd, err := echo(port, msg)
			if err != nil {
				return err
			}
			fds = append(fds, fd)
		}
		return nil
	}
	stats := func() (ms runtime.MemStats) {
		got := make(chan struct{})
		loop.Post(func() { runtime.GC(); runtime.ReadMemStats(&ms); close(got) })
		<-got
		return ms
	}
	if err := dial(200); err != nil { // warm up: tables, first growths
		return err
	}
	fds = append(make([]int, 0, len(fds)+n), fds...)
	m0 := stats()
	if err := dial(n); err != nil {
		return err
	}
	m1 := stats()
	per := func(a, b uint64) int64 { return (int64(b) - int64(a)) / int64(n) }
	fmt.Printf("%s echo, %d idle connections: %d B and %d objects live per connection; %d B in %d allocations per connection on the way\n",
		name, n, per(m0.HeapAlloc, m1.HeapAlloc), per(m0.HeapObjects, m1.HeapObjects),
		per(m0.TotalAlloc, m1.TotalAlloc), per(m0.Mallocs, m1.Mallocs))
	if prof == "" {
		return nil
	}
	f, err := os.Create(prof)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		return err
	}
	return f.Close()
}

// echo opens a client socket to 127.0.0.1:port with raw system calls (no
// Go heap), sends msg and reads it back.
func echo(port int, msg []byte) (int, error) {
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		return -1, err
	}
	if err := syscall.Connect(fd, &syscall.SockaddrInet4{Port: port, Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		syscall.Close(fd)
		return -1, err
	}
	if _, err := syscall.Write(fd, msg); err != nil {
		syscall.Close(fd)
		return -1, err
	}
	for got := 0; got < len(msg); {
		k, err := syscall.Read(fd, msg[got:])
		if err != nil || k == 0 {
			syscall.Close(fd)
			return -1, fmt.Errorf("echo: read: %v", err)
		}
		got += k
	}
	return fd, nil
}
