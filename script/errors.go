package script

import (
	"errors"
	"strings"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/nodeerr"
)

// Error is an exception of a script seen from Go: the JavaScript value
// thrown and its rendering.
type Error struct {
	// Value is the thrown JavaScript value.
	Value goja.Value
	// Code is its code property, if any ("ERR_ASSERTION", "ECONNRESET", ...).
	Code string
	// Message is its message (or its string form when it is not an Error).
	Message string
	// Stack is its stack, if any.
	Stack string
}

// Error implements error.
func (e *Error) Error() string {
	if e.Stack != "" {
		return e.Stack
	}
	return e.Message
}

// jsError carries a JavaScript value through Go code (socket.destroy(err)
// with a JS error, say) so that it comes back as the same value.
type jsError struct {
	v    goja.Value
	code string
	msg  string
}

func (e *jsError) Error() string { return e.msg }

// Code returns the code property, for nodeerr.Code.
func (e *jsError) NodeCode() string { return e.code }

// fromJS wraps a JavaScript value as a Go error.
func (h *Host) fromJS(v goja.Value) error {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	e := &jsError{v: v, msg: v.String()}
	if o, ok := v.(*goja.Object); ok {
		if c := o.Get("code"); c != nil && !goja.IsUndefined(c) {
			e.code = c.String()
		}
		if m := o.Get("message"); m != nil && !goja.IsUndefined(m) {
			e.msg = m.String()
		}
	}
	return e
}

// scriptError describes a thrown value for Go callers.
func (h *Host) scriptError(v goja.Value) *Error {
	e := &Error{Value: v}
	if v == nil {
		return e
	}
	e.Message = v.String()
	if o, ok := v.(*goja.Object); ok {
		if c := o.Get("code"); c != nil && !goja.IsUndefined(c) {
			e.Code = c.String()
		}
		if m := o.Get("message"); m != nil && !goja.IsUndefined(m) {
			e.Message = m.String()
		}
		if s := o.Get("stack"); s != nil && !goja.IsUndefined(s) {
			e.Stack = s.String()
		}
	}
	return e
}

// errCacheSize bounds the Go-error-to-object cache that keeps one Go error
// the same JavaScript object wherever it is delivered ('error' listener,
// callbacks, 'close').
const errCacheSize = 64

type errCacheEntry struct {
	err error
	obj *goja.Object
}

// toJS converts a Go error into the JavaScript value Node would deliver.
func (h *Host) toJS(err error) goja.Value {
	if err == nil {
		return goja.Null()
	}
	var je *jsError
	if errors.As(err, &je) {
		return je.v
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return ex.Value()
	}
	var so *goja.StackOverflowError
	if errors.As(err, &so) {
		// goja ends runaway recursion with an uncatchable error; it is
		// reported as V8 words it.
		return h.newError("RangeError", "Maximum call stack size exceeded")
	}
	for _, c := range h.errCache {
		if c.err == err {
			return c.obj
		}
	}
	var obj *goja.Object
	var ne *nodeerr.Error
	switch {
	case !errors.As(err, &ne):
		obj = h.newError("Error", err.Error())
	case ne == err:
		obj = h.fromNodeErr(ne)
	default:
		return h.toJS(ne) // err wraps a nodeerr.Error: deliver that
	}
	h.cacheErr(err, obj)
	return obj
}

// cacheErr records that Go error err is the JavaScript value v (bounded:
// the oldest entry goes first).
func (h *Host) cacheErr(err error, v goja.Value) {
	o, ok := v.(*goja.Object)
	if !ok {
		return
	}
	if len(h.errCache) >= errCacheSize {
		copy(h.errCache, h.errCache[1:])
		h.errCache = h.errCache[:len(h.errCache)-1]
	}
	h.errCache = append(h.errCache, errCacheEntry{err, o})
}

// fromNodeErr builds the JavaScript form of a nodeerr.Error with Node's
// properties in Node's order.
func (h *Host) fromNodeErr(ne *nodeerr.Error) *goja.Object {
	var obj *goja.Object
	switch ne.Name {
	case "AbortError":
		obj = h.newErrorOf("AbortError", ne.Message)
	case "AggregateError":
		obj = h.newAggregateError(ne.Message)
	default:
		obj = h.newError(ne.Name, ne.Message)
	}
	if ne.Errno != 0 {
		if strings.HasPrefix(ne.Message, ne.Syscall+" "+ne.Code+": ") {
			_ = obj.Set("code", ne.Code) // UVExceptionWithHostPort's order
		}
		_ = obj.Set("errno", ne.ErrnoValue())
		_ = obj.Set("code", ne.Code)
		if ne.Syscall != "" {
			_ = obj.Set("syscall", ne.Syscall)
		}
		if ne.Address != "" {
			_ = obj.Set("address", ne.Address)
		} else if strings.HasPrefix(ne.Message, ne.Syscall+" "+ne.Code+": ") {
			// UVExceptionWithHostPort sets address, null when there is none.
			_ = obj.Set("address", goja.Null())
		}
		if ne.Port != 0 {
			_ = obj.Set("port", ne.Port)
		}
		if ne.LocalAddress != "" {
			_ = obj.Set("localAddress", ne.LocalAddress)
			_ = obj.Set("localPort", ne.LocalPort)
		}
	} else if ne.Code != "" {
		if ne.Name != "AbortError" && ne.Name != "AggregateError" {
			h.markNodeError(obj, ne.Code)
		}
		if ne.Code == "ERR_INVALID_ADDRESS_FAMILY" {
			var host goja.Value = goja.Undefined()
			if ne.Host != "" {
				host = h.vm.ToValue(ne.Host)
			}
			_ = obj.Set("host", host)
			_ = obj.Set("port", ne.Port)
		}
		_ = obj.Set("code", ne.Code)
	}
	if ne.Cause != nil {
		_ = obj.DefineDataProperty("cause", h.toJS(ne.Cause), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	if ne.Errors != nil {
		vals := make([]any, len(ne.Errors))
		for i, e := range ne.Errors {
			vals[i] = h.toJS(e)
		}
		_ = obj.DefineDataProperty("errors", h.vm.NewArray(vals...), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return obj
}

// newAggregateError is Node's NodeAggregateError: a real AggregateError
// (its errors are set by the caller).
func (h *Host) newAggregateError(msg string) *goja.Object {
	if ctor, ok := h.vm.Get("AggregateError").(*goja.Object); ok {
		if o, err := h.vm.New(ctor, h.vm.NewArray(), h.vm.ToValue(msg)); err == nil {
			return o
		}
	}
	return h.newErrorOf("AggregateError", msg)
}

// newError constructs a built-in error class (Error, TypeError, ...).
func (h *Host) newError(class, msg string) *goja.Object {
	ctor, ok := h.vm.Get(class).(*goja.Object)
	if !ok {
		ctor = h.vm.Get("Error").(*goja.Object)
	}
	o, err := h.vm.New(ctor, h.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	return o
}

// newErrorOf constructs an error class defined by internal/errors (such as
// AbortError), falling back to Error with that name.
func (h *Host) newErrorOf(class, msg string) *goja.Object {
	if errs, ok := h.requireLib("internal/errors").(*goja.Object); ok {
		if ctor, ok := errs.Get(class).(*goja.Object); ok {
			if o, err := h.vm.New(ctor, h.vm.ToValue(msg)); err == nil {
				return o
			}
		}
	}
	o := h.newError("Error", msg)
	_ = o.Set("name", class)
	return o
}

// markNodeError gives obj the toString of Node's internal errors
// ("TypeError [ERR_X]: message").
func (h *Host) markNodeError(obj *goja.Object, code string) {
	if !h.adoptCodeClass(obj, code) { // the class of internal/errors when it has one
		ts := h.vm.ToValue(func(c goja.FunctionCall) goja.Value {
			t := c.This.ToObject(h.vm)
			return h.vm.ToValue(t.Get("name").String() + " [" + code + "]: " + t.Get("message").String())
		})
		_ = obj.DefineDataProperty("toString", ts, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	if st := obj.Get("stack"); st != nil {
		s := st.String()
		name := obj.Get("name").String()
		if strings.HasPrefix(s, name+":") {
			_ = obj.Set("stack", name+" ["+code+"]"+s[len(name):])
		}
	}
}

// newNodeError is Node's internal error with a code.
func (h *Host) newNodeError(class, code, msg string) *goja.Object {
	o := h.newError(class, msg)
	if code != "" {
		h.markNodeError(o, code)
		_ = o.Set("code", code)
	}
	return o
}

// invalidArgType is ERR_INVALID_ARG_TYPE for value.
func (h *Host) invalidArgType(name, expected string, value goja.Value) *goja.Object {
	return h.newNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
		"The \""+name+"\" argument must be of type "+expected+". "+h.received(value))
}

// received is Node's "Received ..." clause (determineSpecificType).
func (h *Host) received(v goja.Value) string {
	if errs, ok := h.requireLib("internal/errors").(*goja.Object); ok {
		if f, ok := goja.AssertFunction(errs.Get("determineSpecificType")); ok {
			if r, err := f(goja.Undefined(), v); err == nil {
				return "Received " + r.String()
			}
		}
	}
	return "Received " + v.String()
}
