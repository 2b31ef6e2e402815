//go:build linux

// This file exists to show, as runnable documentation, the whole life of a
// Poller: create it, watch a descriptor, wait for readiness, close it.

package poller_test

import (
	"fmt"

	"github.com/nodenet/nodenet/poller"
	"golang.org/x/sys/unix"
)

// Example watches the read end of a pipe, makes it readable, and waits.
func Example() {
	p, err := poller.New()
	if err != nil {
		panic(err)
	}
	defer p.Close()

	var fds [2]int
	if err := unix.Pipe2(fds[:], unix.O_NONBLOCK|unix.O_CLOEXEC); err != nil {
		panic(err)
	}
	r, w := fds[0], fds[1]
	defer unix.Close(r)
	defer unix.Close(w)

	// The token is whatever the caller uses to find its own state.
	if err := p.Add(r, poller.Read, 42); err != nil {
		panic(err)
	}
	unix.Write(w, []byte("ping"))

	events := make([]poller.Event, 8)
	n, err := p.Wait(events, -1)
	if err != nil {
		panic(err)
	}
	for _, ev := range events[:n] {
		fmt.Println("token", ev.Token, "readable", ev.Readable, "fd is r:", ev.FD == r)
	}
	if err := p.Remove(r); err != nil {
		panic(err)
	}
	// Output:
	// token 42 readable true fd is r: true
}
