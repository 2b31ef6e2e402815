//go:build unix

// Command gojalimit measures what a bare goja runtime does with no host
// around it: the same Promise job loop as bench/node/primitives.js (and a
// plain function call loop for scale), so that the host's figure can be
// read against goja's own limit. Like nodenet it runs with GOGC=200 unless
// GOGC is set; -lock runs on a goroutine locked to its OS thread, as the
// loop's is.
//
//	go run ./bench/cmd/gojalimit [-n 300000] [-rounds 3] [-lock] [-cpuprofile FILE]
//
// Linux/Unix only (it reads its CPU time with getrusage).
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/dop251/goja"
)

const promiseLoop = `
(function (N) {
  let n = 0;
  function step() {
    if (++n === N) return;
    Promise.resolve().then(step);
  }
  step();
})`

const callLoop = `
(function (N) {
  let n = 0;
  function f() { n++; }
  for (let i = 0; i < N; i++) f();
})`

func main() {
	n := flag.Int("n", 300000, "operations per measurement")
	rounds := flag.Int("rounds", 3, "measurements of each loop (the best is printed)")
	prof := flag.String("cpuprofile", "", "write a CPU profile to `file`")
	lock := flag.Bool("lock", false, "run on a goroutine locked to its OS thread, as an event loop does")
	flag.Parse()
	if *lock {
		runtime.LockOSThread()
	}
	if os.Getenv("GOGC") == "" {
		// the garbage collector's target nodenet runs with (cmd/nodenet)
		debug.SetGCPercent(200)
	}
	if *prof != "" {
		f, err := os.Create(*prof)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	for _, c := range []struct{ name, src string }{
		{"promise jobs", promiseLoop},
		{"calls", callLoop},
	} {
		best, bestCPU := 0.0, 0.0
		for range *rounds {
			r, rc, err := measure(c.src, *n)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			best, bestCPU = max(best, r), max(bestCPU, rc)
		}
		fmt.Printf("%s: %.0f /s, %.0f /cpu-s\n", c.name, best, bestCPU)
	}
}

// measure runs src's function with n in a fresh runtime (its Promise jobs
// run when the call returns) and returns operations per second of wall
// time and per second of the process's CPU time.
func measure(src string, n int) (wall, cpu float64, err error) {
	vm := goja.New()
	v, err := vm.RunString(src)
	if err != nil {
		return 0, 0, err
	}
	fn, _ := goja.AssertFunction(v)
	start, cpu0 := time.Now(), cpuTime()
	if _, err := fn(goja.Undefined(), vm.ToValue(n)); err != nil {
		return 0, 0, err
	}
	return float64(n) / time.Since(start).Seconds(), float64(n) / (cpuTime() - cpu0).Seconds(), nil
}

// cpuTime is the process's user+system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
