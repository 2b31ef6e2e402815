package blocklist

import (
	"encoding/json"
	"fmt"
	"strings"
)

// The seeded corpus generator of the differential test (diff_test.go).

// ---- generator --------------------------------------------------------

// rng is splitmix64: a generator whose sequence no Go release can change.
type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

func (r *rng) chance(pct int) bool { return r.intn(100) < pct }

func pick[T any](r *rng, xs []T) T { return xs[r.intn(len(xs))] }

func sp(s string) *string { return &s }
func ip(v int64) *int64   { return &v }

var (
	poolV4 = []string{
		"10.0.0.0", "10.0.0.1", "10.0.0.5", "10.0.0.9", "10.0.0.10", "10.0.0.11", "10.0.0.255",
		"10.0.1.0", "10.0.1.7", "10.1.0.0", "9.255.255.255", "11.0.0.0", "192.168.1.1",
		"192.168.1.77", "192.168.0.0", "127.0.0.1", "0.0.0.0", "255.255.255.255", "1.2.3.4",
		"1.2.3.5", "172.16.5.4",
	}
	poolV6 = []string{
		"::", "::1", "::2", "::ff", "fe80::1", "fe80::", "2001:db8::1", "2001:db8::ffff",
		"2001:db8:0:1::", "::ffff:10.0.0.1", "::ffff:10.0.0.5", "::ffff:10.0.0.255", "::ffff:0.0.0.0",
		"::ffff:255.255.255.255", "::ffff:192.168.1.1", "::10.0.0.1", "::ffff:a00:9",
		"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "::fffe:ffff:ffff", "::1:0:0:0", "FE80::1",
		"0:0:0:0:0:ffff:10.0.0.9", "fe80::1%lo", "fe80::1%zz0", "1:2:3:4:5:6:7::",
	}
	poolBad = []string{
		"", "1.2.3", "01.2.3.4", "1.2.3.4/24", "::g", "1:2:3:4:5:6:7:8:9", "10.0.0.1 ", "x",
		"1111:2222:3333:4444:5555:6666:7777:88889%x", "::ffff:1.2.3.04", "10.0.0.1\x00junk",
	}
	families = []string{"ipv4", "ipv6", "IPv6", "IPV4", "ipv5", "", "Ipv6"}
)

func (r *rng) v4() string {
	if r.chance(35) {
		return fmt.Sprintf("10.0.%d.%d", r.intn(2), r.intn(12))
	}
	return pick(r, poolV4)
}

func (r *rng) v6() string {
	switch r.intn(10) {
	case 0:
		return fmt.Sprintf("2001:db8::%x", r.intn(16))
	case 1:
		return fmt.Sprintf("::ffff:10.0.%d.%d", r.intn(2), r.intn(12))
	}
	return pick(r, poolV6)
}

// addr returns address text for family (sometimes of the other family or
// invalid).
func (r *rng) addr(v6 bool) string {
	switch n := r.intn(100); {
	case n < 6:
		return pick(r, poolBad)
	case n < 14:
		v6 = !v6
	}
	if v6 {
		return r.v6()
	}
	return r.v4()
}

// family returns the family argument: omitted (nil) means the default.
func (r *rng) family(v6 bool) *string {
	if r.chance(6) {
		return sp(pick(r, families))
	}
	if v6 {
		if r.chance(20) {
			return sp("IPv6")
		}
		return sp("ipv6")
	}
	if r.chance(50) {
		return nil
	}
	return sp("ipv4")
}

func (r *rng) saOpts(v6 bool) *saOpts {
	o := &saOpts{}
	if !r.chance(8) {
		o.Address = sp(r.addr(v6))
	}
	if v6 || r.chance(30) {
		o.Family = r.family(v6)
	}
	if r.chance(30) {
		o.Port = ip(pick(r, []int64{0, 0, 1, 80, 443, 8080, 65535, 65536, -1, 123, 6553}))
	}
	if r.chance(20) {
		o.FlowLabel = ip(pick(r, []int64{0, 1, 5, 0xFFFFF}))
	}
	return o
}

func (r *rng) arg(v6 bool, pctSA int) *dArg {
	if r.chance(pctSA) {
		return &dArg{SA: r.saOpts(v6)}
	}
	return &dArg{Str: sp(r.addr(v6))}
}

func (r *rng) prefix(v6 bool) int64 {
	if r.chance(5) {
		return pick(r, []int64{-1, 33, 129, 1 << 33, -(1 << 33), 4294967297})
	}
	if v6 {
		return pick(r, []int64{0, 1, 8, 10, 64, 96, 100, 104, 112, 120, 126, 127, 128, int64(r.intn(129))})
	}
	return pick(r, []int64{0, 1, 8, 16, 24, 28, 30, 31, 32, int64(r.intn(33))})
}

func (r *rng) cidr() string {
	v6 := r.chance(40)
	a := r.addr(v6)
	switch r.intn(20) {
	case 0:
		return a
	case 1:
		return a + "/" + pick(r, []string{"x", "-0", "08", "1e2", " 8", "8 ", "+8", "", "12345678901", "100000000000000000000", "12345678901234567890"})
	}
	return fmt.Sprintf("%s/%d", a, r.prefix(v6))
}

var ruleTexts = []string{
	"Address: IPv4 10.0.0.1", "Address: IPv6 ::1", "Address: IPv6 ::ffff:10.0.0.5",
	"Subnet: IPv4 10.0.0.0/8", "Subnet: IPv4 10.0.0.0/320", "Subnet: IPv4 1.1.1.1/99",
	"Subnet: IPv6 fe80::/10", "Subnet: IPv6 ::ffff:10.0.0.0/1280", "subnet: ipv6 ::/0 IPv6",
	"Range: IPv4 10.0.0.1-10.0.0.9", "Range: IPv4 10.0.0.9-10.0.0.1", "Range: IPv6 ::1-::ff",
	"Range: IPv6 ::ffff:10.0.0.1-::ffff:10.0.0.3", "junk", "Address: IPv4 999.1.1.1",
	"Address: IPv4 01.2.3.4", "Address: IPv6 2001:0db8:85a3:0000:0000:8a2e:0370:7334",
	"Range: IPv6 2001:db8::1-2001:db8::10", "ADDRESS: IPV6 ::2 IPv6", "Subnet: IPv6 ::/999",
	"Addreſs: IPv6 ::3", "Address: IPv4 10.0.0.7 and IPv6",
}

func (r *rng) fromJSONData() json.RawMessage {
	var items []string
	for n := r.intn(5); n >= 0; n-- {
		items = append(items, pick(r, ruleTexts))
	}
	arr, _ := json.Marshal(items)
	switch r.intn(10) {
	case 0:
		s, _ := json.Marshal(pick(r, []string{"not json", "", "{}", "[1,2]", "null", `"x"`, "1.5e3", "[\"a\", 3]", "true", "[", "-0", `"it's"`, "  [ ]  "}))
		return s
	case 1, 2, 3:
		s, _ := json.Marshal(string(arr))
		return s
	}
	return arr
}

func (r *rng) blockListCase(id int) dCase {
	c := dCase{ID: id}
	type added struct {
		op   dOp
		kind string
	}
	var history []added
	n := 2 + r.intn(12)
	for i := 0; i < n; i++ {
		v6 := r.chance(40)
		var op dOp
		switch k := r.intn(100); {
		case k < 18:
			op = dOp{Op: "addAddress", A: r.arg(v6, 15), F: r.family(v6)}
		case k < 24:
			var l []dArg
			for m := r.intn(4); m >= 0; m-- {
				l = append(l, *r.arg(v6, 10))
			}
			op = dOp{Op: "addAddresses", L: l, F: r.family(v6)}
		case k < 40:
			a, b := r.arg(v6, 12), r.arg(r.chance(80) == v6, 12)
			op = dOp{Op: "addRange", A: a, B: b, F: r.family(v6)}
		case k < 56:
			op = dOp{Op: "addSubnet", A: r.arg(v6, 12), P: ip(r.prefix(v6)), F: r.family(v6)}
		case k < 64:
			op = dOp{Op: "addCIDR", S: sp(r.cidr())}
		case k < 67:
			var l []dArg
			for m := r.intn(4); m >= 0; m-- {
				l = append(l, dArg{Str: sp(r.cidr())})
			}
			if r.chance(30) {
				l = nil
				for _, s := range PrivateRanges() {
					l = append(l, dArg{Str: sp(s)})
				}
			}
			op = dOp{Op: "addCIDRs", L: l}
		case k < 82 && len(history) > 0:
			// Remove something added before (often exactly it).
			h := pick(r, history).op
			switch h.Op {
			case "addAddress":
				op = dOp{Op: "removeAddress", A: h.A, F: h.F}
			case "addRange":
				op = dOp{Op: "removeRange", A: h.A, B: h.B, F: h.F}
				if r.chance(20) {
					op.B = r.arg(v6, 0)
				}
			case "addSubnet":
				op = dOp{Op: "removeSubnet", A: h.A, P: h.P, F: h.F}
				if r.chance(20) {
					op.P = ip(r.prefix(v6))
				}
			case "addCIDR":
				op = dOp{Op: "removeCIDR", S: h.S}
			default:
				op = dOp{Op: "removeAddress", A: r.arg(v6, 10), F: r.family(v6)}
			}
		case k < 86:
			op = dOp{Op: pick(r, []string{"removeAddress", "removeRange", "removeSubnet", "removeCIDR"})}
			switch op.Op {
			case "removeAddress":
				op.A, op.F = r.arg(v6, 10), r.family(v6)
			case "removeRange":
				op.A, op.B, op.F = r.arg(v6, 10), r.arg(v6, 10), r.family(v6)
			case "removeSubnet":
				op.A, op.P, op.F = r.arg(v6, 10), ip(r.prefix(v6)), r.family(v6)
			default:
				op.S = sp(r.cidr())
			}
		case k < 88:
			op = dOp{Op: "clear"}
		case k < 92:
			op = dOp{Op: "fromJSON", D: r.fromJSONData()}
		default:
			op = dOp{Op: "check", A: r.arg(v6, 10), F: r.family(v6)}
		}
		c.Ops = append(c.Ops, op)
		if strings.HasPrefix(op.Op, "add") {
			history = append(history, added{op: op, kind: op.Op})
		}
	}
	c.Ops = append(c.Ops, dOp{Op: "rules"}, dOp{Op: "size"}, dOp{Op: "toJSON"})
	for i := 0; i < 8; i++ {
		v6 := r.chance(50)
		var f *string
		switch {
		case v6:
			f = sp(pick(r, []string{"ipv6", "ipv6", "IPv6", "x"}))
		case r.chance(50):
			f = sp(pick(r, []string{"ipv4", "IPV4"}))
		}
		c.Ops = append(c.Ops, dOp{Op: "check", A: r.arg(v6, 5), F: f})
	}
	return c
}

var (
	stringSeeds = []string{
		"1.2.3.4:80", "[::1]:80", "1.2.3.4", "[::1]", "::1", "localhost:80", "1.2.3.4:65535",
		"[fe80::1%25eth0]:80", "127.1:8", "0x7f.0.0.1:9", "4294967295", "[::ffff:1.2.3.4]:1",
		"user@1.2.3.4:5", "1.2.3.4/x:8", "%31.2.3.4:1", "１.２.３.４:81", "1。2。3。4:8",
		"fe80::1%eth0", "::ffff:1.2.3.4", "1.2.3.04", "1.2.3.4/24", "1:2:3:4:5:6:7:8",
		"1::", "::1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "0.0.0.0", "255.255.255.255", "[1:2::3]:443",
		"10.0.0.1:0080", "1.2.3.4.:2", "[::1]:65536", "a:b@1.2.3.4:6", "//1.2.3.4:7",
		"fe80::1%lo0", "::ffff:255.255.255.255", "1.16777215:1", "0:3",
	}
	stringAlphabet = []string{
		"0", "1", "2", "5", "9", ".", ":", "a", "f", "F", "x", "X", "%", "[", "]", "@", "/", "?",
		"#", " ", "g", "\t", "\\", "-", "0x", "::", "25", "255", "１", "。", "\u00ad", "é",
		"\x00", "\n", "e", "z", "8", "%2e", "%3a",
	}
)

func (r *rng) randomString() string {
	s := pick(r, stringSeeds)
	if r.chance(10) {
		s = ""
		for n := r.intn(10); n >= 0; n-- {
			s += pick(r, stringAlphabet)
		}
		return s
	}
	for n := r.intn(4); n > 0; n-- {
		i := 0
		if len(s) > 0 {
			i = r.intn(len(s) + 1)
		}
		for i > 0 && i < len(s) && !isRuneStart(s[i]) {
			i--
		}
		switch r.intn(3) {
		case 0: // insert
			s = s[:i] + pick(r, stringAlphabet) + s[i:]
		case 1: // delete a byte-rune
			if i < len(s) {
				j := i + 1
				for j < len(s) && !isRuneStart(s[j]) {
					j++
				}
				s = s[:i] + s[j:]
			}
		default: // replace
			if i < len(s) {
				j := i + 1
				for j < len(s) && !isRuneStart(s[j]) {
					j++
				}
				s = s[:i] + pick(r, stringAlphabet) + s[j:]
			}
		}
	}
	return s
}

// bulkCase adds many addresses (so Node's hash table rehashes), removes
// some, sometimes clears and refills (clear keeps the bucket count), and
// lists the rules in between.
func (r *rng) bulkCase(id int) dCase {
	c := dCase{ID: id}
	bulkAddr := func() string {
		switch r.intn(4) {
		case 0:
			return fmt.Sprintf("2001:db8::%x", r.intn(200))
		case 1:
			return fmt.Sprintf("::ffff:10.0.%d.%d", r.intn(3), r.intn(60))
		}
		return fmt.Sprintf("10.0.%d.%d", r.intn(3), r.intn(60))
	}
	var added []string
	for round := r.intn(3); round >= 0; round-- {
		var l []dArg
		for n := 5 + r.intn(70); n > 0; n-- {
			a := bulkAddr()
			added = append(added, a)
			if strings.Contains(a, ":") {
				l = append(l, dArg{SA: &saOpts{Address: sp(a), Family: sp("ipv6")}})
			} else {
				l = append(l, dArg{Str: sp(a)})
			}
		}
		c.Ops = append(c.Ops, dOp{Op: "addAddresses", L: l})
		for n := r.intn(20); n > 0; n-- {
			a := pick(r, added)
			if !strings.Contains(a, ":") {
				c.Ops = append(c.Ops, dOp{Op: "removeAddress", A: &dArg{Str: sp(a)}})
			} else if strings.Contains(a, ".") && r.chance(50) {
				c.Ops = append(c.Ops, dOp{Op: "removeAddress", A: &dArg{Str: sp(a[7:])}})
			} else {
				c.Ops = append(c.Ops, dOp{Op: "removeAddress", A: &dArg{Str: sp(a)}, F: sp("ipv6")})
			}
		}
		c.Ops = append(c.Ops, dOp{Op: "rules"}, dOp{Op: "size"})
		if r.chance(40) {
			c.Ops = append(c.Ops, dOp{Op: "clear"})
		}
	}
	for i := 0; i < 6; i++ {
		a := bulkAddr()
		if strings.Contains(a, ":") {
			c.Ops = append(c.Ops, dOp{Op: "check", A: &dArg{Str: sp(a)}, F: sp("ipv6")})
		} else {
			c.Ops = append(c.Ops, dOp{Op: "check", A: &dArg{Str: sp(a)}})
		}
	}
	return c
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

func genCorpus(seed uint64) []dCase {
	r := &rng{s: seed}
	var cases []dCase
	id := 0
	for i := 0; i < diffBlockList; i++ {
		cases = append(cases, r.blockListCase(id))
		id++
	}
	for i := 0; i < diffStrings; i++ {
		c := dCase{ID: id}
		for j := 0; j < 4; j++ {
			op := pick(r, []string{"isIP", "parse"})
			c.Ops = append(c.Ops, dOp{Op: op, S: sp(r.randomString())})
		}
		cases = append(cases, c)
		id++
	}
	for i := 0; i < diffBulk; i++ {
		cases = append(cases, r.bulkCase(id))
		id++
	}
	for i := 0; i < diffSockAddr; i++ {
		c := dCase{ID: id}
		for j := 0; j < 3; j++ {
			c.Ops = append(c.Ops, dOp{Op: "sa", O: r.saOpts(r.chance(50))})
		}
		cases = append(cases, c)
		id++
	}
	return cases
}
