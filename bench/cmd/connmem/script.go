//go:build linux

package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/pprof"
	"sync"
	"syscall"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/script"
)

// portWriter takes the script's standard output and reports the port of
// its "listening on ... port N" line.
type portWriter struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	port chan int
	sent bool
}

var rePort = regexp.MustCompile(`port (\d+)`)

func (w *portWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if m := rePort.FindSubmatch(w.buf.Bytes()); m != nil && !w.sent {
		w.sent = true
		var port int
		fmt.Sscan(string(m[1]), &port)
		w.port <- port
	}
	return len(p), nil
}

// runScript measures the scripted echo server, bench/node/echo.js with a
// 'data' listener (-mode js-data) or s.pipe(s) (-mode js-pipe), under the
// script host: the Go heap an idle connection holds, JavaScript objects
// included.
func runScript(name string, n int, prof string) error {
	runtime.MemProfileRate = 1
	loop, err := eventloop.New()
	if err != nil {
		return err
	}
	wd, _ := os.Getwd()
	file := filepath.Join(wd, "bench", "node", "echo.js")
	argv := []string{"nodenet", file, "0"}
	if name == "js-data" {
		argv = append(argv, "data")
	}
	out := &portWriter{port: make(chan int, 1)}
	h, err := script.New(loop, script.Options{Stdout: out, Argv: argv, Dir: filepath.Dir(file)})
	if err != nil {
		return err
	}
	done := make(chan error, 1)
	go func() {
		_, err := h.RunMain(file)
		done <- err
	}()
	var port int
	select {
	case port = <-out.port:
	case err := <-done:
		return fmt.Errorf("script ended: %v", err)
	}
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
	if err := dial(200); err != nil {
		return err
	}
	m0 := stats()
	if err := dial(n); err != nil {
		return err
	}
	m1 := stats()
	per := func(a, b uint64) int64 { return (int64(b) - int64(a)) / int64(n) }
	fmt.Printf("%s echo, %d idle connections: %d B and %d objects live per connection; %d B in %d allocations per connection on the way\n",
		name, n, per(m0.HeapAlloc, m1.HeapAlloc), per(m0.HeapObjects, m1.HeapObjects),
		per(m0.TotalAlloc, m1.TotalAlloc), per(m0.Mallocs, m1.Mallocs))
	if prof != "" {
		f, err := os.Create(prof)
		if err != nil {
			return err
		}
		if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	// The process ends here: the script's server is not shut down.
	return nil
}
