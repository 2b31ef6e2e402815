package net

import (
	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/blocklist"
	"github.com/nodenet/nodenet/script/internal/host"
)

// The "block_list" binding: the Go package blocklist under
// lib/internal/blocklist.js (net.BlockList), lib/internal/socketaddress.js
// (net.SocketAddress) and net.isIP. The JavaScript classes check the types
// of their arguments; everything else (address syntax, families, prefixes,
// rules and their order, Node's errors for them) is the Go package's.
//
// A handle is a Go value the JavaScript object keeps under its kHandle
// symbol: *saRef for a SocketAddress, *blRef for a BlockList. They have no
// exported methods, so a script that finds the symbol can do nothing with
// them but pass them back here.

// saRef is a SocketAddress handle.
type saRef struct{ sa *blocklist.SocketAddress }

// blRef is a BlockList handle.
type blRef struct{ bl *blocklist.BlockList }

// blockList is the block_list binding of one host; its methods are the
// binding's functions.
type blockList struct {
	h  *host.Host
	vm *goja.Runtime
}

// BlockList builds the block_list binding of h.
func BlockList(h *host.Host) *goja.Object {
	b := &blockList{h: h, vm: h.Runtime()}
	o := b.vm.NewObject()
	for name, fn := range map[string]func(goja.FunctionCall) goja.Value{
		"isIP":            b.isIP,
		"isIPv4":          b.isIPv4,
		"isIPv6":          b.isIPv6,
		"privateRanges":   b.privateRanges,
		"socketAddress":   b.socketAddress,
		"parse":           b.parse,
		"detail":          b.detail,
		"newBlockList":    b.newBlockList,
		"addAddress":      b.addAddress,
		"addAddresses":    b.addAddresses,
		"addRange":        b.addRange,
		"addSubnet":       b.addSubnet,
		"addCIDR":         b.addCIDR,
		"addCIDRs":        b.addCIDRs,
		"removeAddress":   b.removeAddress,
		"removeRange":     b.removeRange,
		"removeSubnet":    b.removeSubnet,
		"removeCIDR":      b.removeCIDR,
		"check":           b.check,
		"clear":           b.clear,
		"rules":           b.rules,
		"size":            b.size,
		"fromJSON":        b.fromJSON,
		"isBlockList":     b.isBlockList,
		"isSocketAddress": b.isSocketAddress,
	} {
		_ = o.Set(name, fn)
	}
	return o
}

// throw throws err, if any, as the JavaScript error Node gives.
func (b *blockList) throw(err error) {
	if err != nil {
		panic(b.h.ToJS(err))
	}
}

func (b *blockList) isIP(c goja.FunctionCall) goja.Value {
	return b.vm.ToValue(blocklist.IsIP(c.Argument(0).String()))
}

func (b *blockList) isIPv4(c goja.FunctionCall) goja.Value {
	return b.vm.ToValue(blocklist.IsIPv4(c.Argument(0).String()))
}

func (b *blockList) isIPv6(c goja.FunctionCall) goja.Value {
	return b.vm.ToValue(blocklist.IsIPv6(c.Argument(0).String()))
}

func (b *blockList) privateRanges(goja.FunctionCall) goja.Value {
	r := blocklist.PrivateRanges()
	vals := make([]any, len(r))
	for i, s := range r {
		vals[i] = s
	}
	return b.vm.NewArray(vals...)
}

// family converts a family argument the JavaScript side has checked to
// be a string (or left undefined: IPv4).
func (b *blockList) family(v goja.Value) blocklist.Family {
	if goja.IsUndefined(v) {
		return blocklist.IPv4
	}
	f, err := blocklist.ParseFamily(v.String())
	b.throw(err)
	return f
}

// socketAddress(address, port, family, flowlabel) is a new handle; address
// undefined is Node's default for the family as written.
func (b *blockList) socketAddress(c goja.FunctionCall) goja.Value {
	rawFam := "ipv4"
	if f := c.Argument(2); !goja.IsUndefined(f) {
		rawFam = f.String()
	}
	fam, err := blocklist.ParseFamily(rawFam)
	b.throw(err)
	addr := blocklist.DefaultAddress(rawFam)
	if a := c.Argument(0); !goja.IsUndefined(a) {
		addr = a.String()
	}
	sa, err := blocklist.NewSocketAddress(blocklist.SocketAddressOptions{
		Address:   addr,
		Family:    fam,
		Port:      int(c.Argument(1).ToInteger()),
		FlowLabel: uint32(c.Argument(3).ToInteger()),
	})
	b.throw(err)
	return b.vm.ToValue(&saRef{sa: sa})
}

// parse(input) is the handle of SocketAddress.parse(input), or undefined.
func (b *blockList) parse(c goja.FunctionCall) goja.Value {
	sa, ok := blocklist.ParseSocketAddress(c.Argument(0).String())
	if !ok {
		return goja.Undefined()
	}
	return b.vm.ToValue(&saRef{sa: sa})
}

// detail(handle) is {address, port, family, flowlabel} of a SocketAddress.
func (b *blockList) detail(c goja.FunctionCall) goja.Value {
	sa := b.saOf(c.Argument(0))
	d := b.vm.NewObject()
	_ = d.Set("address", sa.Address())
	_ = d.Set("port", sa.Port())
	_ = d.Set("family", sa.Family().String())
	_ = d.Set("flowlabel", sa.FlowLabel())
	return d
}

// saOf is the SocketAddress of a handle, or nil.
func (b *blockList) saOf(v goja.Value) *blocklist.SocketAddress {
	if r, ok := v.Export().(*saRef); ok {
		return r.sa
	}
	return nil
}

// blOf is the BlockList of a handle, or throws.
func (b *blockList) blOf(v goja.Value) *blocklist.BlockList {
	if r, ok := v.Export().(*blRef); ok {
		return r.bl
	}
	panic(b.vm.NewTypeError("Illegal invocation"))
}

// addr converts an address argument (text or SocketAddress handle) of a
// given family to a SocketAddress.
func (b *blockList) addr(v goja.Value, fam blocklist.Family) *blocklist.SocketAddress {
	if sa := b.saOf(v); sa != nil {
		return sa
	}
	sa, err := blocklist.NewSocketAddress(blocklist.SocketAddressOptions{Address: v.String(), Family: fam})
	b.throw(err)
	return sa
}

func (b *blockList) newBlockList(goja.FunctionCall) goja.Value {
	return b.vm.ToValue(&blRef{bl: blocklist.New()})
}

// addAddress(handle, address, family)
func (b *blockList) addAddress(c goja.FunctionCall) goja.Value {
	bl := b.blOf(c.Argument(0))
	if sa := b.saOf(c.Argument(1)); sa != nil {
		b.throw(bl.AddSocketAddress(sa))
	} else {
		b.throw(bl.AddAddress(c.Argument(1).String(), b.family(c.Argument(2))))
	}
	return goja.Undefined()
}

// addAddresses(handle, list, family): the list's entries are texts and
// SocketAddress handles; all are parsed before any is added.
func (b *blockList) addAddresses(c goja.FunctionCall) goja.Value {
	bl := b.blOf(c.Argument(0))
	vals := b.h.ArrayValues(c.Argument(1))
	fam := blocklist.IPv4
	var sas []*blocklist.SocketAddress
	for _, v := range vals {
		if sa := b.saOf(v); sa == nil {
			fam = b.family(c.Argument(2))
			break
		}
	}
	for _, v := range vals {
		sas = append(sas, b.addr(v, fam))
	}
	b.throw(bl.AddSocketAddresses(sas))
	return goja.Undefined()
}

// addRange(handle, start, end, family)
func (b *blockList) addRange(c goja.FunctionCall) goja.Value {
	bl := b.blOf(c.Argument(0))
	s, e := c.Argument(1), c.Argument(2)
	if b.saOf(s) == nil && b.saOf(e) == nil {
		b.throw(bl.AddRange(s.String(), e.String(), b.family(c.Argument(3))))
		return goja.Undefined()
	}
	fam := blocklist.IPv4
	if b.saOf(s) == nil || b.saOf(e) == nil {
		fam = b.family(c.Argument(3))
	}
	b.throw(bl.AddSocketRange(b.addr(s, fam), b.addr(e, fam)))
	return goja.Undefined()
}

// addSubnet(handle, network, prefix, family)
func (b *blockList) addSubnet(c goja.FunctionCall) goja.Value {
	bl := b.blOf(c.Argument(0))
	prefix := int(c.Argument(2).ToInteger())
	if sa := b.saOf(c.Argument(1)); sa != nil {
		b.throw(bl.AddSocketSubnet(sa, prefix))
	} else {
		b.throw(bl.AddSubnet(c.Argument(1).String(), prefix, b.family(c.Argument(3))))
	}
	return goja.Undefined()
}

func (b *blockList) addCIDR(c goja.FunctionCall) goja.Value {
	b.throw(b.blOf(c.Argument(0)).AddCIDR(c.Argument(1).String()))
	return goja.Undefined()
}

func (b *blockList) addCIDRs(c goja.FunctionCall) goja.Value {
	bl := b.blOf(c.Argument(0))
	var list []string
	for _, v := range b.h.ArrayValues(c.Argument(1)) {
		list = append(list, v.String())
	}
	b.throw(bl.AddCIDRs(list))
	return goja.Undefined()
}

// removeAddress(handle, address, family)
func (b *blockList) removeAddress(c goja.FunctionCall) goja.Value {
	bl := b.blOf(c.Argument(0))
	if sa := b.saOf(c.Argument(1)); sa != nil {
		b.throw(bl.RemoveSocketAddress(sa))
	} else {
		b.throw(bl.RemoveAddress(c.Argument(1).String(), b.family(c.Argument(2))))
	}
	return goja.Undefined()
}

// removeRange(handle, start, end, family)
func (b *blockList) removeRange(c goja.FunctionCall) goja.Value {
	bl := b.blOf(c.Argument(0))
	s, e := c.Argument(1), c.Argument(2)
	if b.saOf(s) == nil && b.saOf(e) == nil {
		b.throw(bl.RemoveRange(s.String(), e.String(), b.family(c.Argument(3))))
		return goja.Undefined()
	}
	fam := blocklist.IPv4
	if b.saOf(s) == nil || b.saOf(e) == nil {
		fam = b.family(c.Argument(3))
	}
	b.throw(bl.RemoveSocketRange(b.addr(s, fam), b.addr(e, fam)))
	return goja.Undefined()
}

// removeSubnet(handle, network, prefix, family)
func (b *blockList) removeSubnet(c goja.FunctionCall) goja.Value {
	bl := b.blOf(c.Argument(0))
	prefix := int(c.Argument(2).ToInteger())
	if sa := b.saOf(c.Argument(1)); sa != nil {
		b.throw(bl.RemoveSocketSubnet(sa, prefix))
	} else {
		b.throw(bl.RemoveSubnet(c.Argument(1).String(), prefix, b.family(c.Argument(3))))
	}
	return goja.Undefined()
}

func (b *blockList) removeCIDR(c goja.FunctionCall) goja.Value {
	b.throw(b.blOf(c.Argument(0)).RemoveCIDR(c.Argument(1).String()))
	return goja.Undefined()
}

// check(handle, address, family): family is any string ("ipv4" in any
// case is IPv4, anything else IPv6), undefined for IPv4.
func (b *blockList) check(c goja.FunctionCall) goja.Value {
	bl := b.blOf(c.Argument(0))
	if sa := b.saOf(c.Argument(1)); sa != nil {
		return b.vm.ToValue(bl.CheckSocketAddress(sa))
	}
	fam := blocklist.IPv4
	if f := c.Argument(2); !goja.IsUndefined(f) {
		fam = blocklist.LooseFamily(f.String())
	}
	return b.vm.ToValue(bl.Check(c.Argument(1).String(), fam))
}

func (b *blockList) clear(c goja.FunctionCall) goja.Value {
	b.blOf(c.Argument(0)).Clear()
	return goja.Undefined()
}

func (b *blockList) rules(c goja.FunctionCall) goja.Value {
	rules := b.blOf(c.Argument(0)).Rules()
	vals := make([]any, len(rules))
	for i, r := range rules {
		vals[i] = r
	}
	return b.vm.NewArray(vals...)
}

func (b *blockList) size(c goja.FunctionCall) goja.Value {
	return b.vm.ToValue(b.blOf(c.Argument(0)).Size())
}

// fromJSON(handle, data): data is JSON text (a string) or an array of
// rule strings.
func (b *blockList) fromJSON(c goja.FunctionCall) goja.Value {
	bl := b.blOf(c.Argument(0))
	if s, ok := c.Argument(1).Export().(string); ok {
		b.throw(bl.FromJSONString(s))
		return goja.Undefined()
	}
	var list []string
	for _, v := range b.h.ArrayValues(c.Argument(1)) {
		list = append(list, v.String())
	}
	b.throw(bl.FromJSON(list))
	return goja.Undefined()
}

func (b *blockList) isBlockList(c goja.FunctionCall) goja.Value {
	_, ok := c.Argument(0).Export().(*blRef)
	return b.vm.ToValue(ok)
}

func (b *blockList) isSocketAddress(c goja.FunctionCall) goja.Value {
	_, ok := c.Argument(0).Export().(*saRef)
	return b.vm.ToValue(ok)
}

// blockListHandle returns the Go BlockList of a JavaScript net.BlockList
// (nil when o is not one).
func blockListHandle(h *host.Host, o *goja.Object) *blocklist.BlockList {
	hv := h.RequireLib("internal/blocklist").ToObject(h.Runtime()).Get("kHandle")
	sym, ok := hv.(*goja.Symbol)
	if !ok {
		return nil
	}
	hd := o.GetSymbol(sym)
	if hd == nil {
		return nil
	}
	if r, ok := hd.Export().(*blRef); ok {
		return r.bl
	}
	return nil
}
