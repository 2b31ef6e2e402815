// Package events is the module group of node:events: lib/events.js,
// EventTarget and AbortController (lib/internal/event_target.js,
// lib/internal/abort_controller.js, lib/internal/events/) and the events
// binding, EventEmitter.prototype.emit's fast path to a lone listener.
package events

import (
	"embed"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/script/internal/host"
)

// Files holds the group's modules (lib/<id>.js).
//
//go:embed lib
var Files embed.FS

// The "events" binding: the Go half of events.js. It gives
// EventEmitter.prototype.emit, which delivers an event to a lone listener
// itself (one property read of _events, one call) and hands every other
// case (several listeners, 'error', no _events, a key that is neither a
// string nor a symbol) to the JavaScript emit that events.js registers.

// emitter is the state behind the binding's methods.
type emitter struct {
	h *host.Host
	// slow is events.js's emit for every case the fast path leaves.
	slow goja.Callable
	// after is events.js's handling of a listener's result that is an
	// object (captureRejections); it is called only when the emitter's
	// capture flag (kCapture) is set.
	after    goja.Callable
	kCapture *goja.Symbol
	// the last listener called and its callable form, so that emitting to
	// the same listener again makes no new callable
	lastL *goja.Object
	lastF func(goja.FunctionCall) goja.Value
}

// Binding builds the events binding of h.
func Binding(h *host.Host) *goja.Object {
	em := &emitter{h: h}
	o := h.Runtime().NewObject()
	_ = o.Set("setup", em.setup)
	_ = o.Set("emit", em.emit)
	return o
}

// setup(slowEmit, afterListener, kCapture) registers events.js's helpers.
func (em *emitter) setup(c goja.FunctionCall) goja.Value {
	em.slow, _ = goja.AssertFunction(c.Argument(0))
	em.after, _ = goja.AssertFunction(c.Argument(1))
	em.kCapture, _ = c.Argument(2).(*goja.Symbol)
	return goja.Undefined()
}

// emit is EventEmitter.prototype.emit(type, ...args).
func (em *emitter) emit(c goja.FunctionCall) goja.Value {
	l, ok := em.lone(c)
	if !ok {
		return em.callSlow(c)
	}
	if l == nil {
		return em.h.Runtime().ToValue(false)
	}
	if l != em.lastL {
		// A function's exported form is the call that Function.prototype.call
		// makes (an exception leaves it as a panic, as a native's does);
		// other callables (classes, proxies, wrapped Go functions) take the
		// JavaScript emit.
		fn, ok := l.Export().(func(goja.FunctionCall) goja.Value)
		if !ok {
			return em.callSlow(c)
		}
		em.lastL, em.lastF = l, fn
	}
	this := c.This.(*goja.Object)
	var args []goja.Value
	if len(c.Arguments) > 1 {
		args = c.Arguments[1:]
	}
	r := em.lastF(goja.FunctionCall{This: this, Arguments: args})
	if ro, ok := r.(*goja.Object); ok && em.after != nil && this.GetSymbol(em.kCapture).ToBoolean() {
		items := make([]any, len(args))
		for i, a := range args {
			items[i] = a
		}
		if _, err := em.after(goja.Undefined(), this, ro, c.Argument(0), em.h.Runtime().NewArray(items...)); err != nil {
			em.h.Rethrow(err)
		}
	}
	return em.h.Runtime().ToValue(true)
}

// lone finds the listener of a plain emit: ok with a nil listener when
// there is none, ok with the function when there is exactly one, not ok
// when the JavaScript emit must run.
func (em *emitter) lone(c goja.FunctionCall) (*goja.Object, bool) {
	this, ok := c.This.(*goja.Object)
	if !ok || em.slow == nil {
		return nil, false
	}
	evs, ok := this.Get("_events").(*goja.Object)
	if !ok {
		return nil, false
	}
	var l goja.Value
	switch k := c.Argument(0).(type) {
	case *goja.Symbol:
		l = evs.GetSymbol(k)
	case goja.String:
		name := k.String()
		if name == "error" {
			return nil, false
		}
		l = evs.Get(name)
	default:
		return nil, false
	}
	if l == nil || goja.IsUndefined(l) {
		return nil, true
	}
	lo, ok := l.(*goja.Object)
	if !ok {
		return nil, false
	}
	return lo, true
}

func (em *emitter) callSlow(c goja.FunctionCall) goja.Value {
	if em.slow == nil {
		panic(em.h.Runtime().NewTypeError("events: emit is not set up"))
	}
	r, err := em.slow(c.This, c.Arguments...)
	if err != nil {
		em.h.Rethrow(err)
	}
	return r
}
