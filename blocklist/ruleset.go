package blocklist

import (
	"encoding/binary"
	"slices"
)

// Checking an address against a BlockList does not walk the rules. Every rule
// is reduced to intervals of addresses, and the intervals are sorted and
// merged into two sets: one answering IPv4 queries (uint32 intervals) and one
// answering IPv6 queries (128-bit intervals). A check is then a binary search:
// O(log n), allocation-free.
//
// Two sets are needed because Node's answer depends on the family of the
// queried address, not only on its value (see (*BlockList).Check). In the
// 128-bit space where an IPv4 address a.b.c.d is ::ffff:a.b.c.d:
//
//   - an address rule is its single point; an IPv4 query matches it only if the
//     point is in the IPv4-mapped block;
//   - a subnet is its prefix block (an IPv4 one is ::ffff:net/96+prefix); an
//     IPv4 query matches the part of it inside the IPv4-mapped block;
//   - a range [start, end] compares like node::SocketAddress::compare: an IPv4
//     and an IPv6 address are comparable only when the IPv6 one is
//     IPv4-mapped. An IPv6 query therefore matches [start, end] cut down to the
//     mapped block when either end is IPv4; an IPv4 query matches it only when
//     neither end is a non-mapped IPv6 address.

// u128 is a 128-bit address, big-endian order.
type u128 struct{ hi, lo uint64 }

func u128From(b *[16]byte) u128 {
	return u128{binary.BigEndian.Uint64(b[:8]), binary.BigEndian.Uint64(b[8:])}
}

func (a u128) less(b u128) bool { return a.hi < b.hi || (a.hi == b.hi && a.lo < b.lo) }

func (a u128) cmp(b u128) int {
	switch {
	case a.less(b):
		return -1
	case b.less(a):
		return 1
	}
	return 0
}

func (a u128) inc() (u128, bool) {
	lo := a.lo + 1
	hi := a.hi
	if lo == 0 {
		hi++
		if hi == 0 {
			return u128{}, false
		}
	}
	return u128{hi, lo}, true
}

// The IPv4-mapped block ::ffff:0.0.0.0 – ::ffff:255.255.255.255.
var (
	mappedLo = u128{0, 0x0000ffff00000000}
	mappedHi = u128{0, 0x0000ffffffffffff}
)

// prefixBlock returns the first and last address of addr/prefix.
func prefixBlock(addr u128, prefix int) (u128, u128) {
	var mhi, mlo uint64 // host bits
	switch {
	case prefix <= 0:
		mhi, mlo = ^uint64(0), ^uint64(0)
	case prefix < 64:
		mhi, mlo = ^uint64(0)>>prefix, ^uint64(0)
	case prefix < 128:
		mhi, mlo = 0, ^uint64(0)>>(prefix-64)
	}
	return u128{addr.hi &^ mhi, addr.lo &^ mlo}, u128{addr.hi | mhi, addr.lo | mlo}
}

// span4 and span6 are closed intervals.
type span4 struct{ lo, hi uint32 }
type span6 struct{ lo, hi u128 }

// ruleSet is an immutable snapshot of a BlockList's rules as two sorted sets of
// disjoint, non-adjacent intervals, stored as parallel slices so the binary
// search touches only the starts.
type ruleSet struct {
	lo4, hi4 []uint32
	lo6, hi6 []u128
}

// builder collects intervals before they are merged.
type builder struct {
	v4 []span4
	v6 []span6
}

// add6 adds the 128-bit interval [lo, hi] for IPv6 queries.
func (b *builder) add6(lo, hi u128) {
	if !hi.less(lo) {
		b.v6 = append(b.v6, span6{lo, hi})
	}
}

// add4 adds, for IPv4 queries, the part of [lo, hi] (in the 128-bit space)
// inside the IPv4-mapped block.
func (b *builder) add4(lo, hi u128) {
	if lo.less(mappedLo) {
		lo = mappedLo
	}
	if mappedHi.less(hi) {
		hi = mappedHi
	}
	if !hi.less(lo) {
		b.v4 = append(b.v4, span4{uint32(lo.lo), uint32(hi.lo)})
	}
}

func (b *builder) address(sa *SocketAddress) {
	p := u128From(ptrNorm(sa))
	b.add6(p, p)
	b.add4(p, p)
}

func ptrNorm(sa *SocketAddress) *[16]byte {
	n := sa.normalized()
	return &n
}

func (b *builder) subnet(sa *SocketAddress, prefix int) {
	if sa.family != IPv6 {
		prefix += 96
	}
	lo, hi := prefixBlock(u128From(ptrNorm(sa)), prefix)
	b.add6(lo, hi)
	b.add4(lo, hi)
}

func (b *builder) rangeRule(start, end *SocketAddress) {
	lo, hi := u128From(ptrNorm(start)), u128From(ptrNorm(end))
	// IPv6 queries.
	lo6, hi6 := lo, hi
	if start.family != IPv6 || end.family != IPv6 {
		if lo6.less(mappedLo) {
			lo6 = mappedLo
		}
		if mappedHi.less(hi6) {
			hi6 = mappedHi
		}
	}
	b.add6(lo6, hi6)
	// IPv4 queries: both ends must be comparable with an IPv4 address.
	if (start.family != IPv6 || isMapped(&start.addr)) && (end.family != IPv6 || isMapped(&end.addr)) {
		b.add4(lo, hi)
	}
}

// build sorts and merges the collected intervals.
func (b *builder) build() *ruleSet {
	rs := &ruleSet{}
	slices.SortFunc(b.v4, func(x, y span4) int {
		switch {
		case x.lo < y.lo:
			return -1
		case x.lo > y.lo:
			return 1
		}
		return 0
	})
	rs.lo4 = make([]uint32, 0, len(b.v4))
	rs.hi4 = make([]uint32, 0, len(b.v4))
	for _, s := range b.v4 {
		if n := len(rs.hi4); n > 0 && (s.lo <= rs.hi4[n-1] || s.lo-1 == rs.hi4[n-1]) {
			if s.hi > rs.hi4[n-1] {
				rs.hi4[n-1] = s.hi
			}
			continue
		}
		rs.lo4 = append(rs.lo4, s.lo)
		rs.hi4 = append(rs.hi4, s.hi)
	}
	slices.SortFunc(b.v6, func(x, y span6) int { return x.lo.cmp(y.lo) })
	rs.lo6 = make([]u128, 0, len(b.v6))
	rs.hi6 = make([]u128, 0, len(b.v6))
	for _, s := range b.v6 {
		if n := len(rs.hi6); n > 0 {
			last := rs.hi6[n-1]
			next, ok := last.inc()
			if !last.less(s.lo) || !ok || next == s.lo {
				if last.less(s.hi) {
					rs.hi6[n-1] = s.hi
				}
				continue
			}
		}
		rs.lo6 = append(rs.lo6, s.lo)
		rs.hi6 = append(rs.hi6, s.hi)
	}
	return rs
}

// has4 reports whether IPv4 address x is in the set.
func (rs *ruleSet) has4(x uint32) bool {
	lo := rs.lo4
	// Find the number of starts <= x.
	i, j := 0, len(lo)
	for i < j {
		h := int(uint(i+j) >> 1)
		if lo[h] <= x {
			i = h + 1
		} else {
			j = h
		}
	}
	return i > 0 && x <= rs.hi4[i-1]
}

// has6 reports whether IPv6 address x is in the set.
func (rs *ruleSet) has6(x u128) bool {
	lo := rs.lo6
	i, j := 0, len(lo)
	for i < j {
		h := int(uint(i+j) >> 1)
		if !x.less(lo[h]) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i > 0 && !rs.hi6[i-1].less(x)
}
