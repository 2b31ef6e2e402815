package net

import (
	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/netmod"
)

// The BoundSocket part of the "net" binding (net.BoundSocket, and the
// handle/fd options of new net.Socket and server.listen): lib/net.js
// validates the options as Node does and hands the rest to netmod.

// jsBound is a Go BoundSocket held by a JavaScript net.BoundSocket.
type jsBound struct{ b *netmod.BoundSocket }

// boundOf is the bound socket handle argument v, or throws.
func (st *netState) boundOf(v goja.Value) *jsBound {
	b, ok := v.Export().(*jsBound)
	if !ok {
		panic(st.h.Runtime().NewTypeError("not a bound socket handle"))
	}
	return b
}

// newBound({host, port, ipv6Only, reusePort} | {path}) binds at once.
func (st *netState) newBound(c goja.FunctionCall) goja.Value {
	vm := st.h.Runtime()
	opts := c.Argument(0).ToObject(vm)
	bo := netmod.BoundSocketOptions{
		Path:      strOf(opts.Get("path")),
		Host:      strOf(opts.Get("host")),
		Port:      int(intOf(opts.Get("port"))),
		IPv6Only:  boolOf(opts.Get("ipv6Only")),
		ReusePort: boolOf(opts.Get("reusePort")),
	}
	b, err := netmod.NewBoundSocket(bo)
	st.throw(err)
	return vm.ToValue(&jsBound{b: b})
}

func (st *netState) boundAddress(c goja.FunctionCall) goja.Value {
	a, err := st.boundOf(c.Argument(0)).b.Address()
	st.throw(err)
	if a.Path != "" {
		return st.h.Runtime().ToValue(a.Path)
	}
	return st.addressInfo(a)
}

func (st *netState) boundFD(c goja.FunctionCall) goja.Value {
	fd, err := st.boundOf(c.Argument(0)).b.FD()
	st.throw(err)
	return st.h.Runtime().ToValue(fd)
}

func (st *netState) boundClose(c goja.FunctionCall) goja.Value {
	st.throw(st.boundOf(c.Argument(0)).b.Close())
	return goja.Undefined()
}

func (st *netState) boundDispose(c goja.FunctionCall) goja.Value {
	st.boundOf(c.Argument(0)).b.Dispose()
	return goja.Undefined()
}

func (st *netState) boundIsPipe(c goja.FunctionCall) goja.Value {
	return st.h.Runtime().ToValue(st.boundOf(c.Argument(0)).b.IsPipe())
}

// serverFD(server): the listening descriptor (server._handle.fd), or -1.
func (st *netState) serverFD(c goja.FunctionCall) goja.Value {
	js, ok := c.Argument(0).Export().(*jsServer)
	if !ok {
		return st.h.Runtime().ToValue(-1)
	}
	return st.h.Runtime().ToValue(js.srv.FD())
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
