// Package worker is the module group of node:worker_threads:
// lib/worker_threads.js, MessageChannel and structured clone
// (lib/internal/bindings/messaging.js, lib/internal/structured_clone.js,
// lib/internal/worker/), and the worker binding (a Worker is a second host
// on its own loop and goroutine) and the domexception binding.
package worker

import (
	"embed"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/script/internal/host"
)

// Files holds the group's modules (lib/<id>.js).
//
//go:embed lib
var Files embed.FS

// The "worker" binding behind lib/worker_threads.js: a Worker is a second
// Host on its own eventloop.Loop, on its own goroutine. The two sides only
// exchange strings (messages serialized by worker_threads.js with
// structured clone semantics) through Post, so that a worker that blocks
// (a busy loop, Atomics.wait) never blocks its parent's loop.

// threadIDs numbers the workers of a main host and of its workers, as
// Node numbers a process's threads (the main thread is 0): one counter per
// main host, shared with its workers.
var threadIDs sync.Map // *host.Host -> *atomic.Int64

func threadCounter(h *host.Host) *atomic.Int64 {
	v, _ := threadIDs.LoadOrStore(h, new(atomic.Int64))
	return v.(*atomic.Int64)
}

// workerOf maps a worker's Host to its worker; parentWorkers maps a parent
// Host to the workers it started (terminated with it).
var (
	workerOf      sync.Map // *host.Host -> *worker
	parentWorkers sync.Map // *host.Host -> *workerSet
)

type workerSet struct {
	mu sync.Mutex
	ws map[*worker]bool
}

// worker is one Worker, seen from both sides.
type worker struct {
	id         int64
	parent     *host.Host
	parentLoop *eventloop.Loop
	workerData string

	// parent side (parent goroutine only)
	onEvent goja.Callable // (type, data) on the Worker object
	handle  eventloop.Handle
	exited  bool

	// shared
	mu        sync.Mutex
	child     *host.Host
	childLoop *eventloop.Loop
	inbox     []string // messages posted before the child was ready
	term      chan struct{}
	termOnce  sync.Once
	done      chan struct{}

	// child side (child goroutine only)
	onMessage goja.Callable // parentPort's delivery function
	early     []string      // messages that came before parentPort existed
	serialize goja.Callable // worker_threads.js's serializer
	portRef   eventloop.Handle
}

// postWriter is a worker's stdout or stderr: what it writes is written by
// the parent's loop, as Node pipes a worker's output through its parent.
type postWriter struct {
	w   *worker
	dst io.Writer
}

func (p *postWriter) Write(b []byte) (int, error) {
	c := append([]byte(nil), b...)
	dst := p.dst
	_ = p.w.parentLoop.Post(func() { _, _ = dst.Write(c) })
	return len(b), nil
}

// workerNatives are the functions of the "worker" binding.
type workerNatives struct{ h *host.Host }

// Binding builds the worker binding of h. Closing h terminates the
// workers it started.
func Binding(h *host.Host) *goja.Object {
	wn := &workerNatives{h: h}
	h.OnClose(func() { terminateWorkers(h) })
	o := h.Runtime().NewObject()
	_ = o.Set("info", wn.info)
	_ = o.Set("spawn", wn.spawn)
	_ = o.Set("threadId", wn.threadID)
	_ = o.Set("postToChild", wn.postToChild)
	_ = o.Set("ref", wn.ref)
	_ = o.Set("terminate", wn.terminate)
	_ = o.Set("setPort", wn.setPort)
	_ = o.Set("postToParent", wn.postToParent)
	_ = o.Set("portRef", wn.portRef)
	pn := newPortNatives(h)
	_ = o.Set("post", pn.post)
	_ = o.Set("hold", pn.hold)
	_ = o.Set("closeLater", pn.closeLater)
	_ = o.Set("postWeak", pn.postWeak)
	_ = o.Set("detach", pn.detach)
	_ = o.Set("detached", pn.detached)
	return o
}

// workerArg is the worker handle argument v, or throws.
func (wn *workerNatives) workerArg(v goja.Value) *worker {
	w, ok := v.Export().(*worker)
	if !ok {
		panic(wn.h.Runtime().NewTypeError("not a worker handle"))
	}
	return w
}

// info(): null on the main thread, else { threadId, workerData }.
func (wn *workerNatives) info(goja.FunctionCall) goja.Value {
	h, vm := wn.h, wn.h.Runtime()
	w := childWorker(h)
	if w == nil {
		return goja.Null()
	}
	info := vm.NewObject()
	_ = info.Set("threadId", w.id)
	_ = info.Set("workerData", w.workerData)
	return info
}

// spawn({ code, filename, eval, workerData }, onEvent) starts a worker;
// onEvent(type, data) receives 'online', 'message', 'error' and 'exit'.
func (wn *workerNatives) spawn(c goja.FunctionCall) goja.Value {
	h, vm := wn.h, wn.h.Runtime()
	opts := c.Argument(0).ToObject(vm)
	cb, ok := goja.AssertFunction(c.Argument(1))
	if !ok {
		panic(vm.NewTypeError("onEvent must be a function"))
	}
	w := &worker{
		id:         threadCounter(h).Add(1),
		parent:     h,
		parentLoop: h.Loop(),
		workerData: strOf(opts.Get("workerData")),
		onEvent:    cb,
		term:       make(chan struct{}),
		done:       make(chan struct{}),
	}
	w.handle.Init(h.Loop())
	w.handle.Start()
	v, _ := parentWorkers.LoadOrStore(h, &workerSet{ws: map[*worker]bool{}})
	set := v.(*workerSet)
	set.mu.Lock()
	set.ws[w] = true
	set.mu.Unlock()
	src, file := strOf(opts.Get("code")), strOf(opts.Get("filename"))
	isEval := boolOf(opts.Get("eval"))
	childOpts := *h.Options()
	childOpts.CPUBudget = 0
	childOpts.Stdout = &postWriter{w: w, dst: h.Options().Stdout}
	childOpts.Stderr = &postWriter{w: w, dst: h.Options().Stderr}
	go w.run(childOpts, isEval, src, file)
	return vm.ToValue(w)
}

func (wn *workerNatives) threadID(c goja.FunctionCall) goja.Value {
	vm := wn.h.Runtime()
	return vm.ToValue(wn.workerArg(c.Argument(0)).id)
}

func (wn *workerNatives) postToChild(c goja.FunctionCall) goja.Value {
	w := wn.workerArg(c.Argument(0))
	w.toChild(c.Argument(1).String())
	return goja.Undefined()
}

func (wn *workerNatives) ref(c goja.FunctionCall) goja.Value {
	w := wn.workerArg(c.Argument(0))
	if w.exited {
		return goja.Undefined()
	}
	if c.Argument(1).ToBoolean() {
		w.handle.Ref()
	} else {
		w.handle.Unref()
	}
	return goja.Undefined()
}

func (wn *workerNatives) terminate(c goja.FunctionCall) goja.Value {
	wn.workerArg(c.Argument(0)).terminate()
	return goja.Undefined()
}

// Child side: setPort(deliver) installs parentPort's delivery
// function; postToParent(data); portRef(on) keeps the worker alive while
// parentPort has 'message' listeners.
func (wn *workerNatives) setPort(c goja.FunctionCall) goja.Value {
	h := wn.h
	w := childWorker(h)
	if w == nil {
		return goja.Undefined()
	}
	w.onMessage, _ = goja.AssertFunction(c.Argument(0))
	w.serialize, _ = goja.AssertFunction(c.Argument(1))
	w.portRef.Init(h.Loop())
	early := w.early
	w.early = nil
	for _, m := range early {
		w.deliver(h, m)
	}
	return goja.Undefined()
}

func (wn *workerNatives) postToParent(c goja.FunctionCall) goja.Value {
	h := wn.h
	w := childWorker(h)
	if w == nil {
		return goja.Undefined()
	}
	data := c.Argument(0).String()
	_ = w.parentLoop.Post(func() { w.emit("message", w.parent.Runtime().ToValue(data)) })
	return goja.Undefined()
}

func (wn *workerNatives) portRef(c goja.FunctionCall) goja.Value {
	h := wn.h
	w := childWorker(h)
	if w == nil {
		return goja.Undefined()
	}
	if c.Argument(0).ToBoolean() {
		w.portRef.Start()
	} else {
		w.portRef.Stop()
	}
	return goja.Undefined()
}

// emit calls the Worker's event function on the parent's loop.
func (w *worker) emit(typ string, data goja.Value) {
	h := w.parent
	if h.Exiting() || w.exited {
		return
	}
	if _, err := w.onEvent(goja.Undefined(), h.Runtime().ToValue(typ), data); err != nil {
		h.Rethrow(err)
	}
}

// toChild delivers a message to the worker's parentPort (queued until the
// worker runs).
func (w *worker) toChild(data string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.child == nil {
		w.inbox = append(w.inbox, data)
		return
	}
	w.postChild(data)
}

func (w *worker) postChild(data string) {
	child := w.child
	_ = w.childLoop.Post(func() { w.deliver(child, data) })
}

// deliver hands a message to parentPort, on the worker's loop.
func (w *worker) deliver(child *host.Host, data string) {
	if child.Exiting() {
		return
	}
	if w.onMessage == nil {
		w.early = append(w.early, data)
		return
	}
	if _, err := w.onMessage(goja.Undefined(), child.Runtime().ToValue(data)); err != nil {
		child.Rethrow(err)
	}
}

// run is the worker's goroutine: its own loop and host, the script, then
// 'exit' on the parent.
func (w *worker) run(opts host.Options, isEval bool, src, file string) {
	code := 1
	defer func() {
		close(w.done)
		_ = w.parentLoop.Post(func() { w.finish(code) })
	}()
	select {
	case <-w.term:
		return
	default:
	}
	loop, err := eventloop.New()
	if err != nil {
		w.postError(err.Error())
		return
	}
	defer loop.Close()
	var child *host.Host
	opts.OnUncaught = func(e *host.Error) {
		w.postError(w.serializeError(child, e))
		child.Exit(1)
	}
	child, err = host.New(loop, opts)
	if err != nil {
		w.postError(err.Error())
		return
	}
	defer child.Close()
	workerOf.Store(child, w)
	defer workerOf.Delete(child)
	threadIDs.Store(child, threadCounter(w.parent))
	defer threadIDs.Delete(child)
	installAtomics(child, w)
	w.mu.Lock()
	w.child, w.childLoop = child, loop
	for _, m := range w.inbox {
		w.postChild(m)
	}
	w.inbox = nil
	w.mu.Unlock()
	// terminate reads child under w.mu after closing term: one that came
	// before child was set is seen here.
	select {
	case <-w.term:
		return
	default:
	}
	_ = w.parentLoop.Post(func() { w.emit("online", goja.Undefined()) })
	if isEval {
		code, err = child.RunMainString("[worker eval]", src)
	} else {
		code, err = child.RunMain(file)
	}
	if err != nil {
		code = 1
	}
	select {
	case <-w.term:
		code = 1
	default:
	}
}

// serializeError turns an uncaught exception of the worker into the
// message form of worker_threads.js (serialized by the child's JS).
func (w *worker) serializeError(child *host.Host, e *host.Error) string {
	if child == nil {
		return ""
	}
	if w.serialize == nil {
		child.RequireLib("worker_threads")
	}
	if w.serialize != nil {
		if v, err := w.serialize(goja.Undefined(), e.Value); err == nil {
			return v.String()
		}
	}
	return ""
}

func (w *worker) postError(data string) {
	_ = w.parentLoop.Post(func() { w.emit("error", w.parent.Runtime().ToValue(data)) })
}

// finish is the worker's end on the parent's loop: 'exit', and the
// parent no longer waits for it.
func (w *worker) finish(code int) {
	if w.exited {
		return
	}
	w.emit("exit", w.parent.Runtime().ToValue(code))
	w.exited = true
	w.handle.Close(nil)
	if v, ok := parentWorkers.Load(w.parent); ok {
		set := v.(*workerSet)
		set.mu.Lock()
		delete(set.ws, w)
		set.mu.Unlock()
	}
}

// terminate stops the worker as soon as possible: a worker waiting in
// Atomics.wait wakes up and exits, an idle one exits from its loop, and
// one running JavaScript is interrupted.
func (w *worker) terminate() {
	w.termOnce.Do(func() { close(w.term) })
	w.mu.Lock()
	child, loop := w.child, w.childLoop
	w.mu.Unlock()
	if child == nil {
		return
	}
	go func() {
		for i := 0; ; i++ {
			_ = loop.Post(func() { child.Exit(1) })
			if i%2 == 1 {
				child.InterruptExit(1)
			}
			select {
			case <-w.done:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
}

// childWorker returns the worker whose thread h runs, nil on the main thread.
func childWorker(h *host.Host) *worker {
	if v, ok := workerOf.Load(h); ok {
		return v.(*worker)
	}
	return nil
}

// terminateWorkers ends the workers a host started (the host is done).
func terminateWorkers(h *host.Host) {
	if _, ok := workerOf.Load(h); !ok {
		threadIDs.Delete(h)
	}
	v, ok := parentWorkers.LoadAndDelete(h)
	if !ok {
		return
	}
	set := v.(*workerSet)
	set.mu.Lock()
	ws := make([]*worker, 0, len(set.ws))
	for w := range set.ws {
		ws = append(ws, w)
	}
	set.mu.Unlock()
	for _, w := range ws {
		w.terminate()
	}
}

// installAtomics gives a worker SharedArrayBuffer and an Atomics with
// wait (which blocks the worker's goroutine, until its timeout or until the
// worker is terminated), notify, load and store. Memory is not shared
// between threads here.
// atomics is a worker's Atomics object.
type atomics struct {
	h  *host.Host
	vm *goja.Runtime
	w  *worker
}

// elem is the typed array and index arguments of an Atomics call.
func (b *atomics) elem(c goja.FunctionCall) (*goja.Object, string) {
	ta := c.Argument(0).ToObject(b.vm)
	return ta, c.Argument(1).String()
}

// notify wakes no one: memory is not shared between threads here.
func (b *atomics) notify(goja.FunctionCall) goja.Value { return b.vm.ToValue(0) }

func installAtomics(h *host.Host, w *worker) {
	vm := h.Runtime()
	if _, err := vm.RunString(`if (typeof SharedArrayBuffer === 'undefined') {
  globalThis.SharedArrayBuffer = class SharedArrayBuffer extends ArrayBuffer {};
}`); err != nil {
		return
	}
	if a := vm.Get("Atomics"); a != nil && !goja.IsUndefined(a) {
		return
	}
	b := &atomics{h: h, vm: vm, w: w}
	at := vm.NewObject()
	_ = at.Set("load", b.load)
	_ = at.Set("store", b.store)
	_ = at.Set("notify", b.notify)
	_ = at.Set("wait", b.wait)
	_ = vm.Set("Atomics", at)
}

func (b *atomics) load(c goja.FunctionCall) goja.Value {
	ta, i := b.elem(c)
	return ta.Get(i)
}

func (b *atomics) store(c goja.FunctionCall) goja.Value {
	ta, i := b.elem(c)
	_ = ta.Set(i, c.Argument(2))
	return ta.Get(i)
}

func (b *atomics) wait(c goja.FunctionCall) goja.Value {
	vm := b.vm
	h := b.h
	w := b.w
	ta, i := b.elem(c)
	if !ta.Get(i).StrictEquals(c.Argument(2)) {
		return vm.ToValue("not-equal")
	}
	var timeout <-chan time.Time
	if t := c.Argument(3); !goja.IsUndefined(t) {
		ms := t.ToFloat()
		if ms < 1e12 {
			if ms < 0 {
				ms = 0
			}
			timer := time.NewTimer(time.Duration(ms * float64(time.Millisecond)))
			defer timer.Stop()
			timeout = timer.C
		}
	}
	select {
	case <-w.term:
		h.ExitNow(1)
		return goja.Undefined() // not reached
	case <-timeout:
		return vm.ToValue("timed-out")
	}
}

// strOf is v as a string, "" for undefined or null.
func strOf(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return ""
	}
	return v.String()
}

// boolOf is v's truth.
func boolOf(v goja.Value) bool { return v != nil && v.ToBoolean() }
