package eventloop

import "runtime/debug"

// task is one queued callback of the nextTick, pending and close queues:
// fn(), or fa(arg) for the ...Arg forms, which let a layer above queue a
// per-object callback without allocating a closure for it (fa a
// package-level function, arg a pointer). h, if set, is a handle whose
// close the task completes before it calls anything.
type task struct {
	fn  func()
	fa  func(any)
	arg any
	h   *Handle
}

func (t *task) run() {
	if t.h != nil {
		t.h.finishClose()
	}
	if t.fa != nil {
		t.fa(t.arg)
	} else if t.fn != nil {
		t.fn()
	}
}

// callTask is call for a queued task.
func (l *Loop) callTask(t task) {
	if l.protectTask(&t) && (l.ticks.n > 0 || l.microtasks.n > 0) {
		l.drain()
	}
}

// protectTask is protect for a queued task.
func (l *Loop) protectTask(t *task) (ok bool) {
	defer func() {
		if !ok {
			if v := recover(); v != nil {
				l.handlePanic(v, debug.Stack())
			}
		}
	}()
	t.run()
	return true
}
