package blocklist

import "strings"

// IsIP is Node's net.isIP: 4 for a dotted-quad IPv4 address, 6 for an IPv6
// address, 0 otherwise. It follows Node's regular expressions exactly (see
// IsIPv4 and IsIPv6) but does not use them: it allocates nothing.
func IsIP(s string) int {
	if IsIPv4(s) {
		return 4
	}
	if IsIPv6(s) {
		return 6
	}
	return 0
}

// IsIPv4 is Node's net.isIPv4: four decimal numbers 0–255 separated by dots,
// none with a leading zero ("1.2.3.04" and "1.2.3.4/24" are not addresses).
func IsIPv4(s string) bool {
	for part := 0; part < 4; part++ {
		if part > 0 {
			if len(s) == 0 || s[0] != '.' {
				return false
			}
			s = s[1:]
		}
		n := v4SegLen(s)
		if n == 0 {
			return false
		}
		s = s[n:]
	}
	return len(s) == 0
}

// v4SegLen returns the length of the decimal octet at the start of s (Node's
// v4Seg: 25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9]), or 0 if none.
// The longest candidate is taken; the callers then require a '.' or the end,
// which is what the regular expression's backtracking amounts to.
func v4SegLen(s string) int {
	n := 0
	for n < len(s) && n < 3 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 {
		return 0
	}
	if n > 1 && s[0] == '0' {
		return 1
	}
	if n == 3 && (s[0] > '2' || (s[0] == '2' && (s[1] > '5' || (s[1] == '5' && s[2] > '5')))) {
		return 2
	}
	return n
}

// isV4Str reports whether s is exactly a dotted-quad (Node's v4Str).
func isV4Str(s string) bool { return IsIPv4(s) }

// isV6Seg reports whether s is 1 to 4 hex digits (Node's v6Seg).
func isV6Seg(s string) bool {
	if len(s) < 1 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if _, ok := hexVal(s[i]); !ok {
			return false
		}
	}
	return true
}

// IsIPv6 is Node's net.isIPv6. It accepts what Node's IPv6 regular expression
// accepts: eight groups of 1–4 hex digits, or fewer with one "::" standing for
// at least one group, the last two groups optionally written as a dotted quad
// ("::ffff:1.2.3.4"), and an optional zone "%name" of letters, digits, '-',
// '.' and ':' ("fe80::1%eth0"). Brackets, prefixes and spaces are rejected.
func IsIPv6(s string) bool {
	if i := strings.IndexByte(s, '%'); i >= 0 {
		zone := s[i+1:]
		if len(zone) == 0 {
			return false
		}
		for j := 0; j < len(zone); j++ {
			c := zone[j]
			if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '.' || c == ':') {
				return false
			}
		}
		s = s[:i]
	}
	if k := strings.Index(s, "::"); k >= 0 {
		left, right := s[:k], s[k+2:]
		l, ok := countGroups(left, false)
		if !ok {
			return false
		}
		r, ok := countGroups(right, true)
		if !ok {
			return false
		}
		return l+r <= 7
	}
	n, ok := countGroups(s, true)
	return ok && n == 8
}

// countGroups counts the colon-separated groups of s (empty s has none); a
// dotted quad, allowed only as the last group when tail is set, counts as two.
func countGroups(s string, tail bool) (int, bool) {
	if s == "" {
		return 0, true
	}
	n := 0
	for {
		i := strings.IndexByte(s, ':')
		if i < 0 {
			if isV6Seg(s) {
				return n + 1, true
			}
			if tail && isV4Str(s) {
				return n + 2, true
			}
			return 0, false
		}
		if !isV6Seg(s[:i]) {
			return 0, false
		}
		n++
		s = s[i+1:]
	}
}
