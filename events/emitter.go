package events

import (
	"reflect"
	"slices"
	"strconv"
	"unsafe"

	"github.com/nodenet/nodenet/nodeerr"
)

// Names of the events with a special meaning to an Emitter.
const (
	// EventNewListener is emitted before a listener is added, with the event
	// name (string) and the listener (any; the original for Once).
	EventNewListener = "newListener"
	// EventRemoveListener is emitted after a listener is removed, with the
	// event name (string) and the listener (any).
	EventRemoveListener = "removeListener"
	// EventError is the error event: emitting it with no listener panics.
	EventError = "error"
	// ErrorMonitor is Node's events.errorMonitor: its listeners see every
	// "error" emit before the "error" listeners do, and even when there are
	// none. Node uses a Symbol; this is a string no ordinary event name uses.
	ErrorMonitor = "\x00events.errorMonitor"
)

// smallEvents is the number of event names below which lookups scan the list
// instead of using a map: emitters usually have a handful of names, and a scan
// of a few interned strings is faster than hashing.
const smallEvents = 8

// Emitter is Node's EventEmitter. The zero value is ready to use, with Node's
// defaults; it can be embedded or held by value, but must not be copied after
// first use. It is not safe for concurrent use: see the package documentation.
type Emitter struct {
	lists []*eventList          // events with listeners, in the order they got their first
	index map[string]*eventList // lookup map, only when len(lists) > smallEvents

	maxListeners int // valid when maxSet
	maxSet       bool
	capture      bool // valid when captureSet
	captureSet   bool

	className string         // "[ClassName]" in warnings; "" means EventEmitter
	owner     any            // Warning.Emitter; nil means the *Emitter
	onWarning func(*Warning) // nil means the package default
	declared  map[string][]reflect.Type
}

// eventList holds the listeners of one event name.
//
// Invariant (what makes Emit allocation-free): the elements ls[0:len(ls)] of a
// slice that an Emit may be iterating are never overwritten. Appending writes
// past the end, which no snapshot sees, and since appends are the only way a
// backing array grows, ls always has the largest length of any slice sharing its
// array. Prepends and removals modify the array in place only when no emit of
// this list is running (emitting == 0); otherwise they build a new slice. A
// panic escaping a listener leaves emitting above zero: that only makes later
// changes copy, which is always safe.
type eventList struct {
	name     string
	ls       []any
	one      [1]any // backing array of ls while the event has a single listener
	emitting int32
	warned   bool // Node's existing.warned: MaxListenersExceededWarning already sent
}

func newEventList(name string, l any) *eventList {
	el := &eventList{name: name}
	el.one[0] = l
	el.ls = el.one[:1:1]
	return el
}

// lookup returns the listener list of name, or nil.
func (e *Emitter) lookup(name string) *eventList {
	if e.index != nil {
		return e.index[name]
	}
	for _, el := range e.lists {
		// Event names are usually the same string constant at both ends:
		// comparing the data pointers first skips the byte comparison.
		if len(el.name) == len(name) && (unsafe.StringData(el.name) == unsafe.StringData(name) || el.name == name) {
			return el
		}
	}
	return nil
}

func (e *Emitter) insertList(el *eventList) {
	e.lists = append(e.lists, el)
	if e.index != nil {
		e.index[el.name] = el
	} else if len(e.lists) > smallEvents {
		e.index = make(map[string]*eventList, 2*smallEvents)
		for _, x := range e.lists {
			e.index[x.name] = x
		}
	}
}

func (e *Emitter) deleteList(el *eventList) {
	if i := slices.Index(e.lists, el); i >= 0 {
		e.lists = slices.Delete(e.lists, i, i+1)
	}
	if e.index != nil {
		delete(e.index, el.name)
	}
}

// AddListener is On.
func (e *Emitter) AddListener(name string, listener any) *Emitter {
	return e.add(name, listener, false)
}

// On adds listener at the end of the listeners of event name and returns e.
// The same listener may be added several times; it is then called that many
// times. listener must be a func of a supported shape (see the package
// documentation); otherwise On panics with a *nodeerr.Error ERR_INVALID_ARG_TYPE,
// as it does for a listener that does not fit the signatures Declared for name.
// "newListener" is emitted first; a MaxListenersExceededWarning is reported when
// the event ends up with more than GetMaxListeners listeners.
func (e *Emitter) On(name string, listener any) *Emitter {
	return e.add(name, listener, false)
}

// PrependListener is On, but adds listener at the beginning of the list.
func (e *Emitter) PrependListener(name string, listener any) *Emitter {
	return e.add(name, listener, true)
}

// Once adds a listener that is removed the first time event name is emitted,
// before it is called. It registers a *OnceWrapper (see RawListeners). It panics
// as On does.
func (e *Emitter) Once(name string, listener any) *Emitter {
	checkListener(listener)
	return e.add(name, &OnceWrapper{Listener: listener, target: e, name: name}, false)
}

// PrependOnceListener is Once, but adds the listener at the beginning of the list.
func (e *Emitter) PrependOnceListener(name string, listener any) *Emitter {
	checkListener(listener)
	return e.add(name, &OnceWrapper{Listener: listener, target: e, name: name}, true)
}

func (e *Emitter) add(name string, l any, prepend bool) *Emitter {
	checkListener(l)
	if w, ok := l.(*OnceWrapper); ok && w.target == nil {
		checkListener(w.Listener)
		w.target, w.name = e, name
	}
	if e.declared != nil {
		e.checkDeclared(name, l)
	}
	if e.lookup(EventNewListener) != nil {
		Emit2(e, EventNewListener, name, unwrap(l))
	}
	el := e.lookup(name)
	if el == nil {
		e.insertList(newEventList(name, l))
		return e
	}
	el.add(l, prepend)
	if m := e.GetMaxListeners(); m > 0 && len(el.ls) > m && !el.warned {
		el.warned = true
		e.warnMaxListeners(name, len(el.ls), m)
	}
	return e
}

func (el *eventList) add(l any, prepend bool) {
	if !prepend {
		el.ls = append(el.ls, l) // safe even while emitting: see eventList
		return
	}
	n := len(el.ls)
	if el.emitting == 0 && n < cap(el.ls) {
		el.ls = el.ls[:n+1]
		copy(el.ls[1:], el.ls[:n])
		el.ls[0] = l
		return
	}
	ls := make([]any, n+1, 2*n+2)
	ls[0] = l
	copy(ls[1:], el.ls)
	el.ls = ls
}

func (el *eventList) removeAt(i int) {
	n := len(el.ls)
	if el.emitting == 0 {
		copy(el.ls[i:], el.ls[i+1:])
		el.ls[n-1] = nil
		el.ls = el.ls[:n-1]
		return
	}
	ls := make([]any, n-1, n)
	copy(ls, el.ls[:i])
	copy(ls[i:], el.ls[i+1:])
	el.ls = ls
}

// Off is RemoveListener.
func (e *Emitter) Off(name string, listener any) *Emitter {
	return e.RemoveListener(name, listener)
}

// RemoveListener removes the most recently added listener of event name that is
// listener, or a once wrapper of it, and emits "removeListener" after removing it.
// It does nothing if there is none. An emit already in progress still calls the
// removed listener. It panics with ERR_INVALID_ARG_TYPE if listener is not a
// valid listener, as Node does.
func (e *Emitter) RemoveListener(name string, listener any) *Emitter {
	checkListener(listener)
	el := e.lookup(name)
	if el == nil {
		return e
	}
	if len(el.ls) == 1 {
		l := el.ls[0]
		if !matches(l, listener) {
			return e
		}
		e.deleteList(el)
		if e.lookup(EventRemoveListener) != nil {
			Emit2(e, EventRemoveListener, name, unwrap(l))
		}
		return e
	}
	pos := -1
	for i := len(el.ls) - 1; i >= 0; i-- {
		if matches(el.ls[i], listener) {
			pos = i
			break
		}
	}
	if pos < 0 {
		return e
	}
	el.removeAt(pos)
	if len(el.ls) == 1 {
		el.warned = false // Node drops the array, and its mark, at one listener
	}
	if e.lookup(EventRemoveListener) != nil {
		Emit2(e, EventRemoveListener, name, listener)
	}
	return e
}

// RemoveAllListeners removes every listener of the named events, or of all
// events when no name is given, and returns e. When there are "removeListener"
// listeners, it removes listeners one by one, last first, emitting
// "removeListener" for each, and removes the "removeListener" listeners last.
func (e *Emitter) RemoveAllListeners(names ...string) *Emitter {
	if e.lookup(EventRemoveListener) == nil {
		if len(names) == 0 {
			e.lists, e.index = nil, nil
			return e
		}
		for _, name := range names {
			if el := e.lookup(name); el != nil {
				e.deleteList(el)
			}
		}
		return e
	}
	if len(names) == 0 {
		for _, name := range e.EventNames() {
			if name != EventRemoveListener {
				e.removeAll(name)
			}
		}
		e.removeAll(EventRemoveListener)
		e.lists, e.index = nil, nil
		return e
	}
	for _, name := range names {
		e.removeAll(name)
	}
	return e
}

func (e *Emitter) removeAll(name string) {
	el := e.lookup(name)
	if el == nil {
		return
	}
	ls := slices.Clone(el.ls)
	for i := len(ls) - 1; i >= 0; i-- {
		e.RemoveListener(name, ls[i])
	}
}

// Listeners returns a copy of the listeners of event name, with once wrappers
// replaced by the listeners they wrap.
func (e *Emitter) Listeners(name string) []any {
	el := e.lookup(name)
	if el == nil {
		return []any{}
	}
	out := slices.Clone(el.ls)
	for i, l := range out {
		out[i] = unwrap(l)
	}
	return out
}

// RawListeners returns a copy of the listeners of event name as registered:
// listeners added with Once appear as their *OnceWrapper.
func (e *Emitter) RawListeners(name string) []any {
	el := e.lookup(name)
	if el == nil {
		return []any{}
	}
	return slices.Clone(el.ls)
}

// ListenerCount returns the number of listeners of event name. With a non-nil
// listener argument, it counts only the registrations of that listener
// (including once wrappers of it).
func (e *Emitter) ListenerCount(name string, listener ...any) int {
	el := e.lookup(name)
	if el == nil {
		return 0
	}
	if len(listener) == 0 || listener[0] == nil {
		return len(el.ls)
	}
	n := 0
	for _, l := range el.ls {
		if matches(l, listener[0]) {
			n++
		}
	}
	return n
}

// EventNames returns the names of the events that have listeners, in Node's
// order (the order of JavaScript property keys): names that are array indices
// ("0", "1", ...) first in numeric order, then the other names in the order
// they got their first listener, then the symbol-like names (ErrorMonitor).
// A name whose listeners were all removed moves to the end when it gets one again.
func (e *Emitter) EventNames() []string {
	names := make([]string, 0, len(e.lists))
	var indices []string
	var symbols []string
	for _, el := range e.lists {
		switch {
		case isArrayIndex(el.name):
			indices = append(indices, el.name)
		case isSymbolName(el.name):
			symbols = append(symbols, el.name)
		default:
			names = append(names, el.name)
		}
	}
	if indices == nil && symbols == nil {
		return names
	}
	slices.SortFunc(indices, func(a, b string) int {
		x, _ := strconv.ParseUint(a, 10, 32)
		y, _ := strconv.ParseUint(b, 10, 32)
		return int(int64(x) - int64(y))
	})
	return slices.Concat(indices, names, symbols)
}

// isArrayIndex reports whether s is a canonical array index, the property keys
// that JavaScript orders first.
func isArrayIndex(s string) bool {
	if s == "" || len(s) > 10 || (s[0] == '0' && len(s) > 1) {
		return false
	}
	n, err := strconv.ParseUint(s, 10, 64)
	return err == nil && n < 1<<32-1
}

func isSymbolName(s string) bool { return len(s) > 0 && s[0] == 0 }

// displayName is String(name) in Node: symbol-like names print as Symbol(desc).
func displayName(name string) string {
	if isSymbolName(name) {
		return "Symbol(" + name[1:] + ")"
	}
	return name
}

// eventLabel is name quoted for error messages.
func eventLabel(name string) string {
	if isSymbolName(name) {
		return displayName(name)
	}
	return strconv.Quote(name)
}

// SetMaxListeners sets the number of listeners an event may have before a
// MaxListenersExceededWarning is reported; 0 means no limit (Node's Infinity
// and 0). It panics with a *nodeerr.Error ERR_OUT_OF_RANGE if n is negative.
func (e *Emitter) SetMaxListeners(n int) *Emitter {
	if n < 0 {
		panic(nodeerr.OutOfRange("setMaxListeners", ">= 0", strconv.Itoa(n)))
	}
	e.maxListeners, e.maxSet = n, true
	return e
}

// GetMaxListeners returns the limit set by SetMaxListeners, or the package
// default (GetDefaultMaxListeners, initially DefaultMaxListeners = 10).
func (e *Emitter) GetMaxListeners() int {
	if e.maxSet {
		return e.maxListeners
	}
	return GetDefaultMaxListeners()
}

// CaptureRejections reports the emitter's captureRejections setting
// (WithCaptureRejections, else the current package default,
// GetDefaultCaptureRejections). Go listeners return nothing,
// so the Emitter itself never uses it; the JavaScript host does.
func (e *Emitter) CaptureRejections() bool {
	if e.captureSet {
		return e.capture
	}
	return GetDefaultCaptureRejections()
}
