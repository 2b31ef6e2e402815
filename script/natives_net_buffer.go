package script

// Temporary Buffer conversions for the net binding, until the buffer
// binding (natives_buffer.go) provides newBuffer and bufferBytes.

import (
	"encoding/base64"
	"encoding/hex"
	"strings"
	"unicode/utf16"

	"github.com/dop251/goja"
)

// newBuffer returns a Buffer over b (not copied).
func (h *Host) newBuffer(b []byte) goja.Value {
	from := h.bufferFrom()
	v, err := from(goja.Undefined(), h.vm.ToValue(h.vm.NewArrayBuffer(b)))
	if err != nil {
		h.rethrow(err)
	}
	return v
}

var bufferFromKey = new(int)

func (h *Host) bufferFrom() goja.Callable {
	if f, ok := h.loop.Local(bufferFromKey, func() any {
		buf := h.requireLib("buffer").ToObject(h.vm).Get("Buffer").ToObject(h.vm)
		from, _ := goja.AssertFunction(buf.Get("from"))
		return goja.Callable(func(this goja.Value, args ...goja.Value) (goja.Value, error) {
			return from(buf, args...)
		})
	}).(goja.Callable); ok {
		return f
	}
	panic("script: no Buffer.from")
}

// bufferBytes returns the bytes of a Buffer, Uint8Array or other
// ArrayBuffer view (shared, not copied).
func (h *Host) bufferBytes(v goja.Value) ([]byte, bool) {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	switch x := o.Export().(type) {
	case []byte:
		return x, true
	case goja.ArrayBuffer:
		return x.Bytes(), true
	}
	return nil, false
}

func init() { registerNative("netbufcodec", (*Host).netBufCodec) }

// netBufCodec encodes and decodes strings for the temporary Buffer.
func (h *Host) netBufCodec() *goja.Object {
	vm := h.vm
	o := vm.NewObject()
	_ = o.Set("isEncoding", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(normEnc(c.Argument(0).String()) != "")
	})
	_ = o.Set("encode", func(c goja.FunctionCall) goja.Value {
		s := c.Argument(0).String()
		var b []byte
		switch normEnc(c.Argument(1).String()) {
		case "hex":
			n := len(s) / 2
			b = make([]byte, 0, n)
			for i := 0; i+1 < len(s); i += 2 {
				v, err := hex.DecodeString(s[i : i+2])
				if err != nil {
					break
				}
				b = append(b, v...)
			}
		case "base64", "base64url":
			t := strings.TrimRight(strings.Map(func(r rune) rune {
				switch r {
				case '-':
					return '+'
				case '_':
					return '/'
				case ' ', '\n', '\r', '\t':
					return -1
				}
				return r
			}, s), "=")
			b, _ = base64.RawStdEncoding.DecodeString(t)
		case "latin1", "ascii":
			u := utf16.Encode([]rune(s))
			b = make([]byte, len(u))
			for i, r := range u {
				b[i] = byte(r)
			}
		case "utf16le":
			u := utf16.Encode([]rune(s))
			b = make([]byte, 2*len(u))
			for i, r := range u {
				b[2*i], b[2*i+1] = byte(r), byte(r>>8)
			}
		default:
			b = []byte(s)
		}
		return vm.ToValue(vm.NewArrayBuffer(b))
	})
	_ = o.Set("decode", func(c goja.FunctionCall) goja.Value {
		b, _ := h.bufferBytes(c.Argument(0))
		start, end := int(c.Argument(2).ToInteger()), int(c.Argument(3).ToInteger())
		end = min(end, len(b))
		start = min(max(start, 0), end)
		b = b[start:end]
		switch normEnc(c.Argument(1).String()) {
		case "hex":
			return vm.ToValue(hex.EncodeToString(b))
		case "base64":
			return vm.ToValue(base64.StdEncoding.EncodeToString(b))
		case "base64url":
			return vm.ToValue(base64.RawURLEncoding.EncodeToString(b))
		case "latin1":
			r := make([]rune, len(b))
			for i, x := range b {
				r[i] = rune(x)
			}
			return vm.ToValue(string(r))
		case "ascii":
			r := make([]rune, len(b))
			for i, x := range b {
				r[i] = rune(x & 0x7f)
			}
			return vm.ToValue(string(r))
		case "utf16le":
			u := make([]uint16, len(b)/2)
			for i := range u {
				u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
			}
			return vm.ToValue(string(utf16.Decode(u)))
		}
		return vm.ToValue(strings.ToValidUTF8(string(b), "\uFFFD"))
	})
	return o
}

func normEnc(e string) string {
	switch strings.ToLower(e) {
	case "utf8", "utf-8":
		return "utf8"
	case "hex":
		return "hex"
	case "base64":
		return "base64"
	case "base64url":
		return "base64url"
	case "latin1", "binary":
		return "latin1"
	case "ascii":
		return "ascii"
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		return "utf16le"
	}
	return ""
}
