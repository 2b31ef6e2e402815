package events

import (
	"reflect"
	"strconv"
	"strings"
	"unsafe"

	"github.com/nodenet/nodenet/nodeerr"
)

// Listener is the dynamic listener form, used by the JavaScript host: it gets
// every emitted argument, boxed. It must not keep or modify args. A plain
// func(...any) is accepted as the same form.
type Listener func(args ...any)

// DynamicListener is a listener object: CallListener gets every emitted argument,
// boxed, and must not keep or modify args. Like a func, it is identified by
// identity, so implement it on a pointer type. A host can register one wrapper
// per foreign function and recognise it again in Listeners and RawListeners.
type DynamicListener interface {
	CallListener(args ...any)
}

// ChunkListener is a DynamicListener that also takes one chunk unboxed: an
// Emit1 whose argument is a []byte calls ListenBytes, one whose argument
// is a string calls ListenString, without boxing the argument
// or allocating an argument slice. Every other emit (other argument types,
// more arguments, none, the dynamic Emit) calls CallListener. It suits a
// host's forwarder for an event such as a socket's "data", emitted with a
// []byte, or with a string once an encoding is set. Like any
// DynamicListener it is identified by identity.
type ChunkListener interface {
	DynamicListener
	ListenBytes(b []byte)
	ListenString(s string)
}

// OnceWrapper is what Once and PrependOnceListener register: RawListeners returns
// it, Listeners returns its Listener. The first emit removes the wrapper, then
// calls Listener. Off(name, original) removes the wrapper too.
type OnceWrapper struct {
	// Listener is the listener that was passed to Once.
	Listener any

	target *Emitter
	name   string
	fired  bool
}

// fire removes the wrapper from its emitter and reports whether the listener
// must now be called (false once it has fired).
func (w *OnceWrapper) fire() bool {
	if w.fired {
		return false
	}
	w.fired = true
	w.target.RemoveListener(w.name, w)
	return true
}

// unwrap returns the original listener of a once wrapper, l otherwise.
func unwrap(l any) any {
	if w, ok := l.(*OnceWrapper); ok {
		return w.Listener
	}
	return l
}

// eface is the layout of an interface value holding any type.
type eface struct {
	typ, data unsafe.Pointer
}

// Same reports whether a and b are the same listener: the same dynamic type
// and the same data word, that is the same func value (the same closure or
// top-level function) or the same pointer — what === means for functions in
// JavaScript. Func values cannot be compared with ==; Off and ListenerCount
// use this identity, and so can other callbacks (netmod's write callbacks).
func Same(a, b any) bool { return same(a, b) }

func same(a, b any) bool {
	ea := (*eface)(unsafe.Pointer(&a))
	eb := (*eface)(unsafe.Pointer(&b))
	return ea.typ == eb.typ && ea.data == eb.data
}

// matches reports whether the registered listener l is target or wraps it.
func matches(l, target any) bool {
	if same(l, target) {
		return true
	}
	w, ok := l.(*OnceWrapper)
	return ok && same(w.Listener, target)
}

// checkListener panics with ERR_INVALID_ARG_TYPE unless l can be a listener.
func checkListener(l any) {
	switch l.(type) {
	case Listener, func(...any), *OnceWrapper, func():
		if isNilFunc(l) {
			panic(invalidListener(l))
		}
		return
	case DynamicListener:
		return
	}
	t := reflect.TypeOf(l)
	if t == nil || t.Kind() != reflect.Func || reflect.ValueOf(l).IsNil() {
		panic(invalidListener(l))
	}
	if !validShape(t) {
		panic(nodeerr.New(nodeerr.NameTypeError, "ERR_INVALID_ARG_TYPE",
			`The "listener" argument must be a func(), func(A), func(A, B), func(A, B, C), func(A, B, C, D) or events.Listener. Received type `+t.String()))
	}
}

func isNilFunc(l any) bool {
	switch f := l.(type) {
	case Listener:
		return f == nil
	case func(...any):
		return f == nil
	case *OnceWrapper:
		return f == nil
	case func():
		return f == nil
	}
	return false
}

// validShape reports whether t is a func type usable as a typed listener.
func validShape(t reflect.Type) bool {
	return t.Kind() == reflect.Func && t.NumOut() == 0 && t.NumIn() <= 4 && !t.IsVariadic()
}

// invalidListener is Node's error for a listener that is not a function.
func invalidListener(l any) *nodeerr.Error {
	return nodeerr.InvalidArgType("listener", []string{"function"}, received(l))
}

// received formats v as the "Received ..." tail of Node's ERR_INVALID_ARG_TYPE.
func received(v any) string {
	if v == nil {
		return "Received null"
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.String:
		return nodeerr.ReceivedString(rv.String())
	case reflect.Bool:
		return nodeerr.ReceivedType("boolean", strconv.FormatBool(rv.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64:
		return nodeerr.ReceivedType("number", inspect(v))
	case reflect.Func, reflect.Pointer, reflect.Map, reflect.Slice, reflect.Chan, reflect.Interface:
		if rv.IsNil() {
			return "Received null"
		}
	}
	return nodeerr.ReceivedInstance(rv.Type().String())
}

// compatible reports whether a typed listener of type lt can receive the
// arguments of an event whose arguments have the types in sig: lt has at most
// as many parameters, and each sig type is assignable to lt's parameter.
func compatible(lt, sig reflect.Type) bool {
	if lt == sig {
		return true
	}
	if lt.NumIn() > sig.NumIn() {
		return false
	}
	for i := range lt.NumIn() {
		if !sig.In(i).AssignableTo(lt.In(i)) {
			return false
		}
	}
	return true
}

// Declare records the listener signatures that event name accepts, for example
//
//	e.Declare("data", func([]byte) {}, func(string) {})
//
// From then on On, Once and the Prepend methods panic with a *nodeerr.Error
// ERR_INVALID_ARG_TYPE when given a typed listener that fits none of them. A
// listener fits a signature when it takes at most as many parameters and each
// declared argument type is assignable to its parameter (so func() fits any
// signature, and func(any) fits func([]byte)). Listener and DynamicListener
// values are always accepted. Only the func types of the signatures matter;
// nil funcs such as (func(bool))(nil) are fine. Declaring a name again replaces
// its signatures; declaring none removes the declaration. Listeners already
// registered are not checked. Declare panics with ERR_INVALID_ARG_TYPE if a
// signature is not a valid listener shape.
func (e *Emitter) Declare(name string, signatures ...any) *Emitter {
	if len(signatures) == 0 {
		if e.cfg != nil && e.cfg.declared != nil {
			delete(e.mut().declared, name)
		}
		return e
	}
	types := make([]reflect.Type, len(signatures))
	for i, s := range signatures {
		t := reflect.TypeOf(s)
		if t == nil || !validShape(t) {
			panic(nodeerr.New(nodeerr.NameTypeError, "ERR_INVALID_ARG_TYPE",
				`The "signatures" argument must be a func(), func(A), func(A, B) or func(A, B, C). Received `+typeName(t)))
		}
		types[i] = t
	}
	c := e.mut()
	if c.declared == nil {
		c.declared = make(map[string][]reflect.Type)
	}
	c.declared[name] = types
	return e
}

// checkDeclared panics if name has declared signatures that l does not fit.
func (e *Emitter) checkDeclared(name string, l any) {
	sigs, ok := e.cfg.declared[name]
	if !ok {
		return
	}
	l = unwrap(l)
	switch l.(type) {
	case Listener, func(...any), DynamicListener:
		return
	}
	lt := reflect.TypeOf(l)
	for _, s := range sigs {
		if compatible(lt, s) {
			return
		}
	}
	names := make([]string, len(sigs))
	for i, s := range sigs {
		names[i] = s.String()
	}
	panic(nodeerr.New(nodeerr.NameTypeError, "ERR_INVALID_ARG_TYPE",
		"The listener for event "+eventLabel(name)+" must be of type "+strings.Join(names, " or ")+
			". Received type "+lt.String()))
}

func typeName(t reflect.Type) string {
	if t == nil {
		return "nil"
	}
	return "type " + t.String()
}
