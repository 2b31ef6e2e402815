// Command nodenet runs a Node-style script on nodenet's event loop, as
// `node script.js` would: nodenet [options] script.js [args...] or
// nodenet -e 'code'.
//
// Environment: GOGC sets Go's garbage collection target as usual; unset,
// nodenet uses 200 (scripts allocate per callback over a small live heap).
// NODENET_CPUPROFILE=FILE writes a CPU profile of the run.
package main

import (
	"fmt"
	"math"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"
	"syscall"

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
		debug.SetGCPercent(200)
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

// startHeap bounds the heap while the collector waits during start-up.
const startHeap = 256 << 20

// startGC is set while the collector waits for the end of start-up.
var startGC bool

// endStartup gives the collector back its target once start-up is over.
func endStartup() {
	if startGC {
		startGC = false
		debug.SetMemoryLimit(math.MaxInt64)
		debug.SetGCPercent(200)
	}
}

// NODENET_CPUPROFILE=file writes a Go CPU profile of the run to file.

func usage() {
	fmt.Fprintf(os.Stderr, "Usage: nodenet [options] script.js [arguments]\n"+
		"       nodenet -e 'code' [arguments]\n\n"+
		"Options:\n"+
		"  -e, --eval code   evaluate code as the main module\n"+
		"  -v, --version     print nodenet's version and the Node version it follows\n"+
		"  -h, --help        print this help\n")
}

func run(args []string) int {
	var eval string
	hasEval := false
	i := 0
	for ; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			i++
			break
		}
		if len(a) == 0 || a[0] != '-' {
			break
		}
		switch a {
		case "-v", "--version":
			fmt.Printf("nodenet %s (follows Node.js %s)\n", script.Version, script.NodeVersion)
			return 0
		case "-h", "--help":
			usage()
			return 0
		case "-e", "--eval":
			if i+1 >= len(args) {
				fmt.Fprintf(os.Stderr, "nodenet: %s requires an argument\n", a)
				return 9
			}
			eval, hasEval = args[i+1], true
			i++
		default:
			fmt.Fprintf(os.Stderr, "nodenet: bad option: %s\n", a)
			return 9
		}
	}
	exe, _ := os.Executable()
	rest := args[i:]
	argv := []string{exe}
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
	loop, err := eventloop.New()
	if err != nil {
		fmt.Fprintln(os.Stderr, "nodenet:", err)
		return 1
	}
	defer loop.Close()
	h, err := script.New(loop, script.Options{Modules: script.AllModules, Argv: argv, ExecPath: exe})
	if err != nil {
		fmt.Fprintln(os.Stderr, "nodenet:", err)
		return 1
	}
	defer h.Close()
	// The loop's first turn, after the main module ran, ends start-up.
	_ = loop.Post(endStartup)
	var code int
	if hasEval {
		code, err = h.RunMainString("[eval]", eval)
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
