package blocklist

import (
	"encoding/binary"
	"net/netip"
)

// ruleSet returns the checking sets, building them if the rules changed.
func (b *BlockList) ruleSet() *ruleSet {
	if rs := b.set.Load(); rs != nil {
		return rs
	}
	return b.buildSet()
}

func (b *BlockList) buildSet() *ruleSet {
	b.mu.Lock()
	defer b.mu.Unlock()
	if rs := b.set.Load(); rs != nil {
		return rs
	}
	total := b.addrCount + b.masks.n + b.ranges.n
	bl := builder{v4: make([]span4, 0, total), v6: make([]span6, 0, total)}
	for n := b.addrs.before.next; n != nil; n = n.next {
		if n.key.family == n.rule.sa.family.norm() { // each rule once
			bl.address(n.rule.sa)
		}
	}
	b.masks.each(func(m maskRule) { bl.subnet(m.net, m.prefix) })
	b.ranges.each(func(r rangeRule) { bl.rangeRule(r.start, r.end) })
	rs := bl.build()
	b.set.Store(rs)
	return rs
}

// Check is Node's blockList.check(address, family) with a string address:
// whether a rule blocks it. An address that is not valid for family is not
// blocked (Node returns false, it does not throw). family comes from
// LooseFamily for a JavaScript caller.
//
// The answer depends on the family as in Node: IPv4 rules block the
// IPv4-mapped form ::ffff:a.b.c.d checked as IPv6, and rules written as
// IPv4-mapped IPv6 block the IPv4 form; an IPv6 subnet such as ::/0 blocks
// every IPv4 address too (through its mapped form); but a range whose ends
// are IPv6 and not IPv4-mapped never blocks an address checked as IPv4.
func (b *BlockList) Check(address string, family Family) bool {
	if family.norm() == IPv4 {
		v4, ok := uvIP4Addr(address)
		if !ok {
			return false
		}
		return b.ruleSet().has4(binary.BigEndian.Uint32(v4[:]))
	}
	a, _, ok := uvIP6Addr(address)
	if !ok {
		return false
	}
	return b.ruleSet().has6(u128From(&a))
}

// CheckSocketAddress is Check with a SocketAddress (Node's check(address)
// with a SocketAddress object; its port, flow label and zone do not matter).
// A nil sa is not blocked.
func (b *BlockList) CheckSocketAddress(sa *SocketAddress) bool {
	if sa == nil {
		return false
	}
	if sa.family != IPv6 {
		return b.ruleSet().has4(binary.BigEndian.Uint32(sa.addr[:4]))
	}
	return b.ruleSet().has6(u128From(&sa.addr))
}

// CheckAddr is Check for a netip.Addr, for accept and dial paths: an IPv4
// address is checked as IPv4, any other (including the ::ffff:a.b.c.d a
// dual-stack server reports for an IPv4 peer) as IPv6, exactly as Node checks
// the address string and family it gets from the socket. The zone is
// ignored. It allocates nothing and, once the rules are indexed, takes no
// lock. An invalid Addr is not blocked.
func (b *BlockList) CheckAddr(a netip.Addr) bool {
	if a.Is4() {
		v4 := a.As4()
		return b.ruleSet().has4(binary.BigEndian.Uint32(v4[:]))
	}
	if !a.IsValid() {
		return false
	}
	v6 := a.As16()
	return b.ruleSet().has6(u128From(&v6))
}

// compareSA is node::SocketAddress::compare: -1, 0 or 1, or 2 when an IPv4
// and a non-mapped IPv6 address cannot be compared.
func compareSA(a, b *SocketAddress) int {
	switch {
	case a.family != IPv6 && b.family != IPv6:
		return cmpBytes(a.addr[:4], b.addr[:4])
	case a.family == IPv6 && b.family == IPv6:
		return cmpBytes(a.addr[:], b.addr[:])
	case a.family != IPv6:
		if !isMapped(&b.addr) {
			return 2
		}
		return cmpBytes(a.addr[:4], b.addr[12:])
	default:
		if !isMapped(&a.addr) {
			return 2
		}
		return cmpBytes(a.addr[12:], b.addr[:4])
	}
}

func cmpBytes(a, b []byte) int {
	for i := range a {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}
