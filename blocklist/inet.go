package blocklist

import (
	"strconv"
	"strings"
)

// This file holds the address text conversions Node's C++ layer uses: libuv's
// uv_inet_pton (BIND's inet_pton4/inet_pton6), uv_ip4_addr / uv_ip6_addr
// (which add zone handling) and uv_inet_ntop. They differ from net/netip in
// small ways that show in Node's behaviour (see the tests), so they are
// ported rather than borrowed.

// cString cuts s at its first NUL, as the C code sees a JS string.
func cString(s string) string {
	if i := strings.IndexByte(s, 0); i >= 0 {
		return s[:i]
	}
	return s
}

// inetPton4 is libuv's inet_pton4: four decimal octets, no leading zeros,
// nothing else.
func inetPton4(s string) (out [4]byte, ok bool) {
	sawDigit := false
	octets := 0
	var cur uint
	idx := 0
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch >= '0' && ch <= '9':
			nw := cur*10 + uint(ch-'0')
			if sawDigit && cur == 0 {
				return out, false
			}
			if nw > 255 {
				return out, false
			}
			cur = nw
			if !sawDigit {
				octets++
				if octets > 4 {
					return out, false
				}
				sawDigit = true
			}
			out[idx] = byte(cur)
		case ch == '.' && sawDigit:
			if octets == 4 {
				return out, false
			}
			idx++
			cur = 0
			out[idx] = 0
			sawDigit = false
		default:
			return out, false
		}
	}
	if octets < 4 {
		return out, false
	}
	return out, true
}

func hexVal(ch byte) (uint32, bool) {
	switch {
	case ch >= '0' && ch <= '9':
		return uint32(ch - '0'), true
	case ch >= 'a' && ch <= 'f':
		return uint32(ch-'a') + 10, true
	case ch >= 'A' && ch <= 'F':
		return uint32(ch-'A') + 10, true
	}
	return 0, false
}

// inetPton6 is libuv's inet_pton6 (BIND's), without zone handling.
func inetPton6(s string) (out [16]byte, ok bool) {
	var tmp [16]byte
	tp := 0
	colonp := -1
	i := 0
	if i < len(s) && s[i] == ':' {
		i++
		if i >= len(s) || s[i] != ':' {
			return out, false
		}
	}
	curtok := i
	seenXDigits := 0
	var val uint32
	for i < len(s) {
		ch := s[i]
		i++
		if v, isHex := hexVal(ch); isHex {
			val = val<<4 | v
			seenXDigits++
			if seenXDigits > 4 {
				return out, false
			}
			continue
		}
		if ch == ':' {
			curtok = i
			if seenXDigits == 0 {
				if colonp >= 0 {
					return out, false
				}
				colonp = tp
				continue
			} else if i >= len(s) {
				return out, false
			}
			if tp+2 > 16 {
				return out, false
			}
			tmp[tp] = byte(val >> 8)
			tmp[tp+1] = byte(val)
			tp += 2
			seenXDigits = 0
			val = 0
			continue
		}
		if ch == '.' && tp+4 <= 16 {
			if v4, ok4 := inetPton4(s[curtok:]); ok4 {
				copy(tmp[tp:], v4[:])
				tp += 4
				seenXDigits = 0
				break
			}
		}
		return out, false
	}
	if seenXDigits > 0 {
		if tp+2 > 16 {
			return out, false
		}
		tmp[tp] = byte(val >> 8)
		tmp[tp+1] = byte(val)
		tp += 2
	}
	if colonp >= 0 {
		if tp == 16 {
			return out, false
		}
		n := tp - colonp
		for k := 1; k <= n; k++ {
			tmp[16-k] = tmp[colonp+n-k]
			tmp[colonp+n-k] = 0
		}
		tp = 16
	}
	if tp != 16 {
		return out, false
	}
	return tmp, true
}

// uvIP4Addr is uv_ip4_addr's parse: the C string of s as a dotted quad.
func uvIP4Addr(s string) ([4]byte, bool) {
	return inetPton4(cString(s))
}

// uvIP6Addr is uv_ip6_addr's parse: a '%' starts a zone (name or, on
// Windows, number) whose text is returned; the address part before it is cut
// to 39 bytes, as libuv copies it into a 40-byte buffer.
func uvIP6Addr(s string) (addr [16]byte, zone string, ok bool) {
	s = cString(s)
	if i := strings.IndexByte(s, '%'); i >= 0 {
		zone = s[i+1:]
		s = s[:i]
		if len(s) > 39 {
			s = s[:39]
		}
		addr, ok = inetPton6(s)
		return addr, zone, ok
	}
	addr, ok = inetPton6(s)
	return addr, "", ok
}

// ntop4 formats an IPv4 address as "%u.%u.%u.%u".
func ntop4(b []byte) string {
	var buf [15]byte
	out := buf[:0]
	for i := 0; i < 4; i++ {
		if i > 0 {
			out = append(out, '.')
		}
		out = strconv.AppendUint(out, uint64(b[i]), 10)
	}
	return string(out)
}

// ntop6 is libuv's inet_ntop6: the first longest run of two or more zero
// words becomes "::"; "::a.b.c.d" and "::ffff:a.b.c.d" keep a dotted tail.
func ntop6(b *[16]byte) string {
	var words [8]uint32
	for i := 0; i < 8; i++ {
		words[i] = uint32(b[2*i])<<8 | uint32(b[2*i+1])
	}
	bestBase, bestLen := -1, 0
	curBase, curLen := -1, 0
	for i := 0; i < 8; i++ {
		if words[i] == 0 {
			if curBase == -1 {
				curBase, curLen = i, 1
			} else {
				curLen++
			}
		} else if curBase != -1 {
			if bestBase == -1 || curLen > bestLen {
				bestBase, bestLen = curBase, curLen
			}
			curBase = -1
		}
	}
	if curBase != -1 && (bestBase == -1 || curLen > bestLen) {
		bestBase, bestLen = curBase, curLen
	}
	if bestBase != -1 && bestLen < 2 {
		bestBase = -1
	}
	var buf [46]byte
	out := buf[:0]
	for i := 0; i < 8; i++ {
		if bestBase != -1 && i >= bestBase && i < bestBase+bestLen {
			if i == bestBase {
				out = append(out, ':')
			}
			continue
		}
		if i != 0 {
			out = append(out, ':')
		}
		if i == 6 && bestBase == 0 && (bestLen == 6 ||
			(bestLen == 7 && words[7] != 0x0001) ||
			(bestLen == 5 && words[5] == 0xffff)) {
			out = append(out, ntop4(b[12:16])...)
			break
		}
		out = strconv.AppendUint(out, uint64(words[i]), 16)
	}
	if bestBase != -1 && bestBase+bestLen == 8 {
		out = append(out, ':')
	}
	return string(out)
}

// isMapped reports whether b is an IPv4-mapped IPv6 address (::ffff:a.b.c.d).
func isMapped(b *[16]byte) bool {
	for i := 0; i < 10; i++ {
		if b[i] != 0 {
			return false
		}
	}
	return b[10] == 0xff && b[11] == 0xff
}

// mapped returns ::ffff:a.b.c.d for an IPv4 address.
func mapped(v4 [4]byte) [16]byte {
	var b [16]byte
	b[10], b[11] = 0xff, 0xff
	copy(b[12:], v4[:])
	return b
}
