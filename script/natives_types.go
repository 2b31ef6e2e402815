package script

import (
	"reflect"
	"syscall"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/nodeerr"
)

// The "jstypes" binding: what V8 answers about values and goja only knows
// in Go (native errors, proxies, promise states).
func init() {
	registerNative("jstypes", (*Host).typesBinding)
	registerNative("uv", (*Host).uvBinding)
}

var (
	proxyType   = reflect.TypeOf(goja.Proxy{})
	promiseType = reflect.TypeOf((*goja.Promise)(nil))
)

func (h *Host) typesBinding() *goja.Object {
	vm := h.vm
	o := vm.NewObject()
	_ = o.Set("isNativeError", func(c goja.FunctionCall) goja.Value {
		obj, ok := c.Argument(0).(*goja.Object)
		return vm.ToValue(ok && obj.ClassName() == "Error")
	})
	_ = o.Set("isProxy", func(c goja.FunctionCall) goja.Value {
		obj, ok := c.Argument(0).(*goja.Object)
		return vm.ToValue(ok && obj.ExportType() == proxyType)
	})
	_ = o.Set("isConstructor", func(c goja.FunctionCall) goja.Value {
		_, ok := goja.AssertConstructor(c.Argument(0))
		return vm.ToValue(ok)
	})
	_ = o.Set("promiseDetails", func(c goja.FunctionCall) goja.Value {
		obj, ok := c.Argument(0).(*goja.Object)
		if !ok || obj.ExportType() != promiseType {
			return goja.Undefined()
		}
		p := obj.Export().(*goja.Promise)
		switch p.State() {
		case goja.PromiseStatePending:
			return vm.NewArray(0)
		case goja.PromiseStateFulfilled:
			return vm.NewArray(1, p.Result())
		default:
			return vm.NewArray(2, p.Result())
		}
	})
	_ = o.Set("proxyDetails", func(c goja.FunctionCall) goja.Value {
		obj, ok := c.Argument(0).(*goja.Object)
		if !ok || obj.ExportType() != proxyType {
			return goja.Undefined()
		}
		p := obj.Export().(goja.Proxy)
		target, handler := goja.Value(goja.Null()), goja.Value(goja.Null())
		if t := p.Target(); t != nil {
			target = t
		}
		if hd := p.Handler(); hd != nil {
			handler = hd
		}
		if c.Argument(1).ToBoolean() {
			return vm.NewArray(target, handler)
		}
		return target
	})
	_ = o.Set("iteratorEntries", func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	return o
}

// uvBinding is internalBinding('uv'): libuv's error names and numbers.
func (h *Host) uvBinding() *goja.Object {
	vm := h.vm
	o := vm.NewObject()
	_ = o.Set("errname", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(nodeerr.ErrnoName(syscall.Errno(-c.Argument(0).ToInteger())))
	})
	consts := vm.NewObject()
	emap := vm.NewArray()
	push, _ := goja.AssertFunction(emap.Get("push"))
	for e := syscall.Errno(1); e < 134; e++ {
		name := nodeerr.ErrnoName(e)
		if name == "" || name[0] != 'E' {
			continue
		}
		_ = consts.Set(name, int(e))
		_ = o.Set("UV_"+name, -int(e))
		_, _ = push(emap, vm.NewArray(-int(e), vm.NewArray(name, nodeerr.UVMessage(e))))
	}
	_ = o.Set("errnoConstants", func(goja.FunctionCall) goja.Value { return consts })
	_ = o.Set("getErrorMap", func(goja.FunctionCall) goja.Value {
		m, _ := vm.RunString("new Map()")
		set, _ := goja.AssertFunction(m.ToObject(vm).Get("set"))
		for _, v := range h.arrayValues(emap) {
			pair := h.arrayValues(v)
			_, _ = set(m, pair[0], pair[1])
		}
		return m
	})
	return o
}
