// Command nodenet runs a Node-style script on nodenet's event loop, as
// `node script.js` would: nodenet [options] script.js [args...],
// nodenet -e 'code', or the script on standard input (a pipe or a file).
//
// Environment: GOGC sets Go's garbage collection target as usual; unset,
// nodenet uses 200 (scripts allocate per callback over a small live heap),
// and up to 600 while the collector takes more than 5% of the time
// (gcpace.go).
// NODENET_CPUPROFILE=FILE writes a CPU profile of the run;
// NODENET_JSPROFILE=FILE a profile of the script's JavaScript functions.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/script"
)

func main() {
	if os.Getenv("GOGC") == "" {
		// A script allocates per callback (goja objects, goja's value
		// stack) over a small live heap (about 9 MB for an echo server),
		// so with Go's default target the collector runs every few
		// megabytes. Twice the default costs about 12 MB more heap (the
		// echo server's RSS stays below Node's) for about 5% less CPU per
		// echoed message. GOGC set in the environment takes precedence.
		debug.SetGCPercent(gcPercent)
		// Start-up (the host's built-in modules and the main module)
		// allocates tens of megabytes that stay live: collecting while
		// it runs is wasted work, about half of `-e 0`'s CPU time. The
		// collector waits for the loop's first turn, or for startHeap.
		debug.SetGCPercent(-1)
		debug.SetMemoryLimit(startHeap)
		startGC = true
	}
	os.Exit(run(os.Args[1:]))
}

// isTerminal reports whether f is a terminal (or another character
// device, /dev/null among them), where node would start its REPL: nodenet
// prints its usage instead of reading a script from it.
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err != nil || st.Mode()&os.ModeCharDevice != 0
}

// startHeap bounds the heap while the collector waits during start-up.
const startHeap = 256 << 20

// startGC is set while the collector waits for the end of start-up.
var startGC bool

// endStartup gives the collector back its target once start-up is over,
// with a floor under it (gcFloor), and starts pacing it (gcpace.go).
func endStartup() {
	if startGC {
		startGC = false
		debug.SetMemoryLimit(math.MaxInt64)
		debug.SetGCPercent(gcPercent)
		gcFloor = make([]byte, gcFloorBytes)
		startGCPacer()
	}
}

// gcFloor is memory the collector counts as live and never scans: a few
// megabytes of allocation between collections however small the script's
// live heap, as V8's young generation gives Node. Without it a script with
// a small heap that allocates quickly (Promise chains, short-lived
// objects) is collected every few megabytes, and each cycle marks the
// host's own heap again: Promise jobs ran 0.87× a bare goja runtime's rate
// and run at its rate with it. Its pages are never written, so they do not
// count in RSS; the heap may hold up to 3 × gcFloorBytes more garbage
// before a cycle.
var gcFloor []byte

const gcFloorBytes = 4 << 20

// NODENET_CPUPROFILE=file writes a Go CPU profile of the run to file.

func usage() {
	fmt.Fprintf(os.Stdout, "Usage: nodenet [options] script.js [arguments]\n"+
		"       nodenet [options] -e 'code' [arguments]\n"+
		"       nodenet [options] < script.js\n"+
		"       nodenet [options] -p 'code' [arguments]\n\n"+
		"Options:\n"+
		"  -e, --eval code                  evaluate code as the main module\n"+
		"  -p, --print code                 evaluate code and print the result\n"+
		"  -r, --require module             require module before the main one (repeatable)\n"+
		"  --no-warnings                    do not print process warnings\n"+
		"  --expose-gc                      define gc(), a full collection of the heap\n"+
		"  --trace-warnings                 print the stack of process warnings\n"+
		"  --no-deprecation                 do not print deprecation warnings\n"+
		"  --throw-deprecation              throw deprecation warnings\n"+
		"  --trace-deprecation              print the stack of deprecation warnings\n"+
		"  --unhandled-rejections=mode      throw (default), strict, warn, none, warn-with-error-code\n"+
		"  --stack-trace-limit=n            frames kept in error stacks (Error.stackTraceLimit)\n"+
		"  --input-type=type                how -e code or standard input is read: commonjs (default) or module\n"+
		"  -v, --version                    print the Node version nodenet follows\n"+
		"  -h, --help                       print this help\n\n"+
		"Options of node that cannot apply (--inspect, --inspect-brk, --max-old-space-size,\n"+
		"--expose-gc, ...) are refused.\n")
}

// unsupported are node options that cannot apply to nodenet (matched by
// name, before any "=").
var unsupported = map[string]bool{
	"--inspect": true, "--inspect-brk": true, "--inspect-port": true, "--inspect-wait": true,
	"--max-old-space-size": true, "--max-semi-space-size": true,
	"--experimental-vm-modules": true, "--prof": true, "--cpu-prof": true,
	"--heap-prof": true, "--jitless": true, "--watch": true, "--test": true,
	"--experimental-strip-types": true, "--import": true, "--loader": true,
	"--experimental-loader": true, "--trace-uncaught": true,
}

// badOption reports an option error as node does (exit code 9).
func badOption(format string, args ...any) int {
	fmt.Fprintf(os.Stderr, "nodenet: "+format+"\n", args...)
	return 9
}

func run(args []string) int {
	var eval string
	hasEval, print := false, false
	var opts script.Options
	var execArgv []string
	i := 0
	for ; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			i++
			break
		}
		if len(a) == 0 || a[0] != '-' || a == "-" {
			break
		}
		name, value, hasValue := strings.Cut(a, "=")
		// value returns the option's argument: after "=" or the next word.
		next := func() (string, bool) {
			if hasValue {
				return value, true
			}
			if i+1 >= len(args) {
				return "", false
			}
			i++
			execArgv = append(execArgv, args[i])
			return args[i], true
		}
		execArgv = append(execArgv, a)
		switch name {
		case "-v", "--version":
			fmt.Printf("nodenet %s (follows Node.js %s)\n", script.Version, script.NodeVersion)
			return 0
		case "-h", "--help":
			usage()
			return 0
		case "-e", "--eval", "-p", "--print":
			code, ok := next()
			if !ok {
				return badOption("%s requires an argument", a)
			}
			eval, hasEval = code, true
			if name == "-p" || name == "--print" {
				print = true
			}
		case "-pe":
			code, ok := next()
			if !ok {
				return badOption("%s requires an argument", a)
			}
			eval, hasEval, print = code, true, true
		case "-r", "--require":
			id, ok := next()
			if !ok {
				return badOption("%s requires an argument", a)
			}
			opts.Preload = append(opts.Preload, id)
		case "--no-warnings":
			opts.NoWarnings = true
		case "--expose-gc", "--expose_gc":
			opts.ExposeGC = true
		case "--no-deprecation", "--throw-deprecation", "--trace-deprecation":
			// Read by the process object from process.execArgv.
		case "--trace-warnings":
			opts.TraceWarnings = true
		case "--unhandled-rejections":
			mode, _ := next()
			switch mode {
			case "throw", "strict", "warn", "none", "warn-with-error-code":
				opts.UnhandledRejections = mode
			default:
				return badOption("invalid value for --unhandled-rejections")
			}
		case "--stack-trace-limit", "--stack_trace_limit":
			v, _ := next()
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 {
				return badOption("invalid value for %s: %s", name, v)
			}
			opts.StackTraceLimit = n
			if n == 0 {
				opts.StackTraceLimit = -1
			}
		case "--input-type":
			v, _ := next()
			switch v {
			case "commonjs", "module":
				opts.InputType = v
			default:
				return badOption("--input-type must be \"module\" or \"commonjs\"")
			}
		default:
			if unsupported[name] {
				return badOption("%s is not supported by nodenet", name)
			}
			return badOption("bad option: %s", a)
		}
	}
	exe, _ := os.Executable()
	rest := args[i:]
	argv := []string{exe}
	evalName := "[eval]"
	if !hasEval && len(rest) == 0 && !isTerminal(os.Stdin) {
		// No script: node runs its standard input (a pipe or a file).
		b, err := io.ReadAll(os.Stdin)
		if err != nil {
			fmt.Fprintln(os.Stderr, "nodenet:", err)
			return 1
		}
		eval, hasEval, evalName = string(b), true, "[stdin]"
	}
	if print && opts.InputType == "module" {
		fmt.Fprint(os.Stderr, "Error [ERR_EVAL_ESM_CANNOT_PRINT]: --print cannot be used with ESM input\n")
		return 1
	}
	if !hasEval {
		if len(rest) == 0 {
			usage()
			return 9
		}
		abs, err := filepath.Abs(rest[0])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		argv = append(argv, abs)
		rest = rest[1:]
	}
	argv = append(argv, rest...)

	if path := os.Getenv("NODENET_CPUPROFILE"); path != "" {
		// A Go CPU profile of the whole run, for looking into the host.
		if f, err := os.Create(path); err == nil {
			if pprof.StartCPUProfile(f) == nil {
				defer pprof.StopCPUProfile()
				// A server killed by SIGINT or SIGTERM still writes its profile.
				sigs := make(chan os.Signal, 1)
				signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
				go func() {
					<-sigs
					pprof.StopCPUProfile()
					os.Exit(130)
				}()
			}
		}
	}
	if path := os.Getenv("NODENET_JSPROFILE"); path != "" {
		// goja's sampling profile of JavaScript functions (pprof format),
		// written when the run ends normally. goja's sampler stops once no
		// JavaScript runs, so a server that waits between callbacks may
		// write an empty profile: it suits scripts that keep busy.
		if f, err := os.Create(path); err == nil {
			if goja.StartProfile(f) == nil {
				defer goja.StopProfile()
			}
		}
	}
	loop, err := eventloop.New()
	if err != nil {
		fmt.Fprintln(os.Stderr, "nodenet:", err)
		return 1
	}
	defer loop.Close()
	opts.Modules, opts.Argv, opts.ExecPath, opts.ExecArgv = script.AllModules, argv, exe, execArgv
	// The command is node: the real environment, and files required from
	// anywhere.
	opts.Env, opts.RequireRoots = os.Environ(), []string{string(filepath.Separator)}
	if hasEval {
		opts.MainSource = eval
	} else if b, err := os.ReadFile(argv[1]); err == nil {
		opts.MainSource = string(b)
	}
	h, err := script.New(loop, opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, "nodenet:", err)
		return 1
	}
	defer h.Close()
	// The loop's first turn, after the main module ran, ends start-up.
	_ = loop.Post(endStartup)
	var code int
	if hasEval {
		if print {
			// The completion value of the code, printed as console.log would.
			q, _ := json.Marshal(eval)
			eval = "console.log(eval(" + string(q) + "))"
		}
		code, err = h.RunMainString(evalName, eval)
	} else {
		code, err = h.RunMain(argv[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "nodenet:", err)
		if code == 0 {
			code = 1
		}
	}
	return code
}
