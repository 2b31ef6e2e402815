package blocklist

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// ParseSocketAddress is Node's SocketAddress.parse(input): it parses
// "1.2.3.4:80" or "[::1]:80" and returns nil, false where Node returns
// undefined.
//
// Node does this by parsing `http://${input}` as a WHATWG URL and building a
// SocketAddress from the hostname and port, and so does this function (the
// part of the URL parser that matters: authority, host and port). The
// consequences are Node's:
//
//   - port 80 is http's default port, which the URL parser drops, so
//     "1.2.3.4:80" (and ":080") parses with port 0;
//   - IPv4 hosts take the URL forms "127.1", "0x7f.0.0.1", "2130706433", a
//     trailing dot, percent-encoding and full-width digits;
//   - userinfo ("user@"), a path, query or fragment are ignored;
//   - hostnames ("localhost") and IPv6 zones fail.
func ParseSocketAddress(input string) (*SocketAddress, bool) {
	host, port, ok := urlHostPort(input)
	if !ok {
		return nil, false
	}
	if strings.HasPrefix(host, "[") {
		a, ok := whatwgIPv6(host[1 : len(host)-1])
		if !ok {
			return nil, false
		}
		return &SocketAddress{family: IPv6, addr: a, port: port}, true
	}
	v4, ok := whatwgIPv4Host(host)
	if !ok {
		return nil, false
	}
	sa := &SocketAddress{family: IPv4, port: port}
	copy(sa.addr[:], v4[:])
	return sa, true
}

// urlHostPort runs the WHATWG URL parser's special-authority, authority, host
// and port states over "http://" + input and returns the raw host text
// (brackets kept) and the port (0 when absent or 80, http's default).
func urlHostPort(input string) (host string, port uint16, ok bool) {
	// Strip trailing C0 controls and spaces (the leading ones would precede
	// "http://"), then every ASCII tab and newline.
	input = strings.TrimRightFunc(input, func(r rune) bool { return r <= 0x20 })
	if strings.ContainsAny(input, "\t\n\r") {
		input = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return -1
			}
			return r
		}, input)
	}
	// Special authority ignore slashes state.
	s := strings.TrimLeft(input, "/\\")
	// Authority state: the authority ends at the first '/', '?', '#' or '\';
	// credentials end at its last '@'.
	end := strings.IndexAny(s, "/?#\\")
	if end < 0 {
		end = len(s)
	}
	auth := s[:end]
	if at := strings.LastIndexByte(auth, '@'); at >= 0 {
		auth = auth[at+1:]
		if auth == "" {
			return "", 0, false
		}
	}
	// Host state: a ':' outside brackets starts the port.
	inBrackets := false
	hostEnd := len(auth)
	for i := 0; i < len(auth); i++ {
		c := auth[i]
		if c == ':' && !inBrackets {
			hostEnd = i
			break
		}
		if c == '[' {
			inBrackets = true
		} else if c == ']' {
			inBrackets = false
		}
	}
	host = auth[:hostEnd]
	if host == "" {
		return "", 0, false
	}
	if strings.HasPrefix(host, "[") && (len(host) < 2 || host[len(host)-1] != ']') {
		return "", 0, false
	}
	if hostEnd < len(auth) {
		digits := auth[hostEnd+1:]
		var p uint32
		for i := 0; i < len(digits); i++ {
			c := digits[i]
			if c < '0' || c > '9' {
				return "", 0, false
			}
			p = p*10 + uint32(c-'0')
			if p > 0xFFFF {
				return "", 0, false
			}
		}
		if p != 80 {
			port = uint16(p)
		}
	}
	return host, port, true
}

// whatwgIPv4Host is the URL host parser for a non-bracketed host, reduced to
// what SocketAddress can use: it returns the IPv4 address the host denotes,
// or false (a failure, or a domain name, which SocketAddress rejects).
func whatwgIPv4Host(host string) ([4]byte, bool) {
	var none [4]byte
	domain, ok := domainToASCII(percentDecode(host))
	if !ok || !endsInNumber(domain) {
		return none, false
	}
	return whatwgIPv4(domain)
}

// percentDecode replaces each %XX (two hex digits) with its byte.
func percentDecode(s string) string {
	if strings.IndexByte(s, '%') < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) {
			hi, ok1 := hexVal(s[i+1])
			lo, ok2 := hexVal(s[i+2])
			if ok1 && ok2 {
				b = append(b, byte(hi<<4|lo))
				i += 2
				continue
			}
		}
		b = append(b, s[i])
	}
	return string(b)
}

type idnaEntry struct {
	r rune
	s string
}

// domainToASCII applies the part of UTS #46 processing that can leave an
// IPv4 host: ASCII is lower-cased, non-ASCII code points are mapped through
// idnaTable, and any other non-ASCII code point (or invalid UTF-8, which the
// URL parser decodes to U+FFFD) fails — it could only ever yield a domain,
// which SocketAddress rejects anyway. An empty result fails, as in UTS #46.
func domainToASCII(s string) (string, bool) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		if s == "" {
			return "", false
		}
		return strings.ToLower(s), true
	}
	var b strings.Builder
	for _, r := range s {
		if r < utf8.RuneSelf {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteRune(r)
			continue
		}
		i := sort.Search(len(idnaTable), func(i int) bool { return idnaTable[i].r >= r })
		if i == len(idnaTable) || idnaTable[i].r != r {
			return "", false
		}
		b.WriteString(idnaTable[i].s)
	}
	if b.Len() == 0 {
		return "", false
	}
	return b.String(), true
}

// endsInNumber is the URL standard's "ends in a number" checker.
func endsInNumber(s string) bool {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" {
		if len(parts) == 1 {
			return false
		}
		parts = parts[:len(parts)-1]
	}
	last := parts[len(parts)-1]
	if last != "" && strings.Trim(last, "0123456789") == "" {
		return true
	}
	_, _, ok := ipv4Number(last)
	return ok && (strings.HasPrefix(last, "0x") || strings.HasPrefix(last, "0X"))
}

// ipv4Number is the URL standard's IPv4 number parser. big reports a value
// above 2**32 (which no caller accepts) instead of computing it.
func ipv4Number(s string) (v uint64, big bool, ok bool) {
	if s == "" {
		return 0, false, false
	}
	radix := uint64(10)
	if len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X") {
		s, radix = s[2:], 16
	} else if len(s) >= 2 && s[0] == '0' {
		s, radix = s[1:], 8
	}
	for i := 0; i < len(s); i++ {
		d, isHex := hexVal(s[i])
		if !isHex || uint64(d) >= radix {
			return 0, false, false
		}
		if !big {
			v = v*radix + uint64(d)
			if v > 1<<32 {
				big = true
			}
		}
	}
	return v, big, true
}

// whatwgIPv4 is the URL standard's IPv4 parser.
func whatwgIPv4(s string) ([4]byte, bool) {
	var out [4]byte
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" && len(parts) > 1 {
		parts = parts[:len(parts)-1]
	}
	if len(parts) > 4 {
		return out, false
	}
	var nums [4]uint64
	for i, p := range parts {
		v, big, ok := ipv4Number(p)
		if !ok || big {
			return out, false
		}
		nums[i] = v
	}
	n := len(parts)
	for i := 0; i < n-1; i++ {
		if nums[i] > 255 {
			return out, false
		}
	}
	if nums[n-1] >= 1<<(8*(5-n)) {
		return out, false
	}
	ip := nums[n-1]
	for i := 0; i < n-1; i++ {
		ip += nums[i] << (8 * (3 - i))
	}
	out[0], out[1], out[2], out[3] = byte(ip>>24), byte(ip>>16), byte(ip>>8), byte(ip)
	return out, true
}

// whatwgIPv6 is the URL standard's IPv6 parser (no zones, strict dotted
// tail).
func whatwgIPv6(s string) ([16]byte, bool) {
	var addr [8]uint16
	var out [16]byte
	pieceIndex := 0
	compress := -1
	p := 0
	at := func(i int) int {
		if i < len(s) {
			return int(s[i])
		}
		return -1
	}
	if at(p) == ':' {
		if at(p+1) != ':' {
			return out, false
		}
		p += 2
		pieceIndex++
		compress = pieceIndex
	}
	for at(p) != -1 {
		if pieceIndex == 8 {
			return out, false
		}
		if at(p) == ':' {
			if compress != -1 {
				return out, false
			}
			p++
			pieceIndex++
			compress = pieceIndex
			continue
		}
		value, length := 0, 0
		for length < 4 && at(p) != -1 {
			d, ok := hexVal(s[p])
			if !ok {
				break
			}
			value = value*16 + int(d)
			p++
			length++
		}
		if at(p) == '.' {
			if length == 0 {
				return out, false
			}
			p -= length
			if pieceIndex > 6 {
				return out, false
			}
			numbersSeen := 0
			for at(p) != -1 {
				ipv4Piece := -1
				if numbersSeen > 0 {
					if at(p) == '.' && numbersSeen < 4 {
						p++
					} else {
						return out, false
					}
				}
				if c := at(p); c < '0' || c > '9' {
					return out, false
				}
				for c := at(p); c >= '0' && c <= '9'; c = at(p) {
					n := c - '0'
					switch {
					case ipv4Piece == -1:
						ipv4Piece = n
					case ipv4Piece == 0:
						return out, false
					default:
						ipv4Piece = ipv4Piece*10 + n
					}
					if ipv4Piece > 255 {
						return out, false
					}
					p++
				}
				addr[pieceIndex] = addr[pieceIndex]*0x100 + uint16(ipv4Piece)
				numbersSeen++
				if numbersSeen == 2 || numbersSeen == 4 {
					pieceIndex++
				}
			}
			if numbersSeen != 4 {
				return out, false
			}
			break
		} else if at(p) == ':' {
			p++
			if at(p) == -1 {
				return out, false
			}
		} else if at(p) != -1 {
			return out, false
		}
		addr[pieceIndex] = uint16(value)
		pieceIndex++
	}
	if compress != -1 {
		swaps := pieceIndex - compress
		pieceIndex = 7
		for pieceIndex != 0 && swaps > 0 {
			addr[pieceIndex], addr[compress+swaps-1] = addr[compress+swaps-1], addr[pieceIndex]
			pieceIndex--
			swaps--
		}
	} else if pieceIndex != 8 {
		return out, false
	}
	for i, w := range addr {
		out[2*i], out[2*i+1] = byte(w>>8), byte(w)
	}
	return out, true
}
