package blocklist

import (
	"fmt"
	"net/netip"
	"strings"
	"testing"
)

// The benchmark rule set: n rules, a sixth each of IPv4 and IPv6 addresses,
// subnets (/20–/32, /64–/128) and ranges at random, so that few of them merge, and 1024 probes of which half fall on a rule.
// test/oracle/bench_blocklist.js builds the very same rules and probes (same
// splitmix64 stream) and times Node's check() on them.

type benchRule struct {
	kind   string // "address", "subnet", "range"
	family Family
	a, b   string
	prefix int
}

type benchProbe struct {
	text   string
	family Family
}

func benchHex16(r *rng) string {
	parts := make([]string, 8)
	for i := range parts {
		parts[i] = fmt.Sprintf("%x", r.next()&0xffff)
	}
	return strings.Join(parts, ":")
}

func benchV4(v uint64) string {
	return fmt.Sprintf("%d.%d.%d.%d", v>>24&255, v>>16&255, v>>8&255, v&255)
}

func benchRules(n int) ([]benchRule, []benchProbe) {
	r := &rng{s: 1}
	rules := make([]benchRule, 0, n)
	for i := 0; i < n; i++ {
		switch r.next() % 6 {
		case 0:
			rules = append(rules, benchRule{kind: "address", family: IPv4, a: benchV4(r.next() & 0xffffffff)})
		case 1:
			rules = append(rules, benchRule{kind: "address", family: IPv6, a: benchHex16(r)})
		case 2:
			rules = append(rules, benchRule{kind: "subnet", family: IPv4, a: benchV4(r.next() & 0xffffffff), prefix: 20 + int(r.next()%13)})
		case 3:
			rules = append(rules, benchRule{kind: "subnet", family: IPv6, a: benchHex16(r), prefix: 64 + int(r.next()%65)})
		case 4:
			lo := r.next() & 0xffffffff
			hi := lo + r.next()%65536
			if hi > 0xffffffff {
				hi = 0xffffffff
			}
			rules = append(rules, benchRule{kind: "range", family: IPv4, a: benchV4(lo), b: benchV4(hi)})
		default:
			start := benchHex16(r)
			// The end shares the first six groups and is not below the start.
			g := strings.Split(start, ":")
			g[6] = "ffff"
			rules = append(rules, benchRule{kind: "range", family: IPv6, a: start, b: strings.Join(g, ":")})
		}
	}
	probes := make([]benchProbe, 1024)
	for i := range probes {
		if r.next()%2 == 0 && len(rules) > 0 {
			rl := rules[r.next()%uint64(len(rules))]
			probes[i] = benchProbe{rl.a, rl.family}
		} else if r.next()%2 == 0 {
			probes[i] = benchProbe{benchV4(r.next() & 0xffffffff), IPv4}
		} else {
			probes[i] = benchProbe{benchHex16(r), IPv6}
		}
	}
	return rules, probes
}

func benchBlockList(tb testing.TB, n int) (*BlockList, []benchProbe) {
	rules, probes := benchRules(n)
	b := New()
	for _, rl := range rules {
		var err error
		switch rl.kind {
		case "address":
			err = b.AddAddress(rl.a, rl.family)
		case "subnet":
			err = b.AddSubnet(rl.a, rl.prefix, rl.family)
		default:
			err = b.AddRange(rl.a, rl.b, rl.family)
		}
		if err != nil {
			tb.Fatal(err)
		}
	}
	return b, probes
}

var benchSizes = []int{10, 1000, 100000}

// BenchmarkCheckAddr times CheckAddr (netip.Addr, netmod's accept/dial path).
func BenchmarkCheckAddr(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("rules=%d", n), func(b *testing.B) {
			bl, probes := benchBlockList(b, n)
			addrs := make([]netip.Addr, len(probes))
			for i, p := range probes {
				addrs[i] = netip.MustParseAddr(p.text)
			}
			bl.CheckAddr(addrs[0]) // build the index outside the timing
			hits := 0
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if bl.CheckAddr(addrs[i&1023]) {
					hits++
				}
			}
			if hits == 0 && b.N > 2048 {
				b.Fatal("no probe hit a rule")
			}
			rs := bl.ruleSet()
			b.ReportMetric(float64(len(rs.lo4)+len(rs.lo6)), "intervals")
		})
	}
}

// BenchmarkCheck times Check with address text, as Node's check(string).
func BenchmarkCheck(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("rules=%d", n), func(b *testing.B) {
			bl, probes := benchBlockList(b, n)
			bl.Check(probes[0].text, probes[0].family)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				p := &probes[i&1023]
				bl.Check(p.text, p.family)
			}
		})
	}
}

// BenchmarkRebuild times the index rebuild that follows a change.
func BenchmarkRebuild(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("rules=%d", n), func(b *testing.B) {
			bl, _ := benchBlockList(b, n)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				bl.mu.Lock()
				bl.changed()
				bl.mu.Unlock()
				bl.ruleSet()
			}
		})
	}
}
