package script

import (
	"math"
	"reflect"
	"time"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/internal/sys"
)

// loopCore is the Go side of process.nextTick and of the timers: the
// nextTick queue and the Timeout objects live here and call into
// JavaScript from Go, without a JavaScript trampoline per callback.
type loopCore struct {
	h *Host

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

	// how many Timeouts have a live timer
	live int
	// Timeout.prototype
	timeoutProto *goja.Object
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

// jsTimer is a Timeout: the object scripts see is a goja dynamic object
// over it, so that its own properties are fields here (no property map to
// fill per setTimeout, nothing to look up when it fires) and the object
// leads to its timer without a table.
type jsTimer struct {
	c   *loopCore
	obj *goja.Object
	t   *eventloop.Timer
	// live: t is armed (or running) and counted in c.live; a Timeout that
	// fired or was cleared is not, and refresh() arms a new timer for it
	live bool
	// the own properties of timeoutKeys, nil once deleted
	props [nTimeoutKeys]goja.Value
	// properties a script added, in the order it added them
	extra []timerProp
	// _idleStart, _idlePrev and _idleNext as a script set them (they are
	// accessors of Timeout.prototype, not own properties)
	idle [3]goja.Value
	// unref'd by unref() (hasRef() is false), until ref()
	unrefed bool
	// the numeric id toPrimitive gave once the timer had none
	id goja.Value
}

// timerProp is a property a script added to a Timeout.
type timerProp struct {
	key string
	val goja.Value
}

// The own properties of a Timeout, in Node's order (_idlePrev, _idleNext
// and _idleStart are accessors of Timeout.prototype).
const (
	tkIdleTimeout = iota
	tkOnTimeout
	tkTimerArgs
	tkRepeat
	tkDestroyed
	nTimeoutKeys
)

var timeoutKeys = [nTimeoutKeys]string{"_idleTimeout", "_onTimeout", "_timerArgs", "_repeat", "_destroyed"}

func timeoutKey(key string) int {
	switch key {
	case "_idleTimeout":
		return tkIdleTimeout
	case "_onTimeout":
		return tkOnTimeout
	case "_timerArgs":
		return tkTimerArgs
	case "_repeat":
		return tkRepeat
	case "_destroyed":
		return tkDestroyed
	}
	return -1
}

var jsTimerType = reflect.TypeOf((*jsTimer)(nil))

// Get implements goja.DynamicObject.
func (jt *jsTimer) Get(key string) goja.Value {
	if k := timeoutKey(key); k >= 0 {
		return jt.props[k]
	}
	for i := range jt.extra {
		if jt.extra[i].key == key {
			return jt.extra[i].val
		}
	}
	return nil
}

// Set implements goja.DynamicObject.
func (jt *jsTimer) Set(key string, val goja.Value) bool {
	if k := timeoutKey(key); k >= 0 {
		jt.props[k] = val
		return true
	}
	for i := range jt.extra {
		if jt.extra[i].key == key {
			jt.extra[i].val = val
			return true
		}
	}
	jt.extra = append(jt.extra, timerProp{key, val})
	return true
}

// Has implements goja.DynamicObject.
func (jt *jsTimer) Has(key string) bool { return jt.Get(key) != nil }

// Delete implements goja.DynamicObject.
func (jt *jsTimer) Delete(key string) bool {
	if k := timeoutKey(key); k >= 0 {
		jt.props[k] = nil
		return true
	}
	for i := range jt.extra {
		if jt.extra[i].key == key {
			jt.extra = append(jt.extra[:i], jt.extra[i+1:]...)
			break
		}
	}
	return true
}

// Keys implements goja.DynamicObject.
func (jt *jsTimer) Keys() []string {
	keys := make([]string, 0, nTimeoutKeys+len(jt.extra))
	for k, v := range jt.props {
		if v != nil {
			keys = append(keys, timeoutKeys[k])
		}
	}
	for _, p := range jt.extra {
		keys = append(keys, p.key)
	}
	return keys
}

// timeoutMaxMs is the longest delay, in milliseconds (2^31-1).
const timeoutMaxMs = 2147483647

func newLoopCore(h *Host) *loopCore {
	return &loopCore{h: h, immediates: map[*goja.Object]*jsImmediate{}}
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
		if _, err := c.validateFunction(goja.Undefined(), v, c.h.vm.ToValue(name)); err != nil {
			c.h.rethrow(err)
		}
	}
	panic(c.h.invalidArgType(name, "function", v))
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
	c.h.loop.NextTickArg(runJSTick, c)
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
		c.h.rethrow(err)
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
		c.warn("TimeoutOverflowWarning", c.h.vm.ToValue(after).String()+
			" does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.")
	case after < 0 && !c.warnedNeg:
		c.warnedNeg = true
		c.warn("TimeoutNegativeWarning", c.h.vm.ToValue(after).String()+
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
		if _, err := f(proc, c.h.vm.ToValue(msg), c.h.vm.ToValue(name)); err != nil {
			c.h.rethrow(err)
		}
	}
}

// newTimeout is setTimeout and setInterval: a Timeout with Node's own
// properties, armed on the loop.
func (c *loopCore) newTimeout(call goja.FunctionCall, repeat bool) goja.Value {
	vm := c.h.vm
	fn := c.checkFunction(call.Argument(0), "callback")
	after := c.delayOf(call.Argument(1))
	jt := &jsTimer{c: c}
	jt.props[tkIdleTimeout] = vm.ToValue(after)
	jt.props[tkOnTimeout] = fn
	jt.props[tkTimerArgs] = goja.Undefined()
	if rest := restArgs(call.Arguments, 2); rest != nil {
		jt.props[tkTimerArgs] = vm.NewArray(valuesAny(rest)...)
	}
	jt.props[tkRepeat] = goja.Null()
	if repeat {
		jt.props[tkRepeat] = jt.props[tkIdleTimeout]
	}
	jt.props[tkDestroyed] = valueFalse
	jt.obj = vm.NewDynamicObject(jt)
	if c.timeoutProto != nil {
		_ = jt.obj.SetPrototype(c.timeoutProto)
	}
	jt.arm(after, repeat)
	return jt.obj
}

var (
	valueFalse = goja.New().ToValue(false)
	valueTrue  = goja.New().ToValue(true)
)

func valuesAny(vs []goja.Value) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

// arm starts a loop timer for the Timeout.
func (jt *jsTimer) arm(after float64, repeat bool) {
	d := time.Duration(after * float64(time.Millisecond))
	l := jt.c.h.loop
	if repeat {
		jt.t = l.SetIntervalArg(fireTimeout, jt, d)
	} else {
		jt.t = l.SetTimeoutArg(fireTimeout, jt, d)
	}
	if !jt.live {
		jt.live = true
		jt.c.live++
	}
}

// fireTimeout runs a Timeout's callback: _onTimeout with the Timeout as
// this and _timerArgs, read when it fires as Node reads them.
func fireTimeout(a any) {
	jt := a.(*jsTimer)
	defer jt.afterFire()
	fv, ok := jt.props[tkOnTimeout].(*goja.Object)
	if !ok {
		return // cleared after it fired, then refreshed: runs nothing
	}
	fn := jt.c.callable(fv)
	if fn == nil {
		return
	}
	h := jt.c.h
	outer := h.outerCall
	h.outerCall = "Timeout"
	var err error
	if args, ok := jt.props[tkTimerArgs].(*goja.Object); ok {
		_, err = fn(jt.obj, h.arrayValues(args)...)
	} else {
		_, err = fn(jt.obj)
	}
	h.outerCall = outer
	if err != nil {
		h.rethrow(err)
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
	jt.props[tkDestroyed] = valueTrue
	jt.unlive()
}

// unlive stops counting the Timeout as one with a timer.
func (jt *jsTimer) unlive() {
	if jt.live {
		jt.live = false
		jt.c.live--
	}
}

// timeoutOf returns the Timeout behind v, or nil when v is not one.
func timeoutOf(v goja.Value) *jsTimer {
	o, ok := v.(*goja.Object)
	if !ok || o.ExportType() != jsTimerType {
		return nil
	}
	return o.Export().(*jsTimer)
}

// timerOf returns the Timeout v when its timer is live, or nil.
func (c *loopCore) timerOf(v goja.Value) *jsTimer {
	if jt := timeoutOf(v); jt != nil && jt.live {
		return jt
	}
	return nil
}

// clearTimeout is clearTimeout(timer) for a Timeout object, a numeric id
// or a string holding one.
func (c *loopCore) clearTimeout(call goja.FunctionCall) goja.Value {
	v := call.Argument(0)
	if jt := timeoutOf(v); jt != nil {
		if f := jt.props[tkOnTimeout]; f == nil || !f.ToBoolean() {
			return goja.Undefined()
		}
		jt.props[tkOnTimeout] = goja.Null()
		jt.props[tkDestroyed] = valueTrue
		if jt.live {
			jt.unlive()
			jt.t.Close()
			jt.props[tkIdleTimeout] = c.h.vm.ToValue(-1) // as Node's unenroll
		}
		return goja.Undefined()
	}
	if o, ok := v.(*goja.Object); ok {
		// Not a Timeout: Node still clears what looks like one.
		if f := o.Get("_onTimeout"); f != nil && f.ToBoolean() {
			_ = o.Set("_onTimeout", goja.Null())
			_ = o.Set("_destroyed", true)
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
	if t := c.h.loop.TimerByID(int(id)); t != nil {
		if jt, ok := t.Arg().(*jsTimer); ok && jt.t == t {
			// as Node leaves a Timeout cleared by its id
			jt.unlive()
			jt.props[tkIdleTimeout] = c.h.vm.ToValue(-1)
			jt.props[tkOnTimeout] = goja.Undefined()
			jt.props[tkDestroyed] = valueTrue
		}
	}
	c.h.loop.ClearTimeoutID(int(id))
	return goja.Undefined()
}

// refresh is timeout.refresh(): re-arm the live timer, or arm a new one
// for a Timeout that fired (unless it was cleared while armed).
func (c *loopCore) refresh(call goja.FunctionCall) goja.Value {
	jt := timeoutOf(call.This)
	if jt == nil {
		return call.This
	}
	if jt.live {
		jt.t.Refresh()
		return jt.obj
	}
	after := jt.props[tkIdleTimeout]
	if after == nil || !isNumber(after) || after.ToFloat() < 1 {
		return jt.obj
	}
	rep := jt.props[tkRepeat]
	jt.arm(after.ToFloat(), rep != nil && !goja.IsNull(rep) && !goja.IsUndefined(rep))
	if jt.unrefed {
		jt.t.Unref()
	}
	if _, ok := jt.props[tkOnTimeout].(*goja.Object); ok {
		// revived after it fired (not after clearTimeout): live again
		jt.props[tkDestroyed] = valueFalse
	}
	return jt.obj
}

// timerIdle is the getter of _idleStart (0), _idlePrev (1) and _idleNext
// (2): what a script set, else the loop time (ms) at which a live timer
// was last armed, and null for the list links.
func (c *loopCore) timerIdle(call goja.FunctionCall) goja.Value {
	jt := timeoutOf(call.This)
	i := call.Argument(0).ToInteger()
	if jt == nil || i < 0 || i > 2 {
		return goja.Undefined()
	}
	if v := jt.idle[i]; v != nil {
		return v
	}
	if i != 0 {
		return goja.Null()
	}
	if jt.live {
		return c.h.vm.ToValue(jt.t.Start().Milliseconds())
	}
	return goja.Undefined()
}

// setTimerIdle is the setter of _idleStart (0), _idlePrev (1) and
// _idleNext (2).
func (c *loopCore) setTimerIdle(call goja.FunctionCall) goja.Value {
	if jt := timeoutOf(call.This); jt != nil {
		if i := call.Argument(0).ToInteger(); i >= 0 && i <= 2 {
			jt.idle[i] = call.Argument(1)
		}
	}
	return goja.Undefined()
}

// setRef is timeout.ref() (true) and timeout.unref() (false).
func (c *loopCore) setRef(call goja.FunctionCall) goja.Value {
	jt := timeoutOf(call.This)
	if jt == nil {
		return call.This
	}
	ref := call.Argument(0).ToBoolean()
	jt.unrefed = !ref
	if jt.live {
		if ref {
			jt.t.Ref()
		} else {
			jt.t.Unref()
		}
	}
	return call.This
}

// timerHasRef is timeout.hasRef().
func (c *loopCore) timerHasRef(call goja.FunctionCall) goja.Value {
	jt := timeoutOf(call.This)
	return c.h.vm.ToValue(jt == nil || !jt.unrefed)
}

// timerPrimitive is timeout[Symbol.toPrimitive](): the numeric id of the
// live timer, which clearTimeout(id) takes; one of its own once the
// Timeout has no timer.
func (c *loopCore) timerPrimitive(call goja.FunctionCall) goja.Value {
	jt := timeoutOf(call.This)
	if jt == nil {
		return goja.Undefined()
	}
	if jt.live {
		jt.id = c.h.vm.ToValue(jt.t.ID())
	} else if jt.id == nil {
		jt.id = c.h.vm.ToValue(c.h.loop.NewTimerID())
	}
	return jt.id
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
			panic(h.invalidArgType("prevValue", "object", prev))
		}
		pu := c.cpuField(o, "user")
		ps := c.cpuField(o, "system")
		user -= pu
		system -= ps
	}
	r := h.vm.NewObject()
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
		panic(h.newNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
			"The \"prevValue."+name+"\" property must be of type number. "+h.received(v)))
	}
	f := v.ToFloat()
	if f < 0 || math.IsNaN(f) || math.IsInf(f, 0) || f > math.MaxInt64/1000 {
		panic(h.newNodeError("RangeError", "ERR_INVALID_ARG_VALUE",
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
	vm := c.h.vm
	fn := c.checkFunction(call.Argument(0), "callback")
	args := goja.Undefined()
	if rest := restArgs(call.Arguments, 1); rest != nil {
		args = vm.NewArray(valuesAny(rest)...)
	}
	v, err := c.makeImmediate(goja.Undefined(), fn, args)
	if err != nil {
		c.h.rethrow(err)
	}
	obj := v.(*goja.Object)
	ji := &jsImmediate{c: c, obj: obj}
	ji.im = c.h.loop.SetImmediateArg(runJSImmediate, ji)
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
	outer := c.h.outerCall
	c.h.outerCall = "Immediate"
	var err error
	if args, ok := obj.Get("_argv").(*goja.Object); ok {
		_, err = fn(obj, c.h.arrayValues(args)...)
	} else {
		_, err = fn(obj)
	}
	c.h.outerCall = outer
	if err != nil {
		c.h.rethrow(err)
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
			return c.h.vm.ToValue(ji.im.HasRef())
		}
	}
	return c.h.vm.ToValue(false)
}
