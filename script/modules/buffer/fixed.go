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

// fixedOp numbers the methods with a native.
type fixedOp int

const (
	opReadUInt8 fixedOp = iota
	opReadInt8
	opReadUInt16LE
	opReadUInt16BE
	opReadInt16LE
	opReadInt16BE
	opReadUInt32LE
	opReadUInt32BE
	opReadInt32LE
	opReadInt32BE
	opReadFloatLE
	opReadFloatBE
	opReadDoubleLE
	opReadDoubleBE
	opReadBigUInt64LE
	opReadBigUInt64BE
	opReadBigInt64LE
	opReadBigInt64BE
	opWriteUInt8
	opWriteInt8
	opWriteUInt16LE
	opWriteUInt16BE
	opWriteInt16LE
	opWriteInt16BE
	opWriteUInt32LE
	opWriteUInt32BE
	opWriteInt32LE
	opWriteInt32BE
	opWriteFloatLE
	opWriteFloatBE
	opWriteDoubleLE
	opWriteDoubleBE
	opWriteBigUInt64LE
	opWriteBigUInt64BE
	opWriteBigInt64LE
	opWriteBigInt64BE
	opReadUIntLE
	opReadUIntBE
	opReadIntLE
	opReadIntBE
	opWriteUIntLE
	opWriteUIntBE
	opWriteIntLE
	opWriteIntBE
	nFixedOps
)

// fixedWidth holds the natives' state: the runtime, Buffer.prototype and
// the JavaScript method behind each native.
type fixedWidth struct {
	bn    *bufferNatives
	vm    *goja.Runtime
	proto *goja.Object
	slow  [nFixedOps]goja.Callable
}

// fixedTable is the one list of the natives: the method's name, its
// number and the Go method.
var fixedTable = [nFixedOps]struct {
	name string
	op   fixedOp
	fn   func(*fixedWidth, goja.FunctionCall) goja.Value
}{
	{"readUInt8", opReadUInt8, (*fixedWidth).readUInt8},
	{"readInt8", opReadInt8, (*fixedWidth).readInt8},
	{"readUInt16LE", opReadUInt16LE, (*fixedWidth).readUInt16LE},
	{"readUInt16BE", opReadUInt16BE, (*fixedWidth).readUInt16BE},
	{"readInt16LE", opReadInt16LE, (*fixedWidth).readInt16LE},
	{"readInt16BE", opReadInt16BE, (*fixedWidth).readInt16BE},
	{"readUInt32LE", opReadUInt32LE, (*fixedWidth).readUInt32LE},
	{"readUInt32BE", opReadUInt32BE, (*fixedWidth).readUInt32BE},
	{"readInt32LE", opReadInt32LE, (*fixedWidth).readInt32LE},
	{"readInt32BE", opReadInt32BE, (*fixedWidth).readInt32BE},
	{"readFloatLE", opReadFloatLE, (*fixedWidth).readFloatLE},
	{"readFloatBE", opReadFloatBE, (*fixedWidth).readFloatBE},
	{"readDoubleLE", opReadDoubleLE, (*fixedWidth).readDoubleLE},
	{"readDoubleBE", opReadDoubleBE, (*fixedWidth).readDoubleBE},
	{"readBigUInt64LE", opReadBigUInt64LE, (*fixedWidth).readBigUInt64LE},
	{"readBigUInt64BE", opReadBigUInt64BE, (*fixedWidth).readBigUInt64BE},
	{"readBigInt64LE", opReadBigInt64LE, (*fixedWidth).readBigInt64LE},
	{"readBigInt64BE", opReadBigInt64BE, (*fixedWidth).readBigInt64BE},
	{"writeUInt8", opWriteUInt8, (*fixedWidth).writeUInt8},
	{"writeInt8", opWriteInt8, (*fixedWidth).writeInt8},
	{"writeUInt16LE", opWriteUInt16LE, (*fixedWidth).writeUInt16LE},
	{"writeUInt16BE", opWriteUInt16BE, (*fixedWidth).writeUInt16BE},
	{"writeInt16LE", opWriteInt16LE, (*fixedWidth).writeInt16LE},
	{"writeInt16BE", opWriteInt16BE, (*fixedWidth).writeInt16BE},
	{"writeUInt32LE", opWriteUInt32LE, (*fixedWidth).writeUInt32LE},
	{"writeUInt32BE", opWriteUInt32BE, (*fixedWidth).writeUInt32BE},
	{"writeInt32LE", opWriteInt32LE, (*fixedWidth).writeInt32LE},
	{"writeInt32BE", opWriteInt32BE, (*fixedWidth).writeInt32BE},
	{"writeFloatLE", opWriteFloatLE, (*fixedWidth).writeFloatLE},
	{"writeFloatBE", opWriteFloatBE, (*fixedWidth).writeFloatBE},
	{"writeDoubleLE", opWriteDoubleLE, (*fixedWidth).writeDoubleLE},
	{"writeDoubleBE", opWriteDoubleBE, (*fixedWidth).writeDoubleBE},
	{"writeBigUInt64LE", opWriteBigUInt64LE, (*fixedWidth).writeBigUInt64LE},
	{"writeBigUInt64BE", opWriteBigUInt64BE, (*fixedWidth).writeBigUInt64BE},
	{"writeBigInt64LE", opWriteBigInt64LE, (*fixedWidth).writeBigInt64LE},
	{"writeBigInt64BE", opWriteBigInt64BE, (*fixedWidth).writeBigInt64BE},
	{"readUIntLE", opReadUIntLE, (*fixedWidth).readUIntLE},
	{"readUIntBE", opReadUIntBE, (*fixedWidth).readUIntBE},
	{"readIntLE", opReadIntLE, (*fixedWidth).readIntLE},
	{"readIntBE", opReadIntBE, (*fixedWidth).readIntBE},
	{"writeUIntLE", opWriteUIntLE, (*fixedWidth).writeUIntLE},
	{"writeUIntBE", opWriteUIntBE, (*fixedWidth).writeUIntBE},
	{"writeIntLE", opWriteIntLE, (*fixedWidth).writeIntLE},
	{"writeIntBE", opWriteIntBE, (*fixedWidth).writeIntBE},
}

// fixedNatives(methods, proto) returns an object of natives, one for each
// name of fixedTable, each standing in for methods[name] on the buffers of
// proto (Buffer.prototype).
func (bn *bufferNatives) fixedNatives(c goja.FunctionCall) goja.Value {
	vm := bn.vm
	methods := c.Argument(0).ToObject(vm)
	f := &fixedWidth{bn: bn, vm: vm, proto: c.Argument(1).ToObject(vm)}
	out := vm.NewObject()
	for i := range fixedTable {
		e := &fixedTable[i]
		slow, ok := goja.AssertFunction(methods.Get(e.name))
		if !ok {
			panic(vm.NewTypeError("fixedNatives: no method " + e.name))
		}
		f.slow[e.op] = slow
		fn := e.fn
		_ = out.Set(e.name, func(c goja.FunctionCall) goja.Value { return fn(f, c) })
	}
	return out
}

// fallback calls the JavaScript method of op with the call's this and
// arguments.
func (f *fixedWidth) fallback(op fixedOp, c goja.FunctionCall) goja.Value {
	v, err := f.slow[op](c.This, c.Arguments...)
	if err != nil {
		f.bn.h.Rethrow(err)
	}
	return v
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

// readAt is the bytes of this and the offset of a read of size bytes when
// the call is an ordinary one.
func readAt(c goja.FunctionCall, size int) ([]byte, bool) {
	b, ok := host.Uint8Bytes(c.This)
	if !ok {
		return nil, false
	}
	off, ok := offsetArg(c.Argument(0), len(b), size)
	if !ok {
		return nil, false
	}
	return b[off : off+size], true
}

// writeAt is the bytes a write of size bytes goes to, and the offset after
// them, when this is a Buffer and the offset argument (argument 1) is
// ordinary.
func (f *fixedWidth) writeAt(c goja.FunctionCall, size int) ([]byte, int, bool) {
	o, ok := c.This.(*goja.Object)
	if !ok || o.Prototype() != f.proto {
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

// intValue is a write's value argument when it is a number in [lo, hi],
// cut to an integer towards zero (NaN being 0), as the typed array stores
// it.
func intValue(v goja.Value, lo, hi float64) (int64, bool) {
	if !goja.IsNumber(v) {
		return 0, false
	}
	x := v.ToFloat()
	if x != x {
		return 0, true
	}
	if x < lo || x > hi {
		return 0, false
	}
	return int64(x), true
}

func (f *fixedWidth) num(x int64) goja.Value { return f.vm.ToValue(x) }

// --- reads -----------------------------------------------------------------

func (f *fixedWidth) readUInt8(c goja.FunctionCall) goja.Value {
	if p, ok := readAt(c, 1); ok {
		return f.num(int64(p[0]))
	}
	return f.fallback(opReadUInt8, c)
}

func (f *fixedWidth) readInt8(c goja.FunctionCall) goja.Value {
	if p, ok := readAt(c, 1); ok {
		return f.num(int64(int8(p[0])))
	}
	return f.fallback(opReadInt8, c)
}

func (f *fixedWidth) readUInt16LE(c goja.FunctionCall) goja.Value {
	if p, ok := readAt(c, 2); ok {
		return f.num(int64(binary.LittleEndian.Uint16(p)))
	}
	return f.fallback(opReadUInt16LE, c)
}

func (f *fixedWidth) readUInt16BE(c goja.FunctionCall) goja.Value {
	if p, ok := readAt(c, 2); ok {
		return f.num(int64(binary.BigEndian.Uint16(p)))
	}
	return f.fallback(opReadUInt16BE, c)
}

func (f *fixedWidth) readInt16LE(c goja.FunctionCall) goja.Value {
	if p, ok := readAt(c, 2); ok {
		return f.num(int64(int16(binary.LittleEndian.Uint16(p))))
	}
	return f.fallback(opReadInt16LE, c)
}

func (f *fixedWidth) readInt16BE(c goja.FunctionCall) goja.Value {
	if p, ok := readAt(c, 2); ok {
		return f.num(int64(int16(binary.BigEndian.Uint16(p))))
	}
	return f.fallback(opReadInt16BE, c)
}

func (f *fixedWidth) readUInt32LE(c goja.FunctionCall) goja.Value {
	if p, ok := readAt(c, 4); ok {
		return f.num(int64(binary.LittleEndian.Uint32(p)))
	}
	return f.fallback(opReadUInt32LE, c)
}

func (f *fixedWidth) readUInt32BE(c goja.FunctionCall) goja.Value {
	if p, ok := readAt(c, 4); ok {
		return f.num(int64(binary.BigEndian.Uint32(p)))
	}
	return f.fallback(opReadUInt32BE, c)
}

func (f *fixedWidth) readInt32LE(c goja.FunctionCall) goja.Value {
	if p, ok := readAt(c, 4); ok {
		return f.num(int64(int32(binary.LittleEndian.Uint32(p))))
	}
	return f.fallback(opReadInt32LE, c)
}

func (f *fixedWidth) readInt32BE(c goja.FunctionCall) goja.Value {
	if p, ok := readAt(c, 4); ok {
		return f.num(int64(int32(binary.BigEndian.Uint32(p))))
	}
	return f.fallback(opReadInt32BE, c)
}

func (f *fixedWidth) readFloatLE(c goja.FunctionCall) goja.Value {
	if p, ok := readAt(c, 4); ok {
		return f.vm.ToValue(float64(math.Float32frombits(binary.LittleEndian.Uint32(p))))
	}
	return f.fallback(opReadFloatLE, c)
}

func (f *fixedWidth) readFloatBE(c goja.FunctionCall) goja.Value {
	if p, ok := readAt(c, 4); ok {
		return f.vm.ToValue(float64(math.Float32frombits(binary.BigEndian.Uint32(p))))
	}
	return f.fallback(opReadFloatBE, c)
}

func (f *fixedWidth) readDoubleLE(c goja.FunctionCall) goja.Value {
	if p, ok := readAt(c, 8); ok {
		return f.vm.ToValue(math.Float64frombits(binary.LittleEndian.Uint64(p)))
	}
	return f.fallback(opReadDoubleLE, c)
}

func (f *fixedWidth) readDoubleBE(c goja.FunctionCall) goja.Value {
	if p, ok := readAt(c, 8); ok {
		return f.vm.ToValue(math.Float64frombits(binary.BigEndian.Uint64(p)))
	}
	return f.fallback(opReadDoubleBE, c)
}

func (f *fixedWidth) readBigUInt64LE(c goja.FunctionCall) goja.Value {
	if p, ok := readAt(c, 8); ok {
		return f.vm.ToValue(new(big.Int).SetUint64(binary.LittleEndian.Uint64(p)))
	}
	return f.fallback(opReadBigUInt64LE, c)
}

func (f *fixedWidth) readBigUInt64BE(c goja.FunctionCall) goja.Value {
	if p, ok := readAt(c, 8); ok {
		return f.vm.ToValue(new(big.Int).SetUint64(binary.BigEndian.Uint64(p)))
	}
	return f.fallback(opReadBigUInt64BE, c)
}

func (f *fixedWidth) readBigInt64LE(c goja.FunctionCall) goja.Value {
	if p, ok := readAt(c, 8); ok {
		return f.vm.ToValue(new(big.Int).SetInt64(int64(binary.LittleEndian.Uint64(p))))
	}
	return f.fallback(opReadBigInt64LE, c)
}

func (f *fixedWidth) readBigInt64BE(c goja.FunctionCall) goja.Value {
	if p, ok := readAt(c, 8); ok {
		return f.vm.ToValue(new(big.Int).SetInt64(int64(binary.BigEndian.Uint64(p))))
	}
	return f.fallback(opReadBigInt64BE, c)
}

// --- writes ----------------------------------------------------------------

// writeInt is the integer writes: value (argument 0) in [lo, hi] stored
// as size bytes by put; the offset after them.
func (f *fixedWidth) writeInt(c goja.FunctionCall, op fixedOp, size int, lo, hi float64, put func([]byte, uint64)) goja.Value {
	if x, ok := intValue(c.Argument(0), lo, hi); ok {
		if p, end, ok := f.writeAt(c, size); ok {
			put(p, uint64(x))
			return f.num(int64(end))
		}
	}
	return f.fallback(op, c)
}

func put8(p []byte, x uint64)                 { p[0] = byte(x) }
func put16LE(p []byte, x uint64)              { binary.LittleEndian.PutUint16(p, uint16(x)) }
func put16BE(p []byte, x uint64)              { binary.BigEndian.PutUint16(p, uint16(x)) }
func put32LE(p []byte, x uint64)              { binary.LittleEndian.PutUint32(p, uint32(x)) }
func put32BE(p []byte, x uint64)              { binary.BigEndian.PutUint32(p, uint32(x)) }
func put64LE(p []byte, x uint64)              { binary.LittleEndian.PutUint64(p, x) }
func put64BE(p []byte, x uint64)              { binary.BigEndian.PutUint64(p, x) }
func (f *fixedWidth) done(end int) goja.Value { return f.num(int64(end)) }

func (f *fixedWidth) writeUInt8(c goja.FunctionCall) goja.Value {
	return f.writeInt(c, opWriteUInt8, 1, 0, 0xff, put8)
}

func (f *fixedWidth) writeInt8(c goja.FunctionCall) goja.Value {
	return f.writeInt(c, opWriteInt8, 1, -0x80, 0x7f, put8)
}

func (f *fixedWidth) writeUInt16LE(c goja.FunctionCall) goja.Value {
	return f.writeInt(c, opWriteUInt16LE, 2, 0, 0xffff, put16LE)
}

func (f *fixedWidth) writeUInt16BE(c goja.FunctionCall) goja.Value {
	return f.writeInt(c, opWriteUInt16BE, 2, 0, 0xffff, put16BE)
}

func (f *fixedWidth) writeInt16LE(c goja.FunctionCall) goja.Value {
	return f.writeInt(c, opWriteInt16LE, 2, -0x8000, 0x7fff, put16LE)
}

func (f *fixedWidth) writeInt16BE(c goja.FunctionCall) goja.Value {
	return f.writeInt(c, opWriteInt16BE, 2, -0x8000, 0x7fff, put16BE)
}

func (f *fixedWidth) writeUInt32LE(c goja.FunctionCall) goja.Value {
	return f.writeInt(c, opWriteUInt32LE, 4, 0, 0xffffffff, put32LE)
}

func (f *fixedWidth) writeUInt32BE(c goja.FunctionCall) goja.Value {
	return f.writeInt(c, opWriteUInt32BE, 4, 0, 0xffffffff, put32BE)
}

func (f *fixedWidth) writeInt32LE(c goja.FunctionCall) goja.Value {
	return f.writeInt(c, opWriteInt32LE, 4, -0x80000000, 0x7fffffff, put32LE)
}

func (f *fixedWidth) writeInt32BE(c goja.FunctionCall) goja.Value {
	return f.writeInt(c, opWriteInt32BE, 4, -0x80000000, 0x7fffffff, put32BE)
}

// writeFloat is the float writes: any number, rounded to float32, the
// offset after the 4 bytes.
func (f *fixedWidth) writeFloat(c goja.FunctionCall, op fixedOp, put func([]byte, uint64)) goja.Value {
	if v := c.Argument(0); goja.IsNumber(v) {
		if p, end, ok := f.writeAt(c, 4); ok {
			put(p, uint64(math.Float32bits(float32(v.ToFloat()))))
			return f.done(end)
		}
	}
	return f.fallback(op, c)
}

// writeDouble is the double writes: any number, NaN as the one quiet NaN
// JavaScript engines write.
func (f *fixedWidth) writeDouble(c goja.FunctionCall, op fixedOp, put func([]byte, uint64)) goja.Value {
	if v := c.Argument(0); goja.IsNumber(v) {
		if p, end, ok := f.writeAt(c, 8); ok {
			x := v.ToFloat()
			bits := math.Float64bits(x)
			if x != x {
				bits = 0x7ff8000000000000
			}
			put(p, bits)
			return f.done(end)
		}
	}
	return f.fallback(op, c)
}

func (f *fixedWidth) writeFloatLE(c goja.FunctionCall) goja.Value {
	return f.writeFloat(c, opWriteFloatLE, put32LE)
}

func (f *fixedWidth) writeFloatBE(c goja.FunctionCall) goja.Value {
	return f.writeFloat(c, opWriteFloatBE, put32BE)
}

func (f *fixedWidth) writeDoubleLE(c goja.FunctionCall) goja.Value {
	return f.writeDouble(c, opWriteDoubleLE, put64LE)
}

func (f *fixedWidth) writeDoubleBE(c goja.FunctionCall) goja.Value {
	return f.writeDouble(c, opWriteDoubleBE, put64BE)
}

// writeBig is the BigInt writes: a BigInt that fits 64 bits (signed or
// not), the offset after the 8 bytes.
func (f *fixedWidth) writeBig(c goja.FunctionCall, op fixedOp, signed bool, put func([]byte, uint64)) goja.Value {
	if v := c.Argument(0); goja.IsBigInt(v) {
		if x, ok := v.Export().(*big.Int); ok {
			var bits uint64
			fits := false
			if signed {
				fits = x.IsInt64()
				bits = uint64(x.Int64())
			} else {
				fits = x.IsUint64()
				bits = x.Uint64()
			}
			if fits {
				if p, end, ok := f.writeAt(c, 8); ok {
					put(p, bits)
					return f.done(end)
				}
			}
		}
	}
	return f.fallback(op, c)
}

func (f *fixedWidth) writeBigUInt64LE(c goja.FunctionCall) goja.Value {
	return f.writeBig(c, opWriteBigUInt64LE, false, put64LE)
}

func (f *fixedWidth) writeBigUInt64BE(c goja.FunctionCall) goja.Value {
	return f.writeBig(c, opWriteBigUInt64BE, false, put64BE)
}

func (f *fixedWidth) writeBigInt64LE(c goja.FunctionCall) goja.Value {
	return f.writeBig(c, opWriteBigInt64LE, true, put64LE)
}

func (f *fixedWidth) writeBigInt64BE(c goja.FunctionCall) goja.Value {
	return f.writeBig(c, opWriteBigInt64BE, true, put64BE)
}

// --- variable width (1 to 6 bytes) -------------------------------------------

// widthArg is a byteLength argument that is an integer from 1 to 6.
func widthArg(v goja.Value) (int, bool) {
	if !goja.IsNumber(v) {
		return 0, false
	}
	x := v.ToFloat()
	n := int(x)
	return n, n >= 1 && n <= 6 && float64(n) == x
}

// varRead is the bytes of a variable-width read when the call is an
// ordinary one: its offset is a number (never absent) and its byteLength
// argument 1 to 6.
func varRead(c goja.FunctionCall) ([]byte, bool) {
	n, ok := widthArg(c.Argument(1))
	if !ok || !goja.IsNumber(c.Argument(0)) {
		return nil, false
	}
	return readAt(c, n)
}

// uintLE and uintBE are the unsigned value of p's bytes.
func uintLE(p []byte) uint64 {
	var x uint64
	for i := len(p) - 1; i >= 0; i-- {
		x = x<<8 | uint64(p[i])
	}
	return x
}

func uintBE(p []byte) uint64 {
	var x uint64
	for _, c := range p {
		x = x<<8 | uint64(c)
	}
	return x
}

// signed is x, an integer of n bytes, as a two's complement one.
func signed(x uint64, n int) int64 {
	shift := 64 - 8*uint(n)
	return int64(x<<shift) >> shift
}

func (f *fixedWidth) readUIntLE(c goja.FunctionCall) goja.Value {
	if p, ok := varRead(c); ok {
		return f.num(int64(uintLE(p)))
	}
	return f.fallback(opReadUIntLE, c)
}

func (f *fixedWidth) readUIntBE(c goja.FunctionCall) goja.Value {
	if p, ok := varRead(c); ok {
		return f.num(int64(uintBE(p)))
	}
	return f.fallback(opReadUIntBE, c)
}

func (f *fixedWidth) readIntLE(c goja.FunctionCall) goja.Value {
	if p, ok := varRead(c); ok {
		return f.num(signed(uintLE(p), len(p)))
	}
	return f.fallback(opReadIntLE, c)
}

func (f *fixedWidth) readIntBE(c goja.FunctionCall) goja.Value {
	if p, ok := varRead(c); ok {
		return f.num(signed(uintBE(p), len(p)))
	}
	return f.fallback(opReadIntBE, c)
}

// writeVar is the variable-width writes: value (argument 0) a number in
// [0, 2^(8n)-1] or, signed, [-2^(8n-1), 2^(8n-1)-1], the offset a number and
// byteLength (argument 2) n from 1 to 6; the bytes of the value cut to an
// integer towards zero, least significant first when le.
func (f *fixedWidth) writeVar(c goja.FunctionCall, op fixedOp, signed, le bool) goja.Value {
	if n, ok := widthArg(c.Argument(2)); ok && goja.IsNumber(c.Argument(1)) {
		top := math.Ldexp(1, 8*n)
		lo, hi := 0.0, top-1
		if signed {
			lo, hi = -top/2, top/2-1
		}
		if v := c.Argument(0); goja.IsNumber(v) {
			if x := v.ToFloat(); x != x || (x >= lo && x <= hi) {
				if p, end, ok := f.writeAt(c, n); ok {
					var bits uint64
					if x == x {
						bits = uint64(int64(x))
					}
					for i := range n {
						if le {
							p[i] = byte(bits >> (8 * i))
						} else {
							p[n-1-i] = byte(bits >> (8 * i))
						}
					}
					return f.done(end)
				}
			}
		}
	}
	return f.fallback(op, c)
}

func (f *fixedWidth) writeUIntLE(c goja.FunctionCall) goja.Value {
	return f.writeVar(c, opWriteUIntLE, false, true)
}

func (f *fixedWidth) writeUIntBE(c goja.FunctionCall) goja.Value {
	return f.writeVar(c, opWriteUIntBE, false, false)
}

func (f *fixedWidth) writeIntLE(c goja.FunctionCall) goja.Value {
	return f.writeVar(c, opWriteIntLE, true, true)
}

func (f *fixedWidth) writeIntBE(c goja.FunctionCall) goja.Value {
	return f.writeVar(c, opWriteIntBE, true, false)
}
