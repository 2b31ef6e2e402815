package script

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// The "core" binding: ticks, timers, immediates and process internals.

func (h *Host) coreBinding() *goja.Object {
	vm := h.vm
	o := vm.NewObject()
	set := func(name string, fn func(c goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }
	set("setHooks", func(c goja.FunctionCall) goja.Value {
		h.procHooks = c.Argument(0).ToObject(vm)
		return goja.Undefined()
	})
	set("setEmitResult", func(c goja.FunctionCall) goja.Value {
		h.emitResult, _ = goja.AssertFunction(c.Argument(0))
		return goja.Undefined()
	})
	// nextTick(fn, args): args is an array or undefined (the bootstrap's
	// first process.nextTick, before internal/process defines its own).
	set("nextTick", func(c goja.FunctionCall) goja.Value {
		fn, _ := goja.AssertFunction(c.Argument(0))
		args := c.Argument(1)
		h.loop.NextTick(func() {
			var err error
			if goja.IsUndefined(args) {
				_, err = fn(goja.Undefined())
			} else {
				_, err = fn(goja.Undefined(), h.arrayValues(args)...)
			}
			if err != nil {
				h.rethrow(err)
			}
		})
		return goja.Undefined()
	})

	// The tick queue and the timers of scripts (natives_timers.go).
	lc := newLoopCore(h)
	named := func(name string, length int, fn func(c goja.FunctionCall) goja.Value) *goja.Object {
		f := vm.ToValue(fn).ToObject(vm)
		_ = f.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = f.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return f
	}
	// nextTickFor(process) returns process.nextTick.
	set("nextTickFor", func(c goja.FunctionCall) goja.Value {
		lc.process, _ = c.Argument(0).(*goja.Object)
		return named("nextTick", 1, lc.nextTick)
	})
	// setupTimers(makeTimeout, validateFunction) returns [setTimeout,
	// setInterval, clearTimeout]; makeTimeout(callback, after, args,
	// repeat) makes a Timeout object.
	set("setupTimers", func(c goja.FunctionCall) goja.Value {
		lc.makeTimeout, _ = goja.AssertFunction(c.Argument(0))
		lc.validateFunction, _ = goja.AssertFunction(c.Argument(1))
		if lc.process == nil {
			lc.process, _ = vm.Get("process").(*goja.Object)
		}
		return vm.NewArray(
			named("setTimeout", 2, func(c goja.FunctionCall) goja.Value { return lc.newTimeout(c, false) }),
			named("setInterval", 2, func(c goja.FunctionCall) goja.Value { return lc.newTimeout(c, true) }),
			named("clearTimeout", 1, lc.clearTimeout),
		)
	})
	// setupImmediates(makeImmediate) returns [setImmediate,
	// clearImmediate]; makeImmediate(callback, args) makes an Immediate.
	set("setupImmediates", func(c goja.FunctionCall) goja.Value {
		lc.makeImmediate, _ = goja.AssertFunction(c.Argument(0))
		return vm.NewArray(
			named("setImmediate", 1, lc.newImmediate),
			named("clearImmediate", 1, lc.clearImmediate),
		)
	})
	set("immediateRefJS", lc.immediateRef)
	set("immediateHasRefJS", lc.immediateHasRef)
	// Timeout.prototype's methods call these with the Timeout as this.
	set("timerRefresh", lc.refresh)
	set("timerRef", lc.setRef)
	set("timerId", lc.timerID)
	set("timerStart", lc.idleStart)
	// liveTimers: how many Timeouts have a timer (for tests).
	set("liveTimers", func(goja.FunctionCall) goja.Value { return vm.ToValue(len(lc.timers)) })
	_ = o.Set("cpuUsage", named("cpuUsage", 1, lc.cpuUsage))
	set("newTimerId", func(goja.FunctionCall) goja.Value { return vm.ToValue(h.loop.NewTimerID()) })

	// Output: write(fd, string).
	set("write", func(c goja.FunctionCall) goja.Value {
		w := h.opts.Stdout
		if c.Argument(0).ToInteger() == 2 {
			w = h.opts.Stderr
		}
		_, _ = w.Write([]byte(c.Argument(1).String()))
		return goja.Undefined()
	})
	// exit(code): process.reallyExit after the 'exit' listeners ran.
	set("exit", func(c goja.FunctionCall) goja.Value {
		code := int(c.Argument(0).ToInteger())
		h.Exit(code)
		h.exited = true
		// The interrupt stops the Promise jobs the host would run when the
		// outermost call returns; the panic unwinds this call.
		h.vm.Interrupt(exitSignal{code})
		panic(exitSignal{code})
	})
	set("hrtime", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(float64(time.Since(h.start).Nanoseconds()))
	})
	set("hrtimeBigint", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(time.Since(h.start).Nanoseconds())
	})
	set("memoryUsage", func(goja.FunctionCall) goja.Value {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		m := vm.NewObject()
		_ = m.Set("rss", float64(rss(ms.Sys)))
		_ = m.Set("heapTotal", float64(ms.HeapSys))
		_ = m.Set("heapUsed", float64(ms.HeapAlloc))
		_ = m.Set("external", 0)
		_ = m.Set("arrayBuffers", 0)
		return m
	})
	set("sourceLine", func(c goja.FunctionCall) goja.Value {
		b, err := os.ReadFile(c.Argument(0).String())
		if err != nil {
			return goja.Undefined()
		}
		lines := strings.Split(string(b), "\n")
		n := int(c.Argument(1).ToInteger())
		if n < 1 || n > len(lines) {
			return goja.Undefined()
		}
		return vm.ToValue(strings.TrimRight(lines[n-1], "\r"))
	})
	set("cwd", func(goja.FunctionCall) goja.Value { return vm.ToValue(h.opts.Dir) })
	set("uptime", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(time.Since(h.start).Seconds())
	})
	env := vm.NewObject()
	for _, kv := range h.opts.Env {
		if k, v, ok := strings.Cut(kv, "="); ok {
			_ = env.Set(k, v)
		}
	}
	_ = o.Set("env", env)
	argv := h.opts.Argv
	if argv == nil {
		argv = []string{h.opts.ExecPath}
	}
	av := make([]any, len(argv))
	for i, a := range argv {
		av[i] = a
	}
	_ = o.Set("argv", vm.NewArray(av...))
	_ = o.Set("execPath", h.opts.ExecPath)
	_ = o.Set("pid", os.Getpid())
	_ = o.Set("ppid", os.Getppid())
	_ = o.Set("platform", runtime.GOOS)
	_ = o.Set("arch", nodeArch())
	_ = o.Set("version", NodeVersion)
	_ = o.Set("nodenetVersion", Version)
	return o
}

// arrayValues returns the elements of a JavaScript array.
func (h *Host) arrayValues(v goja.Value) []goja.Value {
	o := v.ToObject(h.vm)
	n := int(o.Get("length").ToInteger())
	out := make([]goja.Value, n)
	for i := range n {
		out[i] = o.Get(strconv.Itoa(i))
	}
	return out
}

// nodeArch is process.arch.
func nodeArch() string {
	switch runtime.GOARCH {
	case "amd64":
		return "x64"
	case "386":
		return "ia32"
	default:
		return runtime.GOARCH
	}
}

// rss reads the resident set size (Linux), or falls back to sys.
func rss(sys uint64) uint64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return sys
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return sys
	}
	pages, err := strconv.ParseUint(f[1], 10, 64)
	if err != nil {
		return sys
	}
	return pages * uint64(os.Getpagesize())
}
