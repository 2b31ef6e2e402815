package net

import (
	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/blocklist"
	"github.com/nodenet/nodenet/script/internal/host"
)

// The "block_list" binding: Node's internalBinding('block_list') over the
// Go package blocklist (BlockList and SocketAddress handles), used by
// internal/blocklist.js and internal/socketaddress.js.

const (
	afInet  = 2
	afInet6 = 10
)

// blockList is the block_list binding of one host.
type blockList struct {
	h  *host.Host
	vm *goja.Runtime
}

// saHandle and blHandle are the handles' Go values; their methods are the
// handles' functions.
type saHandle struct {
	b  *blockList
	sa *blocklist.SocketAddress
}

type blHandle struct {
	b  *blockList
	bl *blocklist.BlockList
}

// BlockList builds the block_list binding of h.
func BlockList(h *host.Host) *goja.Object {
	b := &blockList{h: h, vm: h.Runtime()}
	o := b.vm.NewObject()
	_ = o.Set("AF_INET", afInet)
	_ = o.Set("AF_INET6", afInet6)
	_ = o.Set("SocketAddress", b.newSocketAddress)
	_ = o.Set("parse", b.parse)
	_ = o.Set("isIP", b.isIP)
	_ = o.Set("BlockList", b.newBlockList)
	return o
}

// throw throws err, if any, as the JavaScript error Node gives.
func (b *blockList) throw(err error) {
	if err != nil {
		panic(b.h.ToJS(err))
	}
}

// saOf is the SocketAddress of a handle.
func (b *blockList) saOf(v goja.Value) *blocklist.SocketAddress {
	if o, ok := v.(*goja.Object); ok {
		if s, ok := o.Get("__sa").Export().(*saHandle); ok {
			return s.sa
		}
	}
	panic(b.vm.NewTypeError("not a SocketAddress handle"))
}

// new SocketAddress(address, port, family, flowlabel) is a handle.
func (b *blockList) newSocketAddress(c goja.ConstructorCall) *goja.Object {
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
	b.throw(err)
	this := c.This
	hd := &saHandle{b: b, sa: sa}
	_ = this.DefineDataProperty("__sa", b.vm.ToValue(hd), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = this.Set("detail", hd.detail)
	_ = this.Set("flowlabel", hd.flowlabel)
	return this
}

// detail(obj) fills obj with the address, port, family and flow label.
func (hd *saHandle) detail(c goja.FunctionCall) goja.Value {
	sa := hd.sa
	d := c.Argument(0).ToObject(hd.b.vm)
	_ = d.Set("address", sa.Address())
	_ = d.Set("port", sa.Port())
	fam := afInet
	if sa.Family() == blocklist.IPv6 {
		fam = afInet6
	}
	_ = d.Set("family", fam)
	_ = d.Set("flowlabel", sa.FlowLabel())
	return d
}

func (hd *saHandle) flowlabel(goja.FunctionCall) goja.Value {
	return hd.b.vm.ToValue(hd.sa.FlowLabel())
}

// parse(input) -> {address, port, family} or undefined (nodenet: Node
// goes through the URL parser; the Go package does the same parse).
func (b *blockList) parse(c goja.FunctionCall) goja.Value {
	sa, ok := blocklist.ParseSocketAddress(c.Argument(0).String())
	if !ok {
		return goja.Undefined()
	}
	r := b.vm.NewObject()
	_ = r.Set("address", sa.Address())
	_ = r.Set("port", sa.Port())
	_ = r.Set("family", sa.Family().String())
	return r
}

func (b *blockList) isIP(c goja.FunctionCall) goja.Value {
	return b.vm.ToValue(blocklist.IsIP(c.Argument(0).String()))
}

// new BlockList() is a handle over a Go BlockList.
func (b *blockList) newBlockList(c goja.ConstructorCall) *goja.Object {
	hd := &blHandle{b: b, bl: blocklist.New()}
	this := c.This
	_ = this.DefineDataProperty("__bl", b.vm.ToValue(hd), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = this.Set("addAddress", hd.addAddress)
	_ = this.Set("addAddresses", hd.addAddresses)
	_ = this.Set("addRange", hd.addRange)
	_ = this.Set("addSubnet", hd.addSubnet)
	_ = this.Set("removeAddress", hd.removeAddress)
	_ = this.Set("removeRange", hd.removeRange)
	_ = this.Set("removeSubnet", hd.removeSubnet)
	_ = this.Set("check", hd.check)
	_ = this.Set("checkString", hd.checkString)
	_ = this.Set("clear", hd.clear)
	_ = this.Set("getRules", hd.getRules)
	_ = this.Set("getSize", hd.getSize)
	return this
}

func (hd *blHandle) addAddress(c goja.FunctionCall) goja.Value {
	hd.b.throw(hd.bl.AddSocketAddress(hd.b.saOf(c.Argument(0))))
	return goja.Undefined()
}

func (hd *blHandle) addAddresses(c goja.FunctionCall) goja.Value {
	var sas []*blocklist.SocketAddress
	for _, v := range hd.b.h.ArrayValues(c.Argument(0)) {
		sas = append(sas, hd.b.saOf(v))
	}
	hd.b.throw(hd.bl.AddSocketAddresses(sas))
	return goja.Undefined()
}

func (hd *blHandle) addRange(c goja.FunctionCall) goja.Value {
	if err := hd.bl.AddSocketRange(hd.b.saOf(c.Argument(0)), hd.b.saOf(c.Argument(1))); err != nil {
		return hd.b.vm.ToValue(false)
	}
	return hd.b.vm.ToValue(true)
}

func (hd *blHandle) addSubnet(c goja.FunctionCall) goja.Value {
	hd.b.throw(hd.bl.AddSocketSubnet(hd.b.saOf(c.Argument(0)), int(c.Argument(1).ToInteger())))
	return goja.Undefined()
}

func (hd *blHandle) removeAddress(c goja.FunctionCall) goja.Value {
	hd.b.throw(hd.bl.RemoveSocketAddress(hd.b.saOf(c.Argument(0))))
	return goja.Undefined()
}

func (hd *blHandle) removeRange(c goja.FunctionCall) goja.Value {
	hd.b.throw(hd.bl.RemoveSocketRange(hd.b.saOf(c.Argument(0)), hd.b.saOf(c.Argument(1))))
	return goja.Undefined()
}

func (hd *blHandle) removeSubnet(c goja.FunctionCall) goja.Value {
	hd.b.throw(hd.bl.RemoveSocketSubnet(hd.b.saOf(c.Argument(0)), int(c.Argument(1).ToInteger())))
	return goja.Undefined()
}

func (hd *blHandle) check(c goja.FunctionCall) goja.Value {
	return hd.b.vm.ToValue(hd.bl.CheckSocketAddress(hd.b.saOf(c.Argument(0))))
}

func (hd *blHandle) checkString(c goja.FunctionCall) goja.Value {
	fam := blocklist.IPv4
	if c.Argument(1).ToInteger() == afInet6 {
		fam = blocklist.IPv6
	}
	return hd.b.vm.ToValue(hd.bl.Check(c.Argument(0).String(), fam))
}

func (hd *blHandle) clear(goja.FunctionCall) goja.Value {
	hd.bl.Clear()
	return goja.Undefined()
}

func (hd *blHandle) getRules(goja.FunctionCall) goja.Value {
	rules := hd.bl.Rules()
	vals := make([]any, len(rules))
	for i, r := range rules {
		vals[i] = r
	}
	return hd.b.vm.NewArray(vals...)
}

func (hd *blHandle) getSize(goja.FunctionCall) goja.Value {
	return hd.b.vm.ToValue(hd.bl.Size())
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
