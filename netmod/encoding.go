package netmod

import (
	"encoding/base64"
	"encoding/hex"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

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

// encodeString converts a string to bytes as Buffer.from(str, encoding).
func encodeString(s, encoding string) ([]byte, error) {
	enc, ok := normalizeEncoding(encoding)
	if !ok {
		return nil, errUnknownEncoding(encoding)
	}
	switch enc {
	case "latin1", "ascii":
		out := make([]byte, 0, len(s))
		for _, r := range s {
			out = append(out, byte(r))
		}
		return out, nil
	case "hex":
		// Node decodes pairs until the first invalid one.
		n := len(s) / 2
		out := make([]byte, 0, n)
		for i := 0; i < n; i++ {
			b, err := hex.DecodeString(s[2*i : 2*i+2])
			if err != nil {
				break
			}
			out = append(out, b[0])
		}
		return out, nil
	case "base64", "base64url":
		t := strings.Map(func(r rune) rune {
			switch {
			case r == '-':
				return '+'
			case r == '_':
				return '/'
			case r == '=' || r == ' ' || r == '\n' || r == '\r' || r == '\t':
				return -1
			}
			return r
		}, s)
		out, err := base64.RawStdEncoding.DecodeString(t)
		if err != nil {
			// Decode what is valid, as Node does.
			if ce, ok := err.(base64.CorruptInputError); ok {
				out, _ = base64.RawStdEncoding.DecodeString(t[:int(ce)/4*4])
			}
		}
		return out, nil
	case "utf16le":
		u := utf16.Encode([]rune(s))
		out := make([]byte, 2*len(u))
		for i, v := range u {
			out[2*i], out[2*i+1] = byte(v), byte(v>>8)
		}
		return out, nil
	}
	return []byte(s), nil
}

// decoder is Node's StringDecoder: it turns byte chunks into text, holding
// back incomplete multi-byte sequences (and base64 groups) across chunks.
// Its output is UTF-8.
type decoder struct {
	enc  string
	rest []byte
}

func newDecoder(encoding string) (*decoder, error) {
	enc, ok := normalizeEncoding(encoding)
	if !ok {
		return nil, errUnknownEncoding(encoding)
	}
	return &decoder{enc: enc}, nil
}

func (d *decoder) write(b []byte) []byte {
	switch d.enc {
	case "utf8":
		buf := append(d.rest, b...)
		d.rest = nil
		// Hold back an incomplete trailing sequence.
		cut := len(buf)
		for i := len(buf) - 1; i >= 0 && i >= len(buf)-3; i-- {
			c := buf[i]
			if c < 0x80 {
				break
			}
			if c >= 0xC0 {
				need := 2
				if c >= 0xF0 {
					need = 4
				} else if c >= 0xE0 {
					need = 3
				}
				if len(buf)-i < need {
					cut = i
				}
				break
			}
		}
		if cut < len(buf) {
			d.rest = append([]byte(nil), buf[cut:]...)
			buf = buf[:cut]
		}
		return toValidUTF8(buf)
	case "latin1":
		out := make([]byte, 0, len(b))
		for _, c := range b {
			out = utf8.AppendRune(out, rune(c))
		}
		return out
	case "ascii":
		out := make([]byte, len(b))
		for i, c := range b {
			out[i] = c & 0x7f
		}
		return out
	case "hex":
		out := make([]byte, hex.EncodedLen(len(b)))
		hex.Encode(out, b)
		return out
	case "base64", "base64url":
		buf := append(d.rest, b...)
		n := len(buf) / 3 * 3
		d.rest = append([]byte(nil), buf[n:]...)
		return d.b64(buf[:n])
	case "utf16le":
		buf := append(d.rest, b...)
		n := len(buf) / 2 * 2
		d.rest = append([]byte(nil), buf[n:]...)
		u := make([]uint16, n/2)
		for i := range u {
			u[i] = uint16(buf[2*i]) | uint16(buf[2*i+1])<<8
		}
		// Hold back a lone high surrogate at the end.
		if len(u) > 0 && u[len(u)-1] >= 0xD800 && u[len(u)-1] < 0xDC00 {
			d.rest = append(buf[n-2:n:n], d.rest...)
			u = u[:len(u)-1]
		}
		return []byte(string(utf16.Decode(u)))
	}
	return b
}

func (d *decoder) b64(b []byte) []byte {
	if d.enc == "base64url" {
		return []byte(base64.RawURLEncoding.EncodeToString(b))
	}
	return []byte(base64.StdEncoding.EncodeToString(b))
}

// end flushes what was held back.
func (d *decoder) end() []byte {
	rest := d.rest
	d.rest = nil
	if len(rest) == 0 {
		return nil
	}
	switch d.enc {
	case "utf8":
		return []byte("\uFFFD")
	case "base64", "base64url":
		return d.b64(rest)
	case "utf16le":
		u := make([]uint16, len(rest)/2)
		for i := range u {
			u[i] = uint16(rest[2*i]) | uint16(rest[2*i+1])<<8
		}
		return []byte(string(utf16.Decode(u)))
	}
	return nil
}

// toValidUTF8 replaces each invalid byte with U+FFFD, as Node's decoder.
func toValidUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	out := make([]byte, 0, len(b)+8)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			out = append(out, "\uFFFD"...)
		} else {
			out = append(out, b[:size]...)
		}
		b = b[size:]
	}
	return out
}
