package textenc

// Fuzz targets of the shared codecs.
//
// FuzzAppendUTF8Decoded: decoding any bytes never panics, gives valid
// UTF-8, leaves valid UTF-8 unchanged, keeps what dst held, and equals an
// independent reference of the WHATWG decoder written here (one U+FFFD per
// maximal ill-formed subsequence, as V8 and Node's StringDecoder do).
//
// FuzzDecodeBase64Forgiving: what encoding/base64 encodes (standard and
// URL alphabets, padded or not) decodes back to the input, and decoding
// any string, as Latin-1 bytes or as UTF-16 code units, never panics and
// equals a reference built on encoding/base64: the alphabet characters up
// to the first '=' (or lead surrogate), a dangling single character
// dropped.

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// refUTF8 is the WHATWG UTF-8 decoder written plainly: a valid sequence is
// copied; otherwise the longest prefix of a valid sequence (at least one
// byte) becomes one U+FFFD.
func refUTF8(b []byte) string {
	var out strings.Builder
	for i := 0; i < len(b); {
		if r, size := utf8.DecodeRune(b[i:]); r != utf8.RuneError || size > 1 {
			out.Write(b[i : i+size])
			i += size
			continue
		}
		k := 1
		for n := 2; n <= 3 && i+n <= len(b) && isUTF8Prefix(b[i:i+n]); n++ {
			k = n
		}
		out.WriteString("\uFFFD")
		i += k
	}
	return out.String()
}

// isUTF8Prefix reports whether p begins some valid UTF-8 sequence longer
// than p (0x80, 0x90 or 0xA0 and then 0x80s complete any valid prefix).
func isUTF8Prefix(p []byte) bool {
	for _, c := range []byte{0x80, 0x90, 0xA0} {
		q := append(append([]byte(nil), p...), c)
		for len(q) <= 4 {
			if r, size := utf8.DecodeRune(q); size == len(q) && (r != utf8.RuneError || size > 1) {
				return true
			}
			q = append(q, 0x80)
		}
	}
	return false
}

func FuzzAppendUTF8Decoded(f *testing.F) {
	f.Add([]byte("plain ascii"))
	f.Add([]byte("h\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"))
	f.Add([]byte("\xe2\x82A\xf0\x80\x80\x80\xed\xa0\x80\xc0\xaf"))
	f.Add([]byte("\xf4\x90\x80\x80\xf0\x9f\x98\xff\xfe\xe0\x80"))
	f.Fuzz(func(t *testing.T, b []byte) {
		out := AppendUTF8Decoded([]byte("pre"), b)
		if !bytes.HasPrefix(out, []byte("pre")) {
			t.Fatalf("dst not kept: %q", out)
		}
		got := string(out[3:])
		if !utf8.ValidString(got) {
			t.Fatalf("% x decoded to invalid UTF-8 %q", b, got)
		}
		if utf8.Valid(b) && got != string(b) {
			t.Fatalf("valid % x changed to %q", b, got)
		}
		if want := refUTF8(b); got != want {
			t.Fatalf("% x: got %+q, WHATWG %+q", b, got, want)
		}
	})
}

// refBase64 decodes the base64 characters of units up to the first '='
// or lead surrogate with encoding/base64.
func refBase64(units []uint16) []byte {
	var s []byte
	for _, u := range units {
		if u == '=' || (u >= 0xD800 && u <= 0xDBFF) {
			break
		}
		if u < 0x80 && Base64Value(byte(u)) >= 0 {
			c := byte(u)
			switch c {
			case '-':
				c = '+'
			case '_':
				c = '/'
			}
			s = append(s, c)
		}
	}
	if len(s)%4 == 1 {
		s = s[:len(s)-1]
	}
	out, err := base64.RawStdEncoding.DecodeString(string(s))
	if err != nil {
		panic(err)
	}
	return out
}

func FuzzDecodeBase64Forgiving(f *testing.F) {
	f.Add([]byte("any bytes"), "aGVsbG8=")
	f.Add([]byte{0xfb, 0xff, 0xbf}, "+/-_ mixed\nalphabets==trailing")
	f.Add([]byte{}, "QUJD\u00c1RA\U0001F600QQ")
	f.Add([]byte{0}, "A")
	f.Fuzz(func(t *testing.T, b []byte, s string) {
		for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
			text := enc.EncodeToString(b)
			if got := DecodeBase64Forgiving([]byte(text)); !bytes.Equal(got, b) {
				t.Fatalf("% x -> %q -> % x", b, text, got)
			}
			units := utf16.Encode([]rune(text))
			if got := DecodeBase64Forgiving(units); !bytes.Equal(got, b) {
				t.Fatalf("units: % x -> %q -> % x", b, text, got)
			}
		}
		latin1 := make([]uint16, len(s))
		for i := 0; i < len(s); i++ {
			latin1[i] = uint16(s[i])
		}
		if got, want := DecodeBase64Forgiving([]byte(s)), refBase64(latin1); !bytes.Equal(got, want) {
			t.Fatalf("bytes %q: got % x, want % x", s, got, want)
		}
		// Code units from b in pairs: lone surrogates and units above 0xFF.
		raw := make([]uint16, len(b)/2)
		for i := range raw {
			raw[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		if got, want := DecodeBase64Forgiving(raw), refBase64(raw); !bytes.Equal(got, want) {
			t.Fatalf("raw units %x: got % x, want % x", raw, got, want)
		}
		units := utf16.Encode([]rune(s))
		if got, want := DecodeBase64Forgiving(units), refBase64(units); !bytes.Equal(got, want) {
			t.Fatalf("units %q: got % x, want % x", s, got, want)
		}
	})
}
