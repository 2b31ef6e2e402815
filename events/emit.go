package events

import (
	"reflect"
)

// The EmitN functions are the typed emit. Each loops over a snapshot of the
// listener slice and calls the listeners whose type is exactly the emitted shape
// (or a shorter prefix of it) through a type switch, which allocates nothing;
// everything else (once wrappers, dynamic listeners, listeners that need an
// interface conversion) goes through the callN helpers.

// Emit0 emits event name with no arguments: it calls every listener registered
// for name, in order, and reports whether there was any. See the package
// documentation for argument matching, snapshot semantics and "error".
func Emit0(e *Emitter, name string) bool {
	if name == EventError {
		emitErrorPrelude(e, nil, nil)
	}
	var one [1]any
	var buf [snapshotSize]any
	ls := e.emitList(name, &one, &buf)
	if ls == nil {
		return false
	}
	for _, l := range ls {
		switch f := l.(type) {
		case func():
			f()
		default:
			call0(e, name, l)
		}
	}
	return true
}

func call0(e *Emitter, name string, l any) {
	switch f := l.(type) {
	case func():
		f()
	case Listener:
		f()
	case func(...any):
		f()
	case *OnceWrapper:
		if f.fire() {
			call0(e, name, f.Listener)
		}
	default:
		callReflect(name, l, nil, nil)
	}
}

// Emit1 emits event name with argument a: a listener of type func(A) is called
// directly, without allocating. It reports whether there was any listener.
func Emit1[A any](e *Emitter, name string, a A) bool {
	if name == EventError {
		emitError1(e, a)
	}
	var one [1]any
	var buf [snapshotSize]any
	ls := e.emitList(name, &one, &buf)
	if ls == nil {
		return false
	}
	for _, l := range ls {
		switch f := l.(type) {
		case func(A):
			f(a)
		default:
			call1(e, name, l, a)
		}
	}
	return true
}

func call1[A any](e *Emitter, name string, l any, a A) {
	switch f := l.(type) {
	case func(A):
		f(a)
	case func():
		f()
	case Listener:
		f(a)
	case func(...any):
		f(a)
	case *OnceWrapper:
		if f.fire() {
			call1(e, name, f.Listener, a)
		}
	case ChunkListener:
		callChunk(f, a)
	default:
		callReflect(name, l, []any{a}, []reflect.Type{reflect.TypeFor[A]()})
	}
}

// callChunk hands a to a ChunkListener: unboxed when A is []byte or string
// (the conversion to any does not escape, so it does not allocate), boxed
// through CallListener otherwise.
func callChunk[A any](f ChunkListener, a A) {
	switch x := any(a).(type) {
	case []byte:
		f.ListenBytes(x)
	case string:
		f.ListenString(x)
	default:
		f.CallListener(a)
	}
}

func emitError1[A any](e *Emitter, a A) {
	emitErrorPrelude(e, []any{a}, func() { Emit1(e, ErrorMonitor, a) })
}

// Emit2 emits event name with arguments a and b; func(A, B) listeners (and
// func(A), func()) are called directly, without allocating. It reports whether
// there was any listener.
func Emit2[A, B any](e *Emitter, name string, a A, b B) bool {
	if name == EventError {
		emitError2(e, a, b)
	}
	var one [1]any
	var buf [snapshotSize]any
	ls := e.emitList(name, &one, &buf)
	if ls == nil {
		return false
	}
	for _, l := range ls {
		switch f := l.(type) {
		case func(A, B):
			f(a, b)
		default:
			call2(e, name, l, a, b)
		}
	}
	return true
}

func call2[A, B any](e *Emitter, name string, l any, a A, b B) {
	switch f := l.(type) {
	case func(A, B):
		f(a, b)
	case func(A):
		f(a)
	case func():
		f()
	case Listener:
		f(a, b)
	case func(...any):
		f(a, b)
	case *OnceWrapper:
		if f.fire() {
			call2(e, name, f.Listener, a, b)
		}
	default:
		callReflect(name, l, []any{a, b}, []reflect.Type{reflect.TypeFor[A](), reflect.TypeFor[B]()})
	}
}

func emitError2[A, B any](e *Emitter, a A, b B) {
	emitErrorPrelude(e, []any{a, b}, func() { Emit2(e, ErrorMonitor, a, b) })
}

// Emit3 emits event name with arguments a, b and c; func(A, B, C) listeners
// (and the shorter prefixes) are called directly, without allocating. It reports
// whether there was any listener.
func Emit3[A, B, C any](e *Emitter, name string, a A, b B, c C) bool {
	if name == EventError {
		emitError3(e, a, b, c)
	}
	var one [1]any
	var buf [snapshotSize]any
	ls := e.emitList(name, &one, &buf)
	if ls == nil {
		return false
	}
	for _, l := range ls {
		switch f := l.(type) {
		case func(A, B, C):
			f(a, b, c)
		default:
			call3(e, name, l, a, b, c)
		}
	}
	return true
}

func call3[A, B, C any](e *Emitter, name string, l any, a A, b B, c C) {
	switch f := l.(type) {
	case func(A, B, C):
		f(a, b, c)
	case func(A, B):
		f(a, b)
	case func(A):
		f(a)
	case func():
		f()
	case Listener:
		f(a, b, c)
	case func(...any):
		f(a, b, c)
	case *OnceWrapper:
		if f.fire() {
			call3(e, name, f.Listener, a, b, c)
		}
	default:
		callReflect(name, l, []any{a, b, c},
			[]reflect.Type{reflect.TypeFor[A](), reflect.TypeFor[B](), reflect.TypeFor[C]()})
	}
}

func emitError3[A, B, C any](e *Emitter, a A, b B, c C) {
	emitErrorPrelude(e, []any{a, b, c}, func() { Emit3(e, ErrorMonitor, a, b, c) })
}

// Emit is the dynamic emit, used by the JavaScript host: it calls every listener
// of event name with args and reports whether there was any. Dynamic listeners
// get args as they are (they must not keep or modify the slice); typed
// listeners are called when the dynamic types of the arguments fit their
// parameters (see the package documentation), and Emit panics with
// ERR_INVALID_ARG_TYPE when they do not.
func (e *Emitter) Emit(name string, args ...any) bool {
	if name == EventError {
		emitErrorPrelude(e, args, func() { e.Emit(ErrorMonitor, args...) })
	}
	var one [1]any
	var buf [snapshotSize]any
	ls := e.emitList(name, &one, &buf)
	if ls == nil {
		return false
	}
	for _, l := range ls {
		callDynamic(name, l, args)
	}
	return true
}

// callDynamic calls l with args, through a type switch for the common shapes
// and reflection for the others.
func callDynamic(name string, l any, args []any) {
	switch f := l.(type) {
	case Listener:
		f(args...)
		return
	case func(...any):
		f(args...)
		return
	case DynamicListener:
		f.CallListener(args...)
		return
	case func():
		f()
		return
	case *OnceWrapper:
		if f.fire() {
			callDynamic(name, f.Listener, args)
		}
		return
	}
	if len(args) > 0 {
		switch f := l.(type) {
		case func(any):
			f(args[0])
			return
		case func(string):
			if s, ok := args[0].(string); ok {
				f(s)
				return
			}
		case func([]byte):
			if b, ok := args[0].([]byte); ok {
				f(b)
				return
			}
		case func(bool):
			if b, ok := args[0].(bool); ok {
				f(b)
				return
			}
		case func(error):
			if err, ok := args[0].(error); ok || args[0] == nil {
				f(err)
				return
			}
		}
	}
	callReflect(name, l, args, nil)
}

// callReflect calls a typed listener l through reflection. static holds the
// static types of args (nil for the dynamic Emit, where every argument is
// treated as an any). It panics with ERR_INVALID_ARG_TYPE if l does not accept
// the arguments.
func callReflect(name string, l any, args []any, static []reflect.Type) {
	if d, ok := l.(DynamicListener); ok {
		d.CallListener(args...)
		return
	}
	ft := reflect.TypeOf(l)
	if ft.NumIn() > len(args) {
		panic(mismatch(name, ft, args, static))
	}
	in := make([]reflect.Value, ft.NumIn())
	for i := range in {
		v, ok := argValue(args[i], staticAt(static, i), ft.In(i))
		if !ok {
			panic(mismatch(name, ft, args, static))
		}
		in[i] = v
	}
	reflect.ValueOf(l).Call(in)
}

func staticAt(static []reflect.Type, i int) reflect.Type {
	if static == nil {
		return nil
	}
	return static[i]
}

// argValue converts argument v, of static type st (nil: any), for a parameter
// of type pt. A static type assignable to pt always fits; when the static type
// is an interface, the dynamic type decides, and nil fits nilable parameters.
func argValue(v any, st, pt reflect.Type) (reflect.Value, bool) {
	if st != nil && st.Kind() != reflect.Interface {
		if !st.AssignableTo(pt) {
			return reflect.Value{}, false
		}
		return reflect.ValueOf(v).Convert(pt), true
	}
	if v == nil {
		if nilable(pt) {
			return reflect.Zero(pt), true
		}
		return reflect.Value{}, false
	}
	dt := reflect.TypeOf(v)
	if !dt.AssignableTo(pt) {
		return reflect.Value{}, false
	}
	return reflect.ValueOf(v).Convert(pt), true
}

func nilable(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Interface, reflect.Pointer, reflect.Slice, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return true
	}
	return false
}

// emitErrorPrelude runs the ErrorMonitor listeners of an "error" emit (through
// monitor) and panics with an *UnhandledError, as Node throws, if there is
// no "error" listener then.
func emitErrorPrelude(e *Emitter, args []any, monitor func()) {
	if e.has(ErrorMonitor) {
		if monitor != nil {
			monitor()
		} else {
			Emit0(e, ErrorMonitor)
		}
	}
	if !e.has(EventError) {
		panic(&UnhandledError{Err: unhandled(args)})
	}
}

// Emit4 emits event name with arguments a, b, c and d (Node's 'lookup' and
// 'connectionAttemptFailed' have four); func(A, B, C, D) listeners and the
// shorter prefixes are called directly, without allocating.
func Emit4[A, B, C, D any](e *Emitter, name string, a A, b B, c C, d D) bool {
	if name == EventError {
		emitErrorPrelude(e, []any{a, b, c, d}, func() { Emit4(e, ErrorMonitor, a, b, c, d) })
	}
	var one [1]any
	var buf [snapshotSize]any
	ls := e.emitList(name, &one, &buf)
	if ls == nil {
		return false
	}
	for _, l := range ls {
		switch f := l.(type) {
		case func(A, B, C, D):
			f(a, b, c, d)
		default:
			call4(e, name, l, a, b, c, d)
		}
	}
	return true
}

func call4[A, B, C, D any](e *Emitter, name string, l any, a A, b B, c C, d D) {
	switch f := l.(type) {
	case func(A, B, C, D):
		f(a, b, c, d)
	case func(A, B, C):
		f(a, b, c)
	case func(A, B):
		f(a, b)
	case func(A):
		f(a)
	case func():
		f()
	case Listener:
		f(a, b, c, d)
	case func(...any):
		f(a, b, c, d)
	case *OnceWrapper:
		if f.fire() {
			call4(e, name, f.Listener, a, b, c, d)
		}
	default:
		callReflect(name, l, []any{a, b, c, d},
			[]reflect.Type{reflect.TypeFor[A](), reflect.TypeFor[B](), reflect.TypeFor[C](), reflect.TypeFor[D]()})
	}
}
