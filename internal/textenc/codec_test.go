package textenc

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLookup(t *testing.T) {
	for name, want := range map[string]Encoding{
		"utf8": UTF8, "UTF-8": UTF8, "ucs2": UCS2, "UCS-2": UCS2, "utf16le": UCS2, "Utf-16LE": UCS2,
		"latin1": Latin1, "BINARY": Latin1, "ascii": ASCII, "hex": Hex, "Base64": Base64, "base64URL": Base64URL,
	} {
		got, ok := Lookup(name)
		assert.True(t, ok, name)
		assert.Equal(t, want, got, name)
	}
	for _, name := range []string{"", "utf16", "utf-16", "latin-1", "buffer", "bogus"} {
		_, ok := Lookup(name)
		assert.False(t, ok, name)
	}
	assert.Equal(t, "utf16le", UCS2.String())
	assert.Equal(t, "latin1", Latin1.String())
}

func TestEncode(t *testing.T) {
	units := func(s string) []uint16 { return UnitsOf(s) }
	assert.Equal(t, []byte{0xde, 0xad}, AppendEncodeUnits(nil, []byte("deadzz"), Hex))
	assert.Equal(t, []byte{0x12}, AppendEncodeUnits(nil, []byte("123"), Hex))
	// A two-byte string's characters read by their low byte: U+0131 is '1'.
	assert.Equal(t, []byte{0x11}, AppendEncodeUnits(nil, units("\u0131\u0131"), Hex))
	assert.Equal(t, []byte("abc"), AppendEncodeUnits(nil, []byte(" YW\nJj ="), Base64))
	assert.Equal(t, []byte{0xfb, 0xff}, AppendEncodeUnits(nil, []byte("-_8"), Base64))
	assert.Equal(t, []byte("\xef\xbf\xbdx"), AppendEncodeUnits(nil, []uint16{0xD800, 'x'}, UTF8))
	assert.Equal(t, []byte{0x00, 0xd8}, AppendEncodeUnits(nil, []uint16{0xD800}, UCS2))
	assert.Equal(t, []byte{0xac}, AppendEncodeUnits(nil, units("\u20ac"), Latin1))
	assert.Equal(t, []byte("\xef\xbf\xbd"), AppendEncodeString(nil, "\xed\xa0\x80", UTF8))
	assert.Equal(t, 7, EncodedLen(units("a\u00e9\U0001F600"), UTF8))
	assert.Equal(t, 3, EncodedLen([]uint16{0xDC00}, UTF8))
}

func TestDecode(t *testing.T) {
	assert.Equal(t, "00ff", string(AppendDecode(nil, []byte{0, 255}, Hex)))
	assert.Equal(t, "AP8=", string(AppendDecode(nil, []byte{0, 255}, Base64)))
	assert.Equal(t, "AP8", string(AppendDecode(nil, []byte{0, 255}, Base64URL)))
	assert.Equal(t, "\x00\u00ff", string(AppendDecode(nil, []byte{0, 255}, Latin1)))
	assert.Equal(t, "\x7f\x01", string(AppendDecode(nil, []byte{0xff, 0x81}, ASCII)))
	assert.Equal(t, "\ufffdA", string(AppendDecode(nil, []byte{0xe2, 0x82, 0x41}, UTF8)))
	// A lone surrogate stays, as WTF-8; a pair split across calls joins.
	lead := AppendDecode(nil, []byte{0x3d, 0xd8}, UCS2)
	assert.Equal(t, "\xed\xa0\xbd", string(lead))
	assert.Equal(t, "\U0001F600", string(AppendDecode(lead, []byte{0x00, 0xde}, UCS2)))
}

func TestDecoder(t *testing.T) {
	d := Decoder{Enc: UTF8}
	euro := []byte("\u20ac")
	assert.Equal(t, "", string(d.Write(nil, euro[:1])))
	assert.Equal(t, 2, d.Missing)
	assert.Equal(t, 1, d.Buffered)
	assert.Equal(t, "\u20ac", string(d.Write(nil, euro[1:])))
	assert.Equal(t, "", string(d.Write(nil, []byte{0xf0, 0x9f})))
	assert.Equal(t, "\ufffd", string(d.End(nil)))

	b := Decoder{Enc: Base64}
	assert.Equal(t, "", string(b.Write(nil, []byte("ab"))))
	assert.Equal(t, "YWJj", string(b.Write(nil, []byte("c"))))
	assert.Equal(t, "", string(b.Write(nil, []byte("d"))))
	assert.Equal(t, "ZA==", string(b.End(nil)))

	// As in Node, a lead surrogate completed on its own is given out alone.
	u := Decoder{Enc: UCS2}
	assert.Equal(t, "", string(u.Write(nil, []byte{0x3d})))
	assert.Equal(t, "\xed\xa0\xbd", string(u.Write(nil, []byte{0xd8})))
	assert.Equal(t, "\xed\xb8\x80", string(u.Write(nil, []byte{0x00, 0xde})))
	assert.Equal(t, "\U0001F600", string(u.Write(nil, []byte{0x3d, 0xd8, 0x00, 0xde})))
	assert.Equal(t, "", string(u.Write(nil, []byte{0x41})))
	assert.Equal(t, "", string(u.End(nil)))

	h := Decoder{Enc: Hex}
	assert.Equal(t, "01ff", string(h.Write(nil, []byte{1, 255})))
	assert.Equal(t, "", string(h.End(nil)))
}
