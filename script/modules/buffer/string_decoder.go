package buffer

import (
	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/internal/textenc"
	"github.com/nodenet/nodenet/script/internal/host"
)

// The "string_decoder" binding: StringDecoder's chunk decoding, over
// textenc.Decoder. A decoder's state lives in a 7-byte Buffer that
// lib/string_decoder.js keeps: the held-back bytes (4), the bytes
// missing, the bytes held and the encoding number.

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
	names := textenc.Names()
	enc := make([]any, len(names))
	for i, n := range names {
		enc[i] = n
	}
	_ = o.Set("encodings", vm.NewArray(enc...))
	_ = o.Set("kSize", sdSize)
	_ = o.Set("decode", d.decode)
	_ = o.Set("flush", d.flush)
	return o
}

// load reads the decoder of a state buffer.
func (d *stringDecoder) load(v goja.Value) ([]byte, textenc.Decoder) {
	st := Bytes(d.h, v)
	if len(st) < sdSize {
		panic(d.vm.NewTypeError("invalid StringDecoder state"))
	}
	dec := textenc.Decoder{Enc: textenc.Encoding(st[sdEncoding]), Missing: int(st[sdMissing]), Buffered: int(st[sdBuffered])}
	copy(dec.Incomplete[:], st[:4])
	return st, dec
}

func store(st []byte, dec *textenc.Decoder) {
	copy(st[:4], dec.Incomplete[:])
	st[sdMissing], st[sdBuffered] = byte(dec.Missing), byte(dec.Buffered)
}

// decode(state, data) decodes data, holding back an incomplete character
// in state.
func (d *stringDecoder) decode(c goja.FunctionCall) goja.Value {
	st, dec := d.load(c.Argument(0))
	out := dec.Write(nil, Bytes(d.h, c.Argument(1)))
	store(st, &dec)
	return wtf8Value(d.vm, out)
}

// flush(state) is the text of what state holds back, which it then drops.
func (d *stringDecoder) flush(c goja.FunctionCall) goja.Value {
	st, dec := d.load(c.Argument(0))
	out := dec.End(nil)
	store(st, &dec)
	return wtf8Value(d.vm, out)
}
