package events

import (
	"reflect"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
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

// Emitter is Node's EventEmitter. The zero value is ready to use, with Node's
// defaults; it can be embedded or held by value, but must not be copied after
// first use. It is not safe for concurrent use: see the package documentation.
//
// Every listener of every event is in one slice, ls, and an emit calls a
// snapshot of its event's listeners (copied to the stack), so the slice can
// always be changed in place. The listeners of one event are in their order,
// and the events are in the order of their first entry, which is Node's order
// of event names: adding or prepending a listener to an event that has some
// keeps its first slot (the listeners of that event move one slot on, the
// last into a new slot at the end); removing one moves the later listeners of
// its event one slot back and drops the event's last slot. An idle socket
// with a few listeners thus costs one small array, not an object per event.
type Emitter struct {
	ls    []entry
	owner any     // Warning.Emitter; nil means the *Emitter
	cfg   *config // nil means Node's defaults
}

// entry is one registration: a listener of event *name (an interned
// name: 24 bytes an entry rather than 32).
type entry struct {
	name *string
	l    any
}

// is reports whether en is a listener of event name.
func (en *entry) is(name string) bool { return sameName(*en.name, name) }

// internedNames maps event names to the one *string their entries share;
// it keeps at most maxInterned names, so that a program that makes up ever
// new names does not grow it forever (past that, entries get their own).
var (
	internedNames sync.Map // string -> *string
	interned      atomic.Int32
)

const maxInterned = 4096

func internName(name string) *string {
	if p, ok := internedNames.Load(name); ok {
		return p.(*string)
	}
	p := new(string)
	*p = name
	if interned.Load() < maxInterned {
		if q, loaded := internedNames.LoadOrStore(name, p); loaded {
			return q.(*string)
		}
		interned.Add(1)
	}
	return p
}

// config is what an emitter rarely changes from the defaults. Emitters of
// one class share an interned config that holds only their class name
// (WithClassName); one that changes anything else gets its own copy.
type config struct {
	shared bool // interned: copy before changing (see mut)

	className string         // "[ClassName]" in warnings; "" means EventEmitter
	onWarning func(*Warning) // nil means the package default
	declared  map[string][]reflect.Type
	warned    []string // events already warned about (Node's existing.warned)

	maxListeners int // valid when maxSet
	maxSet       bool
	capture      bool // valid when captureSet
	captureSet   bool
}

// mut returns e's own config, to be changed.
func (e *Emitter) mut() *config {
	switch {
	case e.cfg == nil:
		e.cfg = &config{}
	case e.cfg.shared:
		c := *e.cfg
		c.shared = false
		e.cfg = &c
	}
	return e.cfg
}

// classConfigs interns the configs that hold only a class name.
var classConfigs sync.Map // string -> *config

func classConfig(name string) *config {
	if c, ok := classConfigs.Load(name); ok {
		return c.(*config)
	}
	c, _ := classConfigs.LoadOrStore(name, &config{shared: true, className: name})
	return c.(*config)
}

// sameName compares event names; they are usually the same string constant
// at both ends, so the data pointers are compared before the bytes.
func sameName(a, b string) bool {
	return len(a) == len(b) && (unsafe.StringData(a) == unsafe.StringData(b) || a == b)
}

// has reports whether event name has a listener.
func (e *Emitter) has(name string) bool {
	for i := range e.ls {
		if e.ls[i].is(name) {
			return true
		}
	}
	return false
}

// count returns the number of listeners of event name.
func (e *Emitter) count(name string) int {
	n := 0
	for i := range e.ls {
		if e.ls[i].is(name) {
			n++
		}
	}
	return n
}

// snapshotSize is the number of listeners an emit copies without allocating.
const snapshotSize = 8

// first returns the slot of the first listener of event name (-1 if it has
// none) and whether that is its only listener.
func (e *Emitter) first(name string) (first int, only bool) {
	ls := e.ls
	for i := range ls {
		if ls[i].is(name) {
			for j := i + 1; j < len(ls); j++ {
				if ls[j].is(name) {
					return i, false
				}
			}
			return i, true
		}
	}
	return -1, false
}

// emitList returns the listeners an emit of event name calls, nil if it has
// none: a lone listener in one, more copied to buf (the caller's stack).
func (e *Emitter) emitList(name string, one *[1]any, buf *[snapshotSize]any) []any {
	first, only := e.first(name)
	if first < 0 {
		return nil
	}
	if only {
		one[0] = e.ls[first].l
		return one[:]
	}
	return e.snapshot(name, first, buf[:0])
}

// snapshot appends the listeners of event name, from slot first on, to buf:
// the listeners that an emit calls, whatever they add or remove meanwhile.
func (e *Emitter) snapshot(name string, first int, buf []any) []any {
	for i := first; i < len(e.ls); i++ {
		if e.ls[i].is(name) {
			buf = append(buf, e.ls[i].l)
		}
	}
	return buf
}

// push appends en. Small arrays grow four entries at a time: an emitter
// usually has a handful of listeners, and each entry is 24 bytes.
func (e *Emitter) push(en entry) {
	if n := len(e.ls); n == cap(e.ls) {
		c := n * 2
		if n < 16 {
			c = n + 4
		}
		ls := make([]entry, n, c)
		copy(ls, e.ls)
		e.ls = ls
	}
	e.ls = append(e.ls, en)
}

// isWarned reports whether event name was warned about (Node's existing.warned).
func (e *Emitter) isWarned(name string) bool {
	return e.cfg != nil && slices.Contains(e.cfg.warned, name)
}

// unwarn forgets the warned mark of event name, as Node drops it with the
// listener array when an event is down to one listener or none.
func (e *Emitter) unwarn(name string) {
	if e.cfg != nil && len(e.cfg.warned) > 0 {
		if i := slices.Index(e.cfg.warned, name); i >= 0 {
			c := e.mut()
			c.warned = slices.Delete(c.warned, i, i+1)
		}
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
	if e.cfg != nil && e.cfg.declared != nil {
		e.checkDeclared(name, l)
	}
	if e.has(EventNewListener) {
		Emit2(e, EventNewListener, name, unwrap(l))
	}
	n := 0
	first := -1
	var np *string
	for i := range e.ls {
		if e.ls[i].is(name) {
			if first < 0 {
				first = i
				np = e.ls[i].name
			}
			n++
		}
	}
	if np == nil {
		np = internName(name)
	}
	if prepend && n > 0 {
		// l takes the event's first slot; each listener moves one slot on.
		for i := first; i < len(e.ls); i++ {
			if e.ls[i].is(name) {
				l, e.ls[i].l = e.ls[i].l, l
			}
		}
	}
	e.push(entry{name: np, l: l})
	n++
	if n > 1 {
		if m := e.GetMaxListeners(); m > 0 && n > m && !e.isWarned(name) {
			c := e.mut()
			c.warned = append(c.warned, name)
			e.warnMaxListeners(name, n, m)
		}
	}
	return e
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
	pos, n := -1, 0
	for i := len(e.ls) - 1; i >= 0; i-- {
		if e.ls[i].is(name) {
			n++
			if pos < 0 && matches(e.ls[i].l, listener) {
				pos = i
			}
		}
	}
	if pos < 0 {
		return e
	}
	removed := e.ls[pos].l
	// The later listeners of the event move one slot back; its last slot goes.
	last := pos
	for i := pos + 1; i < len(e.ls); i++ {
		if e.ls[i].is(name) {
			e.ls[last].l = e.ls[i].l
			last = i
		}
	}
	e.deleteAt(last)
	if n <= 2 {
		e.unwarn(name) // Node drops the array, and its mark, at one listener
	}
	if e.has(EventRemoveListener) {
		if n == 1 {
			Emit2(e, EventRemoveListener, name, unwrap(removed))
		} else {
			Emit2(e, EventRemoveListener, name, listener)
		}
	}
	return e
}

// deleteAt removes slot i.
func (e *Emitter) deleteAt(i int) {
	n := len(e.ls)
	copy(e.ls[i:], e.ls[i+1:])
	e.ls[n-1] = entry{}
	e.ls = e.ls[:n-1]
	if n == 1 {
		e.ls = nil
	}
}

// RemoveAllListeners removes every listener of the named events, or of all
// events when no name is given, and returns e. When there are "removeListener"
// listeners, it removes listeners one by one, last first, emitting
// "removeListener" for each, and removes the "removeListener" listeners last.
func (e *Emitter) RemoveAllListeners(names ...string) *Emitter {
	if !e.has(EventRemoveListener) {
		if len(names) == 0 {
			e.ls = nil
			if e.cfg != nil && len(e.cfg.warned) > 0 {
				e.mut().warned = nil
			}
			return e
		}
		for _, name := range names {
			e.ls = slices.DeleteFunc(e.ls, func(en entry) bool { return en.is(name) })
			e.unwarn(name)
		}
		if len(e.ls) == 0 {
			e.ls = nil
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
		e.ls = nil
		return e
	}
	for _, name := range names {
		e.removeAll(name)
	}
	return e
}

func (e *Emitter) removeAll(name string) {
	ls := e.RawListeners(name)
	for i := len(ls) - 1; i >= 0; i-- {
		e.RemoveListener(name, ls[i])
	}
}

// Listeners returns a copy of the listeners of event name, with once wrappers
// replaced by the listeners they wrap.
func (e *Emitter) Listeners(name string) []any {
	out := e.RawListeners(name)
	for i, l := range out {
		out[i] = unwrap(l)
	}
	return out
}

// RawListeners returns a copy of the listeners of event name as registered:
// listeners added with Once appear as their *OnceWrapper.
func (e *Emitter) RawListeners(name string) []any {
	first, _ := e.first(name)
	if first < 0 {
		return []any{}
	}
	return e.snapshot(name, first, make([]any, 0, e.count(name)))
}

// ListenerCount returns the number of listeners of event name. With a non-nil
// listener argument, it counts only the registrations of that listener
// (including once wrappers of it).
func (e *Emitter) ListenerCount(name string, listener ...any) int {
	if len(listener) == 0 || listener[0] == nil {
		return e.count(name)
	}
	n := 0
	for i := range e.ls {
		if e.ls[i].is(name) && matches(e.ls[i].l, listener[0]) {
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
	names := make([]string, 0, len(e.ls))
	var indices []string
	var symbols []string
	for i := range e.ls {
		name := *e.ls[i].name
		if slices.ContainsFunc(e.ls[:i], func(en entry) bool { return en.is(name) }) {
			continue // not the event's first slot
		}
		switch {
		case isArrayIndex(name):
			indices = append(indices, name)
		case isSymbolName(name):
			symbols = append(symbols, name)
		default:
			names = append(names, name)
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
	c := e.mut()
	c.maxListeners, c.maxSet = n, true
	return e
}

// GetMaxListeners returns the limit set by SetMaxListeners, or the package
// default (GetDefaultMaxListeners, initially DefaultMaxListeners = 10).
func (e *Emitter) GetMaxListeners() int {
	if e.cfg != nil && e.cfg.maxSet {
		return e.cfg.maxListeners
	}
	return GetDefaultMaxListeners()
}

// CaptureRejections reports the emitter's captureRejections setting
// (WithCaptureRejections, else the current package default,
// GetDefaultCaptureRejections). Go listeners return nothing,
// so the Emitter itself never uses it; the JavaScript host does.
func (e *Emitter) CaptureRejections() bool {
	if e.cfg != nil && e.cfg.captureSet {
		return e.cfg.capture
	}
	return GetDefaultCaptureRejections()
}
