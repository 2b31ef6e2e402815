// Package script is nodenet's JavaScript host: a goja runtime on an
// eventloop.Loop that runs Node-style scripts (CommonJS require, process,
// console, timers, Buffer, node:net, ...) with Node's event order. The
// nodenet command is a thin wrapper around it; Go programs embed it to
// script their network handlers.
//
// # Modules
//
// A user module (a .js or .json file, resolved as Node resolves it) runs in
// the CommonJS wrapper function(exports, require, module, __filename,
// __dirname). require of a built-in ("net" or "node:net") is checked
// against Options.Modules and loads the module's source in a wider wrapper
// that also receives binding (and its alias internalBinding): binding(name)
// returns the Go half of a built-in, built once per host, or, for a name
// no group registers, lib/internal/bindings/<name>.js. Built-in sources are
// compiled once per process and shared by every host.
//
// An ES module (.mjs, a .js file under a package.json with "type":
// "module", a .js file outside any typed package that has import or export
// declarations, or RunMainString's source with Options.InputType
// "module") is resolved and linked as Node does: static imports of
// built-ins (the default import is module.exports), of relative files
// named with their extension, of packages, of CommonJS files and of JSON
// (with { type: 'json' }); live bindings; cycles; import(),
// import.meta and top-level await. goja does not parse import and export
// declarations: the host blanks them out of the source (every other token
// keeps its line and column, so errors point at the author's source) and
// runs the module's body as a generator inside a scope of its imports.
// require of an ES module without top-level await returns its namespace.
//
// A built-in is one of three kinds, by where its behaviour lives:
//
//   - A shell over Go: where Go already implements the semantics (timers and
//     ticks in eventloop, sockets and servers in netmod, BlockList, DNS
//     lookup, nodeerr's codes and messages) the JavaScript only gives Node's
//     shape — classes, overloads, argument validation with Node's errors —
//     and forwards to the binding. A Go user and a script see the same
//     behaviour.
//   - Our own JavaScript, where the object shape is the behaviour
//     (EventEmitter's _events, util.inspect, assert, streams, Buffer's
//     methods), written for an interpreter.
//   - Go on hot paths: what runs per event or per byte (the tick queue,
//     timer lists, emit to a lone listener, Buffer codecs, string decoding)
//     is Go called from JavaScript.
//
// The host makes no system calls of its own: the file, system and process
// calls of its fs, os and process bindings are in internal/sys.
//
// # Layout
//
// The built-ins come in module groups, one folder per module or group of
// modules under script/modules, named after the module: the group's
// JavaScript, embedded from its lib/ folder (lib/<id>.js, where <id> is the
// module id: net, internal/net, fs/promises), beside its Go bindings, each
// a type with named methods. The groups are events, errors (internal/errors
// and the validators), util (with inspect and util.types), buffer (with
// string_decoder and the encodings), fs, os, dns, url (with querystring),
// net (with BlockList and SocketAddress), worker (worker_threads), assert,
// console, stream, path, perf_hooks, readline, test, and process: the start-up
// script, process, ticks, timers and immediates. Timers are not a group of
// their own because their Go half, the core binding, runs the tick queue,
// the timer lists and the immediates on one loop core, as Node's bootstrap
// realm does, and the host's start-up and exit go through it.
//
// library.go is the one table: it lists every group with its files and the
// bindings it registers by name, and hands the union to the host. The
// host's runtime core (the Host's state, the CommonJS loader, the compile
// cache, error display in V8's layout, unhandled rejections, and the
// errstack and callsite bindings, which read stacks as the host shows them)
// is script/internal/host; it imports no group, and exports what the
// bindings need (the runtime, the loop, RequireLib, NewBuffer, Node-style
// errors, per-host state). The groups import the host, and one another
// where Node's modules do (fs uses buffer's codecs). test/layers keeps the
// three layers apart.
//
// # Threading
//
// A Host belongs to its loop's goroutine: New, every Run... and Require
// call, every JavaScript callback and every value the host returns are used
// there only (goja runtimes are not safe for concurrent use). Other
// goroutines reach the host through the loop (eventloop.Loop.Post, or the
// offload helpers), as the loop's own DNS lookups and workers do. A
// worker_threads Worker is a second Host on its own loop and goroutine; the
// two exchange only serialized messages.
//
// # Embedding
//
// New(loop, Options) makes a host on a loop: Options choose the allowed
// built-ins, stdout and stderr, argv, env, working directory, a CPU budget
// per callback and what happens to uncaught exceptions. Then:
//
//   - RunMain(file) and RunMainString(name, src) run a main module and the
//     loop until it is idle, with 'beforeExit' and 'exit', and return the
//     exit code, as node does.
//   - RunFile, RunString and Require load code without running the loop;
//     Set, Get and CallFunction pass values and call into JavaScript.
//   - Socket, Server, GoSocket and GoServer hand netmod sockets and servers
//     to scripts and back, so Go can accept and JavaScript handle.
//   - Close stops the host's workers and CPU watchdog; the loop is the
//     caller's to close.
//
// Errors thrown by scripts come back as *Error (AsError), which carries the
// JavaScript value thrown, its code, message and stack.
//
// # Sandbox
//
// A hosted script gets what Options grant and nothing else; the defaults
// are for a program running scripts it does not fully trust, the nodenet
// command opts out of each:
//
//   - Modules: the built-ins it may require (DefaultModules: all but fs
//     and worker_threads); others throw ERR_ACCESS_DENIED, and New refuses
//     a name that is not a built-in. Node's internal modules, its bindings
//     (process.binding throws ERR_ACCESS_DENIED) and native addons
//     (process.dlopen throws ERR_DLOPEN_DISABLED) are never reachable.
//   - RequireRoots: the directories files may be required from, symbolic
//     links resolved; none by default, so require('/etc/x.json') cannot
//     read what fs is kept from (ERR_ACCESS_DENIED, with permission
//     'FileSystemRead' and the resource, as Node's permission model).
//   - Env: process.env, empty by default.
//   - CPUBudget and MemoryBudget: a callback that runs or allocates past
//     them is stopped (ERR_SCRIPT_CPU_BUDGET, ERR_SCRIPT_MEMORY_BUDGET) and
//     reported as an uncaught exception naming the handler it stopped; a
//     socket whose listener was stopped is destroyed. The interrupt cannot
//     be caught and runs no finally block. The memory budget refuses a
//     single string, array buffer or typed array larger than the budget
//     before it is allocated, and watches the Go heap from the watchdog
//     between JavaScript instructions; the heap is the process's (other
//     goroutines' allocations count), a callback may overshoot by about a
//     millisecond of allocation, and a native call that loops in Go (fill
//     or join over a huge sparse array) is not stopped until it returns.
//   - process.exit in a hosted script ends the script, not the program's
//     loop (Host.Exit, Options.OnExit).
//
// docs/security.md lists each attempt a script can make and its outcome
// (test/security checks them). ExampleOptions shows a sandboxed host.
//
// ExampleHost_Socket shows a Go server with a scripted connection handler;
// examples/echo is a complete program, and cmd/nodenet the command.
package script
