package script

import (
	"io"
	"time"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/netmod"
	"github.com/nodenet/nodenet/script/internal/host"
	"github.com/nodenet/nodenet/script/modules/net"
)

// NodeVersion is the Node.js release whose behaviour the host follows
// (process.version).
const NodeVersion = "v26.10.0"

// Version is nodenet's own version.
const Version = "0.1.0"

// Options configure a Host.
type Options struct {
	// Modules lists the built-in modules scripts may require ("net",
	// "events", "fs", ...; with or without "node:"). Nil means
	// DefaultModules: every built-in except "fs". AllModules grants all.
	Modules []string
	// Stdout and Stderr receive console output and process.stdout/stderr
	// writes (default os.Stdout, os.Stderr).
	Stdout, Stderr io.Writer
	// Argv is process.argv (default: [execPath, script]).
	Argv []string
	// Env is process.env as KEY=VALUE pairs. The default is none: a hosted
	// script sees an empty process.env unless the program passes one (the
	// nodenet command passes os.Environ(), as node does).
	Env []string
	// Dir is process.cwd() and the base of relative module paths (default
	// the working directory).
	Dir string
	// RequireRoots are the directories under which scripts may require
	// files (.js, .json, node_modules packages), relative ids and symbolic
	// links resolved: a file outside them is refused with
	// ERR_ACCESS_DENIED before the file system is asked whether it exists.
	// The default, nil, allows no file requires at all: a hosted script
	// reaches only the built-ins of Modules and what the program hands it,
	// and the allowlist cannot be sidestepped by require('/etc/x.json').
	// A file system root ("/") allows every file (the nodenet command's
	// choice). The program's own RunMain, RunFile and Preload files are
	// not checked; what they require is.
	RequireRoots []string
	// ExecPath is process.execPath (default os.Executable()).
	ExecPath string
	// CPUBudget, when positive, bounds the CPU time of one callback into
	// JavaScript: a handler that runs longer is stopped with an
	// ERR_SCRIPT_CPU_BUDGET error delivered as an uncaught exception
	// (process 'uncaughtException', or the host's OnUncaught), and the loop
	// goes on.
	CPUBudget time.Duration
	// MemoryBudget, when positive, bounds in bytes what one callback into
	// JavaScript may allocate: a callback under which the Go heap grows by
	// more is stopped with an ERR_SCRIPT_MEMORY_BUDGET error delivered as
	// an uncaught exception, and the loop goes on; a single string, array
	// buffer or typed array larger than the budget is refused with the
	// same error before it is allocated. See "Sandbox" in the package
	// documentation for what this bounds and what it cannot.
	MemoryBudget int64
	// OnExit, if set, is told the exit code when a hosted script ends
	// (process.exit, Host.Exit, or a fatal uncaught exception without
	// OnUncaught) outside RunMain and RunMainString.
	OnExit func(code int)
	// Preload lists modules required before the main one (node -r),
	// resolved from Dir.
	Preload []string
	// MainSource, when the program already has the main module's source
	// (the CLI does), lets New start compiling the built-in modules it
	// requires at its top level in the background while the host starts.
	// It changes nothing but start-up time.
	MainSource string
	// InputType is how RunMainString reads its source (node --input-type):
	// "module" runs it as an ES module; "" or "commonjs" as CommonJS.
	InputType string
	// NoWarnings keeps process warnings from being printed (node
	// --no-warnings); 'warning' listeners still get them.
	NoWarnings bool
	// ExposeGC defines the global gc() (node --expose-gc), which runs a
	// full collection.
	ExposeGC bool
	// TraceWarnings prints a warning's stack (node --trace-warnings).
	TraceWarnings bool
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

// DefaultModules is the allowlist used when Options.Modules is nil: every
// built-in module except fs.
var DefaultModules = []string{
	"assert", "assert/strict", "buffer", "console", "dns", "dns/promises", "events", "net",
	"net/promises", "os", "path", "perf_hooks", "readline", "readline/promises", "stream", "string_decoder",
	"test", "timers", "timers/promises", "url", "util", "util/types",
	"path/posix", "path/win32", "querystring", "stream/consumers", "stream/promises",
}

// AllModules grants every built-in module, fs and worker_threads included
// (the CLI's choice).
var AllModules = append([]string{"fs", "fs/promises", "worker_threads"}, DefaultModules...)

// Host runs Node-style scripts on an eventloop.Loop with goja. It is bound
// to its loop's goroutine: create it, run scripts and call its methods there
// (before Run, or from callbacks of the loop).
type Host struct {
	h *host.Host
}

// New creates a host on loop: it installs itself as the loop's Runner,
// panic handler and warning handler, and prepares the globals of a Node
// script (process, console, timers, Buffer, ...). Call it on the loop's
// goroutine before loop.Run.
//
// New returns an error with code ERR_UNKNOWN_BUILTIN_MODULE for a name in
// opts.Modules that is not a public built-in ("nett", "internal/errors").
func New(loop *eventloop.Loop, opts Options) (*Host, error) {
	if opts.Modules == nil {
		opts.Modules = DefaultModules
	}
	h, err := host.New(loop, opts.host())
	if err != nil {
		return nil, convert(err)
	}
	return &Host{h: h}, nil
}

// host is opts as the host takes them, with the library of built-in
// modules.
func (opts Options) host() host.Options {
	ho := host.Options{
		Library:             library,
		Modules:             opts.Modules,
		Stdout:              opts.Stdout,
		Stderr:              opts.Stderr,
		Argv:                opts.Argv,
		Env:                 opts.Env,
		Dir:                 opts.Dir,
		RequireRoots:        opts.RequireRoots,
		MemoryBudget:        opts.MemoryBudget,
		OnExit:              opts.OnExit,
		MainSource:          opts.MainSource,
		InputType:           opts.InputType,
		ExecPath:            opts.ExecPath,
		CPUBudget:           opts.CPUBudget,
		Preload:             opts.Preload,
		NoWarnings:          opts.NoWarnings,
		ExposeGC:            opts.ExposeGC,
		TraceWarnings:       opts.TraceWarnings,
		UnhandledRejections: opts.UnhandledRejections,
		StackTraceLimit:     opts.StackTraceLimit,
		ExecArgv:            opts.ExecArgv,
	}
	if f := opts.OnUncaught; f != nil {
		ho.OnUncaught = func(e *host.Error) { f(fromHost(e)) }
	}
	return ho
}

// Set makes value a global of the scripts (globalThis[name]). Go functions
// and values are converted by goja: a func(goja.FunctionCall) goja.Value is
// a native function; other funcs and structs are wrapped by reflection.
// Call it on the loop's goroutine.
func (h *Host) Set(name string, value any) error { return convert(h.h.Set(name, value)) }

// Get returns the global name.
func (h *Host) Get(name string) goja.Value { return h.h.Get(name) }

// RunString evaluates src as a classic script named name (its top-level
// declarations become globals) and returns its completion value. The
// nextTick queue and Promise jobs it queued run before RunString returns.
// An exception is returned as *Error. Call it on the loop's goroutine.
func (h *Host) RunString(name, src string) (v goja.Value, err error) {
	v, err = h.h.RunString(name, src)
	return v, convert(err)
}

// RunFile loads file as a CommonJS module (not the main one) and returns its
// module.exports, as require(file) would. An exception is returned as
// *Error. Call it on the loop's goroutine.
func (h *Host) RunFile(file string) (exports goja.Value, err error) {
	v, err := h.h.RunFile(file)
	return v, convert(err)
}

// Require returns the built-in module name as a script's require would
// (the allowlist applies).
func (h *Host) Require(name string) (m goja.Value, err error) {
	v, err := h.h.Require(name)
	return v, convert(err)
}

// CallFunction calls the JavaScript function fn from Go with Go or goja
// values as arguments, as one callback of the loop (ticks and Promise jobs
// run before it returns), and returns its result or its exception as
// *Error. Once a hosted script has exited (Exit), it and the other Run...
// calls return an *Error with code ERR_SCRIPT_EXITED. Call it on the
// loop's goroutine.
func (h *Host) CallFunction(fn goja.Value, args ...any) (v goja.Value, err error) {
	v, err = h.h.CallFunction(fn, args...)
	return v, convert(err)
}

// Loop returns the host's loop.
func (h *Host) Loop() *eventloop.Loop { return h.h.Loop() }

// Runtime returns the goja runtime, for embedders that build values or
// call functions themselves (on the loop's goroutine only).
func (h *Host) Runtime() *goja.Runtime { return h.h.Runtime() }

// Run implements eventloop.Runner: fn runs inside a JavaScript frame so
// that Promise jobs wait for it and for the nextTick queue, as in Node.
func (h *Host) Run(fn func()) { h.h.Run(fn) }

// QueueMicrotask implements eventloop.Runner: fn joins the Promise job
// queue.
func (h *Host) QueueMicrotask(fn func()) { h.h.QueueMicrotask(fn) }

// Idle implements eventloop.IdleReporter: no Promise job is queued and the
// host has nothing of its own to do when the current frame returns (no
// rejections to report, not exiting, no CPU budget to reset per callback).
func (h *Host) Idle() bool { return h.h.Idle() }

// Call calls fn with this and args from Go, as a callback of the loop would
// (an exception is thrown on as a panic the loop handles). Use it inside
// loop callbacks. On the loop's goroutine outside any callback (before Run,
// say) wrap it as loop.Call(func() { h.Call(...) }); from any other
// goroutine use loop.Post(func() { h.Call(...) }): loop.Call, like the
// host itself, belongs to the loop's goroutine.
func (h *Host) Call(fn goja.Value, this goja.Value, args ...goja.Value) goja.Value {
	return h.h.Call(fn, this, args...)
}

// Exit ends the script as process.exit(code) does, and ExitCode reports
// code. Under RunMain and RunMainString the loop stops (as node's process
// ends). A hosted script, one whose callbacks the program's own loop.Run
// drives, ends alone: its 'exit' listeners run, its sockets, servers,
// timers, immediates and workers are closed, none of its callbacks runs
// again (calls into it return ERR_SCRIPT_EXITED), Options.OnExit is told
// code, and the loop goes on with the program's work. process.exit and a
// fatal uncaught exception end a script the same way.
func (h *Host) Exit(code int) { h.h.Exit(code) }

// Exiting reports whether process.exit (or a fatal exception) ended the
// script.
func (h *Host) Exiting() bool { return h.h.Exiting() }

// ExitCode is the process exit code: process.exitCode, the code given to
// process.exit, or 1 after an uncaught exception.
func (h *Host) ExitCode() int { return h.h.ExitCode() }

// RunMain runs file as the main module and then the loop until it is idle,
// with 'beforeExit' and 'exit' as Node emits them, and returns the exit
// code. It is what the nodenet command does.
func (h *Host) RunMain(file string) (int, error) {
	code, err := h.h.RunMain(file)
	return code, convert(err)
}

// RunMainString runs src as the main module (node -e) and then the loop
// until it is idle, as RunMain.
func (h *Host) RunMainString(name, src string) (int, error) {
	code, err := h.h.RunMainString(name, src)
	return code, convert(err)
}

// Close stops the CPU watchdog. The loop is the caller's to close.
func (h *Host) Close() { h.h.Close() }

// Socket returns the JavaScript net.Socket of a Go socket, such as one a Go
// server accepted, so that a script can handle the connection: its events
// reach the script's listeners and its writes go to the Go socket. The
// same Go socket always gives the same JavaScript object. Call it on the
// loop's goroutine.
func (h *Host) Socket(s *netmod.Socket) (goja.Value, error) {
	v, err := net.Socket(h.h, s)
	return v, convert(err)
}

// GoSocket returns the Go socket behind a JavaScript net.Socket (one a
// script created or one Socket handed over).
func (h *Host) GoSocket(v goja.Value) (*netmod.Socket, bool) { return net.GoSocket(v) }

// Server returns a JavaScript net.Server over a Go server, so that a
// script can listen on it, add 'connection' listeners or close it; the
// same Go server always gives the same JavaScript object. Call it on the
// loop's goroutine.
func (h *Host) Server(srv *netmod.Server) (goja.Value, error) {
	v, err := net.Server(h.h, srv)
	return v, convert(err)
}

// GoServer returns the Go server behind a JavaScript net.Server, so that a
// Go program can use a server a script created.
func (h *Host) GoServer(v goja.Value) (*netmod.Server, bool) { return net.GoServer(v) }
