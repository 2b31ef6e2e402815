package eventloop

// Immediate is a callback queued by SetImmediate for the check phase.
type Immediate struct {
	loop    *Loop
	fn      func()
	fa      func(any) // with arg, instead of fn (SetImmediateArg)
	arg     any
	unref   bool
	cleared bool
	queued  bool
}

// SetImmediate queues fn for the check phase of this iteration (or the next
// one when called from the check phase itself), like Node's setImmediate.
// While a ref'd immediate is queued the loop does not block in poll.
func (l *Loop) SetImmediate(fn func()) *Immediate {
	im := &Immediate{loop: l, fn: fn, queued: true}
	l.immediates.push(im)
	l.refImmediates++
	l.queuedImmediates++
	return im
}

// SetImmediateArg queues fn(arg) as SetImmediate queues fn: with fn a
// package-level function and arg a pointer no closure is needed per call.
func (l *Loop) SetImmediateArg(fn func(any), arg any) *Immediate {
	im := &Immediate{loop: l, fa: fn, arg: arg, queued: true}
	l.immediates.push(im)
	l.refImmediates++
	l.queuedImmediates++
	return im
}

// ClearImmediate cancels im (nil is ignored).
func (l *Loop) ClearImmediate(im *Immediate) {
	if im != nil {
		im.Clear()
	}
}

// Clear cancels the immediate if it has not run yet.
func (im *Immediate) Clear() {
	if im.cleared || !im.queued {
		return
	}
	im.cleared = true
	im.loop.queuedImmediates--
	if !im.unref {
		im.loop.refImmediates--
	}
}

// Ref makes the queued immediate keep the loop alive (the default).
func (im *Immediate) Ref() *Immediate {
	if im.unref {
		im.unref = false
		if im.queued && !im.cleared {
			im.loop.refImmediates++
		}
	}
	return im
}

// Unref lets the loop end, and block in poll, while the immediate is queued.
func (im *Immediate) Unref() *Immediate {
	if !im.unref {
		im.unref = true
		if im.queued && !im.cleared {
			im.loop.refImmediates--
		}
	}
	return im
}

// HasRef reports whether the immediate keeps the loop alive. As in Node it
// is false once the immediate has started running or has been cleared.
func (im *Immediate) HasRef() bool { return !im.unref && im.queued && !im.cleared }

// runCheck runs the immediates queued before the phase began; those queued
// while it runs wait for the next iteration.
func (l *Loop) runCheck() {
	l.checkLeft = l.immediates.len()
	for l.checkLeft > 0 && !l.stopping {
		im := l.popImmediate()
		if im == nil {
			continue
		}
		if l.runnerIdle != nil {
			// Through the runner, in one frame while the host stays idle
			// (runImmediates).
			l.runnerImm = im
			l.viaRunner(l.runnerImmFn)
			continue
		}
		if im.fa != nil {
			l.callTask(im.fa, im.arg)
		} else {
			l.call(im.fn)
		}
	}
	// Cleared entries left at the head are dropped lazily on the next pass.
}

// popImmediate takes the next immediate of the check phase, or nil when it
// was cleared.
func (l *Loop) popImmediate() *Immediate {
	l.checkLeft--
	im := l.immediates.pop()
	if im.cleared {
		return nil
	}
	im.queued = false
	l.queuedImmediates--
	if !im.unref {
		l.refImmediates--
	}
	return im
}

// runImmediates runs the immediate runCheck handed over inside the
// runner's frame and, while it left no ticks and the host is idle, the
// next ones of the phase in the same frame.
func (l *Loop) runImmediates() {
	im := l.runnerImm
	l.runnerImm = nil
	for {
		var ok bool
		if im.fa != nil {
			ok = l.protectTask(im.fa, im.arg)
		} else {
			ok = l.protect(im.fn)
		}
		if !ok {
			l.tickFailed = true
			return
		}
		if l.ticks.n > 0 || !l.runnerIdle.Idle() {
			return
		}
		for im = nil; im == nil; {
			if l.checkLeft <= 0 || l.stopping {
				return
			}
			im = l.popImmediate()
		}
	}
}
