// Package process is the module group of the host's start-up and of
// process, ticks, timers and immediates: lib/internal/bootstrap.js (and
// bootstrap/realm.js), lib/internal/process.js, lib/timers.js,
// timers/promises and lib/internal/timers.js, Node's process-wide
// internals (primordials, options, constants, config, trace_events,
// v8/startup_snapshot), and their Go half, the core binding. Timers are in
// this group rather than one of their own because the core binding's loop
// core (timers.go) runs the tick queue, the timer lists and the immediates
// together, as Node's bootstrap realm does.
package process

import (
	"embed"
	"math/big"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/script/internal/host"
)

// Files holds the group's modules (lib/<id>.js).
//
//go:embed lib
var Files embed.FS

// The "core" binding: ticks, timers, immediates and process internals.

// coreNatives are the functions of the "core" binding; lc holds the tick
// queue and the timers of scripts (timers.go).
type coreNatives struct {
	h  *host.Host
	lc *loopCore
}

// Core builds the core binding of h.
func Core(h *host.Host) *goja.Object {
	vm := h.Runtime()
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
	for _, kv := range h.Options().Env {
		if name, v, ok := strings.Cut(kv, "="); ok {
			_ = env.Set(name, v)
		}
	}
	_ = o.Set("env", env)
	argv := h.Options().Argv
	if argv == nil {
		argv = []string{h.Options().ExecPath}
	}
	av := make([]any, len(argv))
	for i, a := range argv {
		av[i] = a
	}
	_ = o.Set("argv", vm.NewArray(av...))
	_ = o.Set("execPath", h.Options().ExecPath)
	_ = o.Set("pid", os.Getpid())
	_ = o.Set("ppid", os.Getppid())
	_ = o.Set("platform", platform())
	_ = o.Set("arch", host.Arch())
	_ = o.Set("version", host.NodeVersion)
	_ = o.Set("nodenetVersion", host.Version)
	return o
}

// named is fn as a function object with Node's name and length.
func (k *coreNatives) named(name string, length int, fn func(c goja.FunctionCall) goja.Value) *goja.Object {
	vm := k.h.Runtime()
	f := vm.ToValue(fn).ToObject(vm)
	_ = f.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = f.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return f
}

func (k *coreNatives) setHooks(c goja.FunctionCall) goja.Value {
	k.h.SetProcessHooks(c.Argument(0).ToObject(k.h.Runtime()))
	return goja.Undefined()
}

func (k *coreNatives) setEmitResult(c goja.FunctionCall) goja.Value {
	fn, _ := goja.AssertFunction(c.Argument(0))
	k.h.SetEmitResult(fn)
	return goja.Undefined()
}

// nextTick(fn, args): args is an array or undefined (the bootstrap's
// first process.nextTick, before internal/process defines its own).
func (k *coreNatives) nextTick(c goja.FunctionCall) goja.Value {
	h := k.h
	fn, _ := goja.AssertFunction(c.Argument(0))
	args := c.Argument(1)
	h.Loop().NextTick(func() {
		if h.Ended() {
			return
		}
		var err error
		if goja.IsUndefined(args) {
			_, err = fn(goja.Undefined())
		} else {
			_, err = fn(goja.Undefined(), h.ArrayValues(args)...)
		}
		if err != nil {
			h.Rethrow(err)
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
	vm, lc := k.h.Runtime(), k.lc
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

// setupImmediates(ImmediatePrototype) returns [setImmediate,
// clearImmediate].
func (k *coreNatives) setupImmediates(c goja.FunctionCall) goja.Value {
	lc := k.lc
	lc.immediateProto, _ = c.Argument(0).(*goja.Object)
	return k.h.Runtime().NewArray(
		k.named("setImmediate", 1, lc.newImmediate),
		k.named("clearImmediate", 1, lc.clearImmediate),
	)
}

// liveTimers: how many Timeouts have a timer (for tests).
func (k *coreNatives) liveTimers(goja.FunctionCall) goja.Value {
	return k.h.Runtime().ToValue(k.lc.live)
}

func (k *coreNatives) newTimerID(goja.FunctionCall) goja.Value {
	return k.h.Runtime().ToValue(k.h.Loop().NewTimerID())
}

// write(fd, string) writes to the host's stdout (or stderr for fd 2).
func (k *coreNatives) write(c goja.FunctionCall) goja.Value {
	w := k.h.Options().Stdout
	if c.Argument(0).ToInteger() == 2 {
		w = k.h.Options().Stderr
	}
	_, _ = w.Write([]byte(c.Argument(1).String()))
	return goja.Undefined()
}

// exit(code): process.reallyExit after the 'exit' listeners ran.
func (k *coreNatives) exit(c goja.FunctionCall) goja.Value {
	h := k.h
	code := int(c.Argument(0).ToInteger())
	h.ReallyExit(code)
	return goja.Undefined() // not reached
}

func (k *coreNatives) hrtime(goja.FunctionCall) goja.Value {
	return k.h.Runtime().ToValue(float64(k.h.Elapsed().Nanoseconds()))
}

// hrtimeBigint is process.hrtime.bigint(): nanoseconds as a BigInt.
func (k *coreNatives) hrtimeBigint(goja.FunctionCall) goja.Value {
	return k.h.Runtime().ToValue(big.NewInt(k.h.Elapsed().Nanoseconds()))
}

func (k *coreNatives) memoryUsage(goja.FunctionCall) goja.Value {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	m := k.h.Runtime().NewObject()
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
	return k.h.Runtime().ToValue(strings.TrimRight(lines[n-1], "\r"))
}

func (k *coreNatives) cwd(goja.FunctionCall) goja.Value {
	return k.h.Runtime().ToValue(k.h.Options().Dir)
}

func (k *coreNatives) uptime(goja.FunctionCall) goja.Value {
	return k.h.Runtime().ToValue(time.Since(k.h.Start()).Seconds())
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

// platform is process.platform: Go's name of the system, except Windows,
// which Node calls "win32".
func platform() string {
	if runtime.GOOS == "windows" {
		return "win32"
	}
	return runtime.GOOS
}
