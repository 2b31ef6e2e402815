// Command loopdemo shows nodenet's event loop at work: timers, immediates,
// nextTicks, microtasks and a function posted from another goroutine, each
// printed in the order the loop ran it, with the phase it ran in. The order
// is Node's: run the same steps as a script under node and it prints the same.
package main

import (
	"fmt"
	"os"
	"time"

	"github.com/nodenet/nodenet/eventloop"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "loopdemo:", err)
		os.Exit(1)
	}
}

func run() error {
	loop, err := eventloop.New()
	if err != nil {
		return err
	}
	step := 0
	say := func(what string) {
		step++
		fmt.Printf("%2d. %s\n", step, what)
	}

	// The "main script": everything queued here runs once Run starts.
	say("main: start")
	loop.SetTimeout(func() {
		say("timers: setTimeout 10ms")
		loop.SetImmediate(func() { say("check: immediate queued by the timer") })
		loop.SetTimeout(func() { say("timers: setTimeout 0 queued by the timer (next pass)") }, 0)
		loop.NextTick(func() { say("tick: queued by the timer, runs right after it") })
	}, 10*time.Millisecond)
	loop.SetTimeout(func() { say("timers: setTimeout 20ms") }, 20*time.Millisecond)
	loop.QueueMicrotask(func() { say("microtask: queued by main, after every tick") })
	loop.NextTick(func() {
		say("tick: queued by main")
		loop.QueueMicrotask(func() { say("microtask: queued by a tick") })
	})

	// A goroutine doing blocking work posts its result back to the loop;
	// Offload keeps the loop alive until the result is delivered.
	err = loop.Offload(func() func() {
		time.Sleep(30 * time.Millisecond) // stands for a blocking call
		return func() {
			say("poll: result posted from another goroutine")
			loop.SetImmediate(func() { say("check: immediate queued from the poll phase") })
			loop.SetTimeout(func() { say("timers: setTimeout 0 queued from the poll phase") }, 0)
		}
	})
	if err != nil {
		return err
	}
	say("main: end")

	if err := loop.Run(); err != nil {
		return err
	}
	fmt.Println("Run returned: nothing ref'd is left")
	return loop.Close()
}
