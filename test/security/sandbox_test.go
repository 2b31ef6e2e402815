package security

// The script sandbox: a hosted script (script.New on the program's loop,
// the program's loop.Run) tries to reach what its host did not grant, to
// run or allocate without bound, to end the program, and to read the
// program's environment. Each attempt runs as a callback of the loop (a
// timer's), as a network handler would; the outcome is the error the
// program's OnUncaught is given (or what the script saw), and after each
// one the host must go on: a Go timer on the same loop fires and the
// script still answers.

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/script"
)

// sandboxAttempt is one attempt of a hosted script.
type sandboxAttempt struct {
	Group string // the doc's sub-heading
	What  string // what it tries, for the doc
	Src   string // the handler's body
	// Want is the outcome: "CODE: message" of the error OnUncaught got
	// ("Name: message" when it has no code; followed by "(and result: X)"
	// if the script set globalThis.result all the same), or
	// "result: <String(result)>" when the handler ran to its end.
	Want string
	// budgets: the attempt runs under the CPU budget (cpu) or the memory
	// budget (mem); either way the other budget is generous.
	Budget string
}

const (
	sandboxCPU = 200 * time.Millisecond
	sandboxMem = 64 << 20
)

// sandboxAttempts: ROOT and OUT are the directories the host allows
// requires from and a directory beside it, with a secret.json each (OUT's
// must stay unread), and ROOT/link.json a symbolic link to OUT's.
var sandboxAttempts = []sandboxAttempt{
	{"modules", "`require('fs')` (not in Modules)", `require('fs')`,
		"ERR_ACCESS_DENIED: Access to this API has been restricted. Module 'fs' is not allowed by this host", ""},
	{"modules", "`require('node:internal/errors')`", `require('node:internal/errors')`,
		"ERR_UNKNOWN_BUILTIN_MODULE: No such built-in module: node:internal/errors", ""},
	{"modules", "`require('internal/errors')`", `require('internal/errors')`,
		"MODULE_NOT_FOUND: Cannot find module 'internal/errors'", ""},
	{"modules", "`require('module')` (to reach Module._load)", `require('module')`,
		"MODULE_NOT_FOUND: Cannot find module 'module'", ""},
	{"modules", "`module.constructor._load('fs')`", `module.constructor._load('fs')`,
		"TypeError: module.constructor._load is not a function", ""},
	{"modules", "`require.main.require('fs')`, `require.cache` walk", `result = typeof require.main.require + ' ' + Object.keys(require.cache).length; require.main.require('fs')`,
		"ERR_ACCESS_DENIED: Access to this API has been restricted. Module 'fs' is not allowed by this host (and result: function 1)", ""},
	{"modules", "`process.binding('fs')`", `process.binding('fs')`,
		"ERR_ACCESS_DENIED: process.binding", ""},
	{"modules", "`process._linkedBinding('fs')`", `process._linkedBinding('fs')`,
		"ERR_ACCESS_DENIED: process._linkedBinding", ""},
	{"modules", "`process.dlopen(module, '/tmp/x.node')`", `process.dlopen({ exports: {} }, '/tmp/x.node')`,
		"ERR_DLOPEN_DISABLED: Cannot load native addon because loading addons is disabled.", ""},
	{"modules", "`Function('return this')()`: the library's `binding`, `internalBinding`, `primordials`",
		`const g = Function('return this')(); result = [typeof g.binding, typeof g.internalBinding, typeof g.primordials, typeof g.require].join(' ')`,
		"result: undefined undefined undefined undefined", ""},
	{"modules", "`eval` and the `Function` constructor from a built-in's method (`[].map.constructor`)",
		`result = [eval('typeof binding'), [].map.constructor('return typeof internalBinding')()].join(' ')`,
		"result: undefined undefined", ""},
	{"modules", "a built-in's frames: `f.caller`, `Error.prepareStackTrace` call sites' `getThis`/`getFunction`",
		`const seen = []; Error.prepareStackTrace = (e, cs) => cs.map((c) => typeof c.getThis() + '/' + typeof c.getFunction()).join();
		 const ee = new (require('events'))(); ee.on('x', function f() { seen.push(String(f.caller), new Error().stack); }); ee.emit('x');
		 result = seen.join(' ')`,
		"result: undefined undefined/undefined,undefined/undefined", ""},
	{"modules", "a socket's Go handle (`socket._nodenetHandle`)",
		`const s = new (require('net').Socket)();
		 const h = s._nodenetHandle; result = Object.getOwnPropertyNames(h).length + ' ' + Object.getOwnPropertyNames(Object.getPrototypeOf(h)).filter((n) => n !== '__proto__' && !(n in Object.prototype)).length; s.destroy()`,
		"result: 0 0", ""},
	{"files", "`require('/OUT/secret.json')` (absolute path outside the roots)", `require(OUT + '/secret.json')`,
		"ERR_ACCESS_DENIED: Access to this API has been restricted. Module file 'OUT/secret.json' is outside the directories this host allows requires from", ""},
	{"files", "`require('../out/secret.json')` from a module in ROOT (relative path escaping the root)", `require(ROOT + '/escape.js')`,
		"ERR_ACCESS_DENIED: Access to this API has been restricted. Module file 'OUT/secret.json' is outside the directories this host allows requires from", ""},
	{"files", "`require('../out/nosuch.json')` (whether a file exists outside is not told)", `require(ROOT + '/../out/nosuch.json')`,
		"ERR_ACCESS_DENIED: Access to this API has been restricted. Module file 'OUT/nosuch.json' is outside the directories this host allows requires from", ""},
	{"files", "`require('./link.json')`: a symbolic link in ROOT to OUT/secret.json", `require(ROOT + '/link.json')`,
		"ERR_ACCESS_DENIED: Access to this API has been restricted. Module file 'ROOT/link.json' is outside the directories this host allows requires from", ""},
	{"files", "`require.resolve('/OUT/secret.json')`", `require.resolve(OUT + '/secret.json')`,
		"ERR_ACCESS_DENIED: Access to this API has been restricted. Module file 'OUT/secret.json' is outside the directories this host allows requires from", ""},
	{"files", "`require('/ROOT/secret.json')` (inside the roots: allowed)", `result = require(ROOT + '/secret.json').where`,
		"result: root", ""},
	{"files", "`process.env` of a host given no Env", `result = JSON.stringify(process.env)`,
		"result: {}", ""},
	{"budget", "an infinite loop", `for (;;) {}`,
		"ERR_SCRIPT_CPU_BUDGET: Script callback exceeded its CPU budget of 200ms", "cpu"},
	{"budget", "an infinite loop inside `finally`", `try { throw new Error('x'); } finally { for (;;) {} }`,
		"ERR_SCRIPT_CPU_BUDGET: Script callback exceeded its CPU budget of 200ms", "cpu"},
	{"budget", "a `catch` that swallows the interrupt and loops again", `for (;;) { try { for (;;) {} } catch (e) { result = 'swallowed'; } }`,
		"ERR_SCRIPT_CPU_BUDGET: Script callback exceeded its CPU budget of 200ms", "cpu"},
	{"budget", "an infinite loop in `try` whose `finally` would record it", `try { for (;;) {} } finally { result = 'finally ran'; }`,
		"ERR_SCRIPT_CPU_BUDGET: Script callback exceeded its CPU budget of 200ms", "cpu"},
	{"budget", "an infinite loop in a Promise job", `Promise.resolve().then(() => { for (;;) {} })`,
		"ERR_SCRIPT_CPU_BUDGET: Script callback exceeded its CPU budget of 200ms", "cpu"},
	{"budget", "deep recursion", `(function r() { r(); })()`,
		"RangeError: Maximum call stack size exceeded", ""},
	{"budget", "deep recursion that catches the RangeError and recurses again", `(function r() { try { r(); } catch (e) { r(); } })()`,
		"RangeError: Maximum call stack size exceeded", ""},
	{"memory", "`'x'.repeat(2 ** 30)` (past V8's longest string)", `'x'.repeat(2 ** 30)`,
		"RangeError: Invalid string length", "mem"},
	{"memory", "`'x'.repeat(2 ** 28)` (a 256 Mi-unit string)", `'x'.repeat(2 ** 28)`,
		"ERR_SCRIPT_MEMORY_BUDGET: Allocation of 536870912 bytes exceeds the script's memory budget of 67108864 bytes", "mem"},
	{"memory", "`'x'.padEnd(2 ** 28)`", `'x'.padEnd(2 ** 28)`,
		"ERR_SCRIPT_MEMORY_BUDGET: Allocation of 536870912 bytes exceeds the script's memory budget of 67108864 bytes", "mem"},
	{"memory", "`new ArrayBuffer(2 ** 40)`", `new ArrayBuffer(2 ** 40)`,
		"ERR_SCRIPT_MEMORY_BUDGET: Allocation of 1099511627776 bytes exceeds the script's memory budget of 67108864 bytes", "mem"},
	{"memory", "`new Float64Array({ length: 2 ** 30 })`", `new Float64Array({ length: 2 ** 30 })`,
		"ERR_SCRIPT_MEMORY_BUDGET: Allocation of 8589934592 bytes exceeds the script's memory budget of 67108864 bytes", "mem"},
	{"memory", "`new (new Uint8Array(1).constructor)(2 ** 40)` (a prototype's constructor)", `new (new Uint8Array(1).constructor)(2 ** 40)`,
		"ERR_SCRIPT_MEMORY_BUDGET: Allocation of 1099511627776 bytes exceeds the script's memory budget of 67108864 bytes", "mem"},
	{"memory", "`new ArrayBuffer(n)` where n's `valueOf` answers 1, then 2 ** 40", `let k = 0; result = new ArrayBuffer({ valueOf() { return k++ ? 2 ** 40 : 1; } }).byteLength`,
		"result: 1", "mem"},
	{"memory", "`new Uint8Array(arrayLike)` whose `length` getter answers 1, then 2 ** 40", `let k = 0; result = new Uint8Array({ get length() { return k++ ? 2 ** 40 : 1; } }).length`,
		"result: 1", "mem"},
	{"memory", "`'ab'.repeat(n)` where n's `valueOf` answers 1, then 2 ** 28", `let k = 0; result = 'ab'.repeat({ valueOf() { return k++ ? 2 ** 28 : 1; } })`,
		"result: ab", "mem"},
	{"memory", "`Buffer.alloc(2 ** 40)`", `Buffer.alloc(2 ** 40)`,
		"ERR_SCRIPT_MEMORY_BUDGET: Allocation of 1099511627776 bytes exceeds the script's memory budget of 67108864 bytes", "mem"},
	{"memory", "an array that grows without bound (1 MiB buffers pushed in a loop)", `const a = []; for (;;) a.push(new Uint8Array(1 << 20));`,
		"ERR_SCRIPT_MEMORY_BUDGET: Script callback exceeded its memory budget of 67108864 bytes", "mem"},
}

// sandboxDirs makes ROOT and OUT for the attempts.
func sandboxDirs(t *testing.T) (root, out string) {
	base := t.TempDir()
	root, out = filepath.Join(base, "root"), filepath.Join(base, "out")
	require.NoError(t, os.Mkdir(root, 0o755))
	require.NoError(t, os.Mkdir(out, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, "secret.json"), []byte(`{"where":"root"}`), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(out, "secret.json"), []byte(`{"where":"out"}`), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(root, "escape.js"), []byte(`module.exports = require('../out/secret.json');`), 0o644))
	require.NoError(t, os.Symlink(filepath.Join(out, "secret.json"), filepath.Join(root, "link.json")))
	return root, out
}

// runAttempt runs a.Src as a timer's callback in a module (ROOT/attempt.js)
// of a fresh hosted script and returns the outcome, after checking that
// the host went on.
func runAttempt(t *testing.T, root, out string, a sandboxAttempt) string {
	loop, err := eventloop.New()
	require.NoError(t, err)
	defer func() { require.NoError(t, loop.Close()) }()
	var got []string
	opts := script.Options{
		Stdout: &strings.Builder{}, Stderr: &strings.Builder{},
		RequireRoots: []string{root},
		CPUBudget:    10 * time.Second, MemoryBudget: 1 << 30,
		OnUncaught: func(err *script.Error) {
			if err.Code != "" {
				got = append(got, err.Code+": "+err.Message)
			} else {
				name := "Error"
				if o, ok := err.Value.(*goja.Object); ok {
					name = o.Get("name").String()
				}
				got = append(got, name+": "+err.Message)
			}
		},
	}
	switch a.Budget {
	case "cpu":
		opts.CPUBudget = sandboxCPU
	case "mem":
		opts.MemoryBudget = sandboxMem
	}
	h, err := script.New(loop, opts)
	require.NoError(t, err)
	defer h.Close()
	file := filepath.Join(root, "attempt.js")
	src := fmt.Sprintf("const ROOT = %q, OUT = %q;\nsetTimeout(() => {\n%s\n}, 1);\n", root, out, a.Src)
	require.NoError(t, os.WriteFile(file, []byte(src), 0o644))
	_, err = h.RunFile(file)
	require.NoError(t, err)
	goTimer := false
	loop.SetTimeout(func() { goTimer = true }, 5*time.Millisecond)
	require.NoError(t, loop.Run())
	require.True(t, goTimer, "%s: the program's own timer fired", a.What)
	v, err := h.RunString("after.js", `typeof result + ' ' + (6 * 7)`)
	require.NoError(t, err, "%s: the host answers after the attempt", a.What)
	require.True(t, strings.HasSuffix(v.String(), " 42"))
	require.LessOrEqual(t, len(got), 1, "%s: %q", a.What, got)
	result := h.Get("result")
	outcome := ""
	if len(got) == 1 {
		outcome = got[0]
		if i := strings.IndexByte(outcome, '\n'); i >= 0 {
			outcome = outcome[:i]
		}
		if result != nil && !goja.IsUndefined(result) {
			outcome += " (and result: " + result.String() + ")"
		}
	} else {
		outcome = "result: " + result.String()
	}
	return strings.NewReplacer(out, "OUT", root, "ROOT").Replace(outcome)
}

// sandboxOutcomes runs every attempt once per test binary.
func sandboxOutcomes(t *testing.T) []string {
	return cached("sandbox", func() any {
		root, out := sandboxDirs(t)
		var outcomes []string
		for _, a := range sandboxAttempts {
			outcomes = append(outcomes, runAttempt(t, root, out, a))
		}
		return outcomes
	}).([]string)
}

func TestSandboxAttempts(t *testing.T) {
	outcomes := sandboxOutcomes(t)
	for i, a := range sandboxAttempts {
		assert.Equal(t, a.Want, outcomes[i], a.What)
	}
}

// exitResult is what a hosted script's process.exit did to the program.
type exitResult struct {
	OnExit              []int
	ExitCode            int
	GoTimerAfter        bool
	ScriptServerClosed  bool
	CallAfterExit       string
	ScriptCallbacksLate []string
}

// hostedExit: a hosted script with a server, a client socket, an interval
// and an immediate calls process.exit(3) in a 'data' handler; the
// program's own timer on the same loop fires after it.
func hostedExit(t *testing.T) exitResult {
	loop, err := eventloop.New()
	require.NoError(t, err)
	defer func() { require.NoError(t, loop.Close()) }()
	var r exitResult
	h, err := script.New(loop, script.Options{
		Stdout: &strings.Builder{}, Stderr: &strings.Builder{},
		OnExit: func(code int) { r.OnExit = append(r.OnExit, code) },
	})
	require.NoError(t, err)
	defer h.Close()
	require.NoError(t, h.Set("late", func(s string) { r.ScriptCallbacksLate = append(r.ScriptCallbacksLate, s) }))
	handler, err := h.RunString("exit.js", `
		const net = require('net');
		const srv = net.createServer((s) => s.on('data', () => {
			setImmediate(() => late('immediate'));
			setTimeout(() => late('timeout'), 0);
			process.nextTick(() => late('tick'));
			Promise.resolve().then(() => late('promise'));
			process.exit(3);
		}));
		setInterval(() => {}, 1000);
		srv.listen(0, '127.0.0.1', () => {
			const c = net.connect(srv.address().port, '127.0.0.1', () => c.write('bye'));
			c.on('close', () => late('client close'));
		});
		globalThis.server = srv;
		(x) => x + 1`)
	require.NoError(t, err)
	addr := h.Get("server")
	srv, ok := h.GoServer(addr)
	require.True(t, ok)
	loop.SetTimeout(func() {
		r.GoTimerAfter = h.Exiting()
		r.ScriptServerClosed = !srv.Listening()
		_, err := h.CallFunction(handler, 1)
		if se, ok := script.AsError(err); ok {
			r.CallAfterExit = se.Code + ": " + se.Message
		}
	}, 200*time.Millisecond)
	start := time.Now()
	require.NoError(t, loop.Run(), "the program's loop.Run returns when nothing is left, not at the exit")
	require.Less(t, time.Since(start), 5*time.Second, "the script's interval was closed")
	r.ExitCode = h.ExitCode()
	return r
}

func TestHostedExit(t *testing.T) {
	r := cached("exit", func() any { return hostedExit(t) }).(exitResult)
	require.Equal(t, []int{3}, r.OnExit)
	require.Equal(t, 3, r.ExitCode)
	require.True(t, r.GoTimerAfter, "the program's timer fired after the exit")
	require.True(t, r.ScriptServerClosed, "the script's server was closed")
	require.Equal(t, "ERR_SCRIPT_EXITED: The script exited with code 3", r.CallAfterExit)
	require.Empty(t, r.ScriptCallbacksLate, "no callback of the script ran after its exit")
}

// budgetSocketResult is what a CPU-budget stop did to the socket whose
// handler it stopped.
type budgetSocketResult struct {
	Uncaught    []string // code: message of each error OnUncaught got
	Handler     string   // the error's handler property, ports normalised
	SpinnerRead string   // what the client of the stopped handler read: "EOF" or an error
	EchoAfter   string   // what a second client got back afterwards
	Open        int      // the script's open sockets at the end (server side)
}

var rePort = regexp.MustCompile(`:\d+`)

// budgetSocket: a hosted echo server whose 'data' handler spins on
// "spin"; one client sends it, a second one then sends "ping".
func budgetSocket(t *testing.T) budgetSocketResult {
	loop, err := eventloop.New()
	require.NoError(t, err)
	defer func() { require.NoError(t, loop.Close()) }()
	var r budgetSocketResult
	h, err := script.New(loop, script.Options{
		// A budget above what loading net the first time takes (under the
		// race detector on a busy machine).
		Modules: []string{"net"}, CPUBudget: time.Second,
		Stdout: &strings.Builder{}, Stderr: &strings.Builder{},
		OnUncaught: func(err *script.Error) {
			r.Uncaught = append(r.Uncaught, rePort.ReplaceAllString(err.Code+": "+err.Message, ":PORT"))
			if o, ok := err.Value.(*goja.Object); ok {
				r.Handler = rePort.ReplaceAllString(o.Get("handler").String(), ":PORT")
			}
		},
	})
	require.NoError(t, err)
	defer h.Close()
	clients := func(port int) {
		addr := fmt.Sprintf("127.0.0.1:%d", port)
		if c, err := net.Dial("tcp", addr); err == nil {
			_, _ = c.Write([]byte("spin"))
			_, err := io.ReadAll(c)
			r.SpinnerRead = "EOF"
			if err != nil {
				r.SpinnerRead = err.Error()
			}
			_ = c.Close()
		}
		if c, err := net.Dial("tcp", addr); err == nil {
			_, _ = c.Write([]byte("ping"))
			_ = c.(*net.TCPConn).CloseWrite()
			b, _ := io.ReadAll(c)
			r.EchoAfter = string(b)
			_ = c.Close()
		}
		_ = loop.Post(func() { _, _ = h.RunString("close.js", `server.close()`) })
	}
	var done = make(chan struct{})
	require.NoError(t, h.Set("ready", func(port int) { go func() { clients(port); close(done) }() }))
	require.NoError(t, h.Set("count", func(n int) { r.Open = n }))
	_, err = h.RunString("echo.js", `
		const server = require('net').createServer((s) => {
			s.setEncoding('utf8');
			s.on('data', (d) => { if (d === 'spin') for (;;) {} s.write(d); });
			s.on('end', () => s.end());
		});
		server.listen(0, '127.0.0.1', () => ready(server.address().port));
		server.on('close', () => server.getConnections((e, n) => count(n)));`)
	require.NoError(t, err)
	require.NoError(t, loop.Run())
	<-done
	return r
}

func TestBudgetStopsSocketHandler(t *testing.T) {
	r := cached("budget-socket", func() any { return budgetSocket(t) }).(budgetSocketResult)
	require.Equal(t, []string{"ERR_SCRIPT_CPU_BUDGET: Script callback exceeded its CPU budget of 1s in the 'data' listener of socket 127.0.0.1:PORT -> 127.0.0.1:PORT"}, r.Uncaught)
	require.Equal(t, "the 'data' listener of socket 127.0.0.1:PORT -> 127.0.0.1:PORT", r.Handler)
	require.Equal(t, "EOF", r.SpinnerRead, "the stopped handler's socket was destroyed")
	require.Equal(t, "ping", r.EchoAfter, "the server goes on")
	require.Equal(t, 0, r.Open)
}

// TestSandboxOptions: names New refuses, and the environment a hosted
// script sees.
func TestSandboxOptions(t *testing.T) {
	loop, err := eventloop.New()
	require.NoError(t, err)
	defer func() { require.NoError(t, loop.Close()) }()
	_, err = script.New(loop, script.Options{Modules: []string{"net", "nett"}})
	require.EqualError(t, err, "No such built-in module: nett")
	_, err = script.New(loop, script.Options{Modules: []string{"internal/errors"}})
	require.EqualError(t, err, "No such built-in module: internal/errors")
	t.Setenv("NODENET_SECRET", "host only")
	h, err := script.New(loop, script.Options{Env: []string{"GIVEN=yes"}})
	require.NoError(t, err)
	defer h.Close()
	v, err := h.RunString("env.js", `JSON.stringify(process.env)`)
	require.NoError(t, err)
	require.Equal(t, `{"GIVEN":"yes"}`, v.String())
	_, err = h.RunString("files.js", `require('./anything.json')`)
	se, ok := script.AsError(err)
	require.True(t, ok, "%v", err)
	require.Equal(t, "ERR_ACCESS_DENIED", se.Code)
	require.Equal(t, "Access to this API has been restricted. File requires are not allowed by this host", se.Message)
}

// sandboxSection renders the "Script sandbox" section of docs/security.md
// from the outcomes the tests check.
func sandboxSection(t *testing.T, b *bytes.Buffer) {
	w := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	outcomes := sandboxOutcomes(t)
	w("## Script sandbox\n\n")
	w("A Go program embeds the script host with `script.New(loop, script.Options{...})` and runs its own\n")
	w("`loop.Run()`: the hosted script's handlers are callbacks of the program's loop. `TestSandboxAttempts`\n")
	w("runs each attempt below as a timer's callback in a module of a fresh hosted script (default `Modules`,\n")
	w("`RequireRoots: [ROOT]`, no `Env`), with `CPUBudget` %v or `MemoryBudget` %d MiB, and checks the\n", sandboxCPU, sandboxMem>>20)
	w("error the program's `OnUncaught` gets (or what the script saw), then that the host goes on: a Go timer on\n")
	w("the same loop fires and the script still answers a call. OUT is a directory beside ROOT.\n\n")
	groups := []struct{ key, title string }{
		{"modules", "Reaching what the allowlist forbids"},
		{"files", "Files and environment"},
		{"budget", "CPU budget"},
		{"memory", "Memory budget"},
	}
	for _, g := range groups {
		w("**%s**\n\n| attempt | outcome |\n|---|---|\n", g.title)
		for i, a := range sandboxAttempts {
			if a.Group == g.key {
				w("| %s | %s |\n", a.What, strings.ReplaceAll(outcomes[i], "|", "\\|"))
			}
		}
		w("\n")
	}
	w("Notes on the tables:\n\n")
	w("- Denied built-ins and files throw Node's permission-model error, `ERR_ACCESS_DENIED` (a file's has\n")
	w("  `permission: 'FileSystemRead'` and `resource`, the path). A path outside the roots is refused before\n")
	w("  the file system is asked, so the error does not tell whether the file exists; a file whose real path\n")
	w("  (symbolic links followed) leaves the roots is refused too. `process.binding` and `process.dlopen`\n")
	w("  refuse as under `node --permission`. Node's `internal/...` modules are not reachable by any id, and\n")
	w("  the library's `binding`/`internalBinding` are arguments of the built-ins' wrappers, never globals.\n")
	w("- goja ends runaway recursion with an error JavaScript cannot catch (V8's RangeError can be caught):\n")
	w("  the callback is stopped and reported as V8's RangeError. Likewise the budget's interrupt cannot be\n")
	w("  caught and runs no `finally` block.\n")
	w("- The memory budget (`MemoryBudget`) has two parts. A string, array buffer or typed array larger than\n")
	w("  the budget is refused before goja allocates it (the sized constructors, also reached through a\n")
	w("  prototype's `constructor` or `Buffer`, and `String.prototype.repeat`, `padStart`, `padEnd`, which\n")
	w("  also keep V8's longest string). And the watchdog samples the Go heap every millisecond while a\n")
	w("  callback runs: growth past the budget, confirmed after a garbage collection, stops the callback.\n")
	w("  What it cannot bound: the heap is the whole Go process's (another goroutine's allocations count;\n")
	w("  run one budgeted host per process for a strict bound), a callback can allocate about a millisecond's\n")
	w("  worth past the budget before it is stopped, what a script keeps between callbacks is not counted\n")
	w("  against the next one, and a single native call that loops in Go (`Array.prototype.fill` or `join`\n")
	w("  over a huge sparse array) is not interrupted until it returns. Without `MemoryBudget` a script can\n")
	w("  exhaust the process's memory, as in Node.\n\n")

	ex := cached("exit", func() any { return hostedExit(t) }).(exitResult)
	w("**`process.exit()` in a hosted handler** (`TestHostedExit`): a script with a server, a client socket,\n")
	w("an interval and an immediate calls `process.exit(3)` in a `'data'` handler after queueing a tick, a\n")
	w("Promise job, an immediate and a timer. The script ends, not the program's loop:\n\n")
	w("| | outcome |\n|---|---|\n")
	w("| `OnExit` told | %v |\n", ex.OnExit)
	w("| `ExitCode()` | %d |\n", ex.ExitCode)
	w("| the program's timer fires after the exit, on the same loop | %v |\n", ex.GoTimerAfter)
	w("| the script's server closed | %v |\n", ex.ScriptServerClosed)
	w("| script callbacks run after the exit (tick, job, immediate, timer, the client's 'close') | %d |\n", len(ex.ScriptCallbacksLate))
	w("| `CallFunction` into the script afterwards | %s |\n", ex.CallAfterExit)
	w("| the program's `loop.Run()` | returns when the program's own work is done (the script's interval is closed) |\n\n")
	w("`RunMain`, which the nodenet command uses, keeps Node's behaviour: `process.exit` stops the loop and\n")
	w("`RunMain` returns the code (`cmd/nodenet` `TestFlagsAsNode` compares it with Node).\n\n")

	bs := cached("budget-socket", func() any { return budgetSocket(t) }).(budgetSocketResult)
	w("**A socket handler stopped by the CPU budget** (`TestBudgetStopsSocketHandler`): a hosted echo server\n")
	w("whose `'data'` listener spins on \"spin\". `OnUncaught` gets (ports normalised):\n\n")
	for _, u := range bs.Uncaught {
		w("    %s\n", u)
	}
	w("\nwith `handler` set to \"%s\". The stopped handler's socket is destroyed,\n", bs.Handler)
	w("as the process's end would close it in Node (its client reads %s); the next client is echoed %q; the\n", bs.SpinnerRead, bs.EchoAfter)
	w("server has %d connections at its close.\n\n", bs.Open)

	w("**Options** (`TestSandboxOptions`): `New` refuses an unknown or internal name in `Modules`\n")
	w("(`\"nett\"`: `No such built-in module: nett`). A hosted script's `process.env` is empty unless `Env` gives\n")
	w("it one; with no `RequireRoots` every file require is refused (`File requires are not allowed by this\n")
	w("host`): a hosted script reaches only its allowed built-ins and what the program hands it. The nodenet\n")
	w("command passes the real environment and `RequireRoots: [\"/\"]`, as node.\n")
}
