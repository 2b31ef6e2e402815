package host

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/netip"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/nodeerr"
)

// NodeVersion is the Node.js release whose behaviour the host follows
// (process.version); script.NodeVersion documents it, and a test keeps
// the two equal.
const NodeVersion = "v26.10.0"

// Version is nodenet's own version (script.Version).
const Version = "0.1.0"

// Options configure a Host: script.Options and the library of built-in
// modules.
type Options struct {
	// Library is the built-in modules and bindings the host can load.
	Library *Library
	// LookupNetIP resolves host names for dns.lookup (default
	// net.DefaultResolver.LookupNetIP).
	LookupNetIP LookupFunc
	// Modules lists the built-in modules scripts may require ("net",
	// "events", "fs", ...; with or without "node:").
	Modules []string
	// Stdout and Stderr receive console output and process.stdout/stderr
	// writes (default os.Stdout, os.Stderr).
	Stdout, Stderr io.Writer
	// Argv is process.argv (default: [execPath, script]).
	Argv []string
	// Env is process.env as KEY=VALUE pairs (default none: an empty
	// process.env).
	Env []string
	// Dir is process.cwd() and the base of relative module paths (default
	// the working directory).
	Dir string
	// RequireRoots are the directories under which scripts may require
	// files (user modules, JSON): nil allows none.
	RequireRoots []string
	// MemoryBudget, when positive, bounds the growth of the Go heap during
	// one callback into JavaScript, and the size of one string, array
	// buffer or typed array a script allocates.
	MemoryBudget int64
	// OnExit, if set, is told the exit code when a hosted script ends
	// (process.exit, Exit, or a fatal exception) outside RunMain.
	OnExit func(code int)
	// MainSource is the main module's source when known before New: the
	// built-in modules it requires start compiling while the host starts.
	MainSource string
	// InputType is how RunMainString reads its source: "module" (an ES
	// module) or "" / "commonjs".
	InputType string
	// ExecPath is process.execPath (default os.Executable()).
	ExecPath string
	// CPUBudget, when positive, bounds the CPU time of one callback into
	// JavaScript: a handler that runs longer is stopped with an
	// ERR_SCRIPT_CPU_BUDGET error delivered as an uncaught exception
	// (process 'uncaughtException', or the host's OnUncaught), and the loop
	// goes on.
	CPUBudget time.Duration
	// Preload lists modules required before the main one (node -r),
	// resolved from Dir.
	Preload []string
	// NoWarnings keeps process warnings from being printed (node
	// --no-warnings); 'warning' listeners still get them.
	NoWarnings bool
	// TraceWarnings prints a warning's stack (node --trace-warnings).
	TraceWarnings bool
	// ExposeGC defines the global gc() of node --expose-gc: a full
	// collection of the Go heap (goja's objects live there).
	ExposeGC bool
	// UnhandledRejections is the mode of node --unhandled-rejections:
	// "throw" (the default), "strict", "warn", "none" or
	// "warn-with-error-code".
	UnhandledRejections string
	// StackTraceLimit, when positive, is Error.stackTraceLimit at start
	// (node --stack-trace-limit=N).
	StackTraceLimit int
	// ExecArgv is process.execArgv (the options given to the command).
	ExecArgv []string
	// OnUncaught, if set, receives exceptions no 'uncaughtException'
	// listener took, instead of the default (print the error and exit with
	// code 1, as Node). The loop goes on unless it calls Exit.
	OnUncaught func(err *Error)
}

// A LookupFunc resolves a host name to its addresses, as
// net.Resolver.LookupNetIP.
type LookupFunc func(ctx context.Context, network, host string) ([]netip.Addr, error)

// Host runs Node-style scripts on an eventloop.Loop with goja. It is bound
// to its loop's goroutine: create it, run scripts and call its methods there
// (before Run, or from callbacks of the loop).
type Host struct {
	loop *eventloop.Loop
	vm   *goja.Runtime
	opts Options

	// outerCall names the object whose method the outermost JavaScript
	// frame runs as, while Go calls a timer's or an immediate's callback
	// ("Timeout" or "Immediate"; "" otherwise), for V8's frame names.
	outerCall string

	// catchHookFn is the catch hook (see catchHook); hooked holds the
	// programs of compileWrapped that take it, true for those that take
	// CommonJS import() too.
	catchHookFn goja.Value
	hooked      map[*goja.Program]bool

	library    *Library
	allowed    map[string]bool
	roots      []string                // Options.RequireRoots, absolute, and their real paths
	anyFile    bool                    // a root is a file system root: every file may be required
	cache      *goja.Object            // require.cache: user modules by file name
	mainModule *goja.Object            // require.main
	lib        map[string]*goja.Object // built-in modules loaded, by name
	natives    map[string]*goja.Object // bindings handed to built-in modules

	trampoline goja.Callable
	runNative  goja.Value
	runArgs    []goja.Value // the trampoline's arguments: runNative
	pendingFn  func()
	// goja's value stack, when findValueStack found it, and the stack the
	// outermost frames grew, kept for the next (stack.go); keepNext: the
	// frame starting now is the outermost; keptDirty: how much of the
	// kept stack the last frame may have written
	stack     *[]goja.Value
	keptStack []goja.Value
	keptDirty int
	keepNext  bool
	procHooks *goja.Object // process internals (emit 'exit', 'beforeExit', ...)
	// emitResult is events.js's addCatch: what emit does with a listener's
	// result, for the bindings that call a listener themselves
	emitResult goja.Callable

	// FastBuffer and the Uint8Array constructor that builds its instances
	fastBuffer    *goja.Object
	newUint8Array goja.Constructor
	// bufArg is NewBuffer's argument list for newUint8Array, kept so that
	// a chunk's Buffer does not allocate one
	bufArg        [1]goja.Value
	dataViewProto *goja.Object // DataView.prototype, once looked up

	rejections []*goja.Promise
	// goja's Promise job queue, when findJobQueue could find it (Idle)
	jobQueue *[]func()
	rejected map[*goja.Promise]bool

	globalRequire bool

	start   time.Time // the host's start: process.uptime, hrtime and performance.now count from it
	startHR int64     // sys.HRTime at the start

	state   map[any]any // the module groups' Go state (State)
	closers []func()    // what Close runs first (OnClose)

	exiting  bool
	exitCode int
	exited   bool
	// ownsLoop: RunMain or RunMainString runs the loop (an exit stops it);
	// ended: a hosted script ended (Exit without ownsLoop)
	ownsLoop bool
	ended    bool
	enders   []func() // what end runs (OnEnd)

	// the handler of the callback running now, for the budgets' errors
	// (EnterHandler)
	handler      Handler
	handlerEvent string
	// the handler running when a budget's interrupt surfaced (Rethrow)
	stopped      Handler
	stoppedEvent string
	stopSet      bool

	budgetMu     sync.Mutex
	budgetGen    uint64
	budgetActive bool
	stopWatchdog chan struct{}

	errCache []errCacheEntry

	evalName, evalSrc string // the -e script, for source lines in messages

	sources     map[string]*sourceInfo  // compiled files, for V8's stack layout
	errorCtor   *goja.Object            // the global Error constructor
	syntaxSites map[*goja.Object]string // code frames of compile errors and stack overflows
	lastSite    string                  // code frame of the value being thrown
	goEmitted   map[*goja.Object]bool   // errors a Go emitter threw as unhandled 'error'
}

// maxCallStack bounds the depth of JavaScript calls (V8 allows about 11 000
// simple frames with Node's default stack).
const maxCallStack = 10000

// exitSignal unwinds JavaScript and Go frames after process.exit.
type exitSignal struct{ code int }

// New creates a host on loop: it installs itself as the loop's Runner,
// panic handler and warning handler, and prepares the globals of a Node
// script (process, console, timers, Buffer, ...). Call it on the loop's
// goroutine before loop.Run.
func New(loop *eventloop.Loop, opts Options) (*Host, error) {
	if opts.Stdout == nil {
		opts.Stdout = os.Stdout
	}
	if opts.Stderr == nil {
		opts.Stderr = os.Stderr
	}
	if opts.Dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		opts.Dir = wd
	}
	if opts.ExecPath == "" {
		if p, err := os.Executable(); err == nil {
			opts.ExecPath = p
		}
	}
	h := &Host{
		loop:     loop,
		library:  opts.Library,
		vm:       goja.New(),
		opts:     opts,
		allowed:  map[string]bool{},
		lib:      map[string]*goja.Object{},
		natives:  map[string]*goja.Object{},
		rejected: map[*goja.Promise]bool{},
		start:    time.Now(),
		startHR:  sys.HRTime(),
	}
	for _, m := range opts.Modules {
		name := trimNode(m)
		if !h.library.isBuiltin(name) {
			return nil, nodeerr.New("Error", "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: "+m)
		}
		h.allowed[name] = true
	}
	if err := h.setRequireRoots(opts.RequireRoots); err != nil {
		return nil, err
	}
	h.vm.SetFieldNameMapper(goja.UncapFieldNameMapper())
	// Runaway recursion ends with an error, as V8's stack limit does,
	// instead of growing without bound.
	h.vm.SetMaxCallStackSize(maxCallStack)
	h.vm.SetPromiseRejectionTracker(h.trackRejection)
	tr, err := h.vm.RunString("(function trampoline(run) { run(); })")
	if err != nil {
		return nil, err
	}
	h.trampoline, _ = goja.AssertFunction(tr)
	h.findJobQueue()
	h.findValueStack(tr)
	h.runNative = h.vm.ToValue(func(goja.FunctionCall) goja.Value {
		fn := h.pendingFn
		h.pendingFn = nil
		keep := h.keepNext
		h.keepNext = false
		fn()
		if keep {
			h.keepStack()
		}
		return goja.Undefined()
	})
	h.runArgs = []goja.Value{h.runNative}
	if err := h.installErrorStacks(); err != nil {
		return nil, err
	}
	if opts.ExposeGC {
		if err := h.installGC(); err != nil {
			return nil, err
		}
	}
	loop.SetRunner(h)
	loop.SetPanicHandler(h.onPanic)
	loop.SetWarningHandler(h.onWarning)
	if opts.MemoryBudget > 0 {
		if err := h.installMemoryGuards(); err != nil {
			return nil, err
		}
	}
	// The background compiler takes the bootstrap's modules first, then
	// those the main module will require, while this thread starts.
	h.library.precompileDeps("internal/bootstrap")
	if opts.MainSource != "" {
		h.library.precompileRequiredBy(opts.MainSource)
	}
	if err := h.bootstrap(); err != nil {
		return nil, err
	}
	if opts.CPUBudget > 0 || opts.MemoryBudget > 0 {
		h.startWatchdog()
	}
	return h, nil
}

// Loop returns the host's loop.
func (h *Host) Loop() *eventloop.Loop { return h.loop }

// Runtime returns the goja runtime, for embedders that build values or
// call functions themselves (on the loop's goroutine only).
func (h *Host) Runtime() *goja.Runtime { return h.vm }

// Run implements eventloop.Runner: fn runs inside a JavaScript frame so
// that Promise jobs wait for it and for the nextTick queue, as in Node.
func (h *Host) Run(fn func()) {
	h.pendingFn = fn
	h.enter()
	// Ticks that Promise jobs queued run first (the loop calls Run again
	// for them); the rejections are processed once they have.
	for len(h.rejections) > 0 && !h.exiting && !h.loop.TicksPending() {
		h.pendingFn = h.processRejections
		h.enter()
	}
}

// enter calls the trampoline with h.pendingFn. Promise jobs run when it
// returns; what escapes them (process.exit in a job, an interrupt) is
// handled here.
func (h *Host) enter() {
	defer func() {
		if v := recover(); v != nil {
			if _, ok := v.(exitSignal); !ok {
				panic(v)
			}
		}
	}()
	h.budgetBegin()
	top := h.reuseStack()
	h.keepNext = top
	_, err := h.trampoline(goja.Undefined(), h.runArgs...)
	if top {
		h.clearKeptStack()
	}
	h.budgetEnd()
	if err != nil {
		h.jobError(err)
	}
}

// installGC defines the global gc() (node --expose-gc): it collects at
// once and returns undefined or, called with {execution: 'async'}, a
// Promise of undefined settled in the poll phase. The global is writable
// and enumerable, not configurable, as in node.
func (h *Host) installGC() error {
	gc := h.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		runtime.GC()
		if o, ok := call.Argument(0).(*goja.Object); ok {
			if e := o.Get("execution"); e != nil && e.String() == "async" {
				// Settled in the loop's poll phase, as node settles it
				// from a task of its own: after timers, before immediates.
				p, resolve, _ := h.vm.NewPromise()
				if err := h.loop.Post(func() { h.Run(func() { _ = resolve(goja.Undefined()) }) }); err != nil {
					_ = resolve(goja.Undefined())
				}
				return h.vm.ToValue(p)
			}
		}
		return goja.Undefined()
	}).(*goja.Object)
	if err := gc.DefineDataProperty("name", h.vm.ToValue("gc"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	return h.vm.GlobalObject().DefineDataProperty("gc", gc, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
}

// QueueMicrotask implements eventloop.Runner: fn joins the Promise job
// queue.
func (h *Host) QueueMicrotask(fn func()) {
	p, resolve, _ := h.vm.NewPromise()
	then, _ := goja.AssertFunction(h.vm.ToValue(p).ToObject(h.vm).Get("then"))
	_, _ = then(h.vm.ToValue(p), h.vm.ToValue(func(goja.FunctionCall) goja.Value {
		fn()
		return goja.Undefined()
	}))
	_ = resolve(goja.Undefined())
}

// jobError handles what escaped goja's job queue: an exit or an
// interrupted (over-budget) job.
func (h *Host) jobError(err error) {
	if v, ok := h.thrown(err, nil); ok {
		h.uncaught(v)
	}
}

// onPanic is the loop's panic handler: a JavaScript exception (or a Go
// panic) that escaped a callback.
func (h *Host) onPanic(v any, stack []byte) {
	if val, ok := h.thrown(v, stack); ok {
		h.uncaught(val)
	}
}

// thrown is the JavaScript value a callback's panic (or a call's error)
// carried, and false for an exit (process.exit unwinding: nothing to
// report). An interrupt is the CPU budget's error.
func (h *Host) thrown(v any, stack []byte) (goja.Value, bool) {
	// What a budget stopped is reported once.
	defer func() { h.stopped, h.stoppedEvent, h.stopSet = nil, "", false }()
	switch x := v.(type) {
	case exitSignal:
		return nil, false
	case *goja.Exception:
		h.lastSite = h.exceptionSite(x)
		return x.Value(), true
	case *goja.StackOverflowError:
		// goja ends runaway recursion with an uncatchable error: reported
		// as V8's RangeError, with the frames where it happened.
		return h.stackOverflow(x), true
	case *goja.InterruptedError:
		h.vm.ClearInterrupt()
		switch x.Value().(type) {
		case exitSignal:
			return nil, false
		case memorySignal:
			return h.stopHandler("ERR_SCRIPT_MEMORY_BUDGET",
				fmt.Sprintf("Script callback exceeded its memory budget of %d bytes", h.opts.MemoryBudget)), true
		}
		return h.stopHandler("ERR_SCRIPT_CPU_BUDGET",
			fmt.Sprintf("Script callback exceeded its CPU budget of %v", h.opts.CPUBudget)), true
	case goja.Value:
		return x, true
	case error:
		// A Go emitter's 'error' event without a listener.
		v := h.ToJS(x)
		if o, ok := v.(*goja.Object); ok {
			h.markGoEmitted(o, x)
		}
		return v, true
	default:
		return h.vm.NewGoError(fmt.Errorf("%v\n%s", v, stack)), true
	}
}

// onWarning emits a loop warning (TimeoutOverflowWarning, ...) on process.
func (h *Host) onWarning(name, message string) {
	h.callHook("warning", h.vm.ToValue(name), h.vm.ToValue(message))
}

// uncaught delivers an exception as Node's process._fatalException does.
func (h *Host) uncaught(v goja.Value) {
	if h.exiting {
		return
	}
	site := h.lastSite
	h.lastSite = ""
	// What the printer needed of this exception is not kept past it.
	defer func() { h.goEmitted = nil }()
	if h.opts.OnUncaught != nil && !h.hasUncaughtListener() {
		if o, ok := v.(*goja.Object); ok {
			h.fixEngineError(o)
		}
		h.opts.OnUncaught(h.ScriptError(v))
		return
	}
	defer func() {
		if x := recover(); x != nil {
			if _, ok := x.(exitSignal); !ok {
				panic(x)
			}
		}
	}()
	h.callHook("uncaught", v, h.vm.ToValue(false), h.vm.ToValue(site))
}

// hasUncaughtListener reports whether process has 'uncaughtException'
// listeners.
func (h *Host) hasUncaughtListener() bool {
	proc, ok := h.vm.Get("process").(*goja.Object)
	if !ok {
		return false
	}
	lc, ok := goja.AssertFunction(proc.Get("listenerCount"))
	if !ok {
		return false
	}
	n, err := lc(proc, h.vm.ToValue("uncaughtException"))
	return err == nil && n.ToInteger() > 0
}

// callHook calls a process internal defined by the bootstrap script. A
// throw escapes as a panic (the caller is inside protect).
func (h *Host) callHook(name string, args ...goja.Value) goja.Value {
	fn, ok := goja.AssertFunction(h.procHooks.Get(name))
	if !ok {
		panic(fmt.Sprintf("script: no process hook %q", name))
	}
	v, err := fn(goja.Undefined(), args...)
	if err != nil {
		h.Rethrow(err)
	}
	return v
}

// Rethrow turns an error returned by a call into JavaScript back into a
// panic that unwinds as the exception it was.
func (h *Host) Rethrow(err error) {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		panic(ex)
	}
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		switch ie.Value().(type) {
		case budgetSignal, memorySignal:
			// The innermost handler is the one a budget stopped: kept
			// before the frames that entered handlers unwind.
			if !h.stopSet {
				h.stopped, h.stoppedEvent, h.stopSet = h.handler, h.handlerEvent, true
			}
		}
		panic(ie)
	}
	panic(err)
}

// Call calls fn with this and args from Go, as a callback of the loop would
// (an exception is thrown on as a panic the loop handles). Use it inside
// loop callbacks. On the loop's goroutine outside any callback (before Run,
// say) wrap it as loop.Call(func() { h.Call(...) }); from any other
// goroutine use loop.Post(func() { h.Call(...) }): loop.Call, like the
// host itself, belongs to the loop's goroutine.
func (h *Host) Call(fn goja.Value, this goja.Value, args ...goja.Value) goja.Value {
	if h.ended {
		return goja.Undefined() // the hosted script ended: no more callbacks
	}
	f, ok := goja.AssertFunction(fn)
	if !ok {
		panic(h.vm.NewTypeError("not a function"))
	}
	v, err := f(this, args...)
	if err != nil {
		h.Rethrow(err)
	}
	return v
}

// Exit ends the script as process.exit(code) does, and ExitCode reports
// code. Under RunMain (the host owns the loop's run, as node) the loop
// stops. A hosted script (one the program's own loop.Run drives) ends
// alone: its 'exit' listeners run if process.exit did not run them, what
// it holds is closed (OnEnd: its sockets, servers, timers, immediates and
// workers), none of its callbacks runs again, Options.OnExit is told
// code, and the loop goes on with the program's own work.
func (h *Host) Exit(code int) {
	if h.exiting {
		return
	}
	h.exiting = true
	h.exitCode = code
	if h.ownsLoop {
		h.loop.Stop()
		return
	}
	h.end()
}

// end ends a hosted script (Exit).
func (h *Host) end() {
	if !h.exited {
		h.exited = true
		func() {
			defer func() { _ = recover() }() // a throwing 'exit' listener ends nothing more
			h.callHook("exit", h.vm.ToValue(h.exitCode))
		}()
	}
	h.ended = true
	if h.jobQueue != nil {
		*h.jobQueue = nil // its Promise jobs do not run either
	}
	h.rejections = nil
	enders, closers := h.enders, h.closers
	h.enders, h.closers = nil, nil
	for _, fn := range enders {
		fn()
	}
	for _, fn := range closers {
		fn()
	}
	if h.opts.OnExit != nil {
		h.opts.OnExit(h.exitCode)
	}
}

// OnEnd has fn run when a hosted script ends (Exit outside RunMain), for
// the module groups to close what the script holds.
func (h *Host) OnEnd(fn func()) { h.enders = append(h.enders, fn) }

// Ended reports whether a hosted script ended (Exit outside RunMain):
// none of its callbacks runs any more.
func (h *Host) Ended() bool { return h.ended }

// Exiting reports whether process.exit (or a fatal exception) ended the
// script.
func (h *Host) Exiting() bool { return h.exiting }

// ExitCode is the process exit code: process.exitCode, the code given to
// process.exit, or 1 after an uncaught exception.
func (h *Host) ExitCode() int {
	if h.exiting {
		return h.exitCode
	}
	v := h.procHooks.Get("exitCode")
	if v == nil {
		return 0
	}
	c, _ := h.Call(v, goja.Undefined()).Export().(int64)
	return int(c)
}

// RunMain runs file as the main module and then the loop until it is idle,
// with 'beforeExit' and 'exit' as Node emits them, and returns the exit
// code. It is what the nodenet command does.
func (h *Host) RunMain(file string) (int, error) {
	h.ownsLoop = true
	abs, err := filepath.Abs(file)
	if err != nil {
		return 1, err
	}
	if _, err := os.Stat(abs); err != nil {
		return 1, fmt.Errorf("cannot find module '%s'", abs)
	}
	h.loop.Call(func() {
		h.preload()
		h.requireMain(abs)
	})
	return h.runToEnd()
}

// RunMainString runs src as the main module (node -e) and then the loop
// until it is idle, as RunMain.
func (h *Host) RunMainString(name, src string) (int, error) {
	h.ownsLoop = true
	h.loop.Call(func() {
		h.preload()
		h.evalMain(name, src)
	})
	return h.runToEnd()
}

func (h *Host) runToEnd() (int, error) {
	for {
		if err := h.loop.Run(); err != nil {
			return 1, err
		}
		if h.exiting {
			break
		}
		h.loop.Call(func() { h.callHook("beforeExit") })
		if h.exiting || !h.loop.Alive() {
			break
		}
	}
	if !h.exiting {
		h.unsettledAwait()
	}
	if !h.exited {
		h.exited = true
		code := h.ExitCode()
		h.loop.Call(func() { h.callHook("exit", h.vm.ToValue(code)) })
	}
	return h.ExitCode(), nil
}

// Close stops the CPU watchdog. The loop is the caller's to close.
func (h *Host) Close() {
	for _, fn := range h.closers {
		fn()
	}
	h.closers = nil
	if h.stopWatchdog != nil {
		close(h.stopWatchdog)
		h.stopWatchdog = nil
	}
}

// budgetBegin marks the start of a callback for the watchdog.
func (h *Host) budgetBegin() {
	if h.stopWatchdog == nil {
		return
	}
	h.budgetMu.Lock()
	h.budgetGen++
	h.budgetActive = true
	h.budgetMu.Unlock()
}

// budgetEnd marks its end; an interrupt that arrived too late for the
// callback is dropped so that it cannot hit the next one.
func (h *Host) budgetEnd() {
	if h.stopWatchdog == nil {
		return
	}
	h.budgetMu.Lock()
	h.budgetActive = false
	h.vm.ClearInterrupt()
	h.budgetMu.Unlock()
}

// heapObjects is the Go heap's bytes in objects (live, and dead ones not
// yet swept), which the memory budget watches.
func heapObjects() int64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(s[0].Value.Uint64())
}

// startWatchdog starts the goroutine that interrupts a callback running
// longer than the CPU budget, or under which the heap grew by more than
// the memory budget. The CPU budget is measured as the wall time of the
// loop thread inside one callback (time blocked in a system call counts
// too; a loop callback does not block). The heap is the process's: it is
// sampled when the watchdog first sees a callback and then at each tick;
// growth past the budget is confirmed after a garbage collection (so that
// garbage the callback already dropped does not count) before the
// callback is stopped.
func (h *Host) startWatchdog() {
	stop := make(chan struct{})
	h.stopWatchdog = stop
	budget, mem := h.opts.CPUBudget, h.opts.MemoryBudget
	period := 2 * time.Millisecond
	if budget > 0 {
		period = max(budget/8, 100*time.Microsecond)
	}
	if mem > 0 {
		period = min(period, time.Millisecond)
	}
	go func() {
		t := time.NewTicker(period)
		defer t.Stop()
		var seenGen uint64
		var seenAt time.Time
		var base int64
		for {
			select {
			case <-stop:
				return
			case now := <-t.C:
				h.budgetMu.Lock()
				switch {
				case !h.budgetActive:
					seenGen = 0
				case h.budgetGen != seenGen:
					seenGen, seenAt = h.budgetGen, now
					if mem > 0 {
						base = heapObjects()
					}
				case budget > 0 && now.Sub(seenAt) >= budget:
					h.vm.Interrupt(budgetSignal{})
					seenGen = 0
				case mem > 0 && heapObjects()-base > mem:
					gen := seenGen
					h.budgetMu.Unlock()
					runtime.GC()
					h.budgetMu.Lock()
					if h.budgetActive && h.budgetGen == gen && heapObjects()-base > mem {
						h.vm.Interrupt(memorySignal{})
						seenGen = 0
					}
				}
				h.budgetMu.Unlock()
			}
		}
	}()
}

// budgetSignal is the interrupt value of an over-budget callback;
// memorySignal that of one over its memory budget.
type (
	budgetSignal struct{}
	memorySignal struct{}
)

// A Handler is what a callback into JavaScript is handling (a socket's
// listener, say), named in the error of a callback a budget stops and
// stopped with it.
type Handler interface {
	// HandlerName names the handler of event ("the 'data' listener of
	// socket 127.0.0.1:5000 -> 127.0.0.1:40000").
	HandlerName(event string) string
	// StopHandler is called once its callback was stopped by a budget: a
	// socket is destroyed, as an uncaught exception in its listener would
	// end it with the process in Node.
	StopHandler()
}

// EnterHandler records that the callback starting now handles event for
// hd, and returns what was recorded before, for LeaveHandler when the
// callback returns or unwinds:
//
//	defer h.LeaveHandler(h.EnterHandler(js, "data"))
func (h *Host) EnterHandler(hd Handler, event string) (Handler, string) {
	ph, pe := h.handler, h.handlerEvent
	h.handler, h.handlerEvent = hd, event
	return ph, pe
}

// LeaveHandler restores what EnterHandler returned.
func (h *Host) LeaveHandler(hd Handler, event string) { h.handler, h.handlerEvent = hd, event }

// stopHandler is the error of a callback a budget stopped: code and
// message, with the handler it was running named (and stopped).
func (h *Host) stopHandler(code, msg string) goja.Value {
	hd, ev := h.handler, h.handlerEvent
	if h.stopSet {
		hd, ev = h.stopped, h.stoppedEvent
	}
	name := ""
	if hd != nil {
		name = hd.HandlerName(ev)
		msg += " in " + name
	}
	e := h.NewNodeError("Error", code, msg)
	if name != "" {
		_ = e.Set("handler", name)
	}
	if hd != nil {
		hd.StopHandler()
	}
	return e
}

// installErrorStacks runs errorSetupJS: scripts' errors get V8's stack
// layout from their construction on.
func (h *Host) installErrorStacks() error {
	prg, err := goja.Compile(stackScript, errorSetupJS, true)
	if err != nil {
		return err
	}
	fn, err := h.vm.RunProgram(prg)
	if err != nil {
		return err
	}
	setup, _ := goja.AssertFunction(fn)
	format := h.vm.ToValue(func(c goja.FunctionCall) goja.Value {
		return h.vm.ToValue(h.v8StackFrom(c.Argument(0).String(), 0, h.stackLimit(), c.Argument(1).ToBoolean()))
	})
	jsonMessage := h.vm.ToValue(func(c goja.FunctionCall) goja.Value {
		return h.vm.ToValue(jsonSyntaxMessage(c.Argument(0).String()))
	})
	sites := h.vm.ToValue(func(c goja.FunctionCall) goja.Value {
		return h.callSites(c.Argument(0).String(), c.Argument(1).ToBoolean())
	})
	setStack := h.vm.ToValue(func(c goja.FunctionCall) goja.Value {
		if o, ok := c.Argument(0).(*goja.Object); ok && h.errorCtor != nil {
			return h.vm.ToValue(h.setStack(o))
		}
		return h.vm.ToValue(false)
	})
	if _, err := setup(goja.Undefined(), format, jsonMessage, sites, setStack); err != nil {
		return err
	}
	h.errorCtor, _ = h.vm.Get("Error").(*goja.Object)
	hook := h.vm.ToValue(func(c goja.FunctionCall) goja.Value {
		if o, ok := c.Argument(0).(*goja.Object); ok {
			h.fixEngineError(o)
		}
		return goja.Undefined()
	})
	h.catchHookFn = hook
	// goja's GoError constructor is a global Node does not have (the host
	// keeps using it through the runtime).
	_ = h.vm.GlobalObject().Delete("GoError")
	if h.opts.StackTraceLimit > 0 {
		_ = h.errorCtor.Set("stackTraceLimit", h.opts.StackTraceLimit)
	}
	return nil
}

// preload requires the modules of Options.Preload.
func (h *Host) preload() {
	for _, id := range h.opts.Preload {
		if !strings.HasPrefix(id, "./") && !strings.HasPrefix(id, "../") && !filepath.IsAbs(id) {
			if f, ok := resolvePath(filepath.Join(h.opts.Dir, id)); ok {
				id = f
			}
		}
		h.requireUser(nil, h.opts.Dir, id, false)
	}
}

// Options returns the options the host was made with (defaults filled
// in), for the bindings to read: the caller must not change them.
func (h *Host) Options() *Options { return &h.opts }

// EvalSource returns the name and source of the -e script
// (RunMainString), or "" and "".
func (h *Host) EvalSource() (name, src string) { return h.evalName, h.evalSrc }

// State returns the Go state a module group keeps for the host under key
// (SetState), or nil.
func (h *Host) State(key any) any { return h.state[key] }

// SetState keeps v for the host under key, for the module group that owns
// key (a type of its own, as context keys).
func (h *Host) SetState(key, v any) {
	if h.state == nil {
		h.state = map[any]any{}
	}
	h.state[key] = v
}

// EmitResult is events.js's addCatch, what emit does with a listener's
// result, once events.js registered it (for bindings that call a listener
// themselves), or nil.
func (h *Host) EmitResult() goja.Callable { return h.emitResult }

// OnClose has Close call fn (before it stops the CPU watchdog), for module
// groups that start work the host owns (worker_threads' workers).
func (h *Host) OnClose(fn func()) { h.closers = append(h.closers, fn) }

// ExitNow ends the script from inside a callback, as process.exit does
// once its listeners ran: the loop stops, ExitCode reports code, and the
// JavaScript and Go frames up to the loop unwind (ExitNow does not
// return).
func (h *Host) ExitNow(code int) {
	h.Exit(code)
	h.vm.Interrupt(exitSignal{code})
	panic(exitSignal{code})
}

// InterruptExit stops the JavaScript running on the host as an exit with
// code would (a terminated worker's). It is safe to call from any
// goroutine.
func (h *Host) InterruptExit(code int) { h.vm.Interrupt(exitSignal{code}) }

// Arch is process.arch: Node's name of the machine architecture.
func Arch() string {
	switch runtime.GOARCH {
	case "amd64":
		return "x64"
	case "386":
		return "ia32"
	default:
		return runtime.GOARCH
	}
}

// SetProcessHooks takes the process internals the bootstrap script
// defines (emit 'exit', 'beforeExit', the uncaught-exception handler, ...),
// which the host calls.
func (h *Host) SetProcessHooks(hooks *goja.Object) { h.procHooks = hooks }

// SetEmitResult takes events.js's addCatch (EmitResult).
func (h *Host) SetEmitResult(fn goja.Callable) { h.emitResult = fn }

// Start is when the host started: process.uptime, hrtime and
// performance.now count from it.
func (h *Host) Start() time.Time { return h.start }

// Elapsed is the time since the host started on the high-resolution clock
// (the performance counter on Windows, where Go's monotonic clock moves in
// timer ticks): process.hrtime and performance.now read it.
func (h *Host) Elapsed() time.Duration { return time.Duration(sys.HRTime() - h.startHR) }

// SetOuterCall names the object whose method the outermost JavaScript
// frame runs as while Go calls a timer's or an immediate's callback
// ("Timeout", "Immediate"; "" otherwise), for V8's frame names, and
// returns the previous name.
func (h *Host) SetOuterCall(name string) (prev string) {
	prev, h.outerCall = h.outerCall, name
	return prev
}

// ReallyExit is process.reallyExit: the 'exit' listeners ran; the script
// ends as with ExitNow.
func (h *Host) ReallyExit(code int) {
	h.exited = true
	h.ExitNow(code)
}

// ArrayValues returns the elements of a JavaScript array.
func (h *Host) ArrayValues(v goja.Value) []goja.Value {
	o := v.ToObject(h.vm)
	n := int(o.Get("length").ToInteger())
	out := make([]goja.Value, n)
	for i := range n {
		out[i] = o.Get(strconv.Itoa(i))
	}
	return out
}
