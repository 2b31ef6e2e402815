// Package buffer is the module group of node:buffer and
// node:string_decoder: lib/buffer.js, lib/internal/buffer.js,
// lib/string_decoder.js, TextEncoder and TextDecoder
// (lib/internal/encoding.js, lib/internal/encoding/), and their bindings
// buffer, string_decoder and encoding_binding. Its codecs between Go bytes
// and JavaScript strings (Bytes, String, EncodingOf, ...) serve the other
// groups' bindings too.
package buffer

import (
	"bytes"
	"embed"
	"encoding/base64"
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"github.com/dop251/goja"
	"golang.org/x/net/idna"

	"github.com/nodenet/nodenet/internal/textenc"
	"github.com/nodenet/nodenet/script/internal/host"
)

// Files holds the group's modules (lib/<id>.js).
//
//go:embed lib
var Files embed.FS

// The "buffer" binding: Node's node_buffer.cc (encodings, search, compare,
// copy, fill) for lib/buffer.js and lib/internal/buffer.js, and the Go
// helpers that move bytes between Go and Buffers.

// Node's `enum encoding` (the index of a name in
// internalBinding('string_decoder').encodings).
const (
	EncASCII = iota
	EncUTF8
	EncBase64
	EncUCS2
	EncLatin1
	EncHex
	EncBuffer
	EncBase64URL
)

// Bytes is Host.BufferBytes for binding arguments: it throws a TypeError
// when v is not a buffer.
func Bytes(h *host.Host, v goja.Value) []byte {
	b, ok := h.BufferBytes(v)
	if !ok {
		panic(h.Runtime().NewTypeError("argument must be a buffer"))
	}
	return b
}

// Units returns the UTF-16 code units of a JavaScript string value.
func Units(v goja.Value) []uint16 {
	s, ok := v.(goja.String)
	if !ok {
		s, _ = v.ToString().(goja.String)
		if s == nil {
			return utf16.Encode([]rune(v.String()))
		}
	}
	n := s.Length()
	u := make([]uint16, n)
	for i := range n {
		u[i] = s.CharAt(i)
	}
	return u
}

// isASCIIString reports whether v is a string of ASCII characters only
// (goja keeps those as Go strings).
func latin1String(b []byte) string {
	for _, c := range b {
		if c >= 0x80 {
			r := make([]rune, len(b))
			for i, c := range b {
				r[i] = rune(c)
			}
			return string(r)
		}
	}
	return string(b)
}

// DecodeUTF8 decodes b as the WHATWG UTF-8 decoder (V8's) does: each
// maximal invalid subpart becomes one U+FFFD.
func DecodeUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	return string(textenc.AppendUTF8Decoded(nil, b))
}

// UTF8Of returns the UTF-8 encoding of a JavaScript string value (lone
// surrogates become U+FFFD, as in Node).
func UTF8Of(v goja.Value) []byte {
	return []byte(v.String())
}

// utf8Encode encodes UTF-16 code units as UTF-8 (lone surrogates as U+FFFD).
func utf8Encode(u []uint16) []byte {
	out := make([]byte, 0, len(u))
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c < 0x80:
			out = append(out, byte(c))
		case c >= 0xD800 && c <= 0xDBFF && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF:
			out = utf8.AppendRune(out, utf16.DecodeRune(rune(c), rune(u[i+1])))
			i++
		case c >= 0xD800 && c <= 0xDFFF:
			out = append(out, "\uFFFD"...)
		default:
			out = utf8.AppendRune(out, rune(c))
		}
	}
	return out
}

// StringBytes converts a string to bytes in encoding enc.
func StringBytes(u []uint16, enc int) []byte {
	switch enc {
	case EncUTF8, EncBuffer:
		return utf8Encode(u)
	case EncUCS2:
		out := make([]byte, 2*len(u))
		for i, c := range u {
			binary.LittleEndian.PutUint16(out[2*i:], c)
		}
		return out
	case EncLatin1, EncASCII:
		out := make([]byte, len(u))
		for i, c := range u {
			out[i] = byte(c)
		}
		return out
	case EncHex:
		out := make([]byte, 0, len(u)/2)
		for i := 0; i+1 < len(u); i += 2 {
			a, b := unhex(u[i]), unhex(u[i+1])
			if a < 0 || b < 0 {
				break
			}
			out = append(out, byte(a<<4|b))
		}
		return out
	case EncBase64, EncBase64URL:
		return textenc.DecodeBase64Forgiving(u)
	}
	return utf8Encode(u)
}

// unhex is the value of a hexadecimal digit, or -1.
func unhex(c uint16) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// String converts bytes to a JavaScript string in encoding enc.
func String(h *host.Host, b []byte, enc int) goja.Value {
	switch enc {
	case EncUTF8, EncBuffer:
		return h.Runtime().ToValue(DecodeUTF8(b))
	case EncUCS2:
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = binary.LittleEndian.Uint16(b[2*i:])
		}
		return goja.StringFromUTF16(u)
	case EncLatin1:
		return h.Runtime().ToValue(latin1String(b))
	case EncASCII:
		out := make([]byte, len(b))
		for i, c := range b {
			out[i] = c & 0x7f
		}
		return h.Runtime().ToValue(string(out))
	case EncHex:
		const digits = "0123456789abcdef"
		out := make([]byte, 2*len(b))
		for i, c := range b {
			out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
		}
		return h.Runtime().ToValue(string(out))
	case EncBase64:
		return h.Runtime().ToValue(base64.StdEncoding.EncodeToString(b))
	case EncBase64URL:
		return h.Runtime().ToValue(base64.RawURLEncoding.EncodeToString(b))
	}
	return h.Runtime().ToValue(DecodeUTF8(b))
}

// sliceArgs clamps (start, end) of a xxxSlice call.
func sliceArgs(b []byte, c goja.FunctionCall) []byte {
	start, end := 0, len(b)
	if a := c.Argument(1); !goja.IsUndefined(a) {
		start = int(a.ToInteger())
	}
	if a := c.Argument(2); !goja.IsUndefined(a) {
		end = int(a.ToInteger())
	}
	start = min(max(start, 0), len(b))
	end = min(max(end, start), len(b))
	return b[start:end]
}

// utf8Prefix returns the longest prefix of the UTF-8 bytes p of whole
// characters that fits in n bytes.
func utf8Prefix(p []byte, n int) []byte {
	if len(p) <= n {
		return p
	}
	i := n
	for i > 0 && !utf8.RuneStart(p[i]) {
		i--
	}
	return p[:i]
}

// bufferNatives are the functions of the "buffer" binding.
type bufferNatives struct{ h *host.Host }

// Binding builds the buffer binding of h.
func Binding(h *host.Host) *goja.Object {
	bn := &bufferNatives{h: h}
	o := h.Runtime().NewObject()
	_ = o.Set("kMaxLength", float64(1<<53-1))
	_ = o.Set("kStringMaxLength", (1<<29)-24)
	_ = o.Set("byteLengthUtf8", bn.byteLengthUtf8)
	_ = o.Set("compare", bn.compare)
	_ = o.Set("compareOffset", bn.compareOffset)
	_ = o.Set("copy", bn.copy)
	_ = o.Set("fill", bn.fill)
	_ = o.Set("isAscii", bn.isAscii)
	_ = o.Set("isUtf8", bn.isUtf8)
	_ = o.Set("indexOfString", bn.indexOfString)
	_ = o.Set("indexOfBuffer", bn.indexOfBuffer)
	_ = o.Set("indexOfNumber", bn.indexOfNumber)
	_ = o.Set("swap16", bn.swap(2))
	_ = o.Set("swap32", bn.swap(4))
	_ = o.Set("swap64", bn.swap(8))
	_ = o.Set("btoa", bn.btoa)
	_ = o.Set("atob", bn.atob)
	_ = o.Set("asciiSlice", bn.slice(EncASCII))
	_ = o.Set("base64Slice", bn.slice(EncBase64))
	_ = o.Set("base64urlSlice", bn.slice(EncBase64URL))
	_ = o.Set("latin1Slice", bn.slice(EncLatin1))
	_ = o.Set("hexSlice", bn.slice(EncHex))
	_ = o.Set("ucs2Slice", bn.slice(EncUCS2))
	_ = o.Set("utf8Slice", bn.slice(EncUTF8))
	_ = o.Set("asciiWriteStatic", bn.write(EncASCII))
	_ = o.Set("latin1WriteStatic", bn.write(EncLatin1))
	_ = o.Set("utf8WriteStatic", bn.write(EncUTF8))
	_ = o.Set("base64Write", bn.write(EncBase64))
	_ = o.Set("base64urlWrite", bn.write(EncBase64URL))
	_ = o.Set("hexWrite", bn.write(EncHex))
	_ = o.Set("ucs2Write", bn.write(EncUCS2))
	_ = o.Set("utf8Write", bn.write(EncUTF8))
	_ = o.Set("createUnsafeArrayBuffer", bn.createUnsafeArrayBuffer)
	_ = o.Set("arrayBufferAlignedOffset", bn.arrayBufferAlignedOffset)
	_ = o.Set("setDetachKey", bn.setDetachKey)
	_ = o.Set("getZeroFillToggle", bn.getZeroFillToggle)
	return o
}

func (bn *bufferNatives) num(n int) goja.Value { return bn.h.Runtime().ToValue(n) }

// isASCIIBytes reports whether b holds only ASCII bytes.
func isASCIIBytes(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// indexOfOffset is where a search of a needle of length needle in length
// bytes starts, from the offset argument, or -1 when it cannot match.
func indexOfOffset(length, offset, needle int, forward bool) int {
	if offset < 0 {
		if offset+length >= 0 {
			return length + offset
		} else if forward || needle == 0 {
			return 0
		}
		return -1
	}
	if offset+needle <= length {
		return offset
	} else if needle == 0 {
		return length
	} else if forward {
		return -1
	}
	return length - 1
}

// searchBytes finds needle in hay from offset, forwards or backwards, at
// positions that are multiples of unit; -1 when absent.
func searchBytes(hay, needle []byte, offset int, forward bool, unit int) int {
	if forward {
		for i := offset; i+len(needle) <= len(hay); i++ {
			if i%unit == 0 && bytes.Equal(hay[i:i+len(needle)], needle) {
				return i
			}
		}
		return -1
	}
	for i := min(offset, len(hay)-len(needle)); i >= 0; i-- {
		if i%unit == 0 && bytes.Equal(hay[i:i+len(needle)], needle) {
			return i
		}
	}
	return -1
}

// haystack is the buffer argument cut at argument endArg, if given.
func (bn *bufferNatives) haystack(c goja.FunctionCall, endArg int) []byte {
	b := Bytes(bn.h, c.Argument(0))
	if e := c.Argument(endArg); !goja.IsUndefined(e) {
		if n := int(e.ToInteger()); n >= 0 && n < len(b) {
			b = b[:n]
		}
	}
	return b
}

// indexOf is the result of indexOfString and indexOfBuffer.
func (bn *bufferNatives) indexOf(hay, needle []byte, offset int, enc int, forward bool) goja.Value {
	off := indexOfOffset(len(hay), offset, len(needle), forward)
	if len(needle) == 0 {
		return bn.num(off)
	}
	if len(hay) == 0 || off <= -1 || (forward && len(needle)+off > len(hay)) || len(needle) > len(hay) {
		return bn.num(-1)
	}
	unit := 1
	if enc == EncUCS2 && len(hay) >= 2 && len(needle) >= 2 {
		unit = 2
		hay = hay[:len(hay)&^1]
	}
	return bn.num(searchBytes(hay, needle, off, forward, unit))
}

// swap returns swap16, swap32 or swap64: the byte order of each n-byte
// unit reversed in place.
func (bn *bufferNatives) swap(n int) func(c goja.FunctionCall) goja.Value {
	h := bn.h
	return func(c goja.FunctionCall) goja.Value {
		b := Bytes(h, c.Argument(0))
		for i := 0; i+n <= len(b); i += n {
			for j := 0; j < n/2; j++ {
				b[i+j], b[i+n-1-j] = b[i+n-1-j], b[i+j]
			}
		}
		return c.Argument(0)
	}
}

// slice returns the <enc>Slice function: bytes [start, end) as a string.
func (bn *bufferNatives) slice(enc int) func(c goja.FunctionCall) goja.Value {
	h := bn.h
	return func(c goja.FunctionCall) goja.Value {
		return String(h, sliceArgs(Bytes(h, c.Argument(0)), c), enc)
	}
}

// write returns the <enc>Write function: (buf, string, offset, length)
// writes what fits and returns the bytes written.
func (bn *bufferNatives) write(enc int) func(c goja.FunctionCall) goja.Value {
	h := bn.h
	return func(c goja.FunctionCall) goja.Value {
		b := Bytes(h, c.Argument(0))
		off := 0
		if a := c.Argument(2); !goja.IsUndefined(a) {
			off = int(a.ToInteger())
		}
		if off < 0 || off > len(b) {
			panic(h.NewNodeError("RangeError", "ERR_BUFFER_OUT_OF_BOUNDS", "\"offset\" is outside of buffer bounds"))
		}
		n := len(b) - off
		if a := c.Argument(3); !goja.IsUndefined(a) {
			n = min(int(a.ToInteger()), n)
		}
		if n < 0 {
			n = 0
		}
		var p []byte
		var u []uint16
		if enc != EncUTF8 {
			u = Units(c.Argument(1))
		}
		switch enc {
		case EncUTF8:
			p = utf8Prefix(UTF8Of(c.Argument(1)), n)
		case EncUCS2:
			if len(u) > n/2 {
				u = u[:n/2]
			}
			p = StringBytes(u, enc)
		case EncLatin1, EncASCII:
			if len(u) > n {
				u = u[:n]
			}
			p = StringBytes(u, enc)
		default:
			p = StringBytes(u, enc)
			if len(p) > n {
				p = p[:n]
			}
		}
		return bn.num(copy(b[off:], p))
	}
}

func (bn *bufferNatives) byteLengthUtf8(c goja.FunctionCall) goja.Value {
	return bn.num(len(UTF8Of(c.Argument(0))))
}

func (bn *bufferNatives) compare(c goja.FunctionCall) goja.Value {
	h := bn.h
	return bn.num(bytes.Compare(Bytes(h, c.Argument(0)), Bytes(h, c.Argument(1))))
}

func (bn *bufferNatives) compareOffset(c goja.FunctionCall) goja.Value {
	h := bn.h
	src, dst := Bytes(h, c.Argument(0)), Bytes(h, c.Argument(1))
	ts, ss := int(c.Argument(2).ToInteger()), int(c.Argument(3).ToInteger())
	te, se := int(c.Argument(4).ToInteger()), int(c.Argument(5).ToInteger())
	if ss > len(src) {
		panic(h.NewNodeError("RangeError", "ERR_OUT_OF_RANGE", "The value of \"sourceStart\" is out of range."))
	}
	if ts > len(dst) {
		panic(h.NewNodeError("RangeError", "ERR_OUT_OF_RANGE", "The value of \"targetStart\" is out of range."))
	}
	se = min(max(se, ss), len(src))
	te = min(max(te, ts), len(dst))
	return bn.num(bytes.Compare(src[ss:se], dst[ts:te]))
}

func (bn *bufferNatives) copy(c goja.FunctionCall) goja.Value {
	h := bn.h
	src, dst := Bytes(h, c.Argument(0)), Bytes(h, c.Argument(1))
	ts, ss, nb := int(c.Argument(2).ToInteger()), int(c.Argument(3).ToInteger()), int(c.Argument(4).ToInteger())
	if ts < 0 || ss < 0 || ts > len(dst) || ss > len(src) {
		return bn.num(0)
	}
	nb = min(nb, len(dst)-ts, len(src)-ss)
	if nb <= 0 {
		return bn.num(0)
	}
	return bn.num(copy(dst[ts:ts+nb], src[ss:ss+nb]))
}

func (bn *bufferNatives) fill(c goja.FunctionCall) goja.Value {
	h := bn.h
	b := Bytes(h, c.Argument(0))
	start, end := int(c.Argument(2).ToInteger()), int(c.Argument(3).ToInteger())
	if start < 0 || end > len(b) || start > end {
		return bn.num(-2)
	}
	var pat []byte
	v := c.Argument(1)
	if p, ok := h.BufferBytes(v); ok {
		pat = append([]byte(nil), p...)
	} else if goja.IsString(v) {
		enc := EncUTF8
		if e := c.Argument(4); !goja.IsUndefined(e) {
			enc = EncodingOf(e.String())
		}
		pat = StringBytes(Units(v), enc)
		if len(pat) == 0 && enc == EncHex {
			return bn.num(-1)
		}
	} else {
		pat = []byte{byte(v.ToInteger() & 255)}
	}
	if len(pat) == 0 {
		pat = []byte{0}
	}
	for i := start; i < end; i += len(pat) {
		copy(b[i:end], pat)
	}
	return goja.Undefined()
}

func (bn *bufferNatives) isAscii(c goja.FunctionCall) goja.Value {
	h, vm := bn.h, bn.h.Runtime()
	return vm.ToValue(isASCIIBytes(Bytes(h, c.Argument(0))))
}

func (bn *bufferNatives) isUtf8(c goja.FunctionCall) goja.Value {
	h, vm := bn.h, bn.h.Runtime()
	return vm.ToValue(utf8.Valid(Bytes(h, c.Argument(0))))
}

func (bn *bufferNatives) indexOfString(c goja.FunctionCall) goja.Value {
	hay := bn.haystack(c, 5)
	enc := int(c.Argument(3).ToInteger())
	needle := StringBytes(Units(c.Argument(1)), enc)
	return bn.indexOf(hay, needle, int(c.Argument(2).ToInteger()), enc, c.Argument(4).ToBoolean())
}

func (bn *bufferNatives) indexOfBuffer(c goja.FunctionCall) goja.Value {
	h := bn.h
	hay := bn.haystack(c, 5)
	needle := Bytes(h, c.Argument(1))
	return bn.indexOf(hay, needle, int(c.Argument(2).ToInteger()), int(c.Argument(3).ToInteger()), c.Argument(4).ToBoolean())
}

func (bn *bufferNatives) indexOfNumber(c goja.FunctionCall) goja.Value {
	hay := bn.haystack(c, 4)
	needle := byte(c.Argument(1).ToInteger())
	forward := c.Argument(3).ToBoolean()
	off := indexOfOffset(len(hay), int(c.Argument(2).ToInteger()), 1, forward)
	if off <= -1 || len(hay) == 0 {
		return bn.num(-1)
	}
	if forward {
		if i := bytes.IndexByte(hay[off:], needle); i >= 0 {
			return bn.num(off + i)
		}
		return bn.num(-1)
	}
	return bn.num(bytes.LastIndexByte(hay[:min(off+1, len(hay))], needle))
}

func (bn *bufferNatives) btoa(c goja.FunctionCall) goja.Value {
	vm := bn.h.Runtime()
	u := Units(c.Argument(0))
	b := make([]byte, len(u))
	for i, ch := range u {
		if ch > 0xff {
			return bn.num(-1)
		}
		b[i] = byte(ch)
	}
	return vm.ToValue(base64.StdEncoding.EncodeToString(b))
}

func (bn *bufferNatives) atob(c goja.FunctionCall) goja.Value {
	vm := bn.h.Runtime()
	u := Units(c.Argument(0))
	s := make([]uint16, 0, len(u))
	for _, ch := range u {
		switch ch {
		case ' ', '\t', '\n', '\f', '\r':
			continue
		}
		s = append(s, ch)
	}
	if len(s)%4 == 0 && len(s) > 0 && s[len(s)-1] == '=' {
		s = s[:len(s)-1]
		if len(s) > 0 && s[len(s)-1] == '=' {
			s = s[:len(s)-1]
		}
	}
	for _, ch := range s {
		if ch == '-' || ch == '_' || textenc.Base64Value(ch) < 0 {
			return bn.num(-2)
		}
	}
	if len(s)%4 == 1 {
		return bn.num(-1)
	}
	return vm.ToValue(latin1String(textenc.DecodeBase64Forgiving(s)))
}

func (bn *bufferNatives) createUnsafeArrayBuffer(c goja.FunctionCall) goja.Value {
	vm := bn.h.Runtime()
	return vm.ToValue(vm.NewArrayBuffer(make([]byte, int(c.Argument(0).ToInteger()))))
}

func (bn *bufferNatives) arrayBufferAlignedOffset(c goja.FunctionCall) goja.Value {
	h := bn.h
	b := Bytes(h, c.Argument(0))
	align := uintptr(c.Argument(1).ToInteger())
	if len(b) == 0 || align <= 1 {
		return bn.num(0)
	}
	addr := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	return bn.num(int((align - addr%align) % align))
}

func (bn *bufferNatives) setDetachKey(goja.FunctionCall) goja.Value {
	return goja.Undefined()
}

func (bn *bufferNatives) getZeroFillToggle(goja.FunctionCall) goja.Value {
	return goja.Undefined()
}

// EncodingOf maps an encoding name (already normalized or not) to
// Node's enum value.
func EncodingOf(name string) int {
	switch name {
	case "utf8", "utf-8", "UTF8", "UTF-8":
		return EncUTF8
	case "ucs2", "ucs-2", "utf16le", "utf-16le", "UCS2", "UTF16LE":
		return EncUCS2
	case "latin1", "binary", "LATIN1", "BINARY":
		return EncLatin1
	case "ascii", "ASCII":
		return EncASCII
	case "hex", "HEX":
		return EncHex
	case "base64", "BASE64":
		return EncBase64
	case "base64url", "BASE64URL":
		return EncBase64URL
	case "buffer":
		return EncBuffer
	}
	return EncUTF8
}

// The "string_decoder" binding: Node's string_decoder.cc. The decoder state
// lives in a 7-byte Buffer: the incomplete character (4 bytes), the bytes
// missing, the bytes buffered and the encoding.

const (
	sdMissing  = 4
	sdBuffered = 5
	sdEncoding = 6
	sdSize     = 7
)

// stringDecoder is the string_decoder binding of one host.
type stringDecoder struct {
	h  *host.Host
	vm *goja.Runtime
}

// StringDecoder builds the string_decoder binding of h.
func StringDecoder(h *host.Host) *goja.Object {
	vm := h.Runtime()
	d := &stringDecoder{h: h, vm: vm}
	o := vm.NewObject()
	enc := []any{"ascii", "utf8", "base64", "utf16le", "latin1", "hex", "buffer", "base64url"}
	_ = o.Set("encodings", vm.NewArray(enc...))
	_ = o.Set("kIncompleteCharactersStart", 0)
	_ = o.Set("kIncompleteCharactersEnd", 4)
	_ = o.Set("kMissingBytes", sdMissing)
	_ = o.Set("kBufferedBytes", sdBuffered)
	_ = o.Set("kEncodingField", sdEncoding)
	_ = o.Set("kNumFields", 7)
	_ = o.Set("kSize", sdSize)
	_ = o.Set("decode", d.decode)
	_ = o.Set("flush", d.flush)
	return o
}

// decode(state, data) decodes data, keeping an incomplete character in
// state.
func (d *stringDecoder) decode(c goja.FunctionCall) goja.Value {
	h := d.h
	return d.decodeData(Bytes(h, c.Argument(0)), Bytes(h, c.Argument(1)))
}

// flush is StringDecoder::FlushData.
func (d *stringDecoder) flush(c goja.FunctionCall) goja.Value {
	h, vm := d.h, d.vm
	st := Bytes(h, c.Argument(0))
	e := int(st[sdEncoding])
	if e == EncUCS2 && st[sdBuffered]%2 == 1 {
		st[sdMissing]--
		st[sdBuffered]--
	}
	if st[sdBuffered] == 0 {
		return vm.ToValue("")
	}
	ret := String(h, append([]byte(nil), st[:st[sdBuffered]]...), e)
	st[sdMissing], st[sdBuffered] = 0, 0
	return ret
}

// decodeData is StringDecoder::DecodeData of string_decoder.cc.
func (d *stringDecoder) decodeData(st, data []byte) goja.Value {
	h, vm := d.h, d.vm
	e := int(st[sdEncoding])
	if e != EncUTF8 && e != EncUCS2 && e != EncBase64 && e != EncBase64URL {
		return String(h, data, e)
	}
	var prepend goja.Value
	if st[sdMissing] > 0 {
		if e == EncUTF8 {
			for i := 0; i < len(data) && i < int(st[sdMissing]); i++ {
				if data[i]&0xC0 != 0x80 {
					st[sdMissing] = 0
					copy(st[st[sdBuffered]:], data[:i])
					st[sdBuffered] += byte(i)
					data = data[i:]
					break
				}
			}
		}
		found := min(len(data), int(st[sdMissing]))
		copy(st[st[sdBuffered]:], data[:found])
		data = data[found:]
		st[sdMissing] -= byte(found)
		st[sdBuffered] += byte(found)
		if st[sdMissing] == 0 {
			prepend = String(h, append([]byte(nil), st[:st[sdBuffered]]...), e)
			st[sdBuffered] = 0
		}
	}
	if len(data) == 0 {
		if prepend != nil {
			return prepend
		}
		return vm.ToValue("")
	}
	n := len(data)
	switch {
	case e == EncUTF8 && data[n-1]&0x80 != 0:
		for i := n - 1; ; i-- {
			st[sdBuffered]++
			if data[i]&0xC0 == 0x80 {
				if st[sdBuffered] >= 4 || i == 0 {
					st[sdBuffered] = 0
					break
				}
				continue
			}
			switch {
			case data[i]&0xE0 == 0xC0:
				st[sdMissing] = 2
			case data[i]&0xF0 == 0xE0:
				st[sdMissing] = 3
			case data[i]&0xF8 == 0xF0:
				st[sdMissing] = 4
			default:
				st[sdBuffered] = 0
			}
			if st[sdBuffered] == 0 {
				break
			}
			if st[sdBuffered] >= st[sdMissing] {
				st[sdMissing], st[sdBuffered] = 0, 0
			}
			st[sdMissing] -= st[sdBuffered]
			break
		}
	case e == EncUCS2:
		if n%2 == 1 {
			st[sdBuffered], st[sdMissing] = 1, 1
		} else if data[n-1]&0xFC == 0xD8 {
			st[sdBuffered], st[sdMissing] = 2, 2
		}
	case e == EncBase64 || e == EncBase64URL:
		st[sdBuffered] = byte(n % 3)
		if st[sdBuffered] > 0 {
			st[sdMissing] = 3 - st[sdBuffered]
		}
	}
	if k := int(st[sdBuffered]); k > 0 {
		n -= k
		copy(st[:4], data[n:])
	}
	body := String(h, data[:n], e)
	if prepend == nil {
		return body
	}
	return vm.ToValue(prepend.ToString().(goja.String).Concat(body.ToString().(goja.String)))
}

// The "encoding_binding" binding: TextEncoder's and TextDecoder's UTF-8
// paths, and the IDNA conversions of lib/url.js.

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
	_ = o.Set("toASCII", e.toASCII)
	_ = o.Set("toUnicode", e.toUnicode)
	return o
}

func (e *encodingBinding) encodeInto(c goja.FunctionCall) goja.Value {
	h := e.h
	results := e.results
	u := Units(c.Argument(0))
	dst := Bytes(h, c.Argument(1))
	read, written := 0, 0
	for read < len(u) {
		n := 1
		ch := u[read]
		if ch >= 0xD800 && ch <= 0xDBFF && read+1 < len(u) && u[read+1] >= 0xDC00 && u[read+1] <= 0xDFFF {
			n = 2
		}
		p := utf8Encode(u[read : read+n])
		if written+len(p) > len(dst) {
			break
		}
		copy(dst[written:], p)
		written += len(p)
		read += n
	}
	_ = results.Set("0", read)
	_ = results.Set("1", written)
	return goja.Undefined()
}

func (e *encodingBinding) encodeUtf8String(c goja.FunctionCall) goja.Value {
	h := e.h
	vm := e.vm
	b := UTF8Of(c.Argument(0))
	ctor := vm.Get("Uint8Array").ToObject(vm)
	v, err := vm.New(ctor, vm.ToValue(vm.NewArrayBuffer(b)))
	if err != nil {
		h.Rethrow(err)
	}
	return v
}

func (e *encodingBinding) decodeUTF8(c goja.FunctionCall) goja.Value {
	h := e.h
	vm := e.vm
	b, ok := h.BufferBytes(c.Argument(0))
	if !ok {
		panic(h.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
			"The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView."))
	}
	if c.Argument(2).ToBoolean() && !utf8.Valid(b) {
		panic(h.NewNodeError("TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA",
			"The encoded data was not valid for encoding utf-8"))
	}
	if !c.Argument(1).ToBoolean() && len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		b = b[3:]
	}
	return vm.ToValue(DecodeUTF8(b))
}

func (e *encodingBinding) toASCII(c goja.FunctionCall) goja.Value {
	vm := e.vm
	s, err := idna.Lookup.ToASCII(c.Argument(0).String())
	if err != nil {
		return vm.ToValue("")
	}
	return vm.ToValue(s)
}

func (e *encodingBinding) toUnicode(c goja.FunctionCall) goja.Value {
	vm := e.vm
	s, _ := idna.ToUnicode(c.Argument(0).String())
	return vm.ToValue(s)
}
