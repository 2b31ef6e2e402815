package netmod

// Buffer encodings for WriteString and SetEncoding: thin names over the
// codec core, internal/textenc (which the script host's Buffer and
// StringDecoder use too).
//
// Go strings are UTF-8, JavaScript strings UTF-16. Text that JavaScript
// could hold but UTF-8 cannot (a lone surrogate, which a 'utf16le' decoder
// emits when a surrogate pair is split or unpaired) is kept as WTF-8: the
// surrogate's three-byte generalized UTF-8 form. Encoding such a string
// back treats those bytes as the surrogate, as Node treats the lone
// surrogate (U+FFFD in UTF-8, the code unit itself in UTF-16).

import (
	"unicode/utf8"

	"github.com/nodenet/nodenet/internal/textenc"
	"github.com/nodenet/nodenet/nodeerr"
)

// normalizeEncoding maps Node's encoding names to a canonical one ("" is
// utf8).
func normalizeEncoding(enc string) (string, bool) {
	if enc == "" {
		return "utf8", true
	}
	e, ok := textenc.Lookup(enc)
	if !ok {
		return "", false
	}
	return e.String(), true
}

func lookupEncoding(enc string) (textenc.Encoding, error) {
	if enc == "" {
		return textenc.UTF8, nil
	}
	e, ok := textenc.Lookup(enc)
	if !ok {
		return 0, nodeerr.New(nodeerr.NameTypeError, "ERR_UNKNOWN_ENCODING", "Unknown encoding: "+enc)
	}
	return e, nil
}

// forEachUnit calls fn with the UTF-16 code units of s, read as WTF-8
// (invalid bytes count as U+FFFD).
func forEachUnit(s string, fn func(u uint16)) {
	for _, u := range textenc.UnitsOf(s) {
		fn(u)
	}
}

// encodeString converts a string to bytes as Buffer.from(str, encoding).
func encodeString(s, encoding string) ([]byte, error) {
	enc, err := lookupEncoding(encoding)
	if err != nil {
		return nil, err
	}
	return textenc.AppendEncodeString(make([]byte, 0, len(s)), s, enc), nil
}

// decoder is Node's StringDecoder behind SetEncoding; its text is UTF-8
// (WTF-8 for lone surrogates).
type decoder struct{ d textenc.Decoder }

func newDecoder(encoding string) (*decoder, error) {
	enc, err := lookupEncoding(encoding)
	if err != nil {
		return nil, err
	}
	return &decoder{d: textenc.Decoder{Enc: enc}}, nil
}

// write decodes the next chunk; valid UTF-8 with nothing held back is
// returned without a copy.
func (d *decoder) write(data []byte) []byte {
	if d.d.Enc == textenc.UTF8 && d.d.Missing == 0 && len(data) > 0 && data[len(data)-1] < 0x80 && utf8.Valid(data) {
		return data[:len(data):len(data)]
	}
	return d.d.Write(nil, data)
}

// end is what was held back.
func (d *decoder) end() []byte { return d.d.End(nil) }

// makeString appends the text of b in encoding enc to dst.
func makeString(dst, b []byte, enc string) []byte {
	e, err := lookupEncoding(enc)
	if err != nil {
		return append(dst, b...)
	}
	return textenc.AppendDecode(dst, b, e)
}
