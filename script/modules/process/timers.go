package process

import (
	"math"
	"math/big"
	"reflect"
	"sync"
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

	// the last functions called, with their Callables: the same few
	// callbacks are usually queued again and again (a recursive nextTick,
	// a busy stream's after-write and read-more ticks in turn), and goja
	// allocates a Callable per AssertFunction
	calls    [4]fnCall
	callNext int

	// how many Timeouts have a live timer, and the list of them (linked
	// through jsTimer.prevLive and nextLive), for a hosted script's end
	live     int
	liveHead *jsTimer
	// Timeout.prototype
	timeoutProto *goja.Object
	// the queued Immediates, by object
	// Immediate.prototype
	immediateProto *goja.Object
	warnedNeg      bool
	warnedNaN      bool
}

// fnCall is a function with its Callable.
type fnCall struct {
	fn   *goja.Object
	call goja.Callable
}

// jsTick is one process.nextTick call: the callback and its arguments
// (nil when there were none).
type jsTick struct {
	fn   *goja.Object
	args []goja.Value
}

// goProps are the own properties of a Go-backed object (a Timeout, an
// Immediate): the object scripts see is a goja dynamic object over it, so
// that its own properties are fields (no property map to fill per object,
// nothing to look up when it runs) and the object leads to its Go half
// without a table. names are the properties it is made with, in order;
// vals holds theirs (nil once deleted); extra the ones a script added.
type goProps struct {
	names []string
	vals  []goja.Value
	extra []timerProp
}

// timerProp is a property a script added to a Go-backed object.
type timerProp struct {
	key string
	val goja.Value
}

func (p *goProps) index(key string) int {
	for i, n := range p.names {
		if n == key {
			return i
		}
	}
	return -1
}

// Get implements goja.DynamicObject.
func (p *goProps) Get(key string) goja.Value {
	if k := p.index(key); k >= 0 {
		return p.vals[k]
	}
	for i := range p.extra {
		if p.extra[i].key == key {
			return p.extra[i].val
		}
	}
	return nil
}

// Set implements goja.DynamicObject.
func (p *goProps) Set(key string, val goja.Value) bool {
	if k := p.index(key); k >= 0 {
		p.vals[k] = val
		return true
	}
	for i := range p.extra {
		if p.extra[i].key == key {
			p.extra[i].val = val
			return true
		}
	}
	p.extra = append(p.extra, timerProp{key, val})
	return true
}

// Has implements goja.DynamicObject.
func (p *goProps) Has(key string) bool { return p.Get(key) != nil }

// Delete implements goja.DynamicObject.
func (p *goProps) Delete(key string) bool {
	if k := p.index(key); k >= 0 {
		p.vals[k] = nil
		return true
	}
	for i := range p.extra {
		if p.extra[i].key == key {
			p.extra = append(p.extra[:i], p.extra[i+1:]...)
			break
		}
	}
	return true
}

// Keys implements goja.DynamicObject.
func (p *goProps) Keys() []string {
	keys := make([]string, 0, len(p.names)+len(p.extra))
	for k, v := range p.vals {
		if v != nil {
			keys = append(keys, p.names[k])
		}
	}
	for _, e := range p.extra {
		keys = append(keys, e.key)
	}
	return keys
}

// jsTimer is a Timeout, a Go-backed object (goProps).
type jsTimer struct {
	goProps
	c   *loopCore
	obj *goja.Object
	t   *eventloop.Timer
	// live: t is armed (or running) and counted in c.live; a Timeout that
	// fired or was cleared is not, and refresh() arms a new timer for it
	live bool
	// the values of its own properties, timeoutKeys (goProps.vals)
	props [nTimeoutKeys]goja.Value
	// _idleStart, _idlePrev and _idleNext as a script set them (they are
	// accessors of Timeout.prototype, not own properties)
	idle [3]goja.Value
	// unref'd by unref() (hasRef() is false), until ref()
	unrefed bool
	// the numeric id toPrimitive gave once the timer had none
	id goja.Value
	// neighbours in loopCore's list of live Timeouts
	prevLive, nextLive *jsTimer
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

var timeoutKeys = []string{"_idleTimeout", "_onTimeout", "_timerArgs", "_repeat", "_destroyed"}

var jsTimerType = reflect.TypeOf((*jsTimer)(nil))

// timeoutMaxMs is the longest delay, in milliseconds (2^31-1).
const timeoutMaxMs = 2147483647

func newLoopCore(h *host.Host) *loopCore {
	boolsOnce.Do(func() {
		valueFalse, valueTrue = h.Runtime().ToValue(false), h.Runtime().ToValue(true)
	})
	c := &loopCore{h: h}
	h.OnEnd(c.endScript)
	return c
}

// callable returns fn as a goja.Callable, reusing the last one for the
// same function.
func (c *loopCore) callable(fn *goja.Object) goja.Callable {
	for i := range c.calls {
		if c.calls[i].fn == fn {
			return c.calls[i].call
		}
	}
	call, ok := goja.AssertFunction(fn)
	if !ok {
		return nil
	}
	c.remember(fn, call)
	return call
}

// remember puts fn and its Callable in the cache, in place of the oldest.
func (c *loopCore) remember(fn *goja.Object, call goja.Callable) {
	c.calls[c.callNext] = fnCall{fn: fn, call: call}
	c.callNext = (c.callNext + 1) % len(c.calls)
}

// checkFunction throws Node's ERR_INVALID_ARG_TYPE unless v is callable.
func (c *loopCore) checkFunction(v goja.Value, name string) *goja.Object {
	if o, ok := v.(*goja.Object); ok {
		for i := range c.calls {
			if c.calls[i].fn == o {
				return o
			}
		}
		if call, ok := goja.AssertFunction(o); ok {
			c.remember(o, call)
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
	if c.tickCount == 0 || c.h.Ended() {
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
	if _, ok := v.Export().(*big.Int); ok {
		// Node coalesces the delay with a multiplication, which a BigInt
		// refuses with this message.
		panic(c.h.Runtime().NewTypeError("Cannot mix BigInt and other types, use explicit conversions"))
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

// newTimeout is setTimeout and setInterval: a Timeout with Node's own
// properties, armed on the loop.
func (c *loopCore) newTimeout(call goja.FunctionCall, repeat bool) goja.Value {
	vm := c.h.Runtime()
	fn := c.checkFunction(call.Argument(0), "callback")
	after := c.delayOf(call.Argument(1))
	jt := &jsTimer{c: c}
	jt.names, jt.vals = timeoutKeys, jt.props[:]
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
	// goja's true and false (the same values in every runtime), taken from
	// the first host's runtime rather than from runtimes made for them
	valueFalse, valueTrue goja.Value
	boolsOnce             sync.Once
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
	l := jt.c.h.Loop()
	if repeat {
		jt.t = l.SetIntervalArg(fireTimeout, jt, d)
	} else {
		jt.t = l.SetTimeoutArg(fireTimeout, jt, d)
	}
	if !jt.live {
		jt.live = true
		c := jt.c
		c.live++
		jt.nextLive = c.liveHead
		if c.liveHead != nil {
			c.liveHead.prevLive = jt
		}
		c.liveHead = jt
	}
}

// fireTimeout runs a Timeout's callback: _onTimeout with the Timeout as
// this and _timerArgs, read when it fires as Node reads them.
func fireTimeout(a any) {
	jt := a.(*jsTimer)
	if jt.c.h.Ended() {
		return
	}
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
	outer := h.SetOuterCall("Timeout")
	var err error
	if args, ok := jt.props[tkTimerArgs].(*goja.Object); ok {
		_, err = fn(jt.obj, h.ArrayValues(args)...)
	} else {
		_, err = fn(jt.obj)
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
	jt.props[tkDestroyed] = valueTrue
	jt.unlive()
}

// unlive stops counting the Timeout as one with a timer.
func (jt *jsTimer) unlive() {
	if jt.live {
		jt.live = false
		c := jt.c
		c.live--
		if jt.prevLive != nil {
			jt.prevLive.nextLive = jt.nextLive
		} else {
			c.liveHead = jt.nextLive
		}
		if jt.nextLive != nil {
			jt.nextLive.prevLive = jt.prevLive
		}
		jt.prevLive, jt.nextLive = nil, nil
	}
}

// endScript stops what a hosted script that ended has queued: its timers
// are closed and its ticks dropped; its queued immediates run nothing
// when the loop reaches them, in this turn's check phase.
func (c *loopCore) endScript() {
	for c.liveHead != nil {
		jt := c.liveHead
		jt.t.Close()
		jt.retire()
	}
	clear(c.ticks)
	c.tickHead, c.tickCount = 0, 0
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
			jt.props[tkIdleTimeout] = c.h.Runtime().ToValue(-1) // as Node's unenroll
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
	if _, ok := v.(*goja.Symbol); ok {
		return goja.Undefined() // neither a Timeout nor an id
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
		if jt, ok := t.Arg().(*jsTimer); ok && jt.t == t {
			// as Node leaves a Timeout cleared by its id
			jt.unlive()
			jt.props[tkIdleTimeout] = c.h.Runtime().ToValue(-1)
			jt.props[tkOnTimeout] = goja.Undefined()
			jt.props[tkDestroyed] = valueTrue
		}
	}
	c.h.Loop().ClearTimeoutID(int(id))
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
		return c.h.Runtime().ToValue(jt.t.Start().Milliseconds())
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
	return c.h.Runtime().ToValue(jt == nil || !jt.unrefed)
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
		jt.id = c.h.Runtime().ToValue(jt.t.ID())
	} else if jt.id == nil {
		jt.id = c.h.Runtime().ToValue(c.h.Loop().NewTimerID())
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
	if f < 0 || math.IsNaN(f) || math.IsInf(f, 0) || f > 1<<53-1 {
		panic(h.NewNodeError("RangeError", "ERR_INVALID_ARG_VALUE",
			"The property 'prevValue."+name+"' is invalid. Received "+v.String()))
	}
	return f
}

// jsImmediate is an Immediate, a Go-backed object (goProps) tied to its
// loop immediate.
type jsImmediate struct {
	goProps
	c   *loopCore
	obj *goja.Object
	im  *eventloop.Immediate
	// queued until it runs or is cleared
	queued bool
	props  [nImmediateKeys]goja.Value
}

// The own properties of an Immediate, in Node's order.
const (
	ikIdleNext = iota
	ikIdlePrev
	ikOnImmediate
	ikArgv
	ikDestroyed
	nImmediateKeys
)

var immediateKeys = []string{"_idleNext", "_idlePrev", "_onImmediate", "_argv", "_destroyed"}

var jsImmediateType = reflect.TypeOf((*jsImmediate)(nil))

// immediateOf returns the Immediate behind v, or nil when v is not one.
func immediateOf(v goja.Value) *jsImmediate {
	o, ok := v.(*goja.Object)
	if !ok || o.ExportType() != jsImmediateType {
		return nil
	}
	return o.Export().(*jsImmediate)
}

// newImmediate is setImmediate(callback, ...args).
func (c *loopCore) newImmediate(call goja.FunctionCall) goja.Value {
	vm := c.h.Runtime()
	fn := c.checkFunction(call.Argument(0), "callback")
	ji := &jsImmediate{c: c, queued: true}
	ji.names, ji.vals = immediateKeys, ji.props[:]
	ji.props[ikIdleNext] = goja.Null()
	ji.props[ikIdlePrev] = goja.Null()
	ji.props[ikOnImmediate] = fn
	ji.props[ikArgv] = goja.Undefined()
	if rest := restArgs(call.Arguments, 1); rest != nil {
		ji.props[ikArgv] = vm.NewArray(valuesAny(rest)...)
	}
	ji.props[ikDestroyed] = valueFalse
	ji.obj = vm.NewDynamicObject(ji)
	if c.immediateProto != nil {
		_ = ji.obj.SetPrototype(c.immediateProto)
	}
	ji.im = c.h.Loop().SetImmediateArg(runJSImmediate, ji)
	return ji.obj
}

// runJSImmediate runs an Immediate's callback with the Immediate as this
// and _argv; it is destroyed (and no longer ref'd) while it runs, as in
// Node.
func runJSImmediate(a any) {
	ji := a.(*jsImmediate)
	c := ji.c
	ji.queued = false
	ji.props[ikDestroyed] = valueTrue
	if c.h.Ended() {
		return // a hosted script that ended: its immediates run nothing
	}
	fv, ok := ji.props[ikOnImmediate].(*goja.Object)
	if !ok {
		return
	}
	fn := c.callable(fv)
	if fn == nil {
		return
	}
	outer := c.h.SetOuterCall("Immediate")
	var err error
	if args, ok := ji.props[ikArgv].(*goja.Object); ok {
		_, err = fn(ji.obj, c.h.ArrayValues(args)...)
	} else {
		_, err = fn(ji.obj)
	}
	c.h.SetOuterCall(outer)
	if err != nil {
		c.h.Rethrow(err)
	}
}

// clearImmediate is clearImmediate(immediate).
func (c *loopCore) clearImmediate(call goja.FunctionCall) goja.Value {
	ji := immediateOf(call.Argument(0))
	if ji == nil || !ji.queued {
		return goja.Undefined()
	}
	ji.queued = false
	ji.im.Clear()
	ji.props[ikDestroyed] = valueTrue
	ji.props[ikOnImmediate] = goja.Undefined()
	return goja.Undefined()
}

// immediateRef is immediate.ref() (true) and immediate.unref() (false).
func (c *loopCore) immediateRef(call goja.FunctionCall) goja.Value {
	if ji := immediateOf(call.This); ji != nil && ji.queued {
		if call.Argument(0).ToBoolean() {
			ji.im.Ref()
		} else {
			ji.im.Unref()
		}
	}
	return call.This
}

// immediateHasRef is immediate.hasRef(): false once it ran or was cleared.
func (c *loopCore) immediateHasRef(call goja.FunctionCall) goja.Value {
	ji := immediateOf(call.This)
	return c.h.Runtime().ToValue(ji != nil && ji.queued && ji.im.HasRef())
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
