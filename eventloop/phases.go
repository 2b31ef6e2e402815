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
// close callbacks run. A queued callback keeps the loop alive.
func (l *Loop) QueueClose(fn func()) { l.closing.push(closeTask{fa: callFunc, arg: fn}) }

// runPending runs the callbacks queued before the phase began; those queued
// while it runs wait for the next pass.
func (l *Loop) runPending() {
	n := l.pending.len()
	for i := 0; i < n && !l.stopping; i++ {
		t := l.pending.pop()
		l.callTask(t.fa, t.arg)
	}
}

// runClosing runs close callbacks, including ones queued while it runs (as
// libuv, which empties the closing list).
func (l *Loop) runClosing() {
	for l.closing.len() > 0 && !l.stopping {
		l.runClose(l.closing.pop())
	}
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
