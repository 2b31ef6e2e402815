package textenc

// FuzzCodecRoundTrip: for any bytes, the text each encoding decodes them
// to encodes back to the same bytes (hex, base64, base64url, latin1, an
// even number of bytes in utf16le; valid UTF-8 in utf8; the low seven bits
// in ascii), from WTF-8 and from UTF-16 code units alike; EncodedLen agrees
// with the encoder; and a Decoder fed the bytes in two chunks gives the
// text of the whole (for utf8, when the bytes are valid).

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

func FuzzCodecRoundTrip(f *testing.F) {
	f.Add([]byte("hello"), uint8(2))
	f.Add([]byte{0xff, 0x00, 0xd8, 0x3d, 0xde, 0x00}, uint8(3))
	f.Add([]byte("h\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"), uint8(7))
	f.Add([]byte{0x3d, 0xd8, 0x00, 0xdc}, uint8(1))
	f.Add([]byte{}, uint8(0))
	f.Fuzz(func(t *testing.T, b []byte, cut uint8) {
		for _, enc := range []Encoding{Hex, Base64, Base64URL, Latin1, UCS2, UTF8, ASCII} {
			in := b
			switch enc {
			case UCS2:
				in = b[:len(b)&^1]
			case UTF8:
				if !utf8.Valid(b) {
					in = AppendUTF8Decoded(nil, b)
				}
			case ASCII:
				in = make([]byte, len(b))
				for i, c := range b {
					in[i] = c & 0x7f
				}
			}
			text := AppendDecode(nil, in, enc)
			if back := AppendEncodeString(nil, string(text), enc); !bytes.Equal(back, in) {
				t.Fatalf("%v: % x -> %q -> % x", enc, in, text, back)
			}
			units := UnitsOf(string(text))
			if back := AppendEncodeUnits(nil, units, enc); !bytes.Equal(back, in) {
				t.Fatalf("%v units: % x -> %x -> % x", enc, in, units, back)
			}
			if n := EncodedLen(units, enc); n != len(in) {
				t.Fatalf("%v: EncodedLen %d, encoded %d", enc, n, len(in))
			}
			k := int(cut) % (len(in) + 1)
			d := Decoder{Enc: enc}
			chunked := d.End(d.Write(d.Write(nil, in[:k]), in[k:]))
			if !bytes.Equal(unitsBytes(chunked), unitsBytes(text)) {
				t.Fatalf("%v split at %d: %q, whole %q", enc, k, chunked, text)
			}
		}
	})
}

// unitsBytes is the UTF-16LE form of WTF-8 text, to compare texts as
// JavaScript does (a surrogate pair and the character it makes are the
// same string).
func unitsBytes(s []byte) []byte {
	return AppendEncodeUnits(nil, UnitsOf(string(s)), UCS2)
}
