package eventloop_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/nodenet/nodenet/eventloop"
)

// The code before Run plays the part of Node's main script; Run then runs
// the queued callbacks in Node's order and returns once nothing ref'd is
// left. Close proves nothing leaked.
func Example() {
	loop, err := eventloop.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	loop.SetTimeout(func() {
		fmt.Println("timeout (timers phase)")
		loop.SetImmediate(func() { fmt.Println("immediate queued by the timeout (check phase, same iteration)") })
		loop.SetTimeout(func() { fmt.Println("0 ms timeout queued by the timeout (a later iteration)") }, 0)
		loop.NextTick(func() { fmt.Println("nextTick queued by the timeout (right after it)") })
	}, 10*time.Millisecond)
	loop.SetImmediate(func() { fmt.Println("immediate (check phase)") })
	loop.QueueMicrotask(func() { fmt.Println("microtask (after every nextTick)") })
	loop.NextTick(func() { fmt.Println("nextTick") })
	fmt.Println("main")

	if err := loop.Run(); err != nil {
		fmt.Println("run:", err)
	}
	if err := loop.Close(); err != nil {
		fmt.Println("close:", err)
	}
	// Output:
	// main
	// nextTick
	// microtask (after every nextTick)
	// immediate (check phase)
	// timeout (timers phase)
	// nextTick queued by the timeout (right after it)
	// immediate queued by the timeout (check phase, same iteration)
	// 0 ms timeout queued by the timeout (a later iteration)
}

// Post is the one way into the loop from another goroutine. A request in
// flight (BeginRequest … EndRequest) keeps the loop alive until the result
// has been delivered.
func ExampleLoop_Post() {
	loop, err := eventloop.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	loop.BeginRequest()
	go func() {
		result := strings.ToUpper("computed on another goroutine")
		if err := loop.Post(func() {
			fmt.Println(result, "- delivered on the loop")
			loop.EndRequest()
		}); err != nil {
			fmt.Println(err)
		}
	}()
	if err := loop.Run(); err != nil {
		fmt.Println("run:", err)
	}
	fmt.Println(loop.Close())
	// Output:
	// COMPUTED ON ANOTHER GOROUTINE - delivered on the loop
	// <nil>
}

// OffloadValue runs blocking work on a goroutine and hands the result to a
// callback on the loop; until then the work keeps the loop alive.
func ExampleOffloadValue() {
	loop, err := eventloop.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	err = eventloop.OffloadValue(loop, func() (int, error) {
		return 6 * 7, nil // a blocking call would go here
	}, func(v int, err error) {
		fmt.Println("result:", v, err)
	})
	if err != nil {
		fmt.Println(err)
	}
	_ = loop.Run()
	fmt.Println(loop.Close())
	// Output:
	// result: 42 <nil>
	// <nil>
}

// A FakeClock makes timers deterministic and instant: the loop advances the
// clock instead of waiting.
func ExampleFakeClock() {
	clock := eventloop.NewFakeClock()
	loop, err := eventloop.New(eventloop.WithClock(clock))
	if err != nil {
		fmt.Println(err)
		return
	}
	n := 0
	var iv *eventloop.Timer
	iv = loop.SetInterval(func() {
		n++
		fmt.Println("interval", n, "at", loop.Now())
		if n == 3 {
			iv.Close()
		}
	}, time.Second)
	loop.SetTimeout(func() { fmt.Println("timeout at", loop.Now()) }, 1500*time.Millisecond)
	_ = loop.Run()
	fmt.Println(loop.Close())
	// Output:
	// interval 1 at 1s
	// timeout at 1.5s
	// interval 2 at 2s
	// interval 3 at 3s
	// <nil>
}

// Close reports what a program forgot to release.
func ExampleLoop_Close() {
	loop, err := eventloop.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	t := loop.SetTimeout(func() {}, time.Hour).Unref() // unref'd: Run does not wait for it
	_ = loop.Run()
	fmt.Println(t.Armed())
	fmt.Println(loop.Close())
	fmt.Println(loop.Close())
	// Output:
	// true
	// eventloop: closed with 0 open handles, 0 requests, 1 armed timers, 0 immediates, 0 watchers and 0 queued callbacks
	// eventloop: loop is closed
}

// With a panic handler, a panicking callback is reported and the loop goes
// on, as with process.on('uncaughtException').
func ExampleWithPanicHandler() {
	loop, err := eventloop.New(eventloop.WithPanicHandler(func(v any, stack []byte) {
		fmt.Println("uncaught:", v)
	}))
	if err != nil {
		fmt.Println(err)
		return
	}
	loop.SetImmediate(func() { panic("boom") })
	loop.SetImmediate(func() { fmt.Println("the next immediate still runs") })
	fmt.Println(loop.Run())
	fmt.Println(loop.Close())
	// Output:
	// uncaught: boom
	// the next immediate still runs
	// <nil>
	// <nil>
}
