package textenc

// Base64Value is the value of a base64 or base64url character, or -1.
func Base64Value[T byte | uint16](c T) int {
	switch {
	case c >= 'A' && c <= 'Z':
		return int(c - 'A')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 26
	case c >= '0' && c <= '9':
		return int(c-'0') + 52
	case c == '+' || c == '-':
		return 62
	case c == '/' || c == '_':
		return 63
	}
	return -1
}

// DecodeBase64Forgiving is Node's forgiving base64 decoder of a string's
// units (Latin-1 bytes or UTF-16 code units): both alphabets, other
// characters skipped, decoding stops at the first '=' (and at a lead
// surrogate, as Node's decoder of two-byte strings does); a final group of
// 2 or 3 characters gives 1 or 2 bytes.
func DecodeBase64Forgiving[T byte | uint16](s []T) []byte {
	out := make([]byte, 0, len(s)*3/4)
	var acc uint32
	n := 0
	for _, c := range s {
		if c == '=' || (uint16(c) >= 0xD800 && uint16(c) <= 0xDBFF) {
			break
		}
		v := Base64Value(c)
		if v < 0 {
			continue
		}
		acc = acc<<6 | uint32(v)
		n++
		if n == 4 {
			out = append(out, byte(acc>>16), byte(acc>>8), byte(acc))
			acc, n = 0, 0
		}
	}
	switch n {
	case 2:
		out = append(out, byte(acc>>4))
	case 3:
		out = append(out, byte(acc>>10), byte(acc>>2))
	}
	return out
}
