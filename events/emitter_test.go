package events_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/events"
	"github.com/nodenet/nodenet/nodeerr"
)

// recorder hands out listeners that append their label to a shared trace.
type recorder struct{ trace []string }

func (r *recorder) fn(label string) func() {
	return func() { r.trace = append(r.trace, label) }
}

func (r *recorder) take() []string {
	t := r.trace
	r.trace = nil
	return t
}

// catch runs f and returns what it panicked with (nil if it did not).
func catch(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

// thrown is catch for an "error" emit: the error the emit threw, out of
// its *events.UnhandledError.
func thrown(f func()) any {
	r := catch(f)
	if u, ok := r.(*events.UnhandledError); ok {
		return u.Err
	}
	return r
}

// requireNodePanic asserts that f panics with a *nodeerr.Error with code and message.
func requireNodePanic(t *testing.T, code, message string, f func()) {
	t.Helper()
	r := thrown(f)
	ne, ok := r.(*nodeerr.Error)
	require.Truef(t, ok, "want a *nodeerr.Error panic, got %T %v", r, r)
	require.Equal(t, code, ne.Code)
	require.Equal(t, message, ne.Message)
}

type socket struct {
	events.Emitter
}

func TestZeroValueEmbeddedAndChainable(t *testing.T) {
	var s socket
	var got []string
	s.On("data", func(b []byte) { got = append(got, "data "+string(b)) }).
		AddListener("end", func() { got = append(got, "end") }).
		On("close", func(hadError bool) { got = append(got, fmt.Sprint("close ", hadError)) })
	require.True(t, events.Emit1(&s.Emitter, "data", []byte("hi")))
	require.True(t, events.Emit0(&s.Emitter, "end"))
	require.True(t, events.Emit1(&s.Emitter, "close", false))
	require.False(t, events.Emit0(&s.Emitter, "drain"))
	require.Equal(t, []string{"data hi", "end", "close false"}, got)
	require.Equal(t, []string{"data", "end", "close"}, s.EventNames())
	require.Equal(t, events.DefaultMaxListeners, s.GetMaxListeners())
}

func TestRegistrationOrder(t *testing.T) {
	type op struct{ kind, label string }
	tests := []struct {
		name  string
		ops   []op
		first []string
		again []string
	}{
		{"on appends", []op{{"on", "a"}, {"on", "b"}}, []string{"a", "b"}, []string{"a", "b"}},
		{"prepend", []op{{"on", "a"}, {"prepend", "b"}}, []string{"b", "a"}, []string{"b", "a"}},
		{"once", []op{{"once", "a"}, {"on", "b"}}, []string{"a", "b"}, []string{"b"}},
		{"prependOnce", []op{{"on", "a"}, {"prependOnce", "b"}}, []string{"b", "a"}, []string{"a"}},
		{"mixed", []op{{"on", "a"}, {"prepend", "b"}, {"once", "c"}, {"prependOnce", "d"}, {"on", "e"}},
			[]string{"d", "b", "a", "c", "e"}, []string{"b", "a", "e"}},
		{"only once", []op{{"once", "a"}, {"prependOnce", "b"}}, []string{"b", "a"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e events.Emitter
			var r recorder
			for _, o := range tt.ops {
				switch o.kind {
				case "on":
					e.On("x", r.fn(o.label))
				case "prepend":
					e.PrependListener("x", r.fn(o.label))
				case "once":
					e.Once("x", r.fn(o.label))
				case "prependOnce":
					e.PrependOnceListener("x", r.fn(o.label))
				}
			}
			require.Equal(t, len(tt.ops), e.ListenerCount("x"))
			require.True(t, events.Emit0(&e, "x"))
			require.Equal(t, tt.first, r.take())
			require.Equal(t, tt.again != nil, events.Emit0(&e, "x"))
			require.Equal(t, tt.again, r.take())
		})
	}
}

func TestOffRemovesMostRecentMatch(t *testing.T) {
	var e events.Emitter
	var r recorder
	a, b := r.fn("a"), r.fn("b")
	e.On("x", a).On("x", b).Once("x", a)
	e.Off("x", a) // the once wrapper is the most recent a
	raw := e.RawListeners("x")
	require.Len(t, raw, 2)
	require.True(t, sameFunc(raw[0], a))
	require.True(t, sameFunc(raw[1], b))

	e.On("x", a)
	e.RemoveListener("x", a) // the one just added
	events.Emit0(&e, "x")
	require.Equal(t, []string{"a", "b"}, r.take())

	// Distinct closures from the same literal are different listeners.
	c1, c2 := r.fn("c"), r.fn("c")
	e.On("y", c1)
	e.Off("y", c2)
	require.Equal(t, 1, e.ListenerCount("y"))
	require.Equal(t, 0, e.ListenerCount("y", c2))
	e.Off("y", c1)
	require.Equal(t, 0, e.ListenerCount("y"))
	require.Equal(t, []string{"x"}, e.EventNames())

	// Removing an unknown listener or from an unknown event is a no-op.
	e.Off("nothing", a).Off("x", r.fn("z"))
	require.Equal(t, 2, e.ListenerCount("x"))
}

func TestOnceWrapper(t *testing.T) {
	var e events.Emitter
	calls := 0
	var during int
	f := func(v int) { calls += v; during = e.ListenerCount("x") }
	e.Once("x", f)

	raw := e.RawListeners("x")
	require.Len(t, raw, 1)
	w, ok := raw[0].(*events.OnceWrapper)
	require.True(t, ok)
	require.True(t, sameFunc(w.Listener, f))
	require.True(t, sameFunc(e.Listeners("x")[0], f))
	require.Equal(t, 1, e.ListenerCount("x", f))
	require.Equal(t, 1, e.ListenerCount("x", w))

	require.True(t, events.Emit1(&e, "x", 5))
	require.Equal(t, 0, during, "the wrapper is removed before the listener runs")
	require.False(t, events.Emit1(&e, "x", 5))
	require.Equal(t, 5, calls)

	// removeListener(original) removes the wrapper.
	e.Once("y", f).On("y", func(int) {})
	e.Off("y", f)
	require.Equal(t, 1, e.ListenerCount("y"))
	require.Equal(t, 0, e.ListenerCount("y", f))

	// Removing by the wrapper itself works too.
	e.PrependOnceListener("z", f)
	e.Off("z", e.RawListeners("z")[0])
	require.Equal(t, 0, e.ListenerCount("z"))

	// A hand-made wrapper registered with On binds to the emitter it is added to.
	n := 0
	e.On("m", &events.OnceWrapper{Listener: func() { n++ }})
	events.Emit0(&e, "m")
	events.Emit0(&e, "m")
	require.Equal(t, 1, n)
	requireNodePanic(t, "ERR_INVALID_ARG_TYPE", `The "listener" argument must be of type function. Received null`,
		func() { e.On("m", &events.OnceWrapper{}) })

	// A fired wrapper in an outer snapshot is not called again.
	var trace []string
	nested := false
	e.On("q", func() {
		trace = append(trace, "outer")
		if !nested {
			nested = true
			events.Emit0(&e, "q")
		}
	})
	e.Once("q", func() { trace = append(trace, "once") })
	events.Emit0(&e, "q")
	require.Equal(t, []string{"outer", "outer", "once"}, trace)
}

func TestListenersCopies(t *testing.T) {
	var e events.Emitter
	require.Empty(t, e.Listeners("x"))
	require.NotNil(t, e.Listeners("x"))
	require.Empty(t, e.RawListeners("x"))
	f := func() {}
	e.On("x", f)
	l := e.Listeners("x")
	l[0] = nil
	require.True(t, sameFunc(e.Listeners("x")[0], f))
	require.True(t, sameFunc(events.GetEventListeners(&e, "x")[0], f))
	require.Equal(t, 10, events.GetMaxListeners(&e))
}

func TestListenerCount(t *testing.T) {
	var e events.Emitter
	f, g := func() {}, func() {}
	e.On("x", f).On("x", g).Once("x", f).On("x", f)
	require.Equal(t, 4, e.ListenerCount("x"))
	require.Equal(t, 3, e.ListenerCount("x", f))
	require.Equal(t, 1, e.ListenerCount("x", g))
	require.Equal(t, 4, e.ListenerCount("x", nil))
	require.Equal(t, 0, e.ListenerCount("y", f))
}

func TestNewListenerAndRemoveListenerEvents(t *testing.T) {
	var e events.Emitter
	var trace []string
	foo, bar := func() {}, func() {}
	label := func(l any) string {
		switch {
		case sameFunc(l, foo):
			return "foo"
		case sameFunc(l, bar):
			return "bar"
		}
		if _, ok := l.(*events.OnceWrapper); ok {
			return "wrapper"
		}
		return fmt.Sprintf("%T", l)
	}
	e.On(events.EventNewListener, func(name string, l any) {
		trace = append(trace, fmt.Sprintf("new %s %s %d", name, label(l), e.ListenerCount(name)))
	})
	require.Empty(t, trace, "the first newListener listener does not see itself")
	e.On(events.EventRemoveListener, func(name string, l any) {
		trace = append(trace, fmt.Sprintf("rm %s %s %d", name, label(l), e.ListenerCount(name)))
	})
	require.Equal(t, []string{"new removeListener func(string, interface {}) 0"}, trace)
	trace = nil

	e.On("x", foo).Once("x", bar)
	e.Off("x", bar)
	e.Once("y", foo)
	events.Emit0(&e, "y")
	e.Once("z", foo).Once("z", bar)
	events.Emit0(&e, "z")
	require.Equal(t, []string{
		"new x foo 0", "new x bar 1", // before the add: counts exclude the new one
		"rm x bar 1",                // after the removal
		"new y foo 0", "rm y foo 0", // a lone once wrapper reports its original
		"new z foo 0", "new z bar 1",
		"rm z wrapper 1", // Node: with others left, the argument passed to removeListener
		"rm z bar 0",
	}, trace)
}

func TestNewListenerMayAddListeners(t *testing.T) {
	var e events.Emitter
	var r recorder
	first := r.fn("first")
	inserted := false
	e.On(events.EventNewListener, func(name string) {
		if name == "x" && !inserted {
			inserted = true
			e.On("x", first) // emits newListener again, re-entrantly
		}
	})
	e.On("x", r.fn("second"))
	events.Emit0(&e, "x")
	require.Equal(t, []string{"first", "second"}, r.take())
}

func TestSnapshotSemantics(t *testing.T) {
	t.Run("added during emit does not run", func(t *testing.T) {
		var e events.Emitter
		var r recorder
		e.On("x", func() { r.fn("a")(); e.On("x", r.fn("added")) })
		e.On("x", func() { r.fn("b")(); e.PrependListener("x", r.fn("prepended")) })
		events.Emit0(&e, "x")
		require.Equal(t, []string{"a", "b"}, r.take())
		events.Emit0(&e, "x")
		require.Equal(t, []string{"prepended", "a", "b", "added"}, r.take())
	})
	t.Run("removed during emit still runs", func(t *testing.T) {
		var e events.Emitter
		var r recorder
		b, c := r.fn("b"), r.fn("c")
		e.On("x", func() { r.fn("a")(); e.Off("x", b).Off("x", c) })
		e.On("x", b).On("x", c)
		events.Emit0(&e, "x")
		require.Equal(t, []string{"a", "b", "c"}, r.take())
		events.Emit0(&e, "x")
		require.Equal(t, []string{"a"}, r.take())
	})
	t.Run("removeAll during emit", func(t *testing.T) {
		var e events.Emitter
		var r recorder
		e.On("x", func() { r.fn("a")(); e.RemoveAllListeners() })
		e.On("x", r.fn("b"))
		require.True(t, events.Emit0(&e, "x"))
		require.Equal(t, []string{"a", "b"}, r.take())
		require.False(t, events.Emit0(&e, "x"))
	})
	t.Run("single listener replaced during emit", func(t *testing.T) {
		var e events.Emitter
		var r recorder
		var a func()
		a = func() { r.fn("a")(); e.Off("x", a).On("x", r.fn("new")) }
		e.On("x", a)
		events.Emit1(&e, "x", 1) // func() listens to an event with arguments
		events.Emit1(&e, "x", 1)
		require.Equal(t, []string{"a", "new"}, r.take())
	})
	t.Run("many mutations while nested emits", func(t *testing.T) {
		var e events.Emitter
		var r recorder
		depth := 0
		fs := make([]func(), 6)
		for i := range fs {
			fs[i] = r.fn(fmt.Sprint(i))
			e.On("x", fs[i])
		}
		e.PrependListener("x", func() {
			depth++
			if depth == 1 {
				e.Off("x", fs[0]).Off("x", fs[5]).PrependListener("x", r.fn("p")).On("x", r.fn("q"))
				events.Emit0(&e, "x")
			}
		})
		events.Emit0(&e, "x")
		// The inner emit sees the new list; the outer one its snapshot.
		require.Equal(t, []string{"p", "1", "2", "3", "4", "q", "0", "1", "2", "3", "4", "5"}, r.take())
	})
}

func TestRemoveAllListeners(t *testing.T) {
	t.Run("without removeListener listeners", func(t *testing.T) {
		var e events.Emitter
		f := func() {}
		e.On("a", f).On("b", f).On("c", f)
		e.RemoveAllListeners("b", "nothing")
		require.Equal(t, []string{"a", "c"}, e.EventNames())
		e.RemoveAllListeners()
		require.Empty(t, e.EventNames())
		require.False(t, events.Emit0(&e, "a"))
	})
	t.Run("emits removeListener LIFO, removeListener last", func(t *testing.T) {
		var e events.Emitter
		var trace []string
		f, g := func() {}, func() {}
		name := func(l any) string {
			if sameFunc(l, f) {
				return "f"
			}
			if sameFunc(l, g) {
				return "g"
			}
			return "?"
		}
		e.On(events.EventRemoveListener, func(n string, l any) { trace = append(trace, n+" "+name(l)) })
		e.On("a", f).On("a", g).On("b", g)
		e.RemoveAllListeners("a")
		require.Equal(t, []string{"a g", "a f"}, trace)
		trace = nil
		e.On("a", f)
		e.RemoveAllListeners()
		require.Equal(t, []string{"b g", "a f"}, trace)
		require.Empty(t, e.EventNames())
	})
}

func TestEventNamesOrder(t *testing.T) {
	var e events.Emitter
	f := func() {}
	for _, n := range []string{"b", events.ErrorMonitor, "10", "a", "2", "01", "4294967295", "0"} {
		e.On(n, f)
	}
	require.Equal(t, []string{"0", "2", "10", "b", "a", "01", "4294967295", events.ErrorMonitor}, e.EventNames())
	e.Off("b", f).On("b", f)
	require.Equal(t, []string{"0", "2", "10", "a", "01", "4294967295", "b", events.ErrorMonitor}, e.EventNames())
}

// TestInterleavedEvents mixes listeners of several events in one emitter:
// each event keeps its listeners' order and its place among the event names
// through prepends and removals of the others.
func TestInterleavedEvents(t *testing.T) {
	var e events.Emitter
	var r recorder
	fs := map[string]func(){}
	for _, l := range []string{"a1", "b1", "a2", "c1", "b2", "a3"} {
		fs[l] = r.fn(l)
		e.On(l[:1], fs[l])
	}
	emitAll := func() []string {
		for _, n := range []string{"a", "b", "c"} {
			events.Emit0(&e, n)
		}
		return r.take()
	}
	require.Equal(t, []string{"a1", "a2", "a3", "b1", "b2", "c1"}, emitAll())
	e.Off("a", fs["a1"]) // a keeps its place before b
	require.Equal(t, []string{"a", "b", "c"}, e.EventNames())
	fs["b0"] = r.fn("b0")
	e.PrependListener("b", fs["b0"])
	fs["a0"] = r.fn("a0")
	e.PrependListener("a", fs["a0"])
	require.Equal(t, []string{"a0", "a2", "a3", "b0", "b1", "b2", "c1"}, emitAll())
	require.Equal(t, []string{"a", "b", "c"}, e.EventNames())
	e.Off("a", fs["a2"]).Off("b", fs["b2"]).Off("c", fs["c1"])
	require.Equal(t, []string{"a0", "a3", "b0", "b1"}, emitAll())
	require.Equal(t, []string{"a", "b"}, e.EventNames())
	e.Off("a", fs["a0"]).Off("a", fs["a3"]).On("a", fs["a1"])
	require.Equal(t, []string{"b", "a"}, e.EventNames())
	require.Equal(t, 1, e.ListenerCount("a"))
	require.Equal(t, 2, e.ListenerCount("b"))
}

// TestLargeSnapshot: an emit of more listeners than fit the stack snapshot
// still calls every listener it started with.
func TestLargeSnapshot(t *testing.T) {
	var e events.Emitter
	var r recorder
	e.SetMaxListeners(0)
	fs := make([]func(), 20)
	for i := range fs {
		fs[i] = r.fn(fmt.Sprint(i))
		e.On("x", fs[i])
		e.On("y", func() {})
	}
	e.PrependListener("x", func() {
		for _, f := range fs[1:] {
			e.Off("x", f)
		}
	})
	events.Emit0(&e, "x")
	require.Len(t, r.take(), 20)
	events.Emit0(&e, "x")
	require.Equal(t, []string{"0"}, r.take())
}

// TestEverNewEventNames: names past the interning table's size work the same.
func TestEverNewEventNames(t *testing.T) {
	var e events.Emitter
	n := 0
	for i := range 5000 {
		name := fmt.Sprintf("ever-new-%d", i)
		e.On(name, func() { n++ })
		require.True(t, events.Emit0(&e, name))
		require.True(t, events.Emit0(&e, strings.Clone(name)))
		e.RemoveAllListeners(name)
		require.False(t, events.Emit0(&e, name))
	}
	require.Equal(t, 10000, n)
}

func TestManyEventNames(t *testing.T) {
	var e events.Emitter
	var r recorder
	var names []string
	for i := range 20 {
		n := fmt.Sprintf("e%d", i)
		names = append(names, n)
		e.On(n, r.fn(n))
	}
	require.Equal(t, names, e.EventNames())
	for _, n := range names {
		require.True(t, events.Emit0(&e, n))
	}
	require.Equal(t, names, r.take())
	e.RemoveAllListeners("e3")
	require.False(t, events.Emit0(&e, "e3"))
	require.Equal(t, 19, len(e.EventNames()))
	e.RemoveAllListeners()
	e.On("e3", r.fn("again"))
	require.True(t, events.Emit0(&e, "e3"))
	require.Equal(t, []string{"again"}, r.take())
}

func TestMaxListeners(t *testing.T) {
	var got []*events.Warning
	e := events.New(events.WithWarningHandler(func(w *events.Warning) { got = append(got, w) }))
	add := func(name string, n int) {
		for range n {
			e.On(name, func() {})
		}
	}
	add("foo", 10)
	require.Empty(t, got)
	add("foo", 1)
	require.Len(t, got, 1)
	require.Equal(t, &events.Warning{
		Name:    "MaxListenersExceededWarning",
		Message: "Possible EventEmitter memory leak detected. 11 foo listeners added to [EventEmitter]. MaxListeners is 10. Use emitter.setMaxListeners() to increase limit",
		Emitter: e,
		Type:    "foo",
		Count:   11,
	}, got[0])
	require.Equal(t, "MaxListenersExceededWarning: "+got[0].Message, got[0].String())
	require.Equal(t, got[0].Message, got[0].Error())
	add("foo", 20)
	require.Len(t, got, 1, "once per event name")
	add("bar", 11)
	require.Len(t, got, 2)
	require.Equal(t, "bar", got[1].Type)

	// The mark is lost when the list drops to one listener, as in Node.
	got = nil
	e.SetMaxListeners(1)
	f, g := func() {}, func() {}
	e.On("baz", f).On("baz", g)
	require.Len(t, got, 1)
	require.Contains(t, got[0].Message, "2 baz listeners added to [EventEmitter]. MaxListeners is 1.")
	e.Off("baz", g).On("baz", g)
	require.Len(t, got, 2)

	got = nil
	e.SetMaxListeners(0)
	add("qux", 100)
	require.Empty(t, got, "0 means unlimited")
	require.Equal(t, 0, e.GetMaxListeners())

	requireNodePanic(t, "ERR_OUT_OF_RANGE",
		`The value of "setMaxListeners" is out of range. It must be >= 0. Received -1`,
		func() { e.SetMaxListeners(-1) })
}

func TestMaxListenersOwnerClassAndSymbol(t *testing.T) {
	var got []*events.Warning
	type server struct{ events.Emitter }
	srv := &server{}
	srv.Init(events.WithClassName("Server"), events.WithOwner(srv),
		events.WithWarningHandler(func(w *events.Warning) { got = append(got, w) }))
	srv.SetMaxListeners(1)
	srv.On(events.ErrorMonitor, func() {}).On(events.ErrorMonitor, func() {})
	require.Len(t, got, 1)
	require.Same(t, srv, got[0].Emitter)
	require.Equal(t, events.ErrorMonitor, got[0].Type)
	require.Equal(t, "Possible EventEmitter memory leak detected. 2 Symbol(events.errorMonitor) listeners added to [Server]. MaxListeners is 1. Use emitter.setMaxListeners() to increase limit", got[0].Message)
}

// Tests that touch package defaults do not run in parallel with others.
func TestPackageDefaults(t *testing.T) {
	var buf bytes.Buffer
	prev := events.SetDefaultWarningHandler(events.NewWarningPrinter(&buf))
	t.Cleanup(func() { events.SetDefaultWarningHandler(prev) })

	require.Equal(t, 10, events.GetDefaultMaxListeners())
	events.SetDefaultMaxListeners(2)
	t.Cleanup(func() { events.SetDefaultMaxListeners(events.DefaultMaxListeners) })
	var e events.Emitter
	require.Equal(t, 2, e.GetMaxListeners())
	e.On("a", func() {}).On("a", func() {}).On("a", func() {})
	e.On("b", func() {}).On("b", func() {}).On("b", func() {})
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	require.Len(t, lines, 3)
	require.Regexp(t, `^\(node:\d+\) MaxListenersExceededWarning: Possible EventEmitter memory leak detected\. 3 a listeners added to \[EventEmitter\]\. MaxListeners is 2\. Use emitter\.setMaxListeners\(\) to increase limit$`, lines[0])
	require.Equal(t, "(Use `node --trace-warnings ...` to show where the warning was created)", lines[1])
	require.Regexp(t, `^\(node:\d+\) MaxListenersExceededWarning: .* 3 b listeners`, lines[2])
	requireNodePanic(t, "ERR_OUT_OF_RANGE",
		`The value of "defaultMaxListeners" is out of range. It must be >= 0. Received -5`,
		func() { events.SetDefaultMaxListeners(-5) })

	require.False(t, events.GetDefaultCaptureRejections())
	require.False(t, e.CaptureRejections())
	events.SetDefaultCaptureRejections(true)
	t.Cleanup(func() { events.SetDefaultCaptureRejections(false) })
	require.True(t, e.CaptureRejections())
	require.False(t, events.New(events.WithCaptureRejections(false)).CaptureRejections())
	require.True(t, events.New(events.WithCaptureRejections(true)).CaptureRejections())

	require.NotNil(t, events.SetDefaultWarningHandler(nil), "returns the previous handler")
}

func TestFormatWarning(t *testing.T) {
	w := &events.Warning{Name: "MaxListenersExceededWarning", Message: "m"}
	require.Equal(t, "(node:42) MaxListenersExceededWarning: m\n", events.FormatWarning(w, 42, false))
	require.Equal(t, "(node:42) MaxListenersExceededWarning: m\n(Use `node --trace-warnings ...` to show where the warning was created)\n",
		events.FormatWarning(w, 42, true))
	w.Code = "CODE1"
	require.Equal(t, "(node:7) [CODE1] MaxListenersExceededWarning: m\n", events.FormatWarning(w, 7, false))

	var buf bytes.Buffer
	p := events.NewWarningPrinter(&buf)
	p(w)
	p(w)
	require.Equal(t, 1, strings.Count(buf.String(), "--trace-warnings"), "the hint is printed once")
}
