package events_test

// Conformance: each scenario in test/conformance/events/NAME.js prints an event
// trace under real Node; the trace is recorded in NAME.golden (and the warnings
// Node prints on stderr, with the pid replaced by PID, in NAME.stderr.golden).
// TestConformance re-enacts every scenario with the Go API and compares the
// traces byte for byte; TestConformanceOracle re-runs the scripts under the
// oracle Node and fails if its output drifted from the golden files
// (go test -run TestConformanceOracle -update re-records them).

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/events"
	"github.com/nodenet/nodenet/nodeerr"
	"github.com/nodenet/nodenet/test/oracle"
)

var updateGolden = flag.Bool("update", false, "re-record the conformance golden files with the oracle Node")

// scenarios maps each script name to its Go re-enactment, which writes the
// trace to out and what Node would print on stderr to errOut.
var scenarios = map[string]func(out, errOut io.Writer){
	"order":           scenarioOrder,
	"once_remove":     scenarioOnceRemove,
	"snapshot":        scenarioSnapshot,
	"newlistener":     scenarioNewListener,
	"maxlisteners":    scenarioMaxListeners,
	"error_unhandled": scenarioErrorUnhandled,
	"once_promise":    scenarioOncePromise,
}

// moduleRoot walks up from the working directory to the directory with go.mod.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		require.NotEqual(t, dir, parent, "go.mod not found above the working directory")
		dir = parent
	}
}

// oracleNode returns the path of the pinned reference Node binary; see
// oracle.Require.
func oracleNode(t *testing.T) string { return oracle.Require(t) }

func conformanceDir(t *testing.T) string {
	return filepath.Join(moduleRoot(t), "test", "conformance", "events")
}

var pidRE = regexp.MustCompile(`\(node:\d+\)`)

// normalizeStderr replaces the pid in Node's warning lines.
func normalizeStderr(b []byte) []byte { return pidRE.ReplaceAll(b, []byte("(node:PID)")) }

func readGolden(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	require.NoError(t, err)
	return b
}

func TestConformanceScriptsHaveScenarios(t *testing.T) {
	scripts, err := filepath.Glob(filepath.Join(conformanceDir(t), "*.js"))
	require.NoError(t, err)
	var names []string
	for _, s := range scripts {
		names = append(names, strings.TrimSuffix(filepath.Base(s), ".js"))
	}
	require.Equal(t, slices.Sorted(maps.Keys(scenarios)), names, "every script needs a Go re-enactment and vice versa")
}

func TestConformance(t *testing.T) {
	dir := conformanceDir(t)
	for _, name := range slices.Sorted(maps.Keys(scenarios)) {
		run := scenarios[name]
		t.Run(name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			run(&out, &errOut)
			golden := readGolden(t, filepath.Join(dir, name+".golden"))
			require.NotNil(t, golden, "missing %s.golden", name)
			require.Equal(t, string(golden), out.String())
			require.Equal(t, string(readGolden(t, filepath.Join(dir, name+".stderr.golden"))),
				string(normalizeStderr(errOut.Bytes())))
		})
	}
}

func TestConformanceOracle(t *testing.T) {
	node := oracleNode(t)
	dir := conformanceDir(t)
	for _, name := range slices.Sorted(maps.Keys(scenarios)) {
		t.Run(name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			cmd := exec.Command(node, name+".js")
			cmd.Dir = dir
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			require.NoError(t, cmd.Run(), "stderr: %s", stderr.String())
			errOut := normalizeStderr(stderr.Bytes())
			goldenPath := filepath.Join(dir, name+".golden")
			stderrPath := filepath.Join(dir, name+".stderr.golden")
			if *updateGolden {
				require.NoError(t, os.WriteFile(goldenPath, stdout.Bytes(), 0o644))
				if len(errOut) > 0 {
					require.NoError(t, os.WriteFile(stderrPath, errOut, 0o644))
				} else if err := os.Remove(stderrPath); err != nil && !errors.Is(err, os.ErrNotExist) {
					require.NoError(t, err)
				}
				return
			}
			require.Equal(t, string(readGolden(t, goldenPath)), stdout.String(), "oracle stdout drifted from %s", goldenPath)
			require.Equal(t, string(readGolden(t, stderrPath)), string(errOut), "oracle stderr drifted from %s", stderrPath)
		})
	}
}

// --- helpers shared by the re-enactments ---

// sameFunc reports whether a and b hold the same func value (JavaScript's ===
// on functions).
func sameFunc(a, b any) bool {
	type eface struct{ typ, data unsafe.Pointer }
	ea, eb := (*eface)(unsafe.Pointer(&a)), (*eface)(unsafe.Pointer(&b))
	return ea.typ == eb.typ && ea.data == eb.data
}

// jsName is String(name) in JavaScript: ErrorMonitor is a Symbol there.
func jsName(name string) string {
	if name == events.ErrorMonitor {
		return "Symbol(events.errorMonitor)"
	}
	return name
}

func jsNames(names []string) string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = jsName(n)
	}
	return strings.Join(out, ",")
}

func logger(w io.Writer) func(format string, args ...any) {
	return func(format string, args ...any) { fmt.Fprintf(w, format+"\n", args...) }
}

// --- re-enactments, one per script, in the script's order ---

func scenarioOrder(out, _ io.Writer) {
	log := logger(out)
	e := &events.Emitter{}
	a := func() { log("a") }
	b := func() { log("b") }
	c := func() { log("c") }
	d := func() { log("d") }
	e.On("x", a).PrependListener("x", b).Once("x", c).PrependOnceListener("x", d).On("x", a)
	log("count %d a=%d c=%d", e.ListenerCount("x"), e.ListenerCount("x", a), e.ListenerCount("x", c))
	log("emit1 %t", events.Emit0(e, "x"))
	log("emit2 %t", events.Emit0(e, "x"))
	e.Off("x", a)
	log("count %d", e.ListenerCount("x"))
	log("emit3 %t", events.Emit0(e, "x"))
	log("emit none %t", events.Emit0(e, "nothing"))

	e.Once("z", a).On("z", a).Off("z", a)
	var raw []string
	for _, l := range e.RawListeners("z") {
		if sameFunc(l, a) {
			raw = append(raw, "a")
		} else if w, ok := l.(*events.OnceWrapper); ok && sameFunc(w.Listener, a) {
			raw = append(raw, "once(a)")
		}
	}
	log("z raw %s", strings.Join(raw, ","))
	e.Off("z", a)
	log("z count %d", e.ListenerCount("z"))

	e.On("y", a).On("1", a).On("0", b).On(events.ErrorMonitor, c)
	log("names %s", jsNames(e.EventNames()))
	e.RemoveAllListeners("x").On("x", a)
	log("names %s", jsNames(e.EventNames()))
	e.RemoveAllListeners()
	log("names after removeAll [%s]", jsNames(e.EventNames()))
	log("max %d", e.GetMaxListeners())
	log("max %d", e.SetMaxListeners(3).GetMaxListeners())
}

func scenarioOnceRemove(out, _ io.Writer) {
	log := logger(out)
	e := &events.Emitter{}
	f := func(v int) { log("f %d count during call=%d", v, e.ListenerCount("x")) }
	e.Once("x", f)
	raw := e.RawListeners("x")[0]
	w, _ := raw.(*events.OnceWrapper)
	log("raw is f %t, raw.listener is f %t", sameFunc(raw, f), w != nil && sameFunc(w.Listener, f))
	log("listeners[0] is f %t", sameFunc(e.Listeners("x")[0], f))
	log("count f %d", e.ListenerCount("x", f))
	log("emit %t", events.Emit1(e, "x", 1))
	log("emit again %t", events.Emit1(e, "x", 2))

	e.Once("y", f).Off("y", f)
	log("after off(original) count %d emit %t", e.ListenerCount("y"), events.Emit1(e, "y", 3))

	e.Once("w", f).Off("w", raw)
	log("off(other wrapper) count %d", e.ListenerCount("w"))
	e.Off("w", e.RawListeners("w")[0])
	log("off(own wrapper) count %d", e.ListenerCount("w"))

	nested := false
	e.On("q", func() {
		log("outer")
		if !nested {
			nested = true
			events.Emit0(e, "q")
		}
	})
	e.Once("q", func() { log("once q") })
	events.Emit0(e, "q")
	log("q count %d", e.ListenerCount("q"))

	e.On("p", func() { log("p on") })
	e.PrependOnceListener("p", func() { log("p once") })
	events.Emit0(e, "p")
	events.Emit0(e, "p")
}

func scenarioSnapshot(out, _ io.Writer) {
	log := logger(out)
	e := &events.Emitter{}
	n := 0
	second := func() { log("second") }
	e.On("s", func() {
		n++
		k := n
		log("first %d", k)
		e.On("s", func() { log("added %d", k) })
		e.Off("s", second)
	})
	e.On("s", second)
	events.Emit0(e, "s")
	log("--")
	events.Emit0(e, "s")
	log("--")
	events.Emit0(e, "s")
	log("count %d", e.ListenerCount("s"))

	g := &events.Emitter{}
	g.On("t", func() {
		log("remover")
		g.RemoveAllListeners("t")
	})
	g.On("t", func() { log("late") })
	g.PrependListener("t", func() { log("prepended") })
	log("emit %t", events.Emit0(g, "t"))
	log("emit %t", events.Emit0(g, "t"))

	h := &events.Emitter{}
	h.On("u", func() {
		log("u1")
		h.PrependListener("u", func() { log("u0") })
	})
	events.Emit0(h, "u")
	log("--")
	events.Emit0(h, "u")

	r := &events.Emitter{}
	depth := 0
	r.Once("r", func() { log("once r depth %d", depth) })
	r.On("r", func() {
		log("on r depth %d", depth)
		depth++
		if depth == 1 {
			events.Emit0(r, "r")
		}
	})
	events.Emit0(r, "r")
}

func scenarioNewListener(out, _ io.Writer) {
	log := logger(out)
	e := &events.Emitter{}
	foo := func() {}
	bar := func() {}
	nl2 := func(string, any) {}
	var rl func(string, any)
	name := func(l any) string {
		switch {
		case sameFunc(l, foo):
			return "foo"
		case sameFunc(l, bar):
			return "bar"
		case sameFunc(l, rl):
			return "rl"
		case sameFunc(l, nl2):
			return "nl2"
		}
		if _, ok := l.(*events.OnceWrapper); ok {
			return "wrapper"
		}
		return "?"
	}
	e.On(events.EventNewListener, func(n string, l any) {
		log("newListener %s %s count=%d", jsName(n), name(l), e.ListenerCount(n))
	})
	rl = func(n string, l any) {
		log("removeListener %s %s count=%d", jsName(n), name(l), e.ListenerCount(n))
	}
	e.On(events.EventRemoveListener, rl)
	e.On("x", foo).Once("x", bar).PrependListener("x", bar).Off("x", bar)
	events.Emit0(e, "x")
	e.Off("x", foo).Off("x", bar)
	e.Once("y", foo)
	events.Emit0(e, "y")
	e.Once("z", foo).Once("z", bar)
	events.Emit0(e, "z")
	events.Emit0(e, "z")
	e.On(events.EventNewListener, nl2)
	e.On("a", foo).On("a", bar).On("b", foo)
	log("names %s", jsNames(e.EventNames()))
	e.RemoveAllListeners("a")
	e.RemoveAllListeners()
	log("names [%s]", jsNames(e.EventNames()))
}

func scenarioMaxListeners(out, errOut io.Writer) {
	log := logger(out)
	// Node emits warnings on the next tick, after the synchronous part of the
	// script; the handler here is synchronous, so collect and print at the end.
	var warnings []*events.Warning
	collect := events.WithWarningHandler(func(w *events.Warning) { warnings = append(warnings, w) })
	e := events.New(collect)
	s := events.New(collect, events.WithClassName("Sub"))
	add := func(em *events.Emitter, name string, k int) {
		for range k {
			em.On(name, func() {})
		}
	}
	add(e, "foo", 11)
	log("foo %d", e.ListenerCount("foo"))
	add(e, "foo", 5)
	add(e, "bar", 10)
	log("bar %d", e.ListenerCount("bar"))
	add(e, "bar", 1)
	e.SetMaxListeners(2)
	f1, f2, f3 := func() {}, func() {}, func() {}
	e.On("baz", f1).On("baz", f2).On("baz", f3).Off("baz", f3).Off("baz", f2).On("baz", f2).On("baz", f3)
	e.SetMaxListeners(0)
	add(e, "qux", 50)
	e.SetMaxListeners(10)
	add(e, events.ErrorMonitor, 11)
	add(s, "foo", 11)
	log("sync done")

	printer := events.NewWarningPrinter(errOut)
	for _, w := range warnings {
		who := "?"
		switch w.Emitter {
		case e:
			who = "e"
		case s:
			who = "s"
		}
		log("warning %s type=%s count=%d emitter=%s", w.Name, jsName(w.Type), w.Count, who)
		log("  %s", w.Message)
		printer(w)
	}
}

func scenarioErrorUnhandled(out, _ io.Writer) {
	log := logger(out)
	try := func(label string, first any, emit func(e *events.Emitter)) {
		defer func() {
			r := recover()
			if u, ok := r.(*events.UnhandledError); ok {
				r = u.Err // the thrown value
			}
			if err, ok := r.(error); ok && first != nil && err == first {
				log("%s rethrew %s", label, err.Error())
				return
			}
			var ne *nodeerr.Error
			if err, ok := r.(error); ok && errors.As(err, &ne) {
				log("%s threw %s %s %s", label, ne.Name, ne.Code, ne.Message)
				return
			}
			log("%s no throw", label)
		}()
		emit(&events.Emitter{})
	}
	try("none", nil, func(e *events.Emitter) { events.Emit0(e, "error") })
	try("string", nil, func(e *events.Emitter) { events.Emit1(e, "error", "boom") })
	try("quote", nil, func(e *events.Emitter) { events.Emit1(e, "error", "it's") })
	try("number", nil, func(e *events.Emitter) { events.Emit1(e, "error", 42) })
	try("float", nil, func(e *events.Emitter) { events.Emit1(e, "error", 1.5) })
	try("null", nil, func(e *events.Emitter) { events.Emit1[any](e, "error", nil) })
	try("bool", nil, func(e *events.Emitter) { events.Emit1(e, "error", true) })
	try("buffer", nil, func(e *events.Emitter) { events.Emit1(e, "error", []byte("hi")) })
	bad := errors.New("bad")
	try("error", bad, func(e *events.Emitter) { events.Emit1(e, "error", bad) })

	e := &events.Emitter{}
	e.On(events.ErrorMonitor, func(err error) { log("monitor %s", err.Error()) })
	func() {
		defer func() { log("threw %s", recover().(error).Error()) }()
		events.Emit1(e, "error", errors.New("m1"))
	}()
	e.On("error", func(err error) { log("error listener %s", err.Error()) })
	e.PrependListener(events.ErrorMonitor, func(err error, extra string) { log("monitor0 %s %s", err.Error(), extra) })
	log("emit returned %t", events.Emit2(e, "error", errors.New("m2"), "x"))

	m := &events.Emitter{}
	added := false
	m.On(events.ErrorMonitor, func() {
		log("monitor adds listener %t", !added)
		if !added {
			m.On("error", func(err error) { log("late listener %s", err.Error()) })
		}
		added = true
	})
	log("emit returned %t", events.Emit1(m, "error", errors.New("m3")))
	log("emit other returned %t", events.Emit0(m, "other"))
}

func scenarioOncePromise(out, _ io.Writer) {
	log := logger(out)
	e := &events.Emitter{}
	events.OnceCallback(e, "x", func(args []any, err error) {
		parts := make([]string, len(args))
		for i, a := range args {
			parts[i] = fmt.Sprint(a)
		}
		log("resolved %s x=%d error=%d", strings.Join(parts, ","), e.ListenerCount("x"), e.ListenerCount("error"))
	})
	events.Emit2(e, "x", 1, "a")

	events.OnceCallback(e, "y", func(args []any, err error) {
		log("rejected %s y=%d error=%d", err.Error(), e.ListenerCount("y"), e.ListenerCount("error"))
	})
	events.Emit1(e, "error", errors.New("bad"))

	events.OnceCallback(e, "error", func(args []any, err error) {
		log("once error resolved %s error=%d", args[0].(error).Error(), e.ListenerCount("error"))
	})
	events.Emit1(e, "error", errors.New("as value"))

	cancel := events.OnceCallback(e, "z", func(args []any, err error) {
		var ne *nodeerr.Error
		if errors.As(err, &ne) {
			log("aborted %s %s %s z=%d error=%d", ne.Name, ne.Code, ne.Message, e.ListenerCount("z"), e.ListenerCount("error"))
		}
	})
	cancel()
	cancel()
}
