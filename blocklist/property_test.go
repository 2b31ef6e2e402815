package blocklist

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// naive is a direct model of Node 26's C++ BlockList
// (SocketAddressBlockList): an address set keyed by the IPv4-normalized
// address, subnets filed in two prefix tables (IPv4, and IPv6 with IPv4
// subnets mapped), and a list of ranges scanned with SocketAddress::compare.
// It shares nothing with the interval sets of ruleset.go.
type naive struct {
	addrs  map[[16]byte]*SocketAddress
	masks  []maskRule  // oldest first
	ranges []rangeRule // oldest first
}

func newNaive() *naive { return &naive{addrs: map[[16]byte]*SocketAddress{}} }

type prefixEntry struct {
	bits   [16]byte
	prefix int
}

func prefixMatch(a, b []byte, prefix int) bool {
	for i := 0; i < prefix; i++ {
		if (a[i/8]>>(7-i%8))&1 != (b[i/8]>>(7-i%8))&1 {
			return false
		}
	}
	return true
}

func (m *naive) tries() (t4, t6 []prefixEntry) {
	for _, r := range m.masks {
		if r.net.family == IPv4 {
			var e prefixEntry
			copy(e.bits[:4], r.net.addr[:4])
			e.prefix = r.prefix
			t4 = append(t4, e)
			t6 = append(t6, prefixEntry{mapped([4]byte(r.net.addr[:4])), r.prefix + 96})
		} else {
			t6 = append(t6, prefixEntry{r.net.addr, r.prefix})
			if r.prefix >= 96 && isMapped(&r.net.addr) {
				var e prefixEntry
				copy(e.bits[:4], r.net.addr[12:])
				e.prefix = r.prefix - 96
				t4 = append(t4, e)
			}
		}
	}
	return t4, t6
}

func (m *naive) check(q *SocketAddress) bool {
	if _, ok := m.addrs[q.normalized()]; ok {
		return true
	}
	t4, t6 := m.tries()
	in := func(entries []prefixEntry, b []byte) bool {
		for _, e := range entries {
			if prefixMatch(e.bits[:], b, e.prefix) {
				return true
			}
		}
		return false
	}
	if q.family == IPv4 {
		mq := mapped([4]byte(q.addr[:4]))
		if in(t4, q.addr[:4]) || in(t6, mq[:]) {
			return true
		}
	} else if in(t6, q.addr[:]) || (isMapped(&q.addr) && in(t4, q.addr[12:])) {
		return true
	}
	for _, r := range m.ranges {
		c1, c2 := compareSA(q, r.start), compareSA(q, r.end)
		if (c1 == 0 || c1 == 1) && (c2 == -1 || c2 == 0) {
			return true
		}
	}
	return false
}

func TestCheckMatchesNaiveModel(t *testing.T) {
	var universe []*SocketAddress
	add := func(text string, f Family, port int) {
		sa, err := NewSocketAddress(SocketAddressOptions{Address: text, Family: f, Port: port})
		require.NoError(t, err)
		universe = append(universe, sa)
	}
	for i := 0; i < 16; i++ {
		add(fmt.Sprintf("10.0.0.%d", i), IPv4, 0)
		add(fmt.Sprintf("::ffff:10.0.0.%d", i), IPv6, 0)
	}
	for _, s := range []string{"0.0.0.0", "255.255.255.255", "10.0.1.0", "10.0.1.3", "9.255.255.255"} {
		add(s, IPv4, 0)
	}
	for _, s := range []string{"::", "::1", "::2", "::ffff:0.0.0.0", "::ffff:255.255.255.255", "::fffe:ffff:ffff",
		"::1:0:0:0", "2001:db8::", "2001:db8::1", "2001:db8::7", "fe80::1", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"} {
		add(s, IPv6, 0)
	}
	add("10.0.0.3", IPv4, 80)
	add("2001:db8::1", IPv6, 443)

	rapid.Check(t, func(rt *rapid.T) {
		b := New()
		m := newNaive()
		saGen := rapid.SampledFrom(universe)
		n := rapid.IntRange(1, 40).Draw(rt, "ops")
		for i := 0; i < n; i++ {
			switch op := rapid.IntRange(0, 9).Draw(rt, "op"); op {
			case 0, 1:
				sa := saGen.Draw(rt, "addr")
				require.NoError(rt, b.AddSocketAddress(sa))
				m.addrs[sa.normalized()] = sa
			case 2:
				sa := saGen.Draw(rt, "addr")
				require.NoError(rt, b.RemoveSocketAddress(sa))
				delete(m.addrs, sa.normalized())
			case 3, 4:
				sa := saGen.Draw(rt, "net")
				p := rapid.IntRange(0, maxPrefix(sa.family)).Draw(rt, "prefix")
				if sa.family == IPv4 {
					p = rapid.SampledFrom([]int{0, 8, 24, 28, 30, 31, 32, p}).Draw(rt, "prefix4")
				} else {
					p = rapid.SampledFrom([]int{0, 64, 96, 100, 124, 127, 128, p}).Draw(rt, "prefix6")
				}
				require.NoError(rt, b.AddSocketSubnet(sa, p))
				m.masks = append(m.masks, maskRule{sa, p})
			case 5:
				if len(m.masks) == 0 {
					continue
				}
				r := rapid.SampledFrom(m.masks).Draw(rt, "mask")
				require.NoError(rt, b.RemoveSocketSubnet(r.net, r.prefix))
				for j := len(m.masks) - 1; j >= 0; j-- {
					if m.masks[j].net.exact() == r.net.exact() && m.masks[j].prefix == r.prefix {
						m.masks = append(m.masks[:j], m.masks[j+1:]...)
						break
					}
				}
			case 6, 7:
				s, e := saGen.Draw(rt, "start"), saGen.Draw(rt, "end")
				err := b.AddSocketRange(s, e)
				if compareSA(s, e) == 1 {
					require.Error(rt, err)
				} else {
					require.NoError(rt, err)
					m.ranges = append(m.ranges, rangeRule{s, e})
				}
			case 8:
				if len(m.ranges) == 0 {
					continue
				}
				r := rapid.SampledFrom(m.ranges).Draw(rt, "range")
				require.NoError(rt, b.RemoveSocketRange(r.start, r.end))
				for j := len(m.ranges) - 1; j >= 0; j-- {
					if m.ranges[j].start.exact() == r.start.exact() && m.ranges[j].end.exact() == r.end.exact() {
						m.ranges = append(m.ranges[:j], m.ranges[j+1:]...)
						break
					}
				}
			case 9:
				if rapid.IntRange(0, 4).Draw(rt, "clear") == 0 {
					b.Clear()
					m = newNaive()
				}
			}
			for _, q := range universe {
				want := m.check(q)
				require.Equal(rt, want, b.CheckSocketAddress(q), "check %s %s", q.family, q.Address())
				require.Equal(rt, want, b.CheckAddr(q.Addr()), "CheckAddr %s", q.Addr())
				require.Equal(rt, want, b.Check(q.Address(), q.family))
			}
			require.Equal(rt, len(m.addrs)+len(m.masks)+len(m.ranges), b.Size())
		}
		// Subnets and ranges are listed newest first.
		tail := []string{}
		for j := len(m.masks) - 1; j >= 0; j-- {
			r := m.masks[j]
			tail = append(tail, fmt.Sprintf("Subnet: %s %s/%d", r.net.family.label(), r.net.Address(), r.prefix))
		}
		for j := len(m.ranges) - 1; j >= 0; j-- {
			r := m.ranges[j]
			tail = append(tail, fmt.Sprintf("Range: %s %s-%s", r.start.family.label(), r.start.Address(), r.end.Address()))
		}
		rules := b.Rules()
		require.Len(rt, rules, len(m.addrs)+len(tail))
		require.Equal(rt, tail, rules[len(m.addrs):])
		var addrs []string
		for _, sa := range m.addrs {
			addrs = append(addrs, "Address: "+sa.family.label()+" "+sa.Address())
		}
		require.ElementsMatch(rt, addrs, rules[:len(m.addrs)])
	})
}
