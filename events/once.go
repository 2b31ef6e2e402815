package events

import "github.com/nodenet/nodenet/nodeerr"

// OnceCallback is the callback form of node:events' once(emitter, name): cb is
// called with the arguments of the next emit of event name, or, if "error" is
// emitted first (and name is not "error"), with the error, as the Promise of
// events.once rejects. While it waits, the "error" listener it adds means an
// "error" emit does not panic. A non-error "error" argument is reported as
// Node's ERR_UNHANDLED_ERROR for that value.
//
// cancel, which must be called on the emitter's goroutine like every Emitter
// method, stops waiting and calls cb with an AbortError (code ABORT_ERR), as an
// aborted signal rejects events.once; it does nothing once cb has been called.
//
// Waiting for a Promise would block the loop goroutine, so there is no blocking
// form; the JavaScript host builds events.once's Promise on top of this.
func OnceCallback(e *Emitter, name string, cb func(args []any, err error)) (cancel func()) {
	done := false
	var resolver, errorListener Listener
	resolver = func(args ...any) {
		done = true
		if name != EventError {
			e.RemoveListener(EventError, errorListener)
		}
		cb(append([]any(nil), args...), nil)
	}
	errorListener = func(args ...any) {
		done = true
		e.RemoveListener(name, resolver)
		cb(nil, unhandled(args))
	}
	e.Once(name, resolver)
	if name != EventError {
		e.Once(EventError, errorListener)
	}
	return func() {
		if done {
			return
		}
		done = true
		e.RemoveListener(name, resolver)
		if name != EventError {
			e.RemoveListener(EventError, errorListener)
		}
		cb(nil, nodeerr.Abort(nil))
	}
}

// GetEventListeners is node:events' getEventListeners(emitter, name): a copy of
// the listeners of event name, once wrappers unwrapped.
func GetEventListeners(e *Emitter, name string) []any { return e.Listeners(name) }

// GetMaxListeners is node:events' getMaxListeners(emitter).
func GetMaxListeners(e *Emitter) int { return e.GetMaxListeners() }
