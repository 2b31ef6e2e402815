// Package buffer is the module group of node:buffer and
// node:string_decoder: lib/buffer.js, lib/internal/buffer.js,
// lib/string_decoder.js, TextEncoder and TextDecoder
// (lib/internal/encoding.js), and their bindings buffer, string_decoder
// and encoding_binding. The codecs are internal/textenc's, the one core
// netmod uses too; the helpers here (Bytes, String, EncodingOf, ...) move
// bytes and strings between Go and JavaScript for the other groups'
// bindings as well.
package buffer

import (
	"bytes"
	"embed"
	"encoding/base64"
	"unicode/utf8"
	"unsafe"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/internal/textenc"
	"github.com/nodenet/nodenet/script/internal/host"
)

// Files holds the group's modules (lib/<id>.js).
//
//go:embed lib
var Files embed.FS

// Node's encoding numbers (textenc's), as the bindings take them.
const (
	EncASCII     = int(textenc.ASCII)
	EncUTF8      = int(textenc.UTF8)
	EncBase64    = int(textenc.Base64)
	EncUCS2      = int(textenc.UCS2)
	EncLatin1    = int(textenc.Latin1)
	EncHex       = int(textenc.Hex)
	EncBuffer    = int(textenc.Buffer)
	EncBase64URL = int(textenc.Base64URL)
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
		s = v.ToString().(goja.String)
	}
	n := s.Length()
	u := make([]uint16, n)
	for i := range n {
		u[i] = s.CharAt(i)
	}
	return u
}

// text is a string argument: its UTF-8 form when it is all ASCII (one
// byte a unit), otherwise its code units.
type text struct {
	ascii string
	units []uint16
	wide  bool
}

func textOf(v goja.Value) text {
	s, ok := v.(goja.String)
	if !ok {
		s = v.ToString().(goja.String)
	}
	str := s.String()
	if len(str) == s.Length() {
		return text{ascii: str}
	}
	n := s.Length()
	u := make([]uint16, n)
	for i := range n {
		u[i] = s.CharAt(i)
	}
	return text{units: u, wide: true}
}

// appendEncoded appends the bytes of t in encoding enc.
func (t text) appendEncoded(dst []byte, enc int) []byte {
	if !t.wide {
		if enc == EncUTF8 || enc == EncBuffer {
			return append(dst, t.ascii...)
		}
		return textenc.AppendEncodeUnits(dst, unsafe.Slice(unsafe.StringData(t.ascii), len(t.ascii)), textenc.Encoding(enc))
	}
	return textenc.AppendEncodeUnits(dst, t.units, textenc.Encoding(enc))
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

// StringBytes converts a string's code units to bytes in encoding enc.
func StringBytes(u []uint16, enc int) []byte {
	return textenc.AppendEncodeUnits(nil, u, textenc.Encoding(enc))
}

// String converts bytes to a JavaScript string in encoding enc.
func String(h *host.Host, b []byte, enc int) goja.Value {
	return wtf8Value(h.Runtime(), textenc.AppendDecode(nil, b, textenc.Encoding(enc)))
}

// wtf8Value is the JavaScript string of WTF-8 text (lone surrogates kept).
func wtf8Value(vm *goja.Runtime, p []byte) goja.Value {
	if utf8.Valid(p) {
		return vm.ToValue(unsafe.String(unsafe.SliceData(p), len(p)))
	}
	return goja.StringFromUTF16(textenc.UnitsOf(unsafe.String(unsafe.SliceData(p), len(p))))
}

// EncodingOf maps an encoding name, in any case, to its number; utf8 when
// unknown.
func EncodingOf(name string) int {
	if name == "buffer" {
		return EncBuffer
	}
	if e, ok := textenc.Lookup(name); ok {
		return int(e)
	}
	return EncUTF8
}

// The "buffer" binding: the codecs, search, compare, copy and fill of
// lib/buffer.js.

// bufferNatives are the functions of the "buffer" binding.
type bufferNatives struct {
	h  *host.Host
	vm *goja.Runtime
	// fastBuffer is lib/internal/buffer.js's FastBuffer and newU8 the
	// constructor of Uint8Array, which makes a FastBuffer given it as
	// new.target (without running any JavaScript); set by setup.
	fastBuffer *goja.Object
	newU8      goja.Constructor
	// slowFrom, slowToString and slowIndexOf are lib/buffer.js's
	// Buffer.from, Buffer.prototype.toString and Buffer.prototype.indexOf,
	// which from, toStringMethod and indexOfMethod hand every case but the
	// common ones; set by setFallbacks.
	slowFrom, slowToString, slowIndexOf goja.Callable
	// slowByteLength is lib/buffer.js's Buffer.byteLength, which
	// byteLength hands everything but a string in UTF-8.
	slowByteLength goja.Callable
	// bufferClass is Buffer (its poolSize sizes new pools); pool the
	// shared memory small unsafe buffers and short strings are cut from.
	bufferClass *goja.Object
	pool        bufferPool
}

// bufferPool is the current pool: an ArrayBuffer, its memory, and the
// offset of its first free byte.
type bufferPool struct {
	ab  goja.Value
	mem []byte
	off int
}

// Binding builds the buffer binding of h.
func Binding(h *host.Host) *goja.Object {
	vm := h.Runtime()
	bn := &bufferNatives{h: h, vm: vm}
	o := vm.NewObject()
	_ = o.Set("kMaxLength", float64(1<<53-1))
	_ = o.Set("kStringMaxLength", (1<<29)-24)
	_ = o.Set("setup", bn.setup)
	_ = o.Set("setFallbacks", bn.setFallbacks)
	_ = o.Set("from", bn.from)
	_ = o.Set("toStringMethod", bn.toStringMethod)
	_ = o.Set("indexOfMethod", bn.indexOfMethod)
	_ = o.Set("byteLength", bn.byteLength)
	_ = o.Set("create", bn.create)
	_ = o.Set("allocUnsafe", bn.allocUnsafe)
	_ = o.Set("view", bn.view)
	_ = o.Set("fromString", bn.fromString)
	_ = o.Set("toString", bn.toString)
	_ = o.Set("write", bn.write)
	_ = o.Set("byteLengthUtf8", bn.byteLengthUtf8)
	_ = o.Set("compare", bn.compare)
	_ = o.Set("compareOffset", bn.compareOffset)
	_ = o.Set("copy", bn.copy)
	_ = o.Set("fill", bn.fill)
	_ = o.Set("isAscii", bn.isASCII)
	_ = o.Set("isUtf8", bn.isUTF8)
	_ = o.Set("indexOfString", bn.indexOfString)
	_ = o.Set("indexOfBuffer", bn.indexOfBuffer)
	_ = o.Set("indexOfNumber", bn.indexOfNumber)
	_ = o.Set("swap16", bn.swap16)
	_ = o.Set("swap32", bn.swap32)
	_ = o.Set("swap64", bn.swap64)
	_ = o.Set("btoa", bn.btoa)
	_ = o.Set("atob", bn.atob)
	_ = o.Set("inspectHex", bn.inspectHex)
	_ = o.Set("transcode", bn.transcode)
	_ = o.Set("arrayBufferAlignedOffset", bn.arrayBufferAlignedOffset)
	_ = o.Set("fixedNatives", bn.fixedNatives)
	for _, e := range []struct {
		name string
		enc  int
	}{{"ascii", EncASCII}, {"base64", EncBase64}, {"base64url", EncBase64URL}, {"latin1", EncLatin1},
		{"hex", EncHex}, {"ucs2", EncUCS2}, {"utf8", EncUTF8}} {
		s := &sliceWriter{bn: bn, enc: e.enc}
		_ = o.Set(e.name+"Slice", s.slice)
		_ = o.Set(e.name+"Write", s.write)
	}
	return o
}

func (bn *bufferNatives) num(n int) goja.Value { return bn.vm.ToValue(n) }

// intArg is argument i as an int, dflt when undefined.
func intArg(c goja.FunctionCall, i, dflt int) int {
	a := c.Argument(i)
	if goja.IsUndefined(a) {
		return dflt
	}
	return int(a.ToInteger())
}

// decode is the JavaScript string of bytes b in encoding enc.
func (bn *bufferNatives) decode(b []byte, enc int) goja.Value {
	switch enc {
	case EncUCS2:
		return goja.StringFromUTF16(textenc.DecodeUTF16LE(b))
	case EncUTF8, EncBuffer:
		if utf8.Valid(b) {
			return bn.vm.ToValue(string(b))
		}
	case EncLatin1:
		return goja.StringFromUTF16(textenc.AppendLatin1Units(make([]uint16, 0, len(b)), b))
	}
	p := textenc.AppendDecode(make([]byte, 0, 2*len(b)), b, textenc.Encoding(enc))
	return bn.vm.ToValue(unsafe.String(unsafe.SliceData(p), len(p)))
}

// setup(FastBuffer) gives the binding the class of the Buffers it makes.
func (bn *bufferNatives) setup(c goja.FunctionCall) goja.Value {
	fb := c.Argument(0).ToObject(bn.vm)
	u8, ok := goja.AssertConstructor(fb.Prototype())
	if !ok {
		panic(bn.vm.NewTypeError("FastBuffer does not extend Uint8Array"))
	}
	bn.fastBuffer, bn.newU8 = fb, u8
	return goja.Undefined()
}

// setFallbacks(from, toString, Buffer) gives the binding the JavaScript
// Buffer.from and Buffer.prototype.toString, and Buffer.
func (bn *bufferNatives) setFallbacks(c goja.FunctionCall) goja.Value {
	var ok1, ok2, ok3, ok4 bool
	bn.slowFrom, ok1 = goja.AssertFunction(c.Argument(0))
	bn.slowToString, ok2 = goja.AssertFunction(c.Argument(1))
	bn.slowIndexOf, ok3 = goja.AssertFunction(c.Argument(3))
	bn.slowByteLength, ok4 = goja.AssertFunction(c.Argument(4))
	if !ok1 || !ok2 || !ok3 || !ok4 {
		panic(bn.vm.NewTypeError("setFallbacks takes four functions"))
	}
	bn.bufferClass = c.Argument(2).ToObject(bn.vm)
	return goja.Undefined()
}

// poolSize is Buffer.poolSize (0 before Buffer exists or when it is not
// a usable size).
func (bn *bufferNatives) poolSize() int {
	if bn.bufferClass == nil {
		return 0
	}
	f := bn.bufferClass.Get("poolSize").ToFloat()
	if !(f >= 0 && f <= 1<<30) {
		return 0
	}
	return int(f)
}

// fromPool returns room for up to max bytes in the pool (a new pool when
// the current one lacks it), or nil when max is too large to pool: Node
// pools what is under half of Buffer.poolSize.
func (bn *bufferNatives) fromPool(max int) []byte {
	size := bn.poolSize()
	if max >= size>>1 {
		return nil
	}
	p := &bn.pool
	if p.mem == nil || max > len(p.mem)-p.off {
		// The pool's memory comes through the guarded constructor too.
		o := bn.sized(size)
		p.mem = Bytes(bn.h, o)
		p.ab = o.ToObject(bn.vm).Get("buffer")
		p.off = 0
	}
	return p.mem[p.off : p.off : p.off+max]
}

// takePool makes a FastBuffer of the n bytes at the pool's free offset and
// moves the offset past them, to a multiple of 8.
func (bn *bufferNatives) takePool(n int) goja.Value {
	p := &bn.pool
	b := bn.construct(p.ab, bn.vm.ToValue(p.off), bn.vm.ToValue(n))
	p.off = (p.off + n + 7) &^ 7
	if p.off > len(p.mem) {
		p.off = len(p.mem)
	}
	return b
}

// allocUnsafe(size) is a FastBuffer whose bytes may be old: from the
// pool when small.
func (bn *bufferNatives) allocUnsafe(c goja.FunctionCall) goja.Value {
	n := int(c.Argument(0).ToInteger())
	if n > 0 && bn.fromPool(n) != nil {
		return bn.takePool(n)
	}
	return bn.sized(max(n, 0))
}

// stringBuffer is a FastBuffer of a string's bytes in encoding enc: in
// the pool when its worst case fits.
func (bn *bufferNatives) stringBuffer(t text, enc int) goja.Value {
	n := len(t.ascii)
	if t.wide {
		n = len(t.units)
	}
	worst := n
	switch enc {
	case EncUTF8, EncBuffer:
		if t.wide {
			worst = 3 * n
		}
	case EncUCS2:
		worst = 2 * n
	}
	if n > 0 {
		if room := bn.fromPool(worst); room != nil {
			if p := t.appendEncoded(room, enc); len(p) <= cap(room) {
				return bn.takePool(len(p))
			}
		}
	}
	return bn.newBuffer(t.appendEncoded(nil, enc))
}

// encodingArg is the number of an encoding argument that is undefined (utf8)
// or a known name; false otherwise.
func encodingArg(v goja.Value) (int, bool) {
	if goja.IsUndefined(v) {
		return EncUTF8, true
	}
	s, ok := v.(goja.String)
	if !ok {
		return 0, false
	}
	e, ok := textenc.Lookup(s.String())
	return int(e), ok
}

// fallback calls a JavaScript fallback with the call's this and arguments.
func (bn *bufferNatives) fallback(fn goja.Callable, c goja.FunctionCall) goja.Value {
	v, err := fn(c.This, c.Arguments...)
	if err != nil {
		bn.h.Rethrow(err)
	}
	return v
}

// from is Buffer.from: a string in a known encoding is made here, anything
// else goes to the JavaScript.
func (bn *bufferNatives) from(c goja.FunctionCall) goja.Value {
	if s, ok := c.Argument(0).(goja.String); ok && len(c.Arguments) <= 2 {
		if enc, ok := encodingArg(c.Argument(1)); ok {
			return bn.stringBuffer(textOf(s), enc)
		}
	}
	return bn.fallback(bn.slowFrom, c)
}

// toStringMethod is Buffer.prototype.toString: the buffer or a range of it
// given by numbers, in a known encoding, is decoded here; anything else
// goes to the JavaScript.
func (bn *bufferNatives) toStringMethod(c goja.FunctionCall) goja.Value {
	if len(c.Arguments) <= 3 {
		if enc, ok := encodingArg(c.Argument(0)); ok {
			if b, ok := bn.h.BufferBytes(c.This); ok {
				if len(c.Arguments) <= 1 {
					return bn.decode(b, enc)
				}
				if start, end, ok := decodeRange(len(b), c.Argument(1), c.Argument(2)); ok {
					if end <= start {
						return bn.vm.ToValue("")
					}
					return bn.decode(b[start:end], enc)
				}
			}
		}
	}
	return bn.fallback(bn.slowToString, c)
}

// decodeRange is toString's [start, end) of a buffer of n bytes for start
// and end that are numbers or undefined: a start at or below 0 is 0, an
// end past n is n, fractions are cut off and NaN counts as 0. It is false
// for any other kind of value.
func decodeRange(n int, s, e goja.Value) (int, int, bool) {
	start, end := 0, n
	if !goja.IsUndefined(s) {
		if !goja.IsNumber(s) {
			return 0, 0, false
		}
		f := s.ToFloat()
		switch {
		case f <= 0 || f != f:
			start = 0
		case f >= float64(n):
			return 0, 0, true
		default:
			start = int(f)
		}
	}
	if !goja.IsUndefined(e) {
		if !goja.IsNumber(e) {
			return 0, 0, false
		}
		f := e.ToFloat()
		switch {
		case f > float64(n):
			end = n
		case f != f || f <= 0:
			end = 0
		default:
			end = int(f)
		}
	}
	return start, end, true
}

// indexOfMethod is Buffer.prototype.indexOf: a byte, or a string in UTF-8,
// searched from an offset that is a number or absent is found here;
// anything else (an encoding, a buffer to find, other values) goes to the
// JavaScript.
func (bn *bufferNatives) indexOfMethod(c goja.FunctionCall) goja.Value {
	if len(c.Arguments) <= 2 {
		if off, ok := searchOffset(c.Argument(1)); ok {
			if hay, ok := bn.h.BufferBytes(c.This); ok {
				switch v := c.Argument(0).(type) {
				case goja.String:
					if t := textOf(v); !t.wide {
						needle := unsafe.Slice(unsafe.StringData(t.ascii), len(t.ascii))
						return bn.search(hay, needle, off, EncUTF8, true)
					}
				default:
					if goja.IsNumber(v) {
						if f := v.ToFloat(); f >= 0 && f < 256 {
							return bn.indexOfByte(hay, byte(f), off)
						}
					}
				}
			}
		}
	}
	return bn.fallback(bn.slowIndexOf, c)
}

// searchOffset is a search's start given as a number or undefined: an
// integer clamped to 32 bits, NaN and undefined being 0.
func searchOffset(v goja.Value) (int, bool) {
	if goja.IsUndefined(v) {
		return 0, true
	}
	if !goja.IsNumber(v) {
		return 0, false
	}
	f := v.ToFloat()
	if f != f {
		return 0, true
	}
	return int(max(min(f, 0x7fffffff), -0x80000000)), true
}

// indexOfByte is the forward search of byte x in hay from offset off.
func (bn *bufferNatives) indexOfByte(hay []byte, x byte, off int) goja.Value {
	off = indexOfOffset(len(hay), off, 1, true)
	if off <= -1 || len(hay) == 0 {
		return bn.num(-1)
	}
	if i := bytes.IndexByte(hay[off:], x); i >= 0 {
		return bn.num(off + i)
	}
	return bn.num(-1)
}

// byteLength is Buffer.byteLength: a string in UTF-8 is measured here,
// anything else goes to the JavaScript.
func (bn *bufferNatives) byteLength(c goja.FunctionCall) goja.Value {
	if s, ok := c.Argument(0).(goja.String); ok && len(c.Arguments) <= 2 {
		if enc, ok := encodingArg(c.Argument(1)); ok && enc == EncUTF8 {
			if str := s.String(); len(str) == s.Length() {
				return bn.num(len(str))
			}
			return bn.num(textenc.EncodedLen(textOf(s).units, textenc.UTF8))
		}
	}
	return bn.fallback(bn.slowByteLength, c)
}

// construct makes a FastBuffer of the Uint8Array arguments args.
func (bn *bufferNatives) construct(args ...goja.Value) goja.Value {
	o, err := bn.newU8(bn.fastBuffer, args...)
	if err != nil {
		bn.h.Rethrow(err)
	}
	return o
}

// bigBuffer is the size from which the binding allocates a Buffer's memory
// through the Uint8Array constructor, which the host's memory budget
// guards, rather than in Go.
const bigBuffer = 64 << 10

// newBuffer is a FastBuffer of the bytes b (over b itself when small).
func (bn *bufferNatives) newBuffer(b []byte) goja.Value {
	if len(b) < bigBuffer {
		return bn.construct(bn.vm.ToValue(bn.vm.NewArrayBuffer(b)))
	}
	o := bn.sized(len(b))
	copy(Bytes(bn.h, o), b)
	return o
}

// sized is a new zero-filled FastBuffer of n bytes, allocated by the
// Uint8Array constructor.
func (bn *bufferNatives) sized(n int) goja.Value {
	return bn.construct(bn.vm.ToValue(n))
}

// create(size) is a new zero-filled FastBuffer of size bytes.
func (bn *bufferNatives) create(c goja.FunctionCall) goja.Value {
	return bn.sized(int(c.Argument(0).ToInteger()))
}

// view(arrayBuffer, byteOffset, length) is a FastBuffer over part of an
// ArrayBuffer (the arguments already checked).
func (bn *bufferNatives) view(c goja.FunctionCall) goja.Value {
	return bn.construct(c.Argument(0), c.Argument(1), c.Argument(2))
}

// fromString(string, enc) is a FastBuffer of the string's bytes.
func (bn *bufferNatives) fromString(c goja.FunctionCall) goja.Value {
	return bn.stringBuffer(textOf(c.Argument(0)), int(c.Argument(1).ToInteger()))
}

// toString(buf, enc, start, end): the bytes [start, end) as a string.
func (bn *bufferNatives) toString(c goja.FunctionCall) goja.Value {
	b := Bytes(bn.h, c.Argument(0))
	start, end := clampRange(len(b), intArg(c, 2, 0), intArg(c, 3, len(b)))
	return bn.decode(b[start:end], int(c.Argument(1).ToInteger()))
}

// clampRange clamps [start, end) to [0, n).
func clampRange(n, start, end int) (int, int) {
	start = min(max(start, 0), n)
	end = min(max(end, start), n)
	return start, end
}

// write(buf, string, offset, length, enc) writes what fits of the string
// in length bytes at offset and returns the bytes written.
func (bn *bufferNatives) write(c goja.FunctionCall) goja.Value {
	return bn.num(bn.writeAt(c, int(c.Argument(4).ToInteger())))
}

// writeAt is write for (buf, string, offset, length) in encoding enc: whole
// characters only (whole units for utf16le).
func (bn *bufferNatives) writeAt(c goja.FunctionCall, enc int) int {
	h := bn.h
	b := Bytes(h, c.Argument(0))
	off := intArg(c, 2, 0)
	if off < 0 || off > len(b) {
		panic(h.NewNodeError("RangeError", "ERR_BUFFER_OUT_OF_BOUNDS", "\"offset\" is outside of buffer bounds"))
	}
	n := min(intArg(c, 3, len(b)-off), len(b)-off)
	if n <= 0 {
		return 0
	}
	t := textOf(c.Argument(1))
	if enc == EncUTF8 || enc == EncBuffer {
		var p []byte
		if t.wide {
			p = []byte(c.Argument(1).String())
		} else {
			p = unsafe.Slice(unsafe.StringData(t.ascii), len(t.ascii))
		}
		if len(p) > n {
			i := n
			for i > 0 && !utf8.RuneStart(p[i]) {
				i--
			}
			p = p[:i]
		}
		return copy(b[off:], p)
	}
	switch enc {
	case EncUCS2:
		k := n / 2
		if t.wide {
			t.units = t.units[:min(k, len(t.units))]
		} else {
			t.ascii = t.ascii[:min(k, len(t.ascii))]
		}
	case EncLatin1, EncASCII:
		if t.wide {
			t.units = t.units[:min(n, len(t.units))]
		} else {
			t.ascii = t.ascii[:min(n, len(t.ascii))]
		}
	}
	p := t.appendEncoded(nil, enc)
	return copy(b[off:off+n], p)
}

// sliceWriter is the <enc>Slice and <enc>Write pair of one encoding.
type sliceWriter struct {
	bn  *bufferNatives
	enc int
}

func (s *sliceWriter) slice(c goja.FunctionCall) goja.Value {
	b := Bytes(s.bn.h, c.Argument(0))
	start, end := clampRange(len(b), intArg(c, 1, 0), intArg(c, 2, len(b)))
	return s.bn.decode(b[start:end], s.enc)
}

func (s *sliceWriter) write(c goja.FunctionCall) goja.Value {
	return s.bn.num(s.bn.writeAt(c, s.enc))
}

func (bn *bufferNatives) byteLengthUtf8(c goja.FunctionCall) goja.Value {
	t := textOf(c.Argument(0))
	if !t.wide {
		return bn.num(len(t.ascii))
	}
	return bn.num(textenc.EncodedLen(t.units, textenc.UTF8))
}

func (bn *bufferNatives) compare(c goja.FunctionCall) goja.Value {
	h := bn.h
	return bn.num(bytes.Compare(Bytes(h, c.Argument(0)), Bytes(h, c.Argument(1))))
}

// compareOffset(source, target, targetStart, sourceStart, targetEnd,
// sourceEnd) compares the two ranges.
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

// copy(source, target, targetStart, sourceStart, count) copies what fits
// and returns the bytes copied.
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

// fill(buf, value, start, end, enc) fills [start, end) with a string (in
// enc) or a buffer repeated; -1 when the value has no bytes.
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
		pat = textOf(v).appendEncoded(nil, int(c.Argument(4).ToInteger()))
	} else {
		pat = []byte{byte(v.ToInteger())}
	}
	if len(pat) == 0 {
		return bn.num(-1)
	}
	for i := start; i < end; i += len(pat) {
		copy(b[i:end], pat)
	}
	return goja.Undefined()
}

func (bn *bufferNatives) isASCII(c goja.FunctionCall) goja.Value {
	for _, x := range Bytes(bn.h, c.Argument(0)) {
		if x >= utf8.RuneSelf {
			return bn.vm.ToValue(false)
		}
	}
	return bn.vm.ToValue(true)
}

func (bn *bufferNatives) isUTF8(c goja.FunctionCall) goja.Value {
	return bn.vm.ToValue(utf8.Valid(Bytes(bn.h, c.Argument(0))))
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
		if unit == 1 {
			if i := bytes.Index(hay[offset:], needle); i >= 0 {
				return offset + i
			}
			return -1
		}
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

// search is indexOfString's and indexOfBuffer's result.
func (bn *bufferNatives) search(hay, needle []byte, offset int, enc int, forward bool) goja.Value {
	off := indexOfOffset(len(hay), offset, len(needle), forward)
	if len(needle) == 0 {
		return bn.num(off)
	}
	if len(hay) == 0 || off <= -1 || (forward && len(needle)+off > len(hay)) || len(needle) > len(hay) {
		return bn.num(-1)
	}
	if enc == EncUCS2 && len(needle) < 2 {
		// A one-byte needle is no whole UTF-16 code unit: never found.
		return bn.num(-1)
	}
	unit := 1
	if enc == EncUCS2 && len(hay) >= 2 && len(needle) >= 2 {
		// UTF-16 is searched by code unit: the offset rounds down to one.
		unit = 2
		hay = hay[:len(hay)&^1]
		off &^= 1
	}
	return bn.num(searchBytes(hay, needle, off, forward, unit))
}

// indexOfString(buf, string, byteOffset, enc, forward).
func (bn *bufferNatives) indexOfString(c goja.FunctionCall) goja.Value {
	hay := Bytes(bn.h, c.Argument(0))
	enc := int(c.Argument(3).ToInteger())
	needle := textOf(c.Argument(1)).appendEncoded(nil, enc)
	return bn.search(hay, needle, int(c.Argument(2).ToInteger()), enc, c.Argument(4).ToBoolean())
}

// indexOfBuffer(buf, needle, byteOffset, enc, forward).
func (bn *bufferNatives) indexOfBuffer(c goja.FunctionCall) goja.Value {
	h := bn.h
	hay := Bytes(h, c.Argument(0))
	needle := Bytes(h, c.Argument(1))
	return bn.search(hay, needle, int(c.Argument(2).ToInteger()), int(c.Argument(3).ToInteger()), c.Argument(4).ToBoolean())
}

// indexOfNumber(buf, byte, byteOffset, forward).
func (bn *bufferNatives) indexOfNumber(c goja.FunctionCall) goja.Value {
	hay := Bytes(bn.h, c.Argument(0))
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

// swap reverses the byte order of each n-byte unit of buf in place.
func (bn *bufferNatives) swap(c goja.FunctionCall, n int) goja.Value {
	b := Bytes(bn.h, c.Argument(0))
	for i := 0; i+n <= len(b); i += n {
		for j := 0; j < n/2; j++ {
			b[i+j], b[i+n-1-j] = b[i+n-1-j], b[i+j]
		}
	}
	return c.Argument(0)
}

func (bn *bufferNatives) swap16(c goja.FunctionCall) goja.Value { return bn.swap(c, 2) }
func (bn *bufferNatives) swap32(c goja.FunctionCall) goja.Value { return bn.swap(c, 4) }
func (bn *bufferNatives) swap64(c goja.FunctionCall) goja.Value { return bn.swap(c, 8) }

// btoa(string): base64 of a Latin-1 string; -1 when a character is above
// U+00FF.
func (bn *bufferNatives) btoa(c goja.FunctionCall) goja.Value {
	u := Units(c.Argument(0))
	b := make([]byte, len(u))
	for i, ch := range u {
		if ch > 0xff {
			return bn.num(-1)
		}
		b[i] = byte(ch)
	}
	return bn.vm.ToValue(base64.StdEncoding.EncodeToString(b))
}

// atob(string): the forgiving-base64 decoding as a Latin-1 string; -1
// when the length is wrong, -2 on a character outside the alphabet.
func (bn *bufferNatives) atob(c goja.FunctionCall) goja.Value {
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
	return bn.decode(textenc.DecodeBase64Forgiving(s), EncLatin1)
}

// inspectHex(buf, n): the first n bytes as hex pairs separated by spaces.
func (bn *bufferNatives) inspectHex(c goja.FunctionCall) goja.Value {
	b := Bytes(bn.h, c.Argument(0))
	b = b[:min(max(int(c.Argument(1).ToInteger()), 0), len(b))]
	out := make([]byte, 0, 3*len(b))
	for i, x := range b {
		if i > 0 {
			out = append(out, ' ')
		}
		out = textenc.AppendHex(out, []byte{x})
	}
	return bn.vm.ToValue(string(out))
}

// transcode(source, from, to): the ArrayBuffer of source's text
// re-encoded; a character Latin-1 or ASCII cannot hold becomes '?' and a
// byte-order mark bound for them is dropped. It is
// null when the source cannot be carried over (U_INVALID_CHAR_FOUND): bad
// UTF-8 bound for UTF-16, or UTF-16 with a lone surrogate (or of one byte)
// bound for UTF-8.
func (bn *bufferNatives) transcode(c goja.FunctionCall) goja.Value {
	src := Bytes(bn.h, c.Argument(0))
	from, to := int(c.Argument(1).ToInteger()), int(c.Argument(2).ToInteger())
	var u []uint16
	switch from {
	case EncUCS2:
		u = textenc.DecodeUTF16LE(src)
		odd := len(src)%2 == 1
		switch to {
		case EncUTF8:
			// An odd last byte is dropped, unless it is all there is.
			if len(src) == 1 || hasLoneSurrogate(u) {
				return goja.Null()
			}
		case EncUCS2:
			replaceLoneSurrogates(u)
			if odd {
				u = append(u, 0xFFFD)
			}
		}
	case EncLatin1:
		u = textenc.AppendLatin1Units(nil, src)
	case EncASCII:
		// ASCII source bytes past 0x7F are invalid: U+FFFD, except that
		// UTF-16 takes them as Latin-1.
		u = textenc.AppendLatin1Units(nil, src)
		if to != EncUCS2 {
			for i, x := range u {
				if x > 0x7F {
					u[i] = 0xFFFD
				}
			}
		}
	default:
		if to == EncUCS2 && !utf8.Valid(src) {
			return goja.Null()
		}
		u = textenc.UnitsOf(DecodeUTF8(src))
	}
	limit := uint16(0xFFFF)
	switch to {
	case EncLatin1:
		limit = 0xFF
	case EncASCII:
		limit = 0x7F
	}
	if limit != 0xFFFF {
		// A byte-wide target drops byte-order marks and takes '?' for any
		// other character it cannot hold (one for a surrogate pair).
		n := 0
		for i := 0; i < len(u); i++ {
			x := u[i]
			switch {
			case x == 0xFEFF:
				continue
			case x > limit:
				if pairAt(u, i) {
					i++
				}
				x = '?'
			}
			u[n] = x
			n++
		}
		u = u[:n]
	}
	return bn.vm.ToValue(bn.vm.NewArrayBuffer(textenc.AppendEncodeUnits(nil, u, textenc.Encoding(to))))
}

// pairAt reports whether u[i] and u[i+1] are a surrogate pair.
func pairAt(u []uint16, i int) bool {
	return i+1 < len(u) && u[i] >= 0xD800 && u[i] <= 0xDBFF && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF
}

// nextLoneSurrogate is the index of the first surrogate of u at or after
// i that is not in a pair, or -1.
func nextLoneSurrogate(u []uint16, i int) int {
	for ; i < len(u); i++ {
		if pairAt(u, i) {
			i++
			continue
		}
		if u[i] >= 0xD800 && u[i] <= 0xDFFF {
			return i
		}
	}
	return -1
}

// hasLoneSurrogate reports whether u holds a surrogate not in a pair.
func hasLoneSurrogate(u []uint16) bool { return nextLoneSurrogate(u, 0) >= 0 }

// replaceLoneSurrogates makes each unpaired surrogate of u U+FFFD.
func replaceLoneSurrogates(u []uint16) {
	for i := nextLoneSurrogate(u, 0); i >= 0; i = nextLoneSurrogate(u, i+1) {
		u[i] = 0xFFFD
	}
}

func (bn *bufferNatives) arrayBufferAlignedOffset(c goja.FunctionCall) goja.Value {
	b := Bytes(bn.h, c.Argument(0))
	align := uintptr(c.Argument(1).ToInteger())
	if len(b) == 0 || align <= 1 {
		return bn.num(0)
	}
	addr := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	return bn.num(int((align - addr%align) % align))
}
