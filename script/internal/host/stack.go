package host

import (
	"reflect"
	"unsafe"

	"github.com/dop251/goja"
)

// goja drops its value stack each time the outermost call into the
// runtime returns, so every callback the loop runs in a new frame grows a
// stack again from nothing: a few doublings and copies per event (about
// 700 B and a tenth of the allocations of an echoed message). The host
// keeps the stack its frames grew and hands it back to the runtime before
// the next outermost call, cleared, so nothing stays reachable from it
// between frames.
//
// The stack is an unexported []goja.Value field of goja's unexported vm,
// found by name as the job queue is (jobqueue.go); findValueStack checks on
// each new host that it is what it should be (the trampoline's frame is on
// it during a call, and it is dropped when the call returns). When it is
// not (goja changed), the host leaves the stack alone.
var vmOffset, stackOffset = func() (uintptr, uintptr) {
	f, ok := reflect.TypeFor[goja.Runtime]().FieldByName("vm")
	if !ok || f.Type.Kind() != reflect.Pointer || f.Type.Elem().Kind() != reflect.Struct {
		return 0, 0
	}
	s, ok := f.Type.Elem().FieldByName("stack")
	if !ok || s.Type.Kind() != reflect.Slice || s.Type.Elem() != reflect.TypeFor[goja.Value]() {
		return 0, 0
	}
	return f.Offset, s.Offset
}()

// maxKeptStack bounds the stack kept between frames (in values): a deep
// recursion's stack is let go.
const maxKeptStack = 4096

// valueStack returns the runtime's value stack field, or nil.
func (h *Host) valueStack() *[]goja.Value {
	if vmOffset == 0 && stackOffset == 0 {
		return nil
	}
	vm := *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(h.vm), vmOffset))
	if vm == nil {
		return nil
	}
	return (*[]goja.Value)(unsafe.Add(vm, stackOffset))
}

// findValueStack sets h.stack when goja's value stack checks out: nil
// outside calls, the trampoline, its this and its argument at its bottom
// while the trampoline runs, nil again after.
func (h *Host) findValueStack(tr goja.Value) {
	s := h.valueStack()
	if s == nil || *s != nil {
		return
	}
	seen := false
	probe := h.vm.ToValue(func(goja.FunctionCall) goja.Value {
		st := *s
		seen = len(st) >= 3 && st[0] == tr && st[1] == goja.Undefined()
		return goja.Undefined()
	})
	if _, err := h.trampoline(goja.Undefined(), probe); err != nil {
		return
	}
	if seen && *s == nil {
		h.stack = s
	}
}

// reuseStack gives the runtime the kept stack when no call is running (the
// runtime has no stack) and reports whether it did: the frame about to
// start is then the outermost, and keepStack may keep what it grows.
func (h *Host) reuseStack() bool {
	if h.stack == nil || *h.stack != nil {
		return false
	}
	*h.stack = h.keptStack[:0]
	// Until keepStack says otherwise, the frame may write all of it (it
	// may also outgrow it, copy it and leave it written).
	h.keptDirty = cap(h.keptStack)
	return true
}

// keepStack keeps the runtime's stack as the outermost frame leaves it (it
// holds the largest capacity the frame needed). The runtime writes its
// stack only below its length, which only grows during a frame except
// where it clears the values above the new length first: what the frame
// wrote is all below the length it leaves.
func (h *Host) keepStack() {
	if st := *h.stack; cap(st) <= maxKeptStack {
		h.keptStack = st
		h.keptDirty = len(st)
	}
}

// clearKeptStack empties the kept stack once the runtime has let it go:
// the part the frame wrote (an echoed message's frame uses a few dozen
// values of a stack grown to hundreds).
func (h *Host) clearKeptStack() {
	if *h.stack == nil {
		clear(h.keptStack[:h.keptDirty])
	}
}
