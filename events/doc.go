// Package events is Node.js's EventEmitter (node:events) for Go.
//
// An Emitter keeps, per event name, an ordered list of listeners and calls them
// synchronously when the event is emitted, with Node's semantics: On/AddListener,
// Once, PrependListener, PrependOnceListener, Off/RemoveListener (which removes the
// most recently added matching listener), RemoveAllListeners, Listeners (once
// wrappers unwrapped), RawListeners, ListenerCount, EventNames, Set/GetMaxListeners
// and Emit. The zero Emitter is ready to use and can be embedded:
//
//	type Socket struct {
//		events.Emitter
//		...
//	}
//
// # Threading
//
// An Emitter belongs to one event loop and is NOT safe for concurrent use: every
// method, and every Emit, must run on the goroutine that owns it (the loop's).
// The package-level defaults (SetDefaultMaxListeners, SetDefaultCaptureRejections,
// SetDefaultWarningHandler) are the only shared state; they are safe to read and
// write from any goroutine.
//
// # Listeners
//
// A listener is a Go func value of one of the shapes
//
//	func()  func(A)  func(A, B)  func(A, B, C)
//
// for any types A, B, C (no results, not variadic), or the dynamic form
// Listener (func(args ...any)), or a value implementing DynamicListener. The
// typed forms are what Go code uses ("data" → func([]byte), "close" → func(bool));
// the dynamic forms are for the JavaScript host (a ChunkListener, a
// DynamicListener that takes a lone []byte or string unboxed, is its
// allocation-free form for chunk events). Registration takes the func as
// an any; a nil or non-func value, or a func of another shape, makes On panic with
// a *nodeerr.Error whose Code is ERR_INVALID_ARG_TYPE (Node throws synchronously
// there too; a panic keeps On chainable: e.On(a, f).On(b, g)).
//
// Listeners are identified, for Off and ListenerCount, by identity: the same func
// value (the same closure or the same top-level function) that was registered.
// A method value x.M creates a new func each time it is evaluated, like
// fn.bind(x) in JavaScript, so keep it in a variable to remove it later.
//
// # Emitting
//
// Emit0, Emit1, Emit2 and Emit3 are generic functions (methods cannot have type
// parameters) that call typed listeners directly through a type switch: emitting
// to typed listeners allocates nothing. A Listener gets the arguments boxed into
// a []any (that allocates). (*Emitter).Emit(name, args...) is the dynamic form
// used by the JavaScript host.
//
// Argument matching: like a JavaScript function that ignores trailing arguments,
// a listener may declare fewer parameters than the event has arguments (a func()
// may listen to "close", which is emitted with a bool). Each declared parameter
// must accept the corresponding argument: the static argument type (for EmitN)
// must be assignable to it, or, when the static type is an interface (always, for
// the dynamic Emit), the argument's dynamic type must be (a nil argument fits any
// nilable parameter). Exact type matches take the allocation-free fast path;
// other accepted matches go through reflection. A listener that does not accept
// the arguments is a programming error: Emit panics with a *nodeerr.Error with
// Code ERR_INVALID_ARG_TYPE naming the event, the listener's type and the argument
// types. The listeners before it have run; the ones after it do not. On a loop
// this panic is an uncaught exception.
//
// To catch such mistakes at registration instead, the owner of an emitter can
// Declare the listener signatures an event accepts; On then rejects (panics with
// ERR_INVALID_ARG_TYPE) a typed listener that does not fit any of them.
//
// # Snapshot semantics
//
// Emit calls the listeners registered when it began: listeners added during an
// emit do not run in it, and listeners removed during it still do (except a Once
// listener that already fired). An emit copies its event's listeners to the
// stack first (up to eight without allocating), so listeners can be added
// and removed in place at any time.
//
// # Special events
//
// "newListener" (EventNewListener) is emitted before a listener is added, with
// the event name and the listener (the original function for Once). Adding a
// "newListener" listener itself emits "newListener" to the ones already present.
// "removeListener" (EventRemoveListener) is emitted after a listener is removed,
// with the event name and the listener; like Node, when the event still has
// other listeners the argument is the one passed to Off, which for a Once
// listener that removes itself is its *OnceWrapper.
//
// Emitting "error" (EventError) with no "error" listener panics (Go's analogue
// of throw) with an *UnhandledError carrying the thrown error: the first
// argument itself when it is an error, otherwise a *nodeerr.Error
// ERR_UNHANDLED_ERROR whose message is Node's ("Unhandled error. ('boom')").
// On a loop, the panic handler receives that error itself, and a Run it ends
// returns an eventloop.PanicError that says "unhandled 'error' event". ErrorMonitor
// listeners run before the "error" listeners, and also when there are none,
// before the panic.
//
// Node uses Symbols for some event names; this package uses strings that start
// with a NUL byte for them (ErrorMonitor). EventNames lists such names after the
// ordinary ones, as Node lists symbols after strings, and warnings print them as
// Symbol(description). Ordinary event names should not start with "\x00".
//
// # Max listeners
//
// Adding more than GetMaxListeners listeners (default 10, 0 = unlimited) to one
// event reports a MaxListenersExceededWarning, once per event name for as long as
// the event keeps more than one listener (Node keeps the "warned" mark on the
// listener array, so it is lost when the event drops back to one listener or
// none). The warning goes to the emitter's handler (WithWarningHandler) or the
// package default, which prints it to stderr in Node's form. The handler is called
// synchronously from On; Node emits the warning on the next tick.
//
// # The promise and async-iterator forms
//
// node:events' once() returns a Promise and on() an async iterator. Waiting for
// either would block the loop goroutine, so the Go form is OnceCallback; the
// Promise and async-iterator wrappers belong to the JavaScript host. Likewise Go
// listeners return no promise, so captureRejections is only recorded
// (WithCaptureRejections, CaptureRejections) for the host to read.
package events
