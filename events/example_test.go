package events_test

import (
	"errors"
	"fmt"

	"github.com/nodenet/nodenet/events"
	"github.com/nodenet/nodenet/nodeerr"
)

func Example() {
	var e events.Emitter
	e.On("data", func(chunk []byte) { fmt.Printf("data %q\n", chunk) }).
		On("close", func(hadError bool) { fmt.Println("close, hadError:", hadError) }).
		On("close", func() { fmt.Println("a listener may ignore the arguments") })

	events.Emit1(&e, "data", []byte("hello"))
	events.Emit1(&e, "close", false)
	fmt.Println("listened:", events.Emit0(&e, "end"))
	// Output:
	// data "hello"
	// close, hadError: false
	// a listener may ignore the arguments
	// listened: false
}

func ExampleEmitter_Once() {
	var e events.Emitter
	greet := func(name string) { fmt.Println("hello,", name) }
	e.Once("greet", greet)
	fmt.Printf("raw listener: %T\n", e.RawListeners("greet")[0])
	events.Emit1(&e, "greet", "Ada")
	events.Emit1(&e, "greet", "Grace") // nobody listens any more

	e.Once("greet", greet)
	e.Off("greet", greet) // removing the original removes the once wrapper
	fmt.Println("listeners:", e.ListenerCount("greet"))
	// Output:
	// raw listener: *events.OnceWrapper
	// hello, Ada
	// listeners: 0
}

func ExampleEmitter_errorHandling() {
	var e events.Emitter

	// With no 'error' listener, emitting 'error' panics with an
	// *events.UnhandledError that carries the error, the Go analogue of
	// Node's throw (on a loop: an uncaught exception, and Run's error says
	// "unhandled 'error' event").
	func() {
		defer func() { fmt.Println("recovered:", recover().(*events.UnhandledError).Err) }()
		events.Emit1(&e, "error", errors.New("connection lost"))
	}()

	// A value that is not an error becomes ERR_UNHANDLED_ERROR.
	func() {
		defer func() {
			ne := recover().(*events.UnhandledError).Err.(*nodeerr.Error)
			fmt.Println(ne.Code, ne.Message)
		}()
		events.Emit1(&e, "error", "boom")
	}()

	// ErrorMonitor listeners see errors first; an 'error' listener handles them.
	e.On(events.ErrorMonitor, func(err error) { fmt.Println("monitor:", err) })
	e.On("error", func(err error) { fmt.Println("handled:", err) })
	events.Emit1(&e, "error", errors.New("timeout"))
	// Output:
	// recovered: connection lost
	// ERR_UNHANDLED_ERROR Unhandled error. ('boom')
	// monitor: timeout
	// handled: timeout
}

func ExampleEmitter_Declare() {
	var e events.Emitter
	e.Declare("data", func([]byte) {}, func(string) {})
	defer func() {
		ne := recover().(*nodeerr.Error)
		fmt.Println(ne.Code)
		fmt.Println(ne.Message)
	}()
	e.On("data", func(n int) {})
	// Output:
	// ERR_INVALID_ARG_TYPE
	// The listener for event "data" must be of type func([]uint8) or func(string). Received type func(int)
}

func ExampleEmitter_Emit() {
	var e events.Emitter
	// The dynamic form, as the JavaScript host uses it.
	e.On("lookup", events.Listener(func(args ...any) { fmt.Println("dynamic:", args) }))
	e.On("lookup", func(err error, address string, family int) {
		fmt.Println("typed:", err, address, family)
	})
	e.Emit("lookup", nil, "127.0.0.1", 4)
	// Output:
	// dynamic: [<nil> 127.0.0.1 4]
	// typed: <nil> 127.0.0.1 4
}

func ExampleOnceCallback() {
	var e events.Emitter
	events.OnceCallback(&e, "connect", func(args []any, err error) {
		fmt.Println("connected:", args, err)
	})
	events.OnceCallback(&e, "ready", func(args []any, err error) {
		fmt.Println("ready:", args, err)
	})
	events.Emit0(&e, "connect")
	events.Emit1(&e, "error", errors.New("ECONNRESET"))
	// Output:
	// connected: [] <nil>
	// ready: [] ECONNRESET
}

func ExampleFormatWarning() {
	e := events.New(events.WithWarningHandler(func(w *events.Warning) {
		fmt.Print(events.FormatWarning(w, 1234, true))
	}))
	e.SetMaxListeners(1)
	e.On("data", func() {}).On("data", func() {})
	// Output:
	// (node:1234) MaxListenersExceededWarning: Possible EventEmitter memory leak detected. 2 data listeners added to [EventEmitter]. MaxListeners is 1. Use emitter.setMaxListeners() to increase limit
	// (Use `node --trace-warnings ...` to show where the warning was created)
}
