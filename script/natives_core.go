package script

import (
	"math/big"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// The "core" binding: ticks, timers, immediates and process internals.

// coreNatives are the functions of the "core" binding; lc holds the tick
// queue and the timers of scripts (natives_timers.go).
type coreNatives struct {
	h  *Host
	lc *loopCore
}

func (h *Host) coreBinding() *goja.Object {
	vm := h.vm
	k := &coreNatives{h: h, lc: newLoopCore(h)}
	lc := k.lc
	o := vm.NewObject()
	_ = o.Set("setHooks", k.setHooks)
	_ = o.Set("setEmitResult", k.setEmitResult)
	_ = o.Set("nextTick", k.nextTick)
	_ = o.Set("nextTickFor", k.nextTickFor)
	_ = o.Set("setupTimers", k.setupTimers)
	_ = o.Set("setupImmediates", k.setupImmediates)
	_ = o.Set("immediateRefJS", lc.immediateRef)
	_ = o.Set("immediateHasRefJS", lc.immediateHasRef)
	// Timeout.prototype's methods call these with the Timeout as this.
	_ = o.Set("timerRefresh", lc.refresh)
	_ = o.Set("timerRef", lc.setRef)
	_ = o.Set("timerHasRef", lc.timerHasRef)
	_ = o.Set("timerPrimitive", lc.timerPrimitive)
	_ = o.Set("timerIdle", lc.timerIdle)
	_ = o.Set("setTimerIdle", lc.setTimerIdle)
	_ = o.Set("liveTimers", k.liveTimers)
	_ = o.Set("cpuUsage", k.named("cpuUsage", 1, lc.cpuUsage))
	_ = o.Set("newTimerId", k.newTimerID)
	_ = o.Set("write", k.write)
	_ = o.Set("exit", k.exit)
	_ = o.Set("hrtime", k.hrtime)
	_ = o.Set("hrtimeBigint", k.hrtimeBigint)
	_ = o.Set("memoryUsage", k.memoryUsage)
	_ = o.Set("sourceLine", k.sourceLine)
	_ = o.Set("cwd", k.cwd)
	_ = o.Set("uptime", k.uptime)
	env := vm.NewObject()
	for _, kv := range h.opts.Env {
		if name, v, ok := strings.Cut(kv, "="); ok {
			_ = env.Set(name, v)
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

// named is fn as a function object with Node's name and length.
func (k *coreNatives) named(name string, length int, fn func(c goja.FunctionCall) goja.Value) *goja.Object {
	vm := k.h.vm
	f := vm.ToValue(fn).ToObject(vm)
	_ = f.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = f.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return f
}

func (k *coreNatives) setHooks(c goja.FunctionCall) goja.Value {
	k.h.procHooks = c.Argument(0).ToObject(k.h.vm)
	return goja.Undefined()
}

func (k *coreNatives) setEmitResult(c goja.FunctionCall) goja.Value {
	k.h.emitResult, _ = goja.AssertFunction(c.Argument(0))
	return goja.Undefined()
}

// nextTick(fn, args): args is an array or undefined (the bootstrap's
// first process.nextTick, before internal/process defines its own).
func (k *coreNatives) nextTick(c goja.FunctionCall) goja.Value {
	h := k.h
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
}

// nextTickFor(process) returns process.nextTick.
func (k *coreNatives) nextTickFor(c goja.FunctionCall) goja.Value {
	k.lc.process, _ = c.Argument(0).(*goja.Object)
	return k.named("nextTick", 1, k.lc.nextTick)
}

// setupTimers(TimeoutPrototype, validateFunction) returns [setTimeout,
// setInterval, clearTimeout].
func (k *coreNatives) setupTimers(c goja.FunctionCall) goja.Value {
	vm, lc := k.h.vm, k.lc
	lc.timeoutProto, _ = c.Argument(0).(*goja.Object)
	lc.validateFunction, _ = goja.AssertFunction(c.Argument(1))
	if lc.process == nil {
		lc.process, _ = vm.Get("process").(*goja.Object)
	}
	return vm.NewArray(
		k.named("setTimeout", 2, func(c goja.FunctionCall) goja.Value { return lc.newTimeout(c, false) }),
		k.named("setInterval", 2, func(c goja.FunctionCall) goja.Value { return lc.newTimeout(c, true) }),
		k.named("clearTimeout", 1, lc.clearTimeout),
	)
}

// setupImmediates(makeImmediate) returns [setImmediate, clearImmediate];
// makeImmediate(callback, args) makes an Immediate.
func (k *coreNatives) setupImmediates(c goja.FunctionCall) goja.Value {
	lc := k.lc
	lc.makeImmediate, _ = goja.AssertFunction(c.Argument(0))
	return k.h.vm.NewArray(
		k.named("setImmediate", 1, lc.newImmediate),
		k.named("clearImmediate", 1, lc.clearImmediate),
	)
}

// liveTimers: how many Timeouts have a timer (for tests).
func (k *coreNatives) liveTimers(goja.FunctionCall) goja.Value {
	return k.h.vm.ToValue(k.lc.live)
}

func (k *coreNatives) newTimerID(goja.FunctionCall) goja.Value {
	return k.h.vm.ToValue(k.h.loop.NewTimerID())
}

// write(fd, string) writes to the host's stdout (or stderr for fd 2).
func (k *coreNatives) write(c goja.FunctionCall) goja.Value {
	w := k.h.opts.Stdout
	if c.Argument(0).ToInteger() == 2 {
		w = k.h.opts.Stderr
	}
	_, _ = w.Write([]byte(c.Argument(1).String()))
	return goja.Undefined()
}

// exit(code): process.reallyExit after the 'exit' listeners ran.
func (k *coreNatives) exit(c goja.FunctionCall) goja.Value {
	h := k.h
	code := int(c.Argument(0).ToInteger())
	h.Exit(code)
	h.exited = true
	// The interrupt stops the Promise jobs the host would run when the
	// outermost call returns; the panic unwinds this call.
	h.vm.Interrupt(exitSignal{code})
	panic(exitSignal{code})
}

func (k *coreNatives) hrtime(goja.FunctionCall) goja.Value {
	return k.h.vm.ToValue(float64(time.Since(k.h.start).Nanoseconds()))
}

// hrtimeBigint is process.hrtime.bigint(): nanoseconds as a BigInt.
func (k *coreNatives) hrtimeBigint(goja.FunctionCall) goja.Value {
	return k.h.vm.ToValue(big.NewInt(time.Since(k.h.start).Nanoseconds()))
}

func (k *coreNatives) memoryUsage(goja.FunctionCall) goja.Value {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	m := k.h.vm.NewObject()
	_ = m.Set("rss", float64(rss(ms.Sys)))
	_ = m.Set("heapTotal", float64(ms.HeapSys))
	_ = m.Set("heapUsed", float64(ms.HeapAlloc))
	_ = m.Set("external", 0)
	_ = m.Set("arrayBuffers", 0)
	return m
}

// sourceLine(file, n) is line n of file, or undefined.
func (k *coreNatives) sourceLine(c goja.FunctionCall) goja.Value {
	b, err := os.ReadFile(c.Argument(0).String())
	if err != nil {
		return goja.Undefined()
	}
	lines := strings.Split(string(b), "\n")
	n := int(c.Argument(1).ToInteger())
	if n < 1 || n > len(lines) {
		return goja.Undefined()
	}
	return k.h.vm.ToValue(strings.TrimRight(lines[n-1], "\r"))
}

func (k *coreNatives) cwd(goja.FunctionCall) goja.Value { return k.h.vm.ToValue(k.h.opts.Dir) }

func (k *coreNatives) uptime(goja.FunctionCall) goja.Value {
	return k.h.vm.ToValue(time.Since(k.h.start).Seconds())
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
