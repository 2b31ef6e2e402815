package textenc

import "strings"

// Encoding is one of Node's Buffer encodings, numbered as Node numbers
// them (the order of internalBinding('string_decoder').encodings).
type Encoding int

// The encodings.
const (
	ASCII Encoding = iota
	UTF8
	Base64
	UCS2 // utf16le
	Latin1
	Hex
	Buffer
	Base64URL
)

// names are the canonical names, by Encoding.
var names = [...]string{"ascii", "utf8", "base64", "utf16le", "latin1", "hex", "buffer", "base64url"}

// String is the canonical name of e ("utf16le" for UCS2, "latin1" for
// binary).
func (e Encoding) String() string {
	if e < 0 || int(e) >= len(names) {
		return "utf8"
	}
	return names[e]
}

// Names lists the canonical names in Encoding order.
func Names() []string { return names[:] }

// Lookup maps a Buffer encoding name, in any case, to its Encoding: the
// names Buffer.isEncoding accepts (utf8, utf-8, ucs2, ucs-2, utf16le,
// utf-16le, latin1, binary, ascii, hex, base64, base64url).
func Lookup(name string) (Encoding, bool) {
	if e, ok := lookup(name); ok {
		return e, true
	}
	return lookup(strings.ToLower(name))
}

func lookup(name string) (Encoding, bool) {
	switch name {
	case "utf8", "utf-8":
		return UTF8, true
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		return UCS2, true
	case "latin1", "binary":
		return Latin1, true
	case "ascii":
		return ASCII, true
	case "hex":
		return Hex, true
	case "base64":
		return Base64, true
	case "base64url":
		return Base64URL, true
	}
	return 0, false
}
