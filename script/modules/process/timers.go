package process

import (
	"math"
	"reflect"
	"time"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/script/internal/host"
)

// loopCore is the Go side of process.nextTick and of the timers: the
// nextTick queue and the Timeout objects live here and call into
// JavaScript from Go, without a JavaScript trampoline per callback.
type loopCore struct {
	h *host.Host

	// ticks queued by process.nextTick, in order; each has a marker in
	// the loop's own nextTick queue (runJSTick pops one per marker), so
	// that they interleave with the ticks Go code queues as Node's do.
	ticks     []jsTick
	tickHead  int
	tickCount int
	process   *goja.Object // process._exiting stops new ticks, as in Node

	// validateFunction of internal/validators: Node's error for a bad
	// callback
	validateFunction goja.Callable

	// the last function called, with its Callable: the same callback is
	// usually queued again and again (a recursive nextTick, a stream's
	// after-write), and goja allocates a Callable per AssertFunction
	lastFn   *goja.Object
	lastCall goja.Callable

	// the armed (or running) timers of Timeout objects, by object; a
	// Timeout that fired or was cleared is dropped, and refresh() arms a
	// new timer for it
	timers      map[*goja.Object]*jsTimer
	makeTimeout goja.Callable // (callback, after, args, repeat) → a Timeout
	// the queued Immediates, by object
	immediates    map[*goja.Object]*jsImmediate
	makeImmediate goja.Callable // (callback, args) → an Immediate
	warnedNeg     bool
	warnedNaN     bool
}

// jsTick is one process.nextTick call: the callback and its arguments
// (nil when there were none).
type jsTick struct {
	fn   *goja.Object
	args []goja.Value
}

// jsTimer ties a Timeout object to its loop timer.
type jsTimer struct {
	c   *loopCore
	obj *goja.Object
	t   *eventloop.Timer
}

// Own property names of a Timeout, in Node's order (_idlePrev, _idleNext
// and _idleStart are getters of Timeout.prototype: fewer own properties
// make a Timeout cheaper to create).
const (
	propIdleTimeout = "_idleTimeout"
	propOnTimeout   = "_onTimeout"
	propTimerArgs   = "_timerArgs"
	propRepeat      = "_repeat"
	propDestroyed   = "_destroyed"
)

// timeoutMaxMs is the longest delay, in milliseconds (2^31-1).
const timeoutMaxMs = 2147483647

func newLoopCore(h *host.Host) *loopCore {
	return &loopCore{h: h, timers: map[*goja.Object]*jsTimer{}, immediates: map[*goja.Object]*jsImmediate{}}
}

// callable returns fn as a goja.Callable, reusing the last one for the
// same function.
func (c *loopCore) callable(fn *goja.Object) goja.Callable {
	if fn == c.lastFn {
		return c.lastCall
	}
	call, ok := goja.AssertFunction(fn)
	if !ok {
		return nil
	}
	c.lastFn, c.lastCall = fn, call
	return call
}

// checkFunction throws Node's ERR_INVALID_ARG_TYPE unless v is callable.
func (c *loopCore) checkFunction(v goja.Value, name string) *goja.Object {
	if o, ok := v.(*goja.Object); ok {
		if o == c.lastFn {
			return o
		}
		if _, ok := goja.AssertFunction(o); ok {
			return o
		}
	}
	if c.validateFunction != nil {
		if _, err := c.validateFunction(goja.Undefined(), v, c.h.Runtime().ToValue(name)); err != nil {
			c.h.Rethrow(err)
		}
	}
	panic(c.h.InvalidArgType(name, "function", v))
}

// restArgs copies the arguments from index i on (goja reuses its stack).
func restArgs(args []goja.Value, i int) []goja.Value {
	if len(args) <= i {
		return nil
	}
	out := make([]goja.Value, len(args)-i)
	copy(out, args[i:])
	return out
}

// nextTick is process.nextTick(callback, ...args).
func (c *loopCore) nextTick(call goja.FunctionCall) goja.Value {
	fn := c.checkFunction(call.Argument(0), "callback")
	if c.process != nil {
		if ex := c.process.Get("_exiting"); ex != nil && ex.ToBoolean() {
			return goja.Undefined()
		}
	}
	c.pushTick(jsTick{fn: fn, args: restArgs(call.Arguments, 1)})
	c.h.Loop().NextTickArg(runJSTick, c)
	return goja.Undefined()
}

func (c *loopCore) pushTick(t jsTick) {
	if c.tickCount == len(c.ticks) {
		size := max(2*len(c.ticks), 16)
		nb := make([]jsTick, size)
		k := copy(nb, c.ticks[c.tickHead:])
		copy(nb[k:], c.ticks[:c.tickHead])
		c.ticks, c.tickHead = nb, 0
	}
	i := c.tickHead + c.tickCount
	if i >= len(c.ticks) {
		i -= len(c.ticks)
	}
	c.ticks[i] = t
	c.tickCount++
}

// runJSTick runs the oldest queued JavaScript tick (the loop calls it once
// per marker nextTick queued).
func runJSTick(a any) {
	c := a.(*loopCore)
	if c.tickCount == 0 {
		return
	}
	t := c.ticks[c.tickHead]
	c.ticks[c.tickHead] = jsTick{}
	c.tickHead++
	if c.tickHead == len(c.ticks) {
		c.tickHead = 0
	}
	c.tickCount--
	fn := c.callable(t.fn)
	if _, err := fn(goja.Undefined(), t.args...); err != nil {
		c.h.Rethrow(err)
	}
}

// delayOf converts setTimeout's delay argument as Node does: a number of
// milliseconds, 1 for anything outside 1..2^31-1 (with Node's warnings).
func (c *loopCore) delayOf(v goja.Value) float64 {
	if v == nil || goja.IsUndefined(v) {
		return 1
	}
	after := v.ToFloat()
	if after >= 1 && after <= timeoutMaxMs {
		return after
	}
	switch {
	case after > timeoutMaxMs:
		c.warn("TimeoutOverflowWarning", c.h.Runtime().ToValue(after).String()+
			" does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.")
	case after < 0 && !c.warnedNeg:
		c.warnedNeg = true
		c.warn("TimeoutNegativeWarning", c.h.Runtime().ToValue(after).String()+
			" is a negative number.\nTimeout duration was set to 1.")
	case math.IsNaN(after) && !c.warnedNaN:
		c.warnedNaN = true
		c.warn("TimeoutNaNWarning", "NaN is not a number.\nTimeout duration was set to 1.")
	}
	return 1
}

func (c *loopCore) warn(name, msg string) {
	proc := c.process
	if proc == nil {
		return
	}
	if f, ok := goja.AssertFunction(proc.Get("emitWarning")); ok {
		if _, err := f(proc, c.h.Runtime().ToValue(msg), c.h.Runtime().ToValue(name)); err != nil {
			c.h.Rethrow(err)
		}
	}
}

// newTimeout is setTimeout and setInterval: a Timeout object with Node's
// own properties, armed on the loop.
func (c *loopCore) newTimeout(call goja.FunctionCall, repeat bool) goja.Value {
	vm := c.h.Runtime()
	fn := c.checkFunction(call.Argument(0), "callback")
	after := c.delayOf(call.Argument(1))
	args := goja.Undefined()
	if rest := restArgs(call.Arguments, 2); rest != nil {
		args = vm.NewArray(valuesAny(rest)...)
	}
	afterV := vm.ToValue(after)
	rep := goja.Null()
	if repeat {
		rep = afterV
	}
	// An object literal made by JavaScript defines the own properties
	// faster than Set from Go does.
	v, err := c.makeTimeout(goja.Undefined(), fn, afterV, args, rep)
	if err != nil {
		c.h.Rethrow(err)
	}
	obj := v.(*goja.Object)
	jt := &jsTimer{c: c, obj: obj}
	jt.arm(after, repeat)
	return obj
}

func valuesAny(vs []goja.Value) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

// arm starts a loop timer for the Timeout and registers it.
func (jt *jsTimer) arm(after float64, repeat bool) {
	d := time.Duration(after * float64(time.Millisecond))
	l := jt.c.h.Loop()
	if repeat {
		jt.t = l.SetIntervalArg(fireTimeout, jt, d)
	} else {
		jt.t = l.SetTimeoutArg(fireTimeout, jt, d)
	}
	jt.c.timers[jt.obj] = jt
}

// fireTimeout runs a Timeout's callback: _onTimeout with the Timeout as
// this and _timerArgs, read when it fires as Node reads them.
func fireTimeout(a any) {
	jt := a.(*jsTimer)
	defer jt.afterFire()
	obj := jt.obj
	fv, ok := obj.Get(propOnTimeout).(*goja.Object)
	if !ok {
		return // cleared after it fired, then refreshed: runs nothing
	}
	fn := jt.c.callable(fv)
	if fn == nil {
		return
	}
	h := jt.c.h
	outer := h.SetOuterCall("Timeout")
	var err error
	if args, ok := obj.Get(propTimerArgs).(*goja.Object); ok {
		_, err = fn(obj, h.ArrayValues(args)...)
	} else {
		_, err = fn(obj)
	}
	h.SetOuterCall(outer)
	if err != nil {
		h.Rethrow(err)
	}
}

// afterFire retires a timeout that its callback did not re-arm.
func (jt *jsTimer) afterFire() {
	t := jt.t
	if t.Armed() || (t.Repeat() && !t.Closed()) {
		return
	}
	jt.retire()
}

// retire marks the Timeout destroyed and forgets its timer.
func (jt *jsTimer) retire() {
	_ = jt.obj.Set(propDestroyed, true)
	if jt.c.timers[jt.obj] == jt {
		delete(jt.c.timers, jt.obj)
	}
}

// timerOf returns the live timer of Timeout object v, or nil.
func (c *loopCore) timerOf(v goja.Value) *jsTimer {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	return c.timers[o]
}

// clearTimeout is clearTimeout(timer) for a Timeout object, a numeric id
// or a string holding one.
func (c *loopCore) clearTimeout(call goja.FunctionCall) goja.Value {
	v := call.Argument(0)
	if o, ok := v.(*goja.Object); ok {
		if f := o.Get(propOnTimeout); f == nil || !f.ToBoolean() {
			return goja.Undefined()
		}
		_ = o.Set(propOnTimeout, goja.Null())
		_ = o.Set(propDestroyed, true)
		if jt := c.timers[o]; jt != nil {
			delete(c.timers, o)
			jt.t.Close()
			_ = o.Set(propIdleTimeout, -1) // as Node's unenroll
		}
		return goja.Undefined()
	}
	var id float64
	switch x := v.Export().(type) {
	case int64:
		id = float64(x)
	case float64:
		id = x
	case string:
		id = v.ToFloat()
	default:
		return goja.Undefined()
	}
	if id != math.Trunc(id) || math.IsInf(id, 0) {
		return goja.Undefined()
	}
	if t := c.h.Loop().TimerByID(int(id)); t != nil {
		if jt, ok := t.Arg().(*jsTimer); ok && c.timers[jt.obj] == jt {
			delete(c.timers, jt.obj)
		}
	}
	c.h.Loop().ClearTimeoutID(int(id))
	return goja.Undefined()
}

// refresh is timeout.refresh(): re-arm the live timer, or arm a new one
// for a Timeout that fired (unless it was cleared while armed).
func (c *loopCore) refresh(call goja.FunctionCall) goja.Value {
	o, ok := call.This.(*goja.Object)
	if !ok {
		return call.This
	}
	jt := c.timers[o]
	if jt != nil {
		jt.t.Refresh()
	} else {
		after := o.Get(propIdleTimeout)
		if after == nil || !isNumber(after) || after.ToFloat() < 1 {
			return o
		}
		rep := o.Get(propRepeat)
		jt = &jsTimer{c: c, obj: o}
		jt.arm(after.ToFloat(), rep != nil && !goja.IsNull(rep) && !goja.IsUndefined(rep))
		if !call.Argument(0).ToBoolean() {
			jt.t.Unref()
		}
		if _, ok := o.Get(propOnTimeout).(*goja.Object); ok {
			// revived after it fired (not after clearTimeout): live again
			_ = o.Set(propDestroyed, false)
		}
	}
	return o
}

// idleStart is the loop time (ms) at which the Timeout's timer was last
// armed, or undefined once it has none.
func (c *loopCore) idleStart(call goja.FunctionCall) goja.Value {
	if jt := c.timerOf(call.This); jt != nil {
		return c.h.Runtime().ToValue(jt.t.Start().Milliseconds())
	}
	return goja.Undefined()
}

// setRef is timeout.ref() (true) and timeout.unref() (false).
func (c *loopCore) setRef(call goja.FunctionCall) goja.Value {
	if jt := c.timerOf(call.This); jt != nil {
		if call.Argument(0).ToBoolean() {
			jt.t.Ref()
		} else {
			jt.t.Unref()
		}
	}
	return call.This
}

// timerID is the numeric id of a Timeout's live timer, 0 when it has none.
func (c *loopCore) timerID(call goja.FunctionCall) goja.Value {
	if jt := c.timerOf(call.This); jt != nil {
		return c.h.Runtime().ToValue(jt.t.ID())
	}
	return c.h.Runtime().ToValue(0)
}

// cpuUsage is process.cpuUsage([prevValue]): the user and system CPU time
// of the process in microseconds, or their change since prevValue.
func (c *loopCore) cpuUsage(call goja.FunctionCall) goja.Value {
	h := c.h
	user, system := sys.ProcessCPU()
	prev := call.Argument(0)
	if !goja.IsUndefined(prev) && !goja.IsNull(prev) {
		o, ok := prev.(*goja.Object)
		if !ok {
			panic(h.InvalidArgType("prevValue", "object", prev))
		}
		pu := c.cpuField(o, "user")
		ps := c.cpuField(o, "system")
		user -= pu
		system -= ps
	}
	r := h.Runtime().NewObject()
	_ = r.Set("user", user)
	_ = r.Set("system", system)
	return r
}

// cpuField validates prevValue.name as Node does.
func (c *loopCore) cpuField(o *goja.Object, name string) float64 {
	h := c.h
	v := o.Get(name)
	if v == nil {
		v = goja.Undefined()
	}
	if !isNumber(v) {
		panic(h.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
			"The \"prevValue."+name+"\" property must be of type number. "+h.Received(v)))
	}
	f := v.ToFloat()
	if f < 0 || math.IsNaN(f) || math.IsInf(f, 0) || f > math.MaxInt64/1000 {
		panic(h.NewNodeError("RangeError", "ERR_INVALID_ARG_VALUE",
			"The property 'prevValue."+name+"' is invalid. Received "+v.String()))
	}
	return f
}

// jsImmediate ties an Immediate object to its loop immediate.
type jsImmediate struct {
	c   *loopCore
	obj *goja.Object
	im  *eventloop.Immediate
}

// newImmediate is setImmediate(callback, ...args).
func (c *loopCore) newImmediate(call goja.FunctionCall) goja.Value {
	vm := c.h.Runtime()
	fn := c.checkFunction(call.Argument(0), "callback")
	args := goja.Undefined()
	if rest := restArgs(call.Arguments, 1); rest != nil {
		args = vm.NewArray(valuesAny(rest)...)
	}
	v, err := c.makeImmediate(goja.Undefined(), fn, args)
	if err != nil {
		c.h.Rethrow(err)
	}
	obj := v.(*goja.Object)
	ji := &jsImmediate{c: c, obj: obj}
	ji.im = c.h.Loop().SetImmediateArg(runJSImmediate, ji)
	c.immediates[obj] = ji
	return obj
}

// runJSImmediate runs an Immediate's callback with the Immediate as this
// and _argv; it is destroyed (and no longer ref'd) while it runs, as in
// Node.
func runJSImmediate(a any) {
	ji := a.(*jsImmediate)
	c, obj := ji.c, ji.obj
	delete(c.immediates, obj)
	_ = obj.Set("_destroyed", true)
	fv, ok := obj.Get("_onImmediate").(*goja.Object)
	if !ok {
		return
	}
	fn := c.callable(fv)
	if fn == nil {
		return
	}
	outer := c.h.SetOuterCall("Immediate")
	var err error
	if args, ok := obj.Get("_argv").(*goja.Object); ok {
		_, err = fn(obj, c.h.ArrayValues(args)...)
	} else {
		_, err = fn(obj)
	}
	c.h.SetOuterCall(outer)
	if err != nil {
		c.h.Rethrow(err)
	}
}

// clearImmediate is clearImmediate(immediate).
func (c *loopCore) clearImmediate(call goja.FunctionCall) goja.Value {
	o, ok := call.Argument(0).(*goja.Object)
	if !ok {
		return goja.Undefined()
	}
	ji := c.immediates[o]
	if ji == nil {
		return goja.Undefined()
	}
	delete(c.immediates, o)
	ji.im.Clear()
	_ = o.Set("_destroyed", true)
	_ = o.Set("_onImmediate", goja.Undefined())
	return goja.Undefined()
}

// immediateRef is immediate.ref() (true) and immediate.unref() (false).
func (c *loopCore) immediateRef(call goja.FunctionCall) goja.Value {
	if o, ok := call.This.(*goja.Object); ok {
		if ji := c.immediates[o]; ji != nil {
			if call.Argument(0).ToBoolean() {
				ji.im.Ref()
			} else {
				ji.im.Unref()
			}
		}
	}
	return call.This
}

// immediateHasRef is immediate.hasRef(): false once it ran or was cleared.
func (c *loopCore) immediateHasRef(call goja.FunctionCall) goja.Value {
	if o, ok := call.This.(*goja.Object); ok {
		if ji := c.immediates[o]; ji != nil {
			return c.h.Runtime().ToValue(ji.im.HasRef())
		}
	}
	return c.h.Runtime().ToValue(false)
}

// isNumber reports whether v is a number primitive.
func isNumber(v goja.Value) bool {
	if v == nil {
		return false
	}
	if _, ok := v.(*goja.Object); ok {
		return false
	}
	t := v.ExportType()
	return t != nil && (t.Kind() == reflect.Int64 || t.Kind() == reflect.Float64)
}
