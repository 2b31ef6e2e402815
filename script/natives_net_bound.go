package script

import (
	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/netmod"
)

// The BoundSocket part of the "net" binding (net.BoundSocket, and the
// handle/fd options of new net.Socket and server.listen): lib/net.js
// validates the options as Node does and hands the rest to netmod.

// jsBound is a Go BoundSocket held by a JavaScript net.BoundSocket.
type jsBound struct{ b *netmod.BoundSocket }

func boundBinding(st *netState, o *goja.Object) {
	h := st.h
	vm := h.vm
	set := func(name string, fn func(c goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }
	throw := func(err error) {
		if err != nil {
			panic(h.toJS(err))
		}
	}
	boundOf := func(v goja.Value) *jsBound {
		b, ok := v.Export().(*jsBound)
		if !ok {
			panic(vm.NewTypeError("not a bound socket handle"))
		}
		return b
	}
	// newBound({host, port, ipv6Only, reusePort} | {path}) binds at once.
	set("newBound", func(c goja.FunctionCall) goja.Value {
		opts := c.Argument(0).ToObject(vm)
		bo := netmod.BoundSocketOptions{
			Path:      strOf(opts.Get("path")),
			Host:      strOf(opts.Get("host")),
			Port:      int(intOf(opts.Get("port"))),
			IPv6Only:  boolOf(opts.Get("ipv6Only")),
			ReusePort: boolOf(opts.Get("reusePort")),
		}
		b, err := netmod.NewBoundSocket(bo)
		throw(err)
		return vm.ToValue(&jsBound{b: b})
	})
	set("boundAddress", func(c goja.FunctionCall) goja.Value {
		a, err := boundOf(c.Argument(0)).b.Address()
		throw(err)
		if a.Path != "" {
			return vm.ToValue(a.Path)
		}
		return st.addressInfo(a)
	})
	set("boundFD", func(c goja.FunctionCall) goja.Value {
		fd, err := boundOf(c.Argument(0)).b.FD()
		throw(err)
		return vm.ToValue(fd)
	})
	set("boundClose", func(c goja.FunctionCall) goja.Value {
		throw(boundOf(c.Argument(0)).b.Close())
		return goja.Undefined()
	})
	set("boundDispose", func(c goja.FunctionCall) goja.Value {
		boundOf(c.Argument(0)).b.Dispose()
		return goja.Undefined()
	})
	set("boundIsPipe", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(boundOf(c.Argument(0)).b.IsPipe())
	})
	// serverFD(server): the listening descriptor (server._handle.fd), or -1.
	set("serverFD", func(c goja.FunctionCall) goja.Value {
		js, ok := c.Argument(0).Export().(*jsServer)
		if !ok {
			return vm.ToValue(-1)
		}
		return vm.ToValue(js.srv.FD())
	})
}

// handleOf converts the handle or fd option of new Socket or listen: a
// JavaScript net.BoundSocket's Go handle, or a descriptor number.
func netHandleOf(o *goja.Object) netmod.Handle {
	if v := o.Get("handle"); v != nil {
		if b, ok := v.Export().(*jsBound); ok {
			return b.b
		}
	}
	if v := o.Get("fd"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		return netmod.FD(v.ToInteger())
	}
	return nil
}
