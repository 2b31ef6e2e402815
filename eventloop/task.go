package eventloop

import "runtime/debug"

// task is one queued callback of the nextTick and pending queues: fa(arg).
// The ...Arg forms queue a per-object callback that way without
// allocating a closure (fa a package-level function, arg a pointer); a
// plain func() is queued as callFunc(fn), which allocates nothing either.
type task struct {
	fa  func(any)
	arg any
}

// callFunc runs a func() queued as a task.
func callFunc(fn any) { fn.(func())() }

// closeTask is a task of the close queue: h, if set, is the handle whose
// close it completes before calling fa(arg) (if fa is set).
type closeTask struct {
	h   *Handle
	fa  func(any)
	arg any
}

// callTask is call for a queued task.
func (l *Loop) callTask(fa func(any), arg any) {
	if l.runner != nil {
		l.runnerFa, l.runnerArg = fa, arg
		l.viaRunner(l.runnerTaskFn)
		return
	}
	if l.protectTask(fa, arg) && (l.ticks.n > 0 || l.microtasks.n > 0) {
		l.drain()
	}
}

// protectTask is protect for a queued task.
func (l *Loop) protectTask(fa func(any), arg any) (ok bool) {
	defer func() {
		if !ok {
			if v := recover(); v != nil {
				l.handlePanic(v, debug.Stack())
			}
		}
	}()
	fa(arg)
	return true
}

// runClose runs a close task.
func (l *Loop) runClose(t closeTask) {
	if t.h != nil {
		t.h.finishClose()
	}
	if t.fa != nil {
		l.callTask(t.fa, t.arg)
	}
}
