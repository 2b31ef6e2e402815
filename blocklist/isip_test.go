package blocklist

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"
)

// Node's regular expressions from lib/internal/net.js, transcribed: IsIP must
// agree with them on every input.
var (
	nodeV4Seg  = `(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])`
	nodeV4Str  = `(?:` + nodeV4Seg + `\.){3}` + nodeV4Seg
	nodeIPv4Re = regexp.MustCompile(`^` + nodeV4Str + `$`)
	nodeV6Seg  = `(?:[0-9a-fA-F]{1,4})`
	nodeIPv6Re = regexp.MustCompile(`^(?:` +
		`(?:` + nodeV6Seg + `:){7}(?:` + nodeV6Seg + `|:)|` +
		`(?:` + nodeV6Seg + `:){6}(?:` + nodeV4Str + `|:` + nodeV6Seg + `|:)|` +
		`(?:` + nodeV6Seg + `:){5}(?::` + nodeV4Str + `|(?::` + nodeV6Seg + `){1,2}|:)|` +
		`(?:` + nodeV6Seg + `:){4}(?:(?::` + nodeV6Seg + `){0,1}:` + nodeV4Str + `|(?::` + nodeV6Seg + `){1,3}|:)|` +
		`(?:` + nodeV6Seg + `:){3}(?:(?::` + nodeV6Seg + `){0,2}:` + nodeV4Str + `|(?::` + nodeV6Seg + `){1,4}|:)|` +
		`(?:` + nodeV6Seg + `:){2}(?:(?::` + nodeV6Seg + `){0,3}:` + nodeV4Str + `|(?::` + nodeV6Seg + `){1,5}|:)|` +
		`(?:` + nodeV6Seg + `:){1}(?:(?::` + nodeV6Seg + `){0,4}:` + nodeV4Str + `|(?::` + nodeV6Seg + `){1,6}|:)|` +
		`(?::(?:(?::` + nodeV6Seg + `){0,5}:` + nodeV4Str + `|(?::` + nodeV6Seg + `){1,7}|:))` +
		`)(?:%[0-9a-zA-Z\-.:]{1,})?$`)
)

func TestIsIPTable(t *testing.T) {
	for s, want := range map[string]int{
		"::ffff:1.2.3.4": 6, "fe80::1%eth0": 6, "1.2.3.04": 0, "1.2.3.4/24": 0, "1.2.3.4": 4,
		"0.0.0.0": 4, "255.255.255.255": 4, "256.1.1.1": 0, "::": 6, "::1": 6, "1::": 6,
		"1:2:3:4:5:6:7:8": 6, "1:2:3:4:5:6:7:8:9": 0, "::1.2.3.4": 6, "::01.2.3.4": 0,
		"fe80::1%": 0, "fe80::1%a%b": 0, "fe80::1% ": 0, "1.2.3.4%eth0": 0, "::ffff:1.2.3.04": 0,
		"1:2:3:4:5:6:1.2.3.4": 6, "1:2:3:4:5:6:7:1.2.3.4": 0, "00000::1": 0, "0000::1": 6,
		"1.2.3": 0, "1.2.3.4.": 0, "x": 0, "": 0, "  ::1": 0, "::1 ": 0, "[::1]": 0, "FE80::1": 6,
		"fe80::1%eth0/64": 0, "::ffff:1.2.3.4%x": 6, "0.0.0.00": 0, "1.02.3.4": 0, "fe80::1%é": 0,
		"1:2:3:4:5:6:7::": 6, "::2:3:4:5:6:7:8": 6, "1::2:3:4:5:6:7:8": 0, ":::": 0, "1::2::3": 0,
		"::1:": 0, ":1::": 0, "1.2.3.4\n": 0, "fe80::1%lo:0.x-y": 6,
	} {
		require.Equal(t, want, IsIP(s), "%q", s)
		require.Equal(t, want == 4, IsIPv4(s), "%q", s)
		require.Equal(t, want == 6, IsIPv6(s), "%q", s)
	}
}

// TestIsIPMatchesNodeRegexp compares IsIPv4/IsIPv6 with Node's regular
// expressions over strings built from the characters that matter.
func TestIsIPMatchesNodeRegexp(t *testing.T) {
	r := &rng{s: 7}
	pieces := []string{"0", "1", "2", "5", "9", "25", "255", "256", "01", "a", "F", "ffff", "12345",
		".", ".", ":", ":", "::", "%", "%eth0", "-", "x", " ", "1.2.3.4", "::ffff:", "g"}
	check := func(s string) {
		require.Equal(t, nodeIPv4Re.MatchString(s), IsIPv4(s), "IsIPv4(%q)", s)
		require.Equal(t, nodeIPv6Re.MatchString(s), IsIPv6(s), "IsIPv6(%q)", s)
	}
	for i := 0; i < 100000; i++ {
		s := ""
		for n := r.intn(12); n >= 0; n-- {
			s += pick(r, pieces)
		}
		check(s)
	}
	// Every way of writing the groups of an address.
	groups := []string{"1", "ab", "0", "ffff"}
	for n := 0; n <= 9; n++ {
		for mask := 0; mask < 1<<n; mask++ {
			s := ""
			for i := 0; i < n; i++ {
				s += pick(r, groups)
				if mask&(1<<i) != 0 {
					s += "::"
				} else if i < n-1 {
					s += ":"
				}
			}
			check(s)
			check(s + ":1.2.3.4")
			check(s + "1.2.3.4")
			check("::" + s)
		}
	}
}
