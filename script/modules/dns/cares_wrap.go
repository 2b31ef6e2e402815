// Package dns is the module group of node:dns: lib/dns.js and
// lib/dns/promises.js, and their binding cares_wrap (getaddrinfo and
// getnameinfo off the loop).
package dns

import (
	"context"
	"embed"
	"errors"
	"net"
	"os"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/netmod"
	"github.com/nodenet/nodenet/nodeerr"
	"github.com/nodenet/nodenet/script/internal/host"
)

// Files holds the group's modules (lib/<id>.js).
//
//go:embed lib
var Files embed.FS

// The "cares_wrap" binding: getaddrinfo for dns.lookup, resolved off the
// loop (eventloop.OffloadValue) as libuv resolves it on its thread pool.

// libuv's getaddrinfo error numbers.
const (
	uvEAIAddrFamily = -3000
	uvEAIAgain      = -3001
	uvEAIFail       = -3004
	uvEAINoName     = -3008
)

// Result orders of dns.lookup.
const (
	dnsOrderVerbatim = iota
	dnsOrderIPv4First
	dnsOrderIPv6First
)

// lookupAddrs resolves host for family (0, 4 or 6) and hints with netmod's
// getaddrinfo (netmod.Resolve, the lookup net.connect uses) over the host's
// resolver, and puts the answers in order. A failure is its libuv error
// number.
func lookupAddrs(dnsLookup host.LookupFunc, host string, family, hints, order int) ([]string, int) {
	addrs, err := netmod.Resolve(context.Background(), dnsLookup, host,
		netmod.LookupOptions{Family: family, Hints: hints, All: true})
	if err != nil {
		var ne *nodeerr.Error
		if errors.As(err, &ne) {
			switch ne.Code {
			case "EAI_ADDRFAMILY":
				return nil, uvEAIAddrFamily
			case "EAI_AGAIN":
				return nil, uvEAIAgain
			}
		}
		return nil, uvEAINoName
	}
	out := make([]string, 0, len(addrs))
	if order == dnsOrderVerbatim {
		for _, a := range addrs {
			out = append(out, a.Address)
		}
		return out, 0
	}
	first := 4
	if order == dnsOrderIPv6First {
		first = 6
	}
	for _, a := range addrs {
		if a.Family == first {
			out = append(out, a.Address)
		}
	}
	for _, a := range addrs {
		if a.Family != first {
			out = append(out, a.Address)
		}
	}
	return out, 0
}

// serviceName is getnameinfo's service: the /etc/services name of a TCP
// port, else its number.
func serviceName(port int) string {
	b, err := os.ReadFile("/etc/services")
	if err == nil {
		want := strconv.Itoa(port) + "/tcp"
		for _, line := range strings.Split(string(b), "\n") {
			if i := strings.IndexByte(line, '#'); i >= 0 {
				line = line[:i]
			}
			f := strings.Fields(line)
			if len(f) >= 2 && f[1] == want {
				return f[0]
			}
		}
	}
	return strconv.Itoa(port)
}

// caresWrap is the cares_wrap binding of one host.
type caresWrap struct {
	h      *host.Host
	vm     *goja.Runtime
	lookup host.LookupFunc
}

// CaresWrap builds the cares_wrap binding of h.
func CaresWrap(h *host.Host) *goja.Object {
	vm := h.Runtime()
	b := &caresWrap{h: h, vm: vm, lookup: h.Options().LookupNetIP}
	if b.lookup == nil {
		b.lookup = net.DefaultResolver.LookupNetIP
	}
	o := vm.NewObject()
	ctor := func(name string) goja.Value {
		v, _ := vm.RunString("(class " + name + " {})")
		return v
	}
	_ = o.Set("GetAddrInfoReqWrap", ctor("GetAddrInfoReqWrap"))
	_ = o.Set("GetNameInfoReqWrap", ctor("GetNameInfoReqWrap"))
	_ = o.Set("QueryReqWrap", ctor("QueryReqWrap"))
	_ = o.Set("DNS_ORDER_VERBATIM", dnsOrderVerbatim)
	_ = o.Set("DNS_ORDER_IPV4_FIRST", dnsOrderIPv4First)
	_ = o.Set("DNS_ORDER_IPV6_FIRST", dnsOrderIPv6First)
	_ = o.Set("AI_ADDRCONFIG", netmod.HintAddrConfig)
	_ = o.Set("AI_ALL", netmod.HintAll)
	_ = o.Set("AI_V4MAPPED", netmod.HintV4Mapped)
	_ = o.Set("getaddrinfo", b.getaddrinfo)
	_ = o.Set("getnameinfo", b.getnameinfo)
	return o
}

// getaddrinfo(req, host, family, hints, order) resolves host off the loop
// and calls req.oncomplete(errno) or req.oncomplete(null, addresses).
func (b *caresWrap) getaddrinfo(c goja.FunctionCall) goja.Value {
	h, vm, lookup := b.h, b.vm, b.lookup
	req := c.Argument(0).ToObject(vm)
	host := c.Argument(1).String()
	family := int(c.Argument(2).ToInteger())
	hints := int(c.Argument(3).ToInteger())
	order := int(c.Argument(4).ToInteger())
	type result struct {
		addrs []string
		errno int
	}
	err := eventloop.OffloadValue(h.Loop(), func() (result, error) {
		a, e := lookupAddrs(lookup, host, family, hints, order)
		return result{a, e}, nil
	}, func(r result, _ error) {
		cb := req.Get("oncomplete")
		if r.errno != 0 {
			h.Call(cb, req, vm.ToValue(r.errno))
			return
		}
		list := make([]any, len(r.addrs))
		for i, a := range r.addrs {
			list[i] = a
		}
		h.Call(cb, req, goja.Null(), vm.NewArray(list...))
	})
	if err != nil {
		return vm.ToValue(uvEAIFail)
	}
	return vm.ToValue(0)
}

// getnameinfo(req, host, port) finds the name of address host and the
// service of port off the loop and calls req.oncomplete(errno) or
// req.oncomplete(null, name, service).
func (b *caresWrap) getnameinfo(c goja.FunctionCall) goja.Value {
	h, vm := b.h, b.vm
	req := c.Argument(0).ToObject(vm)
	host := c.Argument(1).String()
	port := int(c.Argument(2).ToInteger())
	type result struct{ name, service string }
	err := eventloop.OffloadValue(h.Loop(), func() (result, error) {
		names, err := net.DefaultResolver.LookupAddr(context.Background(), host)
		if err != nil || len(names) == 0 {
			return result{}, errors.New("ENOTFOUND")
		}
		name := names[0]
		if len(name) > 1 && name[len(name)-1] == '.' {
			name = name[:len(name)-1]
		}
		return result{name, serviceName(port)}, nil
	}, func(r result, err error) {
		cb := req.Get("oncomplete")
		if err != nil {
			h.Call(cb, req, vm.ToValue(uvEAINoName))
			return
		}
		h.Call(cb, req, goja.Null(), vm.ToValue(r.name), vm.ToValue(r.service))
	})
	if err != nil {
		return vm.ToValue(uvEAIFail)
	}
	return vm.ToValue(0)
}
