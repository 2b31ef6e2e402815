package host

import (
	"reflect"
	"unsafe"

	"github.com/dop251/goja"
)

// goja runs Promise jobs when the outermost call into the runtime returns
// and does not say whether any are queued. The host asks (Idle) so that
// the loop can run several due timers in one frame: it reads the length of
// the runtime's job queue, an unexported []func() field of goja.Runtime
// found by name. findJobQueue checks on each new host that the field is
// what it should be (a job queued shows in it, and it empties when the
// frame returns); when it is not (goja changed), Idle always says no and
// every callback gets its own frame, as without it.
var jobQueueOffset = func() uintptr {
	f, ok := reflect.TypeFor[goja.Runtime]().FieldByName("jobQueue")
	if !ok || f.Type != reflect.TypeFor[[]func()]() {
		return 0
	}
	return f.Offset
}()

// findJobQueue sets h.jobQueue when goja's job queue checks out.
func (h *Host) findJobQueue() {
	if jobQueueOffset == 0 {
		return
	}
	q := (*[]func())(unsafe.Add(unsafe.Pointer(h.vm), jobQueueOffset))
	probe, err := h.vm.RunString("(function (check) { Promise.resolve().then(function () {}); check(); })")
	if err != nil {
		return
	}
	fn, ok := goja.AssertFunction(probe)
	if !ok {
		return
	}
	empty := len(*q) == 0
	queued := false
	if _, err := fn(goja.Undefined(), h.vm.ToValue(func(goja.FunctionCall) goja.Value {
		queued = len(*q) == 1
		return goja.Undefined()
	})); err != nil {
		return
	}
	if empty && queued && len(*q) == 0 {
		h.jobQueue = q
	}
}

// Idle implements eventloop.IdleReporter: no Promise job is queued and the
// host has nothing of its own to do when the current frame returns (no
// rejections to report, not exiting, no CPU budget to reset per callback).
func (h *Host) Idle() bool {
	return h.jobQueue != nil && len(*h.jobQueue) == 0 && len(h.rejections) == 0 &&
		!h.exiting && h.stopWatchdog == nil
}
