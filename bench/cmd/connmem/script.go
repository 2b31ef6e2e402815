//go:build linux

package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sync"

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
	if err := measure(loop, port, name, n, prof); err != nil {
		return err
	}
	// The process ends here: the script's server is not shut down.
	return nil
}
