package textenc

// The codecs between strings and bytes, in both of the forms a string
// takes here: UTF-16 code units (a JavaScript string) and WTF-8 (a Go
// string that may hold a lone surrogate as its three-byte generalized
// UTF-8 form, which is how netmod carries JavaScript text).

import (
	"encoding/base64"
	"unicode/utf16"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// HexValue is the value of a hexadecimal digit, or -1.
func HexValue[T byte | uint16](c T) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// AppendEncodeUnits appends the bytes of a string given as code units
// (T byte: a string of Latin-1 characters, one unit a byte) in encoding
// enc, as Buffer.from(string, enc) makes them. UTF-8 turns a lone
// surrogate into U+FFFD; Latin-1 and ASCII keep each unit's low byte;
// hex decodes pairs up to the first invalid one; base64 is Node's
// forgiving decoder of both alphabets. Hex and base64 read a character
// of a two-byte string by the low byte of its unit, as Node does.
func AppendEncodeUnits[T byte | uint16](dst []byte, s []T, enc Encoding) []byte {
	switch enc {
	case UCS2:
		for _, c := range s {
			dst = append(dst, byte(c), byte(uint16(c)>>8))
		}
		return dst
	case Latin1, ASCII:
		for _, c := range s {
			dst = append(dst, byte(c))
		}
		return dst
	case Hex:
		for i := 0; i+1 < len(s); i += 2 {
			// Node reads a character of a two-byte string by its low byte.
			a, b := HexValue(byte(s[i])), HexValue(byte(s[i+1]))
			if a < 0 || b < 0 {
				break
			}
			dst = append(dst, byte(a<<4|b))
		}
		return dst
	case Base64, Base64URL:
		if b, ok := any(s).([]byte); ok {
			return append(dst, DecodeBase64Forgiving(b)...)
		}
		// Node reads a character of a two-byte string by its low byte.
		low := make([]byte, len(s))
		for i, c := range s {
			low[i] = byte(c)
		}
		return append(dst, DecodeBase64Forgiving(low)...)
	}
	for i := 0; i < len(s); i++ {
		c := uint16(s[i])
		switch {
		case c < 0x80:
			dst = append(dst, byte(c))
		case c >= 0xD800 && c <= 0xDBFF && i+1 < len(s) && uint16(s[i+1]) >= 0xDC00 && uint16(s[i+1]) <= 0xDFFF:
			dst = utf8.AppendRune(dst, utf16.DecodeRune(rune(c), rune(s[i+1])))
			i++
		case c >= 0xD800 && c <= 0xDFFF:
			dst = append(dst, "\uFFFD"...)
		default:
			dst = utf8.AppendRune(dst, rune(c))
		}
	}
	return dst
}

// AppendEncodeString appends the bytes of a WTF-8 string in encoding enc
// (what AppendEncodeUnits gives for the string's code units).
func AppendEncodeString(dst []byte, s string, enc Encoding) []byte {
	if enc == UTF8 || enc == Buffer {
		start := 0
		for i := 0; i < len(s); i++ {
			if _, ok := SurrogateAt(s, i); ok {
				dst = append(append(dst, s[start:i]...), "\uFFFD"...)
				i += 2
				start = i + 1
			}
		}
		return append(dst, s[start:]...)
	}
	if IsASCII(s) {
		return AppendEncodeUnits(dst, []byte(s), enc)
	}
	return AppendEncodeUnits(dst, UnitsOf(s), enc)
}

// IsASCII reports whether every byte of s is below 0x80.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// UnitsOf returns the UTF-16 code units of a WTF-8 string (invalid bytes
// count as U+FFFD).
func UnitsOf(s string) []uint16 {
	out := make([]uint16, 0, len(s))
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			out = append(out, uint16(c))
			i++
			continue
		}
		if u, ok := SurrogateAt(s, i); ok {
			out = append(out, u)
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r > 0xFFFF {
			r1, r2 := utf16.EncodeRune(r)
			out = append(out, uint16(r1), uint16(r2))
		} else {
			out = append(out, uint16(r))
		}
	}
	return out
}

// SurrogateAt reports the surrogate code unit WTF-8-encoded at s[i:].
func SurrogateAt(s string, i int) (uint16, bool) {
	if i+2 < len(s) && s[i] == 0xED && s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2]&0xC0 == 0x80 {
		return 0xD000 | uint16(s[i+1]&0x3F)<<6 | uint16(s[i+2]&0x3F), true
	}
	return 0, false
}

// EncodedLen is the exact number of bytes AppendEncodeUnits gives for s.
func EncodedLen[T byte | uint16](s []T, enc Encoding) int {
	switch enc {
	case UCS2:
		return 2 * len(s)
	case Latin1, ASCII:
		return len(s)
	case Hex, Base64, Base64URL:
		return len(AppendEncodeUnits(nil, s, enc))
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := uint16(s[i])
		switch {
		case c < 0x80:
			n++
		case c < 0x800:
			n += 2
		case c >= 0xD800 && c <= 0xDBFF && i+1 < len(s) && uint16(s[i+1]) >= 0xDC00 && uint16(s[i+1]) <= 0xDFFF:
			n += 4
			i++
		default:
			n += 3
		}
	}
	return n
}

// AppendDecode appends the text of bytes b in encoding enc as WTF-8, as
// buf.toString(enc) makes it: UTF-8 with one U+FFFD per maximal invalid
// subsequence, Latin-1 one character a byte, ASCII the low 7 bits, hex
// and base64 (padded) and base64url (unpadded) text, UTF-16LE with lone
// surrogates kept (a trail surrogate that follows a lone lead surrogate
// at the end of dst joins it into one character, as two JavaScript
// strings concatenated do).
func AppendDecode(dst, b []byte, enc Encoding) []byte {
	switch enc {
	case Latin1:
		for _, c := range b {
			if c < utf8.RuneSelf {
				dst = append(dst, c)
			} else {
				dst = append(dst, 0xC0|c>>6, 0x80|c&0x3F)
			}
		}
		return dst
	case ASCII:
		for _, c := range b {
			dst = append(dst, c&0x7f)
		}
		return dst
	case Hex:
		for _, c := range b {
			dst = append(dst, hexDigits[c>>4], hexDigits[c&15])
		}
		return dst
	case Base64:
		return base64.StdEncoding.AppendEncode(dst, b)
	case Base64URL:
		return base64.RawURLEncoding.AppendEncode(dst, b)
	case UCS2:
		for i := 0; i+1 < len(b); i += 2 {
			u := rune(b[i]) | rune(b[i+1])<<8
			if u >= 0xD800 && u < 0xDC00 && i+3 < len(b) {
				if v := rune(b[i+2]) | rune(b[i+3])<<8; v >= 0xDC00 && v < 0xE000 {
					dst = utf8.AppendRune(dst, utf16.DecodeRune(u, v))
					i += 2
					continue
				}
			}
			if n := len(dst); u >= 0xDC00 && u < 0xE000 && n >= 3 && dst[n-3] == 0xED && dst[n-2] >= 0xA0 && dst[n-2] <= 0xAF {
				hi := 0xD000 | rune(dst[n-2]&0x3F)<<6 | rune(dst[n-1]&0x3F)
				dst = utf8.AppendRune(dst[:n-3], utf16.DecodeRune(hi, u))
				continue
			}
			if u >= 0xD800 && u < 0xE000 {
				dst = append(dst, 0xED, byte(0x80|(u>>6)&0x3F), byte(0x80|u&0x3F))
				continue
			}
			dst = utf8.AppendRune(dst, u)
		}
		return dst
	}
	return AppendUTF8Decoded(dst, b)
}

// AppendHex appends b as lowercase hexadecimal digits.
func AppendHex(dst, b []byte) []byte { return AppendDecode(dst, b, Hex) }

// DecodeUTF16LE returns the code units of UTF-16LE bytes (an odd last
// byte is dropped).
func DecodeUTF16LE(b []byte) []uint16 {
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
	}
	return u
}

// AppendLatin1Units appends each byte of b as one code unit.
func AppendLatin1Units(dst []uint16, b []byte) []uint16 {
	for _, c := range b {
		dst = append(dst, uint16(c))
	}
	return dst
}
