package buffer

import (
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
	"golang.org/x/net/idna"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/transform"

	"github.com/nodenet/nodenet/internal/textenc"
	"github.com/nodenet/nodenet/script/internal/host"
)

// The "encoding_binding" binding: TextEncoder's UTF-8, TextDecoder's
// decoders (UTF-8 and UTF-16 here, every other WHATWG encoding from
// golang.org/x/text), and the IDNA conversions of lib/url.js.

// encodingBinding is the encoding_binding binding of one host.
type encodingBinding struct {
	h       *host.Host
	vm      *goja.Runtime
	results *goja.Object // encodeIntoResults: [read, written] of the last encodeInto
}

// EncodingBinding builds the encoding_binding binding of h.
func EncodingBinding(h *host.Host) *goja.Object {
	vm := h.Runtime()
	o := vm.NewObject()
	results := vm.NewArray(0, 0)
	e := &encodingBinding{h: h, vm: vm, results: results}
	_ = o.Set("encodeIntoResults", results)
	_ = o.Set("encodeInto", e.encodeInto)
	_ = o.Set("encodeUtf8String", e.encodeUtf8String)
	_ = o.Set("decodeUTF8", e.decodeUTF8)
	_ = o.Set("encodingName", e.encodingName)
	_ = o.Set("newDecoder", e.newDecoder)
	_ = o.Set("isSingleByte", e.isSingleByte)
	_ = o.Set("decode", e.decode)
	_ = o.Set("toASCII", e.toASCII)
	_ = o.Set("toUnicode", e.toUnicode)
	return o
}

// encodeInto(string, dest) writes the whole characters of string that fit
// in dest as UTF-8 and leaves [read units, written bytes] in the results.
func (e *encodingBinding) encodeInto(c goja.FunctionCall) goja.Value {
	u := Units(c.Argument(0))
	dst := Bytes(e.h, c.Argument(1))
	read, written := 0, 0
	var tmp [4]byte
	for read < len(u) {
		n := 1
		ch := u[read]
		if ch >= 0xD800 && ch <= 0xDBFF && read+1 < len(u) && u[read+1] >= 0xDC00 && u[read+1] <= 0xDFFF {
			n = 2
		}
		p := textenc.AppendEncodeUnits(tmp[:0], u[read:read+n], textenc.UTF8)
		if written+len(p) > len(dst) {
			break
		}
		copy(dst[written:], p)
		written += len(p)
		read += n
	}
	_ = e.results.Set("0", read)
	_ = e.results.Set("1", written)
	return goja.Undefined()
}

// encodeUtf8String(string) is a Uint8Array of the string's UTF-8.
func (e *encodingBinding) encodeUtf8String(c goja.FunctionCall) goja.Value {
	vm := e.vm
	b := textOf(c.Argument(0)).appendEncoded(nil, EncUTF8)
	ctor := vm.Get("Uint8Array").ToObject(vm)
	v, err := vm.New(ctor, vm.ToValue(vm.NewArrayBuffer(b)))
	if err != nil {
		e.h.Rethrow(err)
	}
	return v
}

// decodeUTF8(bytes, ignoreBOM, fatal) decodes a whole UTF-8 input.
func (e *encodingBinding) decodeUTF8(c goja.FunctionCall) goja.Value {
	h := e.h
	b, ok := h.BufferBytes(c.Argument(0))
	if !ok {
		panic(h.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
			"The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView."))
	}
	if c.Argument(2).ToBoolean() && !utf8.Valid(b) {
		panic(errInvalidData(h, "utf-8"))
	}
	if !c.Argument(1).ToBoolean() && len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		b = b[3:]
	}
	return e.vm.ToValue(DecodeUTF8(b))
}

func errInvalidData(h *host.Host, name string) *goja.Object {
	return h.NewNodeError("TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding "+name)
}

// encodingName(label) is the WHATWG name of an encoding label (in
// lowercase, as TextDecoder reports it; "replacement" for the labels of
// that encoding, which TextDecoder refuses), or undefined when the label
// names no encoding.
func (e *encodingBinding) encodingName(c goja.FunctionCall) goja.Value {
	name, ok := whatwgName(c.Argument(0).String())
	if !ok {
		return goja.Undefined()
	}
	return e.vm.ToValue(name)
}

func whatwgName(label string) (string, bool) {
	label = strings.Trim(label, "\t\n\f\r ")
	enc, err := htmlindex.Get(label)
	if err != nil {
		return "", false
	}
	name, err := htmlindex.Name(enc)
	if err != nil {
		return "", false
	}
	return strings.ToLower(name), true
}

// singleByte returns the table of a single-byte encoding: the code unit
// of each byte, U+FFFD where the byte has none. It comes from x/text's
// charmap, except that WHATWG's tables give the bytes 0x80-0x9F a charmap
// leaves unmapped the C1 control of the same value.
func singleByte(name string) (*[256]uint16, bool) {
	if name == "iso-8859-8-i" {
		name = "iso-8859-8"
	}
	enc, err := htmlindex.Get(name)
	if err != nil {
		return nil, false
	}
	cm, ok := enc.(*charmap.Charmap)
	if !ok {
		return nil, false
	}
	var t [256]uint16
	for i := range t {
		r := cm.DecodeByte(byte(i))
		if r == utf8.RuneError && i >= 0x80 && i <= 0x9F {
			r = rune(i)
		}
		t[i] = uint16(r)
	}
	return &t, true
}

// isSingleByte(name) reports whether a TextDecoder of that encoding
// decodes one byte to one character.
func (e *encodingBinding) isSingleByte(c goja.FunctionCall) goja.Value {
	_, ok := singleByte(c.Argument(0).String())
	return e.vm.ToValue(ok)
}

// textDecoder is the state of one TextDecoder: bytes held back between
// stream chunks and whether the start of the stream (where a BOM is
// dropped) is still ahead.
type textDecoder struct {
	name      string
	fatal     bool
	ignoreBOM bool
	started   bool
	pending   []byte
	table     *[256]uint16          // a single-byte encoding's table
	x         transform.Transformer // the x/text decoder, for other encodings
}

// newDecoder(name, fatal, ignoreBOM) is the decoder state of a
// TextDecoder of the encoding named name (encodingName's).
func (e *encodingBinding) newDecoder(c goja.FunctionCall) goja.Value {
	d := &textDecoder{name: c.Argument(0).String(), fatal: c.Argument(1).ToBoolean(), ignoreBOM: c.Argument(2).ToBoolean()}
	if t, ok := singleByte(d.name); ok {
		d.table = t
	} else if d.name != "utf-8" && d.name != "utf-16le" && d.name != "utf-16be" {
		enc, err := htmlindex.Get(d.name)
		if err != nil {
			panic(e.vm.NewTypeError("unknown encoding " + d.name))
		}
		d.x = encoding.Encoding(enc).NewDecoder()
	}
	return e.vm.ToValue(d)
}

// decode(state, bytes, stream) decodes the next input of a TextDecoder.
func (e *encodingBinding) decode(c goja.FunctionCall) goja.Value {
	d, ok := c.Argument(0).Export().(*textDecoder)
	if !ok {
		panic(e.vm.NewTypeError("not a TextDecoder state"))
	}
	var in []byte
	if a := c.Argument(1); !goja.IsUndefined(a) {
		in = Bytes(e.h, a)
	}
	stream := c.Argument(2).ToBoolean()
	data := in
	if len(d.pending) > 0 {
		data = append(d.pending, in...)
		d.pending = nil
	}
	var units []uint16
	var text []byte
	bad := false
	switch d.name {
	case "utf-8":
		keep := 0
		if stream {
			keep = textenc.IncompleteUTF8(data)
		}
		body := data[:len(data)-keep]
		bad = !utf8.Valid(body)
		text = textenc.AppendUTF8Decoded(nil, body)
		d.pending = append([]byte(nil), data[len(data)-keep:]...)
	case "utf-16le", "utf-16be":
		units, d.pending, bad = decodeUTF16(data, d.name == "utf-16be", stream)
	default:
		if d.table != nil {
			units = make([]uint16, len(data))
			for i, b := range data {
				units[i] = d.table[b]
				if units[i] == 0xFFFD {
					bad = true
				}
			}
			break
		}
		text, d.pending, bad = d.decodeX(data, stream)
	}
	if bad && d.fatal {
		d.reset()
		panic(errInvalidData(e.h, d.name))
	}
	if !d.started {
		if units != nil && len(units) > 0 {
			d.started = true
			if units[0] == 0xFEFF && !d.ignoreBOM {
				units = units[1:]
			}
		} else if len(text) > 0 {
			d.started = true
			if strings.HasPrefix(string(text[:min(3, len(text))]), "\uFEFF") && !d.ignoreBOM {
				text = text[3:]
			}
		}
	}
	if !stream {
		d.reset()
	}
	if units != nil {
		return goja.StringFromUTF16(units)
	}
	return e.vm.ToValue(string(text))
}

func (d *textDecoder) reset() {
	d.started = false
	d.pending = nil
	if d.x != nil {
		d.x.Reset()
	}
}

// decodeX decodes with the x/text decoder, holding back an incomplete
// sequence when streaming.
func (d *textDecoder) decodeX(data []byte, stream bool) (text, pending []byte, bad bool) {
	dst := make([]byte, 3*len(data)+16)
	out := []byte{}
	src := data
	for {
		nDst, nSrc, err := d.x.Transform(dst, src, !stream)
		out = append(out, dst[:nDst]...)
		src = src[nSrc:]
		if err == transform.ErrShortDst {
			continue
		}
		if err == transform.ErrShortSrc {
			pending = append([]byte(nil), src...)
		}
		break
	}
	return out, pending, strings.Contains(string(out), "\uFFFD")
}

// decodeUTF16 decodes UTF-16 (little or big endian); a lone surrogate
// becomes U+FFFD (bad). When streaming, an odd byte and a final lead
// surrogate are held back.
func decodeUTF16(b []byte, be bool, stream bool) (units []uint16, pending []byte, bad bool) {
	units = make([]uint16, 0, len(b)/2+1)
	n := len(b) &^ 1
	at := func(i int) uint16 {
		if be {
			return uint16(b[i])<<8 | uint16(b[i+1])
		}
		return uint16(b[i]) | uint16(b[i+1])<<8
	}
	for i := 0; i < n; i += 2 {
		u := at(i)
		switch {
		case u >= 0xD800 && u <= 0xDBFF:
			if i+2 < n {
				if v := at(i + 2); v >= 0xDC00 && v <= 0xDFFF {
					units = append(units, u, v)
					i += 2
					continue
				}
			} else if stream {
				return units, append([]byte(nil), b[i:]...), bad
			} else if n < len(b) {
				// A lead surrogate and an odd byte end the input: one
				// error for both.
				return append(units, 0xFFFD), nil, true
			}
			units = append(units, 0xFFFD)
			bad = true
		case u >= 0xDC00 && u <= 0xDFFF:
			units = append(units, 0xFFFD)
			bad = true
		default:
			units = append(units, u)
		}
	}
	if n < len(b) {
		if stream {
			return units, append([]byte(nil), b[n:]...), bad
		}
		units = append(units, 0xFFFD)
		bad = true
	}
	return units, nil, bad
}

func (e *encodingBinding) toASCII(c goja.FunctionCall) goja.Value {
	s, err := idna.Lookup.ToASCII(c.Argument(0).String())
	if err != nil {
		return e.vm.ToValue("")
	}
	return e.vm.ToValue(s)
}

func (e *encodingBinding) toUnicode(c goja.FunctionCall) goja.Value {
	s, _ := idna.ToUnicode(c.Argument(0).String())
	return e.vm.ToValue(s)
}
