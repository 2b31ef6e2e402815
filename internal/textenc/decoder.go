package textenc

// Decoder is Node's StringDecoder over bytes: it turns chunks into text,
// holding back an incomplete character (or, for base64, an incomplete
// group of three bytes) at the end of a chunk until the next one
// completes it. Its text is WTF-8 (AppendDecode's form). The zero
// Decoder decodes UTF-8.
type Decoder struct {
	Enc        Encoding
	Missing    int     // bytes still needed to complete Incomplete
	Buffered   int     // bytes of Incomplete held
	Incomplete [4]byte // the held-back bytes
}

// holds reports whether enc has characters that span chunks.
func holds(enc Encoding) bool {
	return enc == UTF8 || enc == UCS2 || enc == Base64 || enc == Base64URL
}

// Write appends the text of the next chunk to dst.
func (d *Decoder) Write(dst, data []byte) []byte {
	if !holds(d.Enc) {
		return AppendDecode(dst, data, d.Enc)
	}
	if d.Missing > 0 {
		if d.Enc == UTF8 {
			// A byte that cannot continue the held character ends it; the
			// chunk restarts at that byte.
			for i := 0; i < len(data) && i < d.Missing; i++ {
				if data[i]&0xC0 != 0x80 {
					d.Missing = 0
					copy(d.Incomplete[d.Buffered:], data[:i])
					d.Buffered += i
					data = data[i:]
					break
				}
			}
		}
		found := min(len(data), d.Missing)
		copy(d.Incomplete[d.Buffered:], data[:found])
		data = data[found:]
		d.Missing -= found
		d.Buffered += found
		if d.Missing == 0 {
			dst = AppendDecode(dst, d.Incomplete[:d.Buffered], d.Enc)
			d.Buffered = 0
		}
	}
	n := len(data)
	if n == 0 {
		return dst
	}
	switch d.Enc {
	case UTF8:
		d.tailUTF8(data)
	case UCS2:
		if n%2 == 1 {
			d.Buffered, d.Missing = 1, 1
		} else if data[n-1]&0xFC == 0xD8 {
			d.Buffered, d.Missing = 2, 2
		}
	default:
		d.Buffered = n % 3
		if d.Buffered > 0 {
			d.Missing = 3 - d.Buffered
		}
	}
	if d.Buffered > 0 {
		n -= d.Buffered
		copy(d.Incomplete[:], data[n:])
	}
	return AppendDecode(dst, data[:n], d.Enc)
}

// tailUTF8 finds an incomplete character at the end of data: it sets
// Buffered to its bytes there and Missing to those still to come.
func (d *Decoder) tailUTF8(data []byte) {
	n := len(data)
	if data[n-1]&0x80 == 0 {
		return
	}
	for i := n - 1; ; i-- {
		d.Buffered++
		if data[i]&0xC0 == 0x80 {
			if d.Buffered >= 4 || i == 0 {
				d.Buffered = 0
				return
			}
			continue
		}
		switch {
		case data[i]&0xE0 == 0xC0:
			d.Missing = 2
		case data[i]&0xF0 == 0xE0:
			d.Missing = 3
		case data[i]&0xF8 == 0xF0:
			d.Missing = 4
		default:
			d.Buffered = 0
			return
		}
		if d.Buffered >= d.Missing {
			d.Missing, d.Buffered = 0, 0
		}
		d.Missing -= d.Buffered
		return
	}
}

// End appends the text of what is held back (an incomplete character
// decodes as its encoding decodes a truncated one) and resets d.
func (d *Decoder) End(dst []byte) []byte {
	if d.Enc == UCS2 && d.Buffered%2 == 1 {
		d.Missing--
		d.Buffered--
	}
	if d.Buffered == 0 {
		return dst
	}
	dst = AppendDecode(dst, d.Incomplete[:d.Buffered], d.Enc)
	d.Missing, d.Buffered = 0, 0
	return dst
}
