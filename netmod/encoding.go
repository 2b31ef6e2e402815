package netmod

// Buffer encodings as Node implements them: string to bytes (Buffer.from(s,
// encoding)) for WriteString, and the StringDecoder (src/string_decoder.cc)
// behind SetEncoding.
//
// Go strings are UTF-8, JavaScript strings UTF-16. Text that JavaScript
// could hold but UTF-8 cannot (a lone surrogate, which a 'utf16le' decoder
// emits when a surrogate pair is split or unpaired) is kept as WTF-8: the
// surrogate's three-byte generalized UTF-8 form. Encoding such a string
// back treats those bytes as the surrogate, as Node treats the lone
// surrogate (U+FFFD in UTF-8, the code unit itself in UTF-16).

import (
	"encoding/base64"
	"strings"
	"unicode/utf8"

	"github.com/nodenet/nodenet/internal/textenc"
	"github.com/nodenet/nodenet/nodeerr"
)

// normalizeEncoding maps Node's encoding names to a canonical one.
func normalizeEncoding(enc string) (string, bool) {
	switch strings.ToLower(enc) {
	case "", "utf8", "utf-8":
		return "utf8", true
	case "latin1", "binary":
		return "latin1", true
	case "ascii":
		return "ascii", true
	case "hex":
		return "hex", true
	case "base64":
		return "base64", true
	case "base64url":
		return "base64url", true
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		return "utf16le", true
	}
	return "", false
}

func errUnknownEncoding(enc string) *nodeerr.Error {
	return nodeerr.New(nodeerr.NameTypeError, "ERR_UNKNOWN_ENCODING", "Unknown encoding: "+enc)
}

// forEachUnit calls fn with the UTF-16 code units of s, read as WTF-8
// (invalid bytes count as U+FFFD).
func forEachUnit(s string, fn func(u uint16)) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			fn(uint16(c))
			i++
			continue
		}
		if u, ok := surrogateAt(s, i); ok {
			fn(u)
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r > 0xFFFF {
			r -= 0x10000
			fn(uint16(0xD800 + r>>10))
			fn(uint16(0xDC00 + r&0x3FF))
		} else {
			fn(uint16(r))
		}
	}
}

// surrogateAt reports the surrogate code unit WTF-8-encoded at s[i:].
func surrogateAt(s string, i int) (uint16, bool) {
	if i+2 < len(s) && s[i] == 0xED && s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2]&0xC0 == 0x80 {
		return 0xD000 | uint16(s[i+1]&0x3F)<<6 | uint16(s[i+2]&0x3F), true
	}
	return 0, false
}

// encodeString converts a string to bytes as Buffer.from(str, encoding).
func encodeString(s, encoding string) ([]byte, error) {
	enc, ok := normalizeEncoding(encoding)
	if !ok {
		return nil, errUnknownEncoding(encoding)
	}
	switch enc {
	case "latin1", "ascii":
		out := make([]byte, 0, len(s))
		forEachUnit(s, func(u uint16) { out = append(out, byte(u)) })
		return out, nil
	case "hex":
		// Pairs are decoded until the first invalid one. Like Node, a
		// character is looked up by the low byte of its UTF-16 unit.
		units := lowBytes(s)
		out := make([]byte, 0, len(units)/2)
		for i := 0; i+1 < len(units); i += 2 {
			hi, ok1 := unhex(units[i])
			lo, ok2 := unhex(units[i+1])
			if !ok1 || !ok2 {
				break
			}
			out = append(out, hi<<4|lo)
		}
		return out, nil
	case "base64", "base64url":
		return textenc.DecodeBase64Forgiving(lowBytes(s)), nil
	case "utf16le":
		out := make([]byte, 0, 2*len(s))
		forEachUnit(s, func(u uint16) { out = append(out, byte(u), byte(u>>8)) })
		return out, nil
	}
	if strings.IndexByte(s, 0xED) >= 0 {
		// Lone surrogates (WTF-8) become U+FFFD, as in Node.
		var b strings.Builder
		for i := 0; i < len(s); {
			if _, ok := surrogateAt(s, i); ok {
				b.WriteString("\uFFFD")
				i += 3
				continue
			}
			b.WriteByte(s[i])
			i++
		}
		s = b.String()
	}
	return []byte(s), nil
}

// lowBytes returns the low byte of each UTF-16 unit of s: what Node's hex
// and base64 decoders look at (a string with only Latin-1 characters is
// unchanged, as Node stores it one byte per character).
func lowBytes(s string) []byte {
	out := make([]byte, 0, len(s))
	forEachUnit(s, func(u uint16) { out = append(out, byte(u)) })
	return out
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// decoder is Node's StringDecoder (src/string_decoder.cc): it turns byte
// chunks into text, holding back an incomplete character (or base64
// group) at the end of a chunk until the next one. Its output is UTF-8
// (WTF-8 for lone surrogates).
type decoder struct {
	enc        string
	missing    int
	buffered   int
	incomplete [4]byte
}

func newDecoder(encoding string) (*decoder, error) {
	enc, ok := normalizeEncoding(encoding)
	if !ok {
		return nil, errUnknownEncoding(encoding)
	}
	return &decoder{enc: enc}, nil
}

// write is StringDecoder::DecodeData.
func (d *decoder) write(data []byte) []byte {
	switch d.enc {
	case "utf8", "utf16le", "base64", "base64url":
	default:
		return makeString(nil, data, d.enc)
	}
	var prepend []byte
	if d.missing > 0 {
		if d.enc == "utf8" {
			// A byte that should continue the character but does not
			// ends it; the rest of this chunk starts anew.
			for i := 0; i < len(data) && i < d.missing; i++ {
				if data[i]&0xC0 != 0x80 {
					d.missing = 0
					copy(d.incomplete[d.buffered:], data[:i])
					d.buffered += i
					data = data[i:]
					break
				}
			}
		}
		found := min(len(data), d.missing)
		copy(d.incomplete[d.buffered:], data[:found])
		data = data[found:]
		d.missing -= found
		d.buffered += found
		if d.missing == 0 {
			prepend = makeString(nil, d.incomplete[:d.buffered], d.enc)
			if prepend == nil {
				prepend = []byte{}
			}
			d.buffered = 0
		}
	}
	if len(data) == 0 {
		return prepend
	}
	n := len(data)
	switch d.enc {
	case "utf8":
		if data[n-1]&0x80 != 0 {
			for i := n - 1; ; i-- {
				d.buffered++
				if data[i]&0xC0 == 0x80 {
					if d.buffered >= 4 || i == 0 {
						d.buffered = 0
						break
					}
					continue
				}
				switch {
				case data[i]&0xE0 == 0xC0:
					d.missing = 2
				case data[i]&0xF0 == 0xE0:
					d.missing = 3
				case data[i]&0xF8 == 0xF0:
					d.missing = 4
				default:
					d.buffered = 0
				}
				if d.buffered == 0 {
					break
				}
				if d.buffered >= d.missing {
					d.missing, d.buffered = 0, 0
				}
				d.missing -= d.buffered
				break
			}
		}
	case "utf16le":
		if n%2 == 1 {
			d.buffered, d.missing = 1, 1
		} else if data[n-1]&0xFC == 0xD8 {
			d.buffered, d.missing = 2, 2
		}
	default: // base64, base64url
		d.buffered = n % 3
		if d.buffered > 0 {
			d.missing = 3 - d.buffered
		}
	}
	if d.buffered > 0 {
		n -= d.buffered
		copy(d.incomplete[:], data[n:])
	}
	if prepend == nil && d.enc == "utf8" && n > 0 && utf8.Valid(data[:n]) {
		return data[:n:n] // the common case: no copy
	}
	return makeString(prepend, data[:n], d.enc)
}

// end is StringDecoder::FlushData: what was held back.
func (d *decoder) end() []byte {
	if d.enc == "utf16le" && d.buffered%2 == 1 {
		d.missing--
		d.buffered--
	}
	if d.buffered == 0 {
		return nil
	}
	out := makeString(nil, d.incomplete[:d.buffered], d.enc)
	d.missing, d.buffered = 0, 0
	return out
}

// makeString appends the text of b in encoding enc to dst
// (StringBytes::Encode).
func makeString(dst, b []byte, enc string) []byte {
	switch enc {
	case "utf8":
		return textenc.AppendUTF8Decoded(dst, b)
	case "latin1":
		for _, c := range b {
			dst = utf8.AppendRune(dst, rune(c))
		}
		return dst
	case "ascii":
		for _, c := range b {
			dst = append(dst, c&0x7f)
		}
		return dst
	case "hex":
		const digits = "0123456789abcdef"
		for _, c := range b {
			dst = append(dst, digits[c>>4], digits[c&15])
		}
		return dst
	case "base64":
		return base64.StdEncoding.AppendEncode(dst, b)
	case "base64url":
		return base64.RawURLEncoding.AppendEncode(dst, b)
	case "utf16le":
		for i := 0; i+1 < len(b); i += 2 {
			u := rune(b[i]) | rune(b[i+1])<<8
			if u >= 0xD800 && u < 0xDC00 && i+3 < len(b) {
				if v := rune(b[i+2]) | rune(b[i+3])<<8; v >= 0xDC00 && v < 0xE000 {
					dst = utf8.AppendRune(dst, 0x10000+(u-0xD800)<<10+(v-0xDC00))
					i += 2
					continue
				}
			}
			if n := len(dst); u >= 0xDC00 && u < 0xE000 && n >= 3 && dst[n-3] == 0xED && dst[n-2] >= 0xA0 && dst[n-2] <= 0xAF {
				// A trail surrogate after a lone lead one in dst (the
				// end of the previous chunk's character): together they
				// are one character, as in the JavaScript string.
				hi := 0xD000 | rune(dst[n-2]&0x3F)<<6 | rune(dst[n-1]&0x3F)
				dst = utf8.AppendRune(dst[:n-3], 0x10000+(hi-0xD800)<<10+(u-0xDC00))
				continue
			}
			if u >= 0xD800 && u < 0xE000 {
				// A lone surrogate, kept as WTF-8.
				dst = append(dst, 0xED, byte(0x80|(u>>6)&0x3F), byte(0x80|u&0x3F))
				continue
			}
			dst = utf8.AppendRune(dst, u)
		}
		return dst
	}
	return append(dst, b...)
}
