// Command gojalimit measures what a bare goja runtime does with no host
// around it: the same Promise job loop as bench/node/loop.js (and a plain
// function call loop for scale), so that the host's figure can be read
// against goja's own limit.
//
//	go run ./bench/cmd/gojalimit [-n 300000] [-rounds 3]
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
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
	flag.Parse()
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
		best := 0.0
		for range *rounds {
			r, err := measure(c.src, *n)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			best = max(best, r)
		}
		fmt.Printf("%s: %.0f /s\n", c.name, best)
	}
}

// measure runs src's function with n in a fresh runtime (its Promise jobs
// run when the call returns) and returns operations per second.
func measure(src string, n int) (float64, error) {
	vm := goja.New()
	v, err := vm.RunString(src)
	if err != nil {
		return 0, err
	}
	fn, _ := goja.AssertFunction(v)
	start := time.Now()
	if _, err := fn(goja.Undefined(), vm.ToValue(n)); err != nil {
		return 0, err
	}
	return float64(n) / time.Since(start).Seconds(), nil
}
