package eventloop

// NextTick queues fn to run after the current callback, before any
// microtask (Node's process.nextTick).
func (l *Loop) NextTick(fn func()) { l.ticks.push(task{fa: callFunc, arg: fn}) }

// NextTickArg queues fn(arg) as NextTick does. With fn a package-level
// function and arg a pointer, queueing allocates nothing, where a closure
// handed to NextTick is allocated each time: for per-object callbacks
// queued on every operation.
func (l *Loop) NextTickArg(fn func(any), arg any) { l.ticks.push(task{fa: fn, arg: arg}) }

// QueueMicrotask queues fn on the microtask queue (Node's queueMicrotask and
// the Promise job queue), which runs after the nextTick queue is empty.
func (l *Loop) QueueMicrotask(fn func()) {
	if l.runner != nil {
		l.runner.QueueMicrotask(func() { l.protect(fn) })
		return
	}
	l.microtasks.push(fn)
}

// drain empties the nextTick queue, then the microtask queue, and repeats
// until both are empty, as Node's processTicksAndRejections: ticks queued by a
// microtask run once the current microtask queue is empty, before microtasks
// queued after them. A panicking tick is handled like any callback's and,
// as in Node, ends this drain (what is left runs after the next callback
// that completes); a panicking microtask is handled and the microtasks
// after it still run, as V8 does.
func (l *Loop) drain() {
	if l.draining {
		return
	}
	if l.runner != nil {
		l.drainViaRunner()
		return
	}
	l.draining = true
	defer func() { l.draining = false }()
	for !l.stopping {
		for l.ticks.n > 0 {
			t := l.ticks.pop()
			if !l.protectTask(t.fa, t.arg) || l.stopping {
				return
			}
		}
		for l.microtasks.n > 0 && !l.stopping {
			l.protect(l.microtasks.pop())
		}
		if l.ticks.n == 0 {
			return
		}
	}
}
