//go:build linux

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"github.com/nodenet/nodenet/bench/portline"
	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/script"
)

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
	out := portline.New()
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
	case port = <-out.Port:
	case err := <-done:
		return fmt.Errorf("script ended: %v", err)
	}
	if err := measure(loop, port, name, n, prof); err != nil {
		return err
	}
	// The process ends here: the script's server is not shut down.
	return nil
}
