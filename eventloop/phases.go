package eventloop

// QueuePending queues fn for the pending phase of the next iteration: I/O
// callbacks that must not run synchronously (write completions, early connect
// errors), as libuv's pending queue. A queued callback keeps the loop alive
// and makes the next poll non-blocking.
func (l *Loop) QueuePending(fn func()) { l.pending.push(task{fa: callFunc, arg: fn}) }

// QueuePendingArg queues fn(arg) as QueuePending does, without allocating
// (see NextTickArg).
func (l *Loop) QueuePendingArg(fn func(any), arg any) { l.pending.push(task{fa: fn, arg: arg}) }

// QueueClose queues fn for the close phase of this iteration, where handles'
// close callbacks run, last queued first (as libuv's closing list). Queued
// from a close callback, fn runs in the next iteration's close phase. A
// queued callback keeps the loop alive.
func (l *Loop) QueueClose(fn func()) { l.closing = append(l.closing, closeTask{fa: callFunc, arg: fn}) }

// runPending runs the callbacks queued before the phase began; those queued
// while it runs wait for the next pass.
func (l *Loop) runPending() {
	n := l.pending.len()
	for i := 0; i < n && !l.stopping; i++ {
		t := l.pending.pop()
		l.callTask(t.fa, t.arg)
	}
}

// runClosing runs the close callbacks queued before the phase began, last
// queued first, as libuv's uv__run_closing_handles: uv_close pushes a handle
// onto the front of the closing list, and the phase detaches the list before
// it walks it. A handle closed by a close callback therefore waits for the
// next iteration's close phase (Node: an immediate queued before it runs
// first).
func (l *Loop) runClosing() {
	if len(l.closing) == 0 {
		return
	}
	list := l.closing
	l.closing = l.closingSpare[:0]
	i := len(list) - 1
	for ; i >= 0 && !l.stopping; i-- {
		t := list[i]
		list[i] = closeTask{}
		l.runClose(t)
	}
	if i >= 0 {
		// Stopped by an uncaught panic: the callbacks not run yet go back
		// on top, so the next Run continues the walk where it stopped.
		l.closing = append(l.closing, list[:i+1]...)
		clear(list[:i+1])
	}
	l.closingSpare = list[:0]
}

type hook struct {
	fn      func()
	removed bool
}

// AddPrepare registers fn to run in the prepare phase of every iteration,
// just before the loop polls for I/O. Prepare hooks do not keep the loop
// alive. The returned function removes the hook.
func (l *Loop) AddPrepare(fn func()) (remove func()) {
	h := &hook{fn: fn}
	l.prepare = append(l.prepare, h)
	return func() {
		if h.removed {
			return
		}
		h.removed = true
		for i, x := range l.prepare {
			if x == h {
				l.prepare = append(l.prepare[:i:i], l.prepare[i+1:]...)
				break
			}
		}
	}
}

func (l *Loop) runPrepare() {
	if len(l.prepare) == 0 {
		return
	}
	hooks := l.prepare // removal copies, so this snapshot stays valid
	for _, h := range hooks {
		if l.stopping {
			return
		}
		if !h.removed {
			l.call(h.fn)
		}
	}
}
