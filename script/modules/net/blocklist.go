package net

import (
	"github.com/dop251/goja"
	"github.com/nodenet/nodenet/script/internal/host"

	"github.com/nodenet/nodenet/blocklist"
)

// The "block_list" binding: Node's internalBinding('block_list') over the
// Go package blocklist (BlockList and SocketAddress handles), used by
// internal/blocklist.js and internal/socketaddress.js.

const (
	afInet  = 2
	afInet6 = 10
)

// saHandle and blHandle are the handles' Go values.
type saHandle struct{ sa *blocklist.SocketAddress }

type blHandle struct{ bl *blocklist.BlockList }

// BlockList builds the block_list binding of h.
func BlockList(h *host.Host) *goja.Object {
	vm := h.Runtime()
	o := vm.NewObject()
	_ = o.Set("AF_INET", afInet)
	_ = o.Set("AF_INET6", afInet6)
	undef := goja.Undefined()
	throw := func(err error) {
		if err != nil {
			panic(h.ToJS(err))
		}
	}
	saOf := func(v goja.Value) *blocklist.SocketAddress {
		if o, ok := v.(*goja.Object); ok {
			if s, ok := o.Get("__sa").Export().(*saHandle); ok {
				return s.sa
			}
		}
		panic(vm.NewTypeError("not a SocketAddress handle"))
	}
	newSAHandle := func(this *goja.Object, sa *blocklist.SocketAddress) *goja.Object {
		_ = this.DefineDataProperty("__sa", vm.ToValue(&saHandle{sa}), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		_ = this.Set("detail", func(c goja.FunctionCall) goja.Value {
			d := c.Argument(0).ToObject(vm)
			_ = d.Set("address", sa.Address())
			_ = d.Set("port", sa.Port())
			fam := afInet
			if sa.Family() == blocklist.IPv6 {
				fam = afInet6
			}
			_ = d.Set("family", fam)
			_ = d.Set("flowlabel", sa.FlowLabel())
			return d
		})
		_ = this.Set("flowlabel", func(goja.FunctionCall) goja.Value { return vm.ToValue(sa.FlowLabel()) })
		return this
	}
	_ = o.Set("SocketAddress", func(c goja.ConstructorCall) *goja.Object {
		fam := blocklist.IPv4
		if c.Argument(2).ToInteger() == afInet6 {
			fam = blocklist.IPv6
		}
		sa, err := blocklist.NewSocketAddress(blocklist.SocketAddressOptions{
			Address:   c.Argument(0).String(),
			Family:    fam,
			Port:      int(c.Argument(1).ToInteger()),
			FlowLabel: uint32(c.Argument(3).ToInteger()),
		})
		throw(err)
		return newSAHandle(c.This, sa)
	})
	// parse(input) -> {address, port, family} or undefined (nodenet: Node
	// goes through the URL parser; the Go package does the same parse).
	_ = o.Set("parse", func(c goja.FunctionCall) goja.Value {
		sa, ok := blocklist.ParseSocketAddress(c.Argument(0).String())
		if !ok {
			return undef
		}
		r := vm.NewObject()
		_ = r.Set("address", sa.Address())
		_ = r.Set("port", sa.Port())
		_ = r.Set("family", sa.Family().String())
		return r
	})
	_ = o.Set("isIP", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(blocklist.IsIP(c.Argument(0).String()))
	})
	_ = o.Set("BlockList", func(c goja.ConstructorCall) *goja.Object {
		bl := blocklist.New()
		this := c.This
		_ = this.DefineDataProperty("__bl", vm.ToValue(&blHandle{bl}), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		set := func(name string, fn func(c goja.FunctionCall) goja.Value) { _ = this.Set(name, fn) }
		set("addAddress", func(c goja.FunctionCall) goja.Value {
			throw(bl.AddSocketAddress(saOf(c.Argument(0))))
			return undef
		})
		set("addAddresses", func(c goja.FunctionCall) goja.Value {
			var sas []*blocklist.SocketAddress
			for _, v := range h.ArrayValues(c.Argument(0)) {
				sas = append(sas, saOf(v))
			}
			throw(bl.AddSocketAddresses(sas))
			return undef
		})
		set("addRange", func(c goja.FunctionCall) goja.Value {
			if err := bl.AddSocketRange(saOf(c.Argument(0)), saOf(c.Argument(1))); err != nil {
				return vm.ToValue(false)
			}
			return vm.ToValue(true)
		})
		set("addSubnet", func(c goja.FunctionCall) goja.Value {
			throw(bl.AddSocketSubnet(saOf(c.Argument(0)), int(c.Argument(1).ToInteger())))
			return undef
		})
		set("removeAddress", func(c goja.FunctionCall) goja.Value {
			throw(bl.RemoveSocketAddress(saOf(c.Argument(0))))
			return undef
		})
		set("removeRange", func(c goja.FunctionCall) goja.Value {
			throw(bl.RemoveSocketRange(saOf(c.Argument(0)), saOf(c.Argument(1))))
			return undef
		})
		set("removeSubnet", func(c goja.FunctionCall) goja.Value {
			throw(bl.RemoveSocketSubnet(saOf(c.Argument(0)), int(c.Argument(1).ToInteger())))
			return undef
		})
		set("check", func(c goja.FunctionCall) goja.Value {
			return vm.ToValue(bl.CheckSocketAddress(saOf(c.Argument(0))))
		})
		set("checkString", func(c goja.FunctionCall) goja.Value {
			fam := blocklist.IPv4
			if c.Argument(1).ToInteger() == afInet6 {
				fam = blocklist.IPv6
			}
			return vm.ToValue(bl.Check(c.Argument(0).String(), fam))
		})
		set("clear", func(goja.FunctionCall) goja.Value {
			bl.Clear()
			return undef
		})
		set("getRules", func(goja.FunctionCall) goja.Value {
			rules := bl.Rules()
			vals := make([]any, len(rules))
			for i, r := range rules {
				vals[i] = r
			}
			return vm.NewArray(vals...)
		})
		set("getSize", func(goja.FunctionCall) goja.Value { return vm.ToValue(bl.Size()) })
		return this
	})
	return o
}

// blockListHandle returns the Go BlockList of a JavaScript net.BlockList
// (nil when o is not one).
func blockListHandle(h *host.Host, o *goja.Object) *blocklist.BlockList {
	hv := h.RequireLib("internal/blocklist").ToObject(h.Runtime()).Get("kHandle")
	sym, ok := hv.(*goja.Symbol)
	if !ok {
		return nil
	}
	hd, ok := o.GetSymbol(sym).(*goja.Object)
	if !ok {
		return nil
	}
	if b, ok := hd.Get("__bl").Export().(*blHandle); ok {
		return b.bl
	}
	return nil
}
