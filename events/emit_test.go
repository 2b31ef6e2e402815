package events_test

import (
	"errors"
	"fmt"
	"io"
	"syscall"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/events"
	"github.com/nodenet/nodenet/nodeerr"
)

type bytesAlias []byte

type stringer struct{}

func (stringer) String() string { return "stringer!" }

func TestTypedEmitArgumentMatching(t *testing.T) {
	var got []string
	logf := func(format string, args ...any) { got = append(got, fmt.Sprintf(format, args...)) }
	tests := []struct {
		name     string
		listener any
		emit     func(e *events.Emitter) bool
		want     []string
	}{
		{"exact 1", func(b []byte) { logf("b %s", b) }, func(e *events.Emitter) bool { return events.Emit1(e, "x", []byte("hi")) }, []string{"b hi"}},
		{"exact 2", func(err error, s string) { logf("%v %s", err, s) }, func(e *events.Emitter) bool { return events.Emit2[error](e, "x", nil, "a") }, []string{"<nil> a"}},
		{"exact 3", func(a int, b string, c bool) { logf("%d %s %t", a, b, c) }, func(e *events.Emitter) bool { return events.Emit3(e, "x", 1, "b", true) }, []string{"1 b true"}},
		{"prefix func()", func() { logf("none") }, func(e *events.Emitter) bool { return events.Emit3(e, "x", 1, 2, 3) }, []string{"none"}},
		{"prefix of 2", func(a int) { logf("%d", a) }, func(e *events.Emitter) bool { return events.Emit2(e, "x", 7, "ignored") }, []string{"7"}},
		{"prefix of 3", func(a int, b string) { logf("%d %s", a, b) }, func(e *events.Emitter) bool { return events.Emit3(e, "x", 7, "s", 1.5) }, []string{"7 s"}},
		{"interface param", func(err error) { logf("err %v", err) }, func(e *events.Emitter) bool {
			return events.Emit1(e, "x", nodeerr.New("Error", "ERR_X", "boom"))
		}, []string{"err boom"}},
		{"any param", func(v any) { logf("any %v", v) }, func(e *events.Emitter) bool { return events.Emit1(e, "x", 3) }, []string{"any 3"}},
		{"dynamic type of interface arg", func(ne *nodeerr.Error) { logf("ne %s", ne.Code) }, func(e *events.Emitter) bool {
			return events.Emit1[error](e, "x", nodeerr.New("Error", "ERR_Y", "m"))
		}, []string{"ne ERR_Y"}},
		{"nil interface arg to pointer param", func(ne *nodeerr.Error) { logf("ne nil %t", ne == nil) }, func(e *events.Emitter) bool {
			return events.Emit1[error](e, "x", nil)
		}, []string{"ne nil true"}},
		{"assignable named type", func(b bytesAlias) { logf("alias %s", b) }, func(e *events.Emitter) bool { return events.Emit1(e, "x", []byte("z")) }, []string{"alias z"}},
		{"prefix with conversion", func(s fmt.Stringer) { logf("%s", s) }, func(e *events.Emitter) bool { return events.Emit2(e, "x", stringer{}, 1) }, []string{"stringer!"}},
		{"Listener boxed", events.Listener(func(args ...any) { logf("%v", args) }), func(e *events.Emitter) bool {
			return events.Emit3(e, "x", 1, "a", []byte("b"))
		}, []string{"[1 a [98]]"}},
		{"Listener no args", events.Listener(func(args ...any) { logf("%d", len(args)) }), func(e *events.Emitter) bool { return events.Emit0(e, "x") }, []string{"0"}},
		{"plain variadic func", func(args ...any) { logf("%v", args) }, func(e *events.Emitter) bool { return events.Emit1(e, "x", 2) }, []string{"[2]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got = nil
			var e events.Emitter
			e.On("x", tt.listener)
			require.True(t, tt.emit(&e))
			require.Equal(t, tt.want, got)
			// Same through a once wrapper.
			got = nil
			var o events.Emitter
			o.Once("x", tt.listener)
			require.True(t, tt.emit(&o))
			require.False(t, tt.emit(&o))
			require.Equal(t, tt.want, got)
		})
	}
}

func TestTypeMismatchPanics(t *testing.T) {
	tests := []struct {
		name     string
		listener any
		emit     func(e *events.Emitter) bool
		message  string
	}{
		{"wrong type", func(int) {}, func(e *events.Emitter) bool { return events.Emit1(e, "data", []byte("x")) },
			`The listener for event "data" must accept the emitted arguments ([]uint8). Received type func(int)`},
		{"too many params", func(int, int) {}, func(e *events.Emitter) bool { return events.Emit1(e, "data", 1) },
			`The listener for event "data" must accept the emitted arguments (int). Received type func(int, int)`},
		{"static interface not assignable", func(*nodeerr.Error) {}, func(e *events.Emitter) bool {
			return events.Emit1[error](e, "data", errors.New("plain"))
		}, `The listener for event "data" must accept the emitted arguments (*errors.errorString). Received type func(*nodeerr.Error)`},
		{"nil to non-nilable", func(int) {}, func(e *events.Emitter) bool { return events.Emit1[any](e, "data", nil) },
			`The listener for event "data" must accept the emitted arguments (nil). Received type func(int)`},
		{"second arg", func(int, string) {}, func(e *events.Emitter) bool { return events.Emit2(e, "data", 1, 2) },
			`The listener for event "data" must accept the emitted arguments (int, int). Received type func(int, string)`},
		{"dynamic", func(string) {}, func(e *events.Emitter) bool { return e.Emit("data", 1) },
			`The listener for event "data" must accept the emitted arguments (int). Received type func(string)`},
		{"dynamic too few", func(string, int) {}, func(e *events.Emitter) bool { return e.Emit("data", "a") },
			`The listener for event "data" must accept the emitted arguments (string). Received type func(string, int)`},
		{"symbol name", func(string) {}, func(e *events.Emitter) bool { return events.Emit0(e, events.ErrorMonitor) },
			`The listener for event Symbol(events.errorMonitor) must accept the emitted arguments (). Received type func(string)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e events.Emitter
			ran := []string{}
			name := "data"
			if tt.name == "symbol name" {
				name = events.ErrorMonitor
			}
			e.On(name, func() { ran = append(ran, "before") })
			e.On(name, tt.listener)
			e.On(name, func() { ran = append(ran, "after") })
			requireNodePanic(t, "ERR_INVALID_ARG_TYPE", tt.message, func() { tt.emit(&e) })
			require.Equal(t, []string{"before"}, ran, "listeners before the bad one ran, later ones did not")
			ne := catch(func() { tt.emit(&e) }).(*nodeerr.Error)
			require.Equal(t, nodeerr.NameTypeError, ne.Name)
			// The emitter still works after the panic (the list is copied on write).
			e.Off(name, tt.listener)
			ran = nil
			e.On(name, func() { ran = append(ran, "new") })
			e.Off(name, e.RawListeners(name)[0])
			tt.emit(&e)
			require.Equal(t, []string{"after", "new"}, ran)
		})
	}
}

type hostFunc struct {
	name string
	got  *[]string
}

func (h *hostFunc) CallListener(args ...any) {
	*h.got = append(*h.got, fmt.Sprint(h.name, args))
}

func TestDynamicEmit(t *testing.T) {
	var e events.Emitter
	var got []string
	logf := func(format string, args ...any) { got = append(got, fmt.Sprintf(format, args...)) }
	h := &hostFunc{name: "host", got: &got}
	e.On("x", events.Listener(func(args ...any) { logf("dyn %v", args) })).
		On("x", h).
		On("x", func() { logf("none") }).
		On("x", func(v any) { logf("any %v", v) }).
		On("x", func(s string) { logf("string %s", s) }).
		On("x", func(s string, n int) { logf("string int %s %d", s, n) }).
		Once("x", func(s string, n int, b []byte) { logf("three %s %d %s", s, n, b) })
	require.True(t, e.Emit("x", "a", 1, []byte("z")))
	require.Equal(t, []string{"dyn [a 1 [122]]", "host[a 1 [122]]", "none", "any a", "string a", "string int a 1", "three a 1 z"}, got)
	require.False(t, e.Emit("nothing", 1))

	// Common shapes take the type-switch path, including nil for error.
	got = nil
	var d events.Emitter
	d.On("y", func(b []byte) { logf("bytes %s", b) })
	d.On("y", func(err error) { logf("err %v", err) })
	requireNodePanic(t, "ERR_INVALID_ARG_TYPE",
		`The listener for event "y" must accept the emitted arguments (string). Received type func([]uint8)`,
		func() { d.Emit("y", "s") })
	var f events.Emitter
	f.On("y", func(err error) { logf("err %v", err) }).On("y", func(b bool) { logf("bool %t", b) })
	requireNodePanic(t, "ERR_INVALID_ARG_TYPE",
		`The listener for event "y" must accept the emitted arguments (nil). Received type func(bool)`,
		func() { f.Emit("y", nil) })
	require.Equal(t, []string{"err <nil>"}, got)

	// DynamicListener identity: Off finds the same pointer; Listeners returns it.
	require.Same(t, h, e.Listeners("x")[1])
	e.Off("x", h)
	require.Equal(t, 0, e.ListenerCount("x", h))
}

// chunkFunc is a ChunkListener that records how it was called.
type chunkFunc struct{ got []string }

func (c *chunkFunc) CallListener(args ...any) { c.got = append(c.got, fmt.Sprint("dyn", args)) }
func (c *chunkFunc) ListenBytes(b []byte)     { c.got = append(c.got, "bytes "+string(b)) }
func (c *chunkFunc) ListenString(s string)    { c.got = append(c.got, "string "+s) }

func TestChunkListener(t *testing.T) {
	var e events.Emitter
	c := &chunkFunc{}
	e.Declare("data", func([]byte) {}, func(string) {})
	e.On("data", c)
	require.True(t, events.Emit1(&e, "data", []byte("ab")))
	require.True(t, events.Emit1(&e, "data", "cd"))
	require.True(t, events.Emit1[any](&e, "data", []byte("ef")))
	require.True(t, events.Emit1(&e, "data", 7))
	type chunk []byte // not []byte itself: boxed
	require.True(t, events.Emit1(&e, "data", chunk("gh")))
	require.True(t, events.Emit0(&e, "data"))
	require.True(t, events.Emit2(&e, "data", "x", 1))
	require.True(t, e.Emit("data", []byte("ij")))
	require.Equal(t, []string{"bytes ab", "string cd", "bytes ef", "dyn[7]", "dyn[[103 104]]", "dyn[]", "dyn[x 1]", "dyn[[105 106]]"}, c.got)

	// Once wraps it like any listener; identity finds it for Off.
	c.got = nil
	o := &chunkFunc{}
	e.Once("data", o)
	events.Emit1(&e, "data", "k")
	events.Emit1(&e, "data", "l")
	require.Equal(t, []string{"string k", "string l"}, c.got)
	require.Equal(t, []string{"string k"}, o.got)
	require.Same(t, c, e.Listeners("data")[0])
	require.Equal(t, 1, e.ListenerCount("data", c))
	e.Off("data", c)
	require.Equal(t, 0, e.ListenerCount("data"))

	// A []byte or a string reaches it without allocating.
	var n int
	var f events.Emitter
	f.On("data", &countChunk{n: &n})
	buf := []byte("hello")
	require.Zero(t, testing.AllocsPerRun(200, func() { events.Emit1(&f, "data", buf) }))
	require.Zero(t, testing.AllocsPerRun(200, func() { events.Emit1(&f, "data", "hello") }))
	require.Equal(t, 2*201*5, n)
}

type countChunk struct{ n *int }

func (c *countChunk) CallListener(...any)   { panic("boxed") }
func (c *countChunk) ListenBytes(b []byte)  { *c.n += len(b) }
func (c *countChunk) ListenString(s string) { *c.n += len(s) }

func TestDeclare(t *testing.T) {
	var e events.Emitter
	e.Declare("data", func([]byte) {}, (func(string))(nil)).Declare("close", func(bool) {})
	accepted := []any{
		func([]byte) {},
		func(string) {},
		func() {},
		func(any) {},
		func(bytesAlias) {},
		events.Listener(func(...any) {}),
		&hostFunc{},
	}
	for _, l := range accepted {
		require.NotPanics(t, func() { e.On("data", l) }, "%T", l)
	}
	require.NotPanics(t, func() { e.On("close", func() {}).On("other", func(int) {}) })

	requireNodePanic(t, "ERR_INVALID_ARG_TYPE",
		`The listener for event "data" must be of type func([]uint8) or func(string). Received type func(int)`,
		func() { e.On("data", func(int) {}) })
	requireNodePanic(t, "ERR_INVALID_ARG_TYPE",
		`The listener for event "close" must be of type func(bool). Received type func(bool, int)`,
		func() { e.Once("close", func(bool, int) {}) })
	requireNodePanic(t, "ERR_INVALID_ARG_TYPE",
		`The listener for event "close" must be of type func(bool). Received type func(string)`,
		func() { e.PrependOnceListener("close", func(string) {}) })
	requireNodePanic(t, "ERR_INVALID_ARG_TYPE",
		`The listener for event "close" must be of type func(bool). Received type func(string)`,
		func() { e.PrependListener("close", func(string) {}) })
	require.Equal(t, len(accepted), e.ListenerCount("data"), "rejected listeners are not added")
	require.Equal(t, 1, e.ListenerCount("close"))

	requireNodePanic(t, "ERR_INVALID_ARG_TYPE",
		`The "signatures" argument must be a func(), func(A), func(A, B) or func(A, B, C). Received type int`,
		func() { e.Declare("x", 1) })
	requireNodePanic(t, "ERR_INVALID_ARG_TYPE",
		`The "signatures" argument must be a func(), func(A), func(A, B) or func(A, B, C). Received nil`,
		func() { e.Declare("x", nil) })

	e.Declare("close")
	require.NotPanics(t, func() { e.On("close", func(string) {}) })
}

func TestInvalidListener(t *testing.T) {
	var nilFunc func()
	var nilListener events.Listener
	var nilPtr *hostFunc
	tests := []struct {
		listener any
		message  string
	}{
		{nil, `The "listener" argument must be of type function. Received null`},
		{nilFunc, `The "listener" argument must be of type function. Received null`},
		{nilListener, `The "listener" argument must be of type function. Received null`},
		{(func(int))(nil), `The "listener" argument must be of type function. Received null`},
		{1, `The "listener" argument must be of type function. Received type number (1)`},
		{1.5, `The "listener" argument must be of type function. Received type number (1.5)`},
		{"x", `The "listener" argument must be of type function. Received type string ('x')`},
		{true, `The "listener" argument must be of type function. Received type boolean (true)`},
		{struct{}{}, `The "listener" argument must be of type function. Received an instance of struct {}`},
		{[]int{1}, `The "listener" argument must be of type function. Received an instance of []int`},
		{func() int { return 0 }, `The "listener" argument must be a func(), func(A), func(A, B), func(A, B, C), func(A, B, C, D) or events.Listener. Received type func() int`},
		{func(a, b, c, d, e int) {}, `The "listener" argument must be a func(), func(A), func(A, B), func(A, B, C), func(A, B, C, D) or events.Listener. Received type func(int, int, int, int, int)`},
		{func(string, ...int) {}, `The "listener" argument must be a func(), func(A), func(A, B), func(A, B, C), func(A, B, C, D) or events.Listener. Received type func(string, ...int)`},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%T", tt.listener), func(t *testing.T) {
			var e events.Emitter
			for _, register := range []func(){
				func() { e.On("x", tt.listener) },
				func() { e.AddListener("x", tt.listener) },
				func() { e.Once("x", tt.listener) },
				func() { e.PrependListener("x", tt.listener) },
				func() { e.PrependOnceListener("x", tt.listener) },
				func() { e.Off("x", tt.listener) },
				func() { e.RemoveListener("x", tt.listener) },
			} {
				requireNodePanic(t, "ERR_INVALID_ARG_TYPE", tt.message, register)
			}
			require.Empty(t, e.EventNames())
		})
	}
	// A nil pointer implementing DynamicListener is accepted like any value.
	var e events.Emitter
	require.NotPanics(t, func() { e.On("x", nilPtr) })
}

func TestUnhandledError(t *testing.T) {
	boom := errors.New("boom")
	var nilErr *nodeerr.Error
	tests := []struct {
		name    string
		emit    func(e *events.Emitter)
		same    error // panics with this very error
		message string
	}{
		{"no args", func(e *events.Emitter) { events.Emit0(e, "error") }, nil, "Unhandled error. (undefined)"},
		{"dynamic no args", func(e *events.Emitter) { e.Emit("error") }, nil, "Unhandled error. (undefined)"},
		{"error", func(e *events.Emitter) { events.Emit1(e, "error", boom) }, boom, ""},
		{"error dynamic", func(e *events.Emitter) { e.Emit("error", boom, 1) }, boom, ""},
		{"error 2", func(e *events.Emitter) { events.Emit2(e, "error", boom, "x") }, boom, ""},
		{"error 3", func(e *events.Emitter) { events.Emit3(e, "error", boom, "x", 1) }, boom, ""},
		{"errno", func(e *events.Emitter) { events.Emit1[error](e, "error", syscall.ECONNRESET) }, syscall.ECONNRESET, ""},
		{"string", func(e *events.Emitter) { events.Emit1(e, "error", "boom") }, nil, "Unhandled error. ('boom')"},
		{"quote", func(e *events.Emitter) { e.Emit("error", "it's") }, nil, `Unhandled error. ("it's")`},
		{"newline", func(e *events.Emitter) { e.Emit("error", "a\nb") }, nil, `Unhandled error. ('a\nb')`},
		{"int", func(e *events.Emitter) { events.Emit1(e, "error", 42) }, nil, "Unhandled error. (42)"},
		{"uint8", func(e *events.Emitter) { events.Emit1(e, "error", uint8(7)) }, nil, "Unhandled error. (7)"},
		{"float", func(e *events.Emitter) { events.Emit1(e, "error", 1.5) }, nil, "Unhandled error. (1.5)"},
		{"big float", func(e *events.Emitter) { events.Emit1(e, "error", 1e21) }, nil, "Unhandled error. (1e+21)"},
		{"small float", func(e *events.Emitter) { events.Emit1(e, "error", 1e-7) }, nil, "Unhandled error. (1e-7)"},
		{"int float", func(e *events.Emitter) { events.Emit1(e, "error", 123456789012.0) }, nil, "Unhandled error. (123456789012)"},
		{"nan", func(e *events.Emitter) { events.Emit1(e, "error", float32(0)/float32(zero())) }, nil, "Unhandled error. (NaN)"},
		{"nil", func(e *events.Emitter) { events.Emit1[any](e, "error", nil) }, nil, "Unhandled error. (null)"},
		{"nil error", func(e *events.Emitter) { events.Emit1[error](e, "error", nil) }, nil, "Unhandled error. (null)"},
		{"typed nil error", func(e *events.Emitter) { events.Emit1(e, "error", nilErr) }, nil, "Unhandled error. (null)"},
		{"bool", func(e *events.Emitter) { e.Emit("error", true) }, nil, "Unhandled error. (true)"},
		{"buffer", func(e *events.Emitter) { events.Emit1(e, "error", []byte("hi")) }, nil, "Unhandled error. (<Buffer 68 69>)"},
		{"empty buffer", func(e *events.Emitter) { events.Emit1(e, "error", []byte{}) }, nil, "Unhandled error. (<Buffer >)"},
		{"long buffer", func(e *events.Emitter) { events.Emit1(e, "error", make([]byte, 51)) }, nil,
			"Unhandled error. (<Buffer 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 1 more byte>)"},
		{"stringer", func(e *events.Emitter) { events.Emit1(e, "error", stringer{}) }, nil, "Unhandled error. (stringer!)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e events.Emitter
			e.On("other", func() {})
			r := thrown(func() { tt.emit(&e) })
			if tt.same != nil {
				require.Equal(t, tt.same, r)
				return
			}
			ne, ok := r.(*nodeerr.Error)
			require.Truef(t, ok, "got %T %v", r, r)
			require.Equal(t, "ERR_UNHANDLED_ERROR", ne.Code)
			require.Equal(t, nodeerr.NameError, ne.Name)
			require.Equal(t, tt.message, ne.Message)
			require.Equal(t, "Error [ERR_UNHANDLED_ERROR]: "+tt.message, ne.String())
		})
	}
}

func zero() int { return 0 }

func TestErrorListenerAndMonitor(t *testing.T) {
	emits := map[string]func(e *events.Emitter, err error) bool{
		"Emit1":   func(e *events.Emitter, err error) bool { return events.Emit1(e, "error", err) },
		"Emit2":   func(e *events.Emitter, err error) bool { return events.Emit2(e, "error", err, 2) },
		"Emit3":   func(e *events.Emitter, err error) bool { return events.Emit3(e, "error", err, 2, 3) },
		"dynamic": func(e *events.Emitter, err error) bool { return e.Emit("error", err) },
	}
	for name, emit := range emits {
		t.Run(name, func(t *testing.T) {
			var e events.Emitter
			var trace []string
			e.On(events.ErrorMonitor, func(err error) { trace = append(trace, "monitor "+err.Error()) })
			boom := errors.New("boom")
			require.Equal(t, boom, thrown(func() { emit(&e, boom) }))
			require.Equal(t, []string{"monitor boom"}, trace, "the monitor runs before the panic")
			trace = nil
			e.On("error", func(err error) { trace = append(trace, "listener "+err.Error()) })
			e.PrependListener(events.ErrorMonitor, func() { trace = append(trace, "monitor0") })
			require.True(t, emit(&e, boom))
			require.Equal(t, []string{"monitor0", "monitor boom", "listener boom"}, trace)
		})
	}
	t.Run("Emit0", func(t *testing.T) {
		var e events.Emitter
		var trace []string
		e.On(events.ErrorMonitor, func() { trace = append(trace, "monitor") })
		requireNodePanic(t, "ERR_UNHANDLED_ERROR", "Unhandled error. (undefined)", func() { events.Emit0(&e, "error") })
		e.On("error", func() { trace = append(trace, "listener") })
		require.True(t, events.Emit0(&e, "error"))
		require.Equal(t, []string{"monitor", "monitor", "listener"}, trace)
	})
	t.Run("monitor adds a listener", func(t *testing.T) {
		var e events.Emitter
		handled := false
		e.On(events.ErrorMonitor, func(error) {
			if e.ListenerCount("error") == 0 {
				e.On("error", func(error) { handled = true })
			}
		})
		require.True(t, events.Emit1(&e, "error", errors.New("x")))
		require.True(t, handled)
	})
}

func TestOnceCallback(t *testing.T) {
	t.Run("resolves", func(t *testing.T) {
		var e events.Emitter
		var got []any
		calls := 0
		cancel := events.OnceCallback(&e, "x", func(args []any, err error) {
			calls++
			require.NoError(t, err)
			got = args
			require.Equal(t, 0, e.ListenerCount("x"))
			require.Equal(t, 0, e.ListenerCount("error"))
		})
		require.Equal(t, 1, e.ListenerCount("error"))
		events.Emit2(&e, "x", 1, "a")
		events.Emit2(&e, "x", 2, "b")
		cancel()
		require.Equal(t, []any{1, "a"}, got)
		require.Equal(t, 1, calls)
	})
	t.Run("rejects on error", func(t *testing.T) {
		var e events.Emitter
		var gotErr error
		events.OnceCallback(&e, "x", func(args []any, err error) {
			require.Nil(t, args)
			gotErr = err
		})
		boom := errors.New("boom")
		require.True(t, events.Emit1(&e, "error", boom), "the pending once handles the error")
		require.Equal(t, boom, gotErr)
		require.Equal(t, 0, e.ListenerCount("x"))
		require.Equal(t, 0, e.ListenerCount("error"))
		require.False(t, events.Emit1(&e, "x", 1))
	})
	t.Run("rejects on non-error value", func(t *testing.T) {
		var e events.Emitter
		var gotErr error
		events.OnceCallback(&e, "x", func(args []any, err error) { gotErr = err })
		e.Emit("error", "bad")
		require.True(t, nodeerr.HasCode(gotErr, "ERR_UNHANDLED_ERROR"))
		require.Equal(t, "Unhandled error. ('bad')", gotErr.Error())
	})
	t.Run("waiting for error resolves", func(t *testing.T) {
		var e events.Emitter
		var got []any
		events.OnceCallback(&e, "error", func(args []any, err error) {
			require.NoError(t, err)
			got = args
		})
		require.Equal(t, 1, e.ListenerCount("error"))
		events.Emit1(&e, "error", io.EOF)
		require.Equal(t, []any{io.EOF}, got)
		require.Equal(t, 0, e.ListenerCount("error"))
	})
	t.Run("cancel", func(t *testing.T) {
		var e events.Emitter
		var gotErr error
		calls := 0
		cancel := events.OnceCallback(&e, "x", func(args []any, err error) { calls++; gotErr = err })
		cancel()
		cancel()
		require.Equal(t, 1, calls)
		var ne *nodeerr.Error
		require.ErrorAs(t, gotErr, &ne)
		require.Equal(t, "AbortError", ne.Name)
		require.Equal(t, "ABORT_ERR", ne.Code)
		require.Equal(t, "The operation was aborted", ne.Message)
		require.Empty(t, e.EventNames())
		events.Emit0(&e, "x")
		require.Equal(t, 1, calls)
	})
	t.Run("args are a copy", func(t *testing.T) {
		var e events.Emitter
		var got []any
		events.OnceCallback(&e, "x", func(args []any, err error) { got = args })
		args := []any{1, 2}
		e.Emit("x", args...)
		args[0] = 9
		require.Equal(t, []any{1, 2}, got)
	})
}

func TestEmitAllocations(t *testing.T) {
	var e events.Emitter
	n := 0
	e.On("data", func(b []byte) { n += len(b) })
	e.On("data", func() { n++ })
	e.On("end", func() { n++ })
	e.On("lookup", func(err error, addr string) { n += len(addr) })
	e.On("lookup", func(err error) { n++ })
	e.On("three", func(a int, b string, c []byte) { n += a })
	e.On("single", func(b []byte) { n += len(b) })
	buf := []byte("hello")
	tests := map[string]func(){
		"Emit1 one listener": func() { events.Emit1(&e, "single", buf) },
		"Emit1":              func() { events.Emit1(&e, "data", buf) },
		"Emit0":              func() { events.Emit0(&e, "end") },
		"Emit2":              func() { events.Emit2[error](&e, "lookup", nil, "127.0.0.1") },
		"Emit3":              func() { events.Emit3(&e, "three", 1, "s", buf) },
		"no listener":        func() { events.Emit1(&e, "nothing", buf) },
	}
	for name, f := range tests {
		t.Run(name, func(t *testing.T) {
			require.Zero(t, testing.AllocsPerRun(200, f))
		})
	}
	require.NotZero(t, n)
}

func TestCaptureRejectionsOption(t *testing.T) {
	require.True(t, events.New(events.WithCaptureRejections(true)).CaptureRejections())
	var e events.Emitter
	require.False(t, e.CaptureRejections())
	e.Init(events.WithCaptureRejections(true))
	require.True(t, e.CaptureRejections())
}
