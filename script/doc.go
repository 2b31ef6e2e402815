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
// against Options.Modules and loads the module's source, embedded from
// script/lib, in a wider wrapper that also receives binding (and its alias
// internalBinding): binding(name) returns the Go half of a built-in, built
// once per host by the table in bindings.go (bindingBuilder), or, for a
// name not in the table, lib/internal/bindings/<name>.js. Built-in sources
// are compiled once per process and shared by every host.
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
// ExampleHost_Socket shows a Go server with a scripted connection handler;
// examples/echo is a complete program, and cmd/nodenet the command.
package script
