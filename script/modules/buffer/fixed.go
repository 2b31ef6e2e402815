package buffer

import (
	"encoding/binary"
	"math"
	"math/big"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/script/internal/host"
)

// Buffer's fixed-width reads and writes in Go (and the variable-width
// ones, readUIntLE … writeIntBE, of 1 to 6 bytes).
//
// A method of Buffer.prototype written in JavaScript pays for every
// element access of the typed array and every check in the interpreter
// (about a microsecond for readUInt32BE). The natives here read and write
// the bytes directly when the call is an ordinary one: `this` a Uint8Array
// (for a write, one whose prototype is Buffer.prototype, so no
// Uint8ClampedArray), the offset a number that is an integer in range or
// absent, the value a number or BigInt that fits. Every other call goes to
// the JavaScript method the native stands in for (internal/buffer.js),
// with the same this and arguments: it does the conversions and throws
// Node's errors. The fast path has no side effects before it decides, so
// handing over is always safe.
//
// Each native is one row of fixedRows; two generic methods of fixedNative
// (read and write) do the fast path and the handing over for all of them.

// valueKind is what a native's bytes stand for in JavaScript.
type valueKind uint8

const (
	kUint    valueKind = iota // a number, unsigned
	kInt                      // a number, two's complement
	kFloat                    // a number, IEEE 754 single precision
	kDouble                   // a number, IEEE 754 double precision
	kBigUint                  // a BigInt, unsigned
	kBigInt                   // a BigInt, two's complement
)

// Spellings for fixedRow's op and le fields.
const (
	opRead, opWrite    = false, true
	bigEnd, littleEnd  = false, true
	varWidth           = 0 // size of the variable-width methods
	maxVarWidth        = 6
	canonicalNaNDouble = 0x7ff8000000000000 // the one NaN JavaScript engines write
)

// fixedRow describes one native: the method's name, whether it writes
// (arguments value, offset[, byteLength]) or reads (offset[, byteLength]),
// how many bytes (varWidth: its byteLength argument, 1 to 6), what they
// stand for and their order (le: least significant first).
type fixedRow struct {
	name string
	op   bool
	size int
	kind valueKind
	le   bool
}

// fixedRows is the one list of the natives.
var fixedRows = [...]fixedRow{
	{"readUInt8", opRead, 1, kUint, bigEnd},
	{"readInt8", opRead, 1, kInt, bigEnd},
	{"readUInt16LE", opRead, 2, kUint, littleEnd},
	{"readUInt16BE", opRead, 2, kUint, bigEnd},
	{"readInt16LE", opRead, 2, kInt, littleEnd},
	{"readInt16BE", opRead, 2, kInt, bigEnd},
	{"readUInt32LE", opRead, 4, kUint, littleEnd},
	{"readUInt32BE", opRead, 4, kUint, bigEnd},
	{"readInt32LE", opRead, 4, kInt, littleEnd},
	{"readInt32BE", opRead, 4, kInt, bigEnd},
	{"readFloatLE", opRead, 4, kFloat, littleEnd},
	{"readFloatBE", opRead, 4, kFloat, bigEnd},
	{"readDoubleLE", opRead, 8, kDouble, littleEnd},
	{"readDoubleBE", opRead, 8, kDouble, bigEnd},
	{"readBigUInt64LE", opRead, 8, kBigUint, littleEnd},
	{"readBigUInt64BE", opRead, 8, kBigUint, bigEnd},
	{"readBigInt64LE", opRead, 8, kBigInt, littleEnd},
	{"readBigInt64BE", opRead, 8, kBigInt, bigEnd},
	{"readUIntLE", opRead, varWidth, kUint, littleEnd},
	{"readUIntBE", opRead, varWidth, kUint, bigEnd},
	{"readIntLE", opRead, varWidth, kInt, littleEnd},
	{"readIntBE", opRead, varWidth, kInt, bigEnd},
	{"writeUInt8", opWrite, 1, kUint, bigEnd},
	{"writeInt8", opWrite, 1, kInt, bigEnd},
	{"writeUInt16LE", opWrite, 2, kUint, littleEnd},
	{"writeUInt16BE", opWrite, 2, kUint, bigEnd},
	{"writeInt16LE", opWrite, 2, kInt, littleEnd},
	{"writeInt16BE", opWrite, 2, kInt, bigEnd},
	{"writeUInt32LE", opWrite, 4, kUint, littleEnd},
	{"writeUInt32BE", opWrite, 4, kUint, bigEnd},
	{"writeInt32LE", opWrite, 4, kInt, littleEnd},
	{"writeInt32BE", opWrite, 4, kInt, bigEnd},
	{"writeFloatLE", opWrite, 4, kFloat, littleEnd},
	{"writeFloatBE", opWrite, 4, kFloat, bigEnd},
	{"writeDoubleLE", opWrite, 8, kDouble, littleEnd},
	{"writeDoubleBE", opWrite, 8, kDouble, bigEnd},
	{"writeBigUInt64LE", opWrite, 8, kBigUint, littleEnd},
	{"writeBigUInt64BE", opWrite, 8, kBigUint, bigEnd},
	{"writeBigInt64LE", opWrite, 8, kBigInt, littleEnd},
	{"writeBigInt64BE", opWrite, 8, kBigInt, bigEnd},
	{"writeUIntLE", opWrite, varWidth, kUint, littleEnd},
	{"writeUIntBE", opWrite, varWidth, kUint, bigEnd},
	{"writeIntLE", opWrite, varWidth, kInt, littleEnd},
	{"writeIntBE", opWrite, varWidth, kInt, bigEnd},
}

// fixedNative is one row bound to the runtime, Buffer.prototype and the
// JavaScript method it stands in for.
type fixedNative struct {
	fixedRow
	bn     *bufferNatives
	proto  *goja.Object
	slow   goja.Callable
	lo, hi float64 // range of an integer number write of a fixed size
}

// fixedNatives(methods, proto) returns an object of natives, one for each
// row of fixedRows, each standing in for methods[name] on the buffers of
// proto (Buffer.prototype).
func (bn *bufferNatives) fixedNatives(c goja.FunctionCall) goja.Value {
	vm := bn.vm
	methods := c.Argument(0).ToObject(vm)
	proto := c.Argument(1).ToObject(vm)
	out := vm.NewObject()
	for _, r := range fixedRows {
		slow, ok := goja.AssertFunction(methods.Get(r.name))
		if !ok {
			panic(vm.NewTypeError("fixedNatives: no method " + r.name))
		}
		n := &fixedNative{fixedRow: r, bn: bn, proto: proto, slow: slow}
		fn := n.read
		if r.op == opWrite {
			fn = n.write
			if r.size != varWidth && (r.kind == kUint || r.kind == kInt) {
				n.lo, n.hi = intRange(r.size, r.kind == kInt)
			}
		}
		_ = out.Set(r.name, fn)
	}
	return out
}

// read is the native of a read row: offset (argument 0) and, variable
// width, byteLength (argument 1).
func (n *fixedNative) read(c goja.FunctionCall) goja.Value {
	size, offset := n.size, c.Argument(0)
	if size == varWidth {
		// The offset of a variable-width read is never optional.
		var ok bool
		if size, ok = widthArg(c.Argument(1)); !ok || !goja.IsNumber(offset) {
			return n.fallback(c)
		}
	}
	if b, ok := host.Uint8Bytes(c.This); ok {
		if off, ok := offsetArg(offset, len(b), size); ok {
			return n.decode(b[off : off+size])
		}
	}
	return n.fallback(c)
}

// write is the native of a write row: value (argument 0), offset
// (argument 1) and, variable width, byteLength (argument 2); it returns
// the offset after the bytes written.
func (n *fixedNative) write(c goja.FunctionCall) goja.Value {
	size, lo, hi := n.size, n.lo, n.hi
	if size == varWidth {
		// The offset of a variable-width write is never optional.
		var ok bool
		if size, ok = widthArg(c.Argument(2)); !ok || !goja.IsNumber(c.Argument(1)) {
			return n.fallback(c)
		}
		lo, hi = intRange(size, n.kind == kInt)
	}
	if x, ok := n.encode(c.Argument(0), lo, hi); ok {
		if p, end, ok := n.writeAt(c, size); ok {
			putUint(p, x, n.le)
			return n.bn.vm.ToValue(int64(end))
		}
	}
	return n.fallback(c)
}

// fallback calls the JavaScript method with the call's this and
// arguments.
func (n *fixedNative) fallback(c goja.FunctionCall) goja.Value {
	v, err := n.slow(c.This, c.Arguments...)
	if err != nil {
		n.bn.h.Rethrow(err)
	}
	return v
}

// decode is the value of a read's bytes p.
func (n *fixedNative) decode(p []byte) goja.Value {
	x := getUint(p, n.le)
	vm := n.bn.vm
	switch n.kind {
	case kUint:
		return vm.ToValue(int64(x))
	case kInt:
		return vm.ToValue(signed(x, len(p)))
	case kFloat:
		return vm.ToValue(float64(math.Float32frombits(uint32(x))))
	case kDouble:
		return vm.ToValue(math.Float64frombits(x))
	case kBigUint:
		return vm.ToValue(new(big.Int).SetUint64(x))
	default:
		return vm.ToValue(new(big.Int).SetInt64(int64(x)))
	}
}

// encode is the bits a write stores for v when v is an ordinary value of
// the row's kind: an integer number write's value in [lo, hi] cut to an
// integer towards zero (NaN being 0), as the typed array stores it; any
// number for a float or double (NaN as the canonical one); a BigInt that
// fits 64 bits.
func (n *fixedNative) encode(v goja.Value, lo, hi float64) (uint64, bool) {
	switch n.kind {
	case kUint, kInt:
		if goja.IsNumber(v) {
			x := v.ToFloat()
			if x != x {
				return 0, true
			}
			if x < lo || x > hi {
				return 0, false
			}
			return uint64(int64(x)), true
		}
	case kFloat:
		if goja.IsNumber(v) {
			return uint64(math.Float32bits(float32(v.ToFloat()))), true
		}
	case kDouble:
		if goja.IsNumber(v) {
			if x := v.ToFloat(); x == x {
				return math.Float64bits(x), true
			}
			return canonicalNaNDouble, true
		}
	default:
		if goja.IsBigInt(v) {
			if x, ok := v.Export().(*big.Int); ok {
				if n.kind == kBigInt {
					return uint64(x.Int64()), x.IsInt64()
				}
				return x.Uint64(), x.IsUint64()
			}
		}
	}
	return 0, false
}

// writeAt is the bytes a write of size bytes goes to, and the offset after
// them, when this is a Buffer and the offset argument (argument 1) is
// ordinary.
func (n *fixedNative) writeAt(c goja.FunctionCall, size int) ([]byte, int, bool) {
	o, ok := c.This.(*goja.Object)
	if !ok || o.Prototype() != n.proto {
		return nil, 0, false
	}
	b, ok := host.Uint8Bytes(o)
	if !ok {
		return nil, 0, false
	}
	off, ok := offsetArg(c.Argument(1), len(b), size)
	if !ok {
		return nil, 0, false
	}
	return b[off : off+size], off + size, true
}

// offsetArg is an offset argument (undefined meaning 0) for size bytes in
// a buffer of n bytes, when it is a number that is an integer in range.
func offsetArg(v goja.Value, n, size int) (int, bool) {
	if goja.IsUndefined(v) {
		return 0, size <= n
	}
	if !goja.IsNumber(v) {
		return 0, false
	}
	x := v.ToFloat()
	if !(x >= 0 && x <= float64(n-size)) {
		return 0, false
	}
	off := int(x)
	return off, float64(off) == x
}

// widthArg is a byteLength argument that is an integer from 1 to 6.
func widthArg(v goja.Value) (int, bool) {
	if !goja.IsNumber(v) {
		return 0, false
	}
	x := v.ToFloat()
	n := int(x)
	return n, n >= 1 && n <= maxVarWidth && float64(n) == x
}

// intRange is the range of the integer numbers of n bytes (1 to 6),
// signed or not.
func intRange(n int, signed bool) (lo, hi float64) {
	top := float64(uint64(1) << (8 * uint(n)))
	if signed {
		return -top / 2, top/2 - 1
	}
	return 0, top - 1
}

// signed is x, an integer of n bytes, as a two's complement one.
func signed(x uint64, n int) int64 {
	shift := 64 - 8*uint(n)
	return int64(x<<shift) >> shift
}

// getUint is the unsigned integer of p's bytes, least significant first
// when le.
func getUint(p []byte, le bool) uint64 {
	if le {
		switch len(p) {
		case 2:
			return uint64(binary.LittleEndian.Uint16(p))
		case 4:
			return uint64(binary.LittleEndian.Uint32(p))
		case 8:
			return binary.LittleEndian.Uint64(p)
		}
		var x uint64
		for i := len(p) - 1; i >= 0; i-- {
			x = x<<8 | uint64(p[i])
		}
		return x
	}
	switch len(p) {
	case 2:
		return uint64(binary.BigEndian.Uint16(p))
	case 4:
		return uint64(binary.BigEndian.Uint32(p))
	case 8:
		return binary.BigEndian.Uint64(p)
	}
	var x uint64
	for _, c := range p {
		x = x<<8 | uint64(c)
	}
	return x
}

// putUint stores the low len(p) bytes of x in p, least significant first
// when le.
func putUint(p []byte, x uint64, le bool) {
	if le {
		switch len(p) {
		case 2:
			binary.LittleEndian.PutUint16(p, uint16(x))
		case 4:
			binary.LittleEndian.PutUint32(p, uint32(x))
		case 8:
			binary.LittleEndian.PutUint64(p, x)
		default:
			for i := range p {
				p[i] = byte(x >> (8 * i))
			}
		}
		return
	}
	switch len(p) {
	case 2:
		binary.BigEndian.PutUint16(p, uint16(x))
	case 4:
		binary.BigEndian.PutUint32(p, uint32(x))
	case 8:
		binary.BigEndian.PutUint64(p, x)
	default:
		for i := range p {
			p[len(p)-1-i] = byte(x >> (8 * i))
		}
	}
}
