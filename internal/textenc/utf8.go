// Package textenc is the one codec core of Node's Buffer encodings (utf8,
// utf16le, latin1, ascii, hex, base64, base64url) and of StringDecoder,
// shared by netmod (WriteString, SetEncoding) and the script host's
// buffer, string_decoder and TextDecoder bindings,
// with the exact replacement behaviour of V8 and the WHATWG Encoding
// standard.
package textenc

import "unicode/utf8"

// AppendUTF8Decoded appends the decoding of b to dst as the WHATWG UTF-8 decoder (and V8) decodes it:
// each maximal ill-formed subsequence becomes one U+FFFD.
func AppendUTF8Decoded(dst, b []byte) []byte {
	if utf8.Valid(b) {
		return append(dst, b...)
	}
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			dst = append(dst, c)
			i++
			continue
		}
		need, lo, hi := utf8Lead(c)
		if need == 0 {
			dst = append(dst, "\uFFFD"...)
			i++
			continue
		}
		j := i + 1
		ok := true
		for k := 0; k < need; k++ {
			if j >= len(b) || b[j] < lo || b[j] > hi {
				ok = false
				break
			}
			lo, hi = 0x80, 0xBF
			j++
		}
		if ok {
			dst = append(dst, b[i:j]...)
		} else {
			dst = append(dst, "\uFFFD"...)
		}
		i = j
	}
	return dst
}

// utf8Lead describes a UTF-8 lead byte c (0xC0 and above): how many
// continuation bytes follow it and the range the first of them must lie in
// (the later ones lie in 0x80–0xBF). need is 0 for a byte that cannot lead.
func utf8Lead(c byte) (need int, lo, hi byte) {
	lo, hi = 0x80, 0xBF
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c >= 0xE1 && c <= 0xEC, c == 0xEE, c == 0xEF:
		need = 2
	case c == 0xED:
		need, hi = 2, 0x9F
	case c == 0xF0:
		need, lo = 3, 0x90
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	case c == 0xF4:
		need, hi = 3, 0x8F
	}
	return need, lo, hi
}

// IncompleteUTF8 is the length of the end of b that begins a well-formed
// UTF-8 sequence the next chunk may complete (0 when b ends on a whole
// character or on bytes no continuation can mend).
func IncompleteUTF8(b []byte) int {
	for k := 1; k <= 3 && k <= len(b); k++ {
		i := len(b) - k
		c := b[i]
		if c < 0x80 {
			return 0
		}
		if c < 0xC0 {
			continue
		}
		need, lo, hi := utf8Lead(c)
		if need == 0 || k > need {
			return 0
		}
		for j := i + 1; j < len(b); j++ {
			if b[j] < lo || b[j] > hi {
				return 0
			}
			lo, hi = 0x80, 0xBF
		}
		return k
	}
	return 0
}
