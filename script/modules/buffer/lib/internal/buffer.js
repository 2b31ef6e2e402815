'use strict';
// internal/buffer: FastBuffer, the Uint8Array subclass every Buffer is an
// instance of, and Buffer's numeric reads and writes.
//
// On Buffer.prototype the reads and writes are Go natives (the binding's
// fixedNatives) that handle ordinary calls themselves and hand every other
// call to the functions here, which are also complete on their own: plain
// arithmetic on the typed array. Their fast path only looks at the first
// and the last byte it touches: both exist exactly when the offset is an
// integer in range, so the checks that make Node's errors (argument type,
// integer, range, value range) run only once something is wrong, out of
// line in the fail* functions.

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const natives = binding('buffer');

class FastBuffer extends Uint8Array {
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}
// The binding makes FastBuffers itself (natives.create, view, fromString):
// cheaper than running this constructor.
natives.setup(FastBuffer);

// --- errors ------------------------------------------------------------------

// failOffset throws the error of a read or write of size bytes at offset
// that the fast path refused.
function failOffset(buf, offset, size) {
  if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (Math.floor(offset) !== offset) throw new ERR_OUT_OF_RANGE('offset', 'an integer', offset);
  const last = buf.length - size;
  if (last < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE('offset', `>= 0 and <= ${last}`, offset);
}

// failValue throws the range error of a value that does not fit size
// bytes (signed or not).
function failValue(value, size, signed) {
  let range;
  if (size > 4) {
    const bits = 8 * size;
    range = signed ? `>= -(2 ** ${bits - 1}) and < 2 ** ${bits - 1}` : `>= 0 and < 2 ** ${bits}`;
  } else if (signed) {
    const half = 2 ** (8 * size - 1);
    range = `>= ${-half} and <= ${half - 1}`;
  } else {
    range = `>= 0 and <= ${2 ** (8 * size) - 1}`;
  }
  throw new ERR_OUT_OF_RANGE('value', range, value);
}

function failBigValue(value, signed) {
  throw new ERR_OUT_OF_RANGE('value', signed ? '>= -(2n ** 63n) and < 2n ** 63n' : '>= 0n and < 2n ** 64n', value);
}

// checkWidth validates the byteLength of the variable-width methods.
function checkWidth(byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && (byteLength | 0) === byteLength) return;
  if (typeof byteLength !== 'number') throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  if (Math.floor(byteLength) !== byteLength) throw new ERR_OUT_OF_RANGE('byteLength', 'an integer', byteLength);
  throw new ERR_OUT_OF_RANGE('byteLength', '>= 1 and <= 6', byteLength);
}

// at returns the offset argument of a read or write: 0 when omitted,
// anything but a number refused (a numeric string would index the array).
function at(buf, offset, size) {
  if (offset === undefined) return 0;
  if (typeof offset !== 'number') failOffset(buf, offset, size);
  return offset;
}

// --- reads ---------------------------------------------------------------------

function readUInt8(offset) {
  if (typeof offset !== 'number') offset = at(this, offset, 1);
  const v = this[offset];
  if (v === undefined) failOffset(this, offset, 1);
  return v;
}

function readInt8(offset) {
  if (typeof offset !== 'number') offset = at(this, offset, 1);
  const v = this[offset];
  if (v === undefined) failOffset(this, offset, 1);
  return v << 24 >> 24;
}

function readUInt16LE(offset) {
  if (typeof offset !== 'number') offset = at(this, offset, 2);
  const a = this[offset], b = this[offset + 1];
  if (a === undefined || b === undefined) failOffset(this, offset, 2);
  return a | b << 8;
}

function readUInt16BE(offset) {
  if (typeof offset !== 'number') offset = at(this, offset, 2);
  const a = this[offset], b = this[offset + 1];
  if (a === undefined || b === undefined) failOffset(this, offset, 2);
  return a << 8 | b;
}

function readInt16LE(offset) {
  if (typeof offset !== 'number') offset = at(this, offset, 2);
  const a = this[offset], b = this[offset + 1];
  if (a === undefined || b === undefined) failOffset(this, offset, 2);
  return (a | b << 8) << 16 >> 16;
}

function readInt16BE(offset) {
  if (typeof offset !== 'number') offset = at(this, offset, 2);
  const a = this[offset], b = this[offset + 1];
  if (a === undefined || b === undefined) failOffset(this, offset, 2);
  return (a << 8 | b) << 16 >> 16;
}

function readUInt32LE(offset) {
  if (typeof offset !== 'number') offset = at(this, offset, 4);
  const a = this[offset], d = this[offset + 3];
  if (a === undefined || d === undefined) failOffset(this, offset, 4);
  return (a | this[offset + 1] << 8 | this[offset + 2] << 16) + d * 0x1000000;
}

function readUInt32BE(offset) {
  if (typeof offset !== 'number') offset = at(this, offset, 4);
  const a = this[offset], d = this[offset + 3];
  if (a === undefined || d === undefined) failOffset(this, offset, 4);
  return a * 0x1000000 + (this[offset + 1] << 16 | this[offset + 2] << 8 | d);
}

function readInt32LE(offset) {
  if (typeof offset !== 'number') offset = at(this, offset, 4);
  const a = this[offset], d = this[offset + 3];
  if (a === undefined || d === undefined) failOffset(this, offset, 4);
  return a | this[offset + 1] << 8 | this[offset + 2] << 16 | d << 24;
}

function readInt32BE(offset) {
  if (typeof offset !== 'number') offset = at(this, offset, 4);
  const a = this[offset], d = this[offset + 3];
  if (a === undefined || d === undefined) failOffset(this, offset, 4);
  return a << 24 | this[offset + 1] << 16 | this[offset + 2] << 8 | d;
}

// readWidth checks a variable-width read and returns its offset.
// An absent offset is refused before byteLength is looked at, an offset
// of another type after.
function readWidth(buf, offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  checkWidth(byteLength);
  if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (buf[offset] === undefined || buf[offset + byteLength - 1] === undefined) failOffset(buf, offset, byteLength);
  return offset;
}

function readUIntLE(offset, byteLength) {
  offset = readWidth(this, offset, byteLength);
  let v = 0;
  for (let i = byteLength - 1; i >= 0; i--) v = v * 256 + this[offset + i];
  return v;
}

function readUIntBE(offset, byteLength) {
  offset = readWidth(this, offset, byteLength);
  let v = 0;
  for (let i = 0; i < byteLength; i++) v = v * 256 + this[offset + i];
  return v;
}

function readIntLE(offset, byteLength) {
  const v = readUIntLE.call(this, offset, byteLength);
  const top = 2 ** (8 * byteLength);
  return v >= top / 2 ? v - top : v;
}

function readIntBE(offset, byteLength) {
  const v = readUIntBE.call(this, offset, byteLength);
  const top = 2 ** (8 * byteLength);
  return v >= top / 2 ? v - top : v;
}

// Floats go through a scratch array of the machine's byte order.
const f32 = new Float32Array(1);
const f32b = new Uint8Array(f32.buffer);
const f64 = new Float64Array(1);
const f64b = new Uint8Array(f64.buffer);
const hostLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

// load copies size bytes at offset into scratch, in the machine's order.
function load(buf, offset, size, scratch, le) {
  if (typeof offset !== 'number') offset = at(buf, offset, size);
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) failOffset(buf, offset, size);
  if (le === hostLE) {
    for (let i = 0; i < size; i++) scratch[i] = buf[offset + i];
  } else {
    for (let i = 0; i < size; i++) scratch[size - 1 - i] = buf[offset + i];
  }
}

// store copies scratch to size bytes at offset and returns the end.
function store(buf, offset, size, scratch, le) {
  if (le === hostLE) {
    for (let i = 0; i < size; i++) buf[offset + i] = scratch[i];
  } else {
    for (let i = 0; i < size; i++) buf[offset + i] = scratch[size - 1 - i];
  }
  return offset + size;
}

function readFloatLE(offset) { load(this, offset, 4, f32b, true); return f32[0]; }
function readFloatBE(offset) { load(this, offset, 4, f32b, false); return f32[0]; }
function readDoubleLE(offset) { load(this, offset, 8, f64b, true); return f64[0]; }
function readDoubleBE(offset) { load(this, offset, 8, f64b, false); return f64[0]; }

// big64 reads 8 bytes as two 32-bit halves.
function big64(buf, offset, le, signed) {
  if (typeof offset !== 'number') offset = at(buf, offset, 8);
  if (buf[offset] === undefined || buf[offset + 7] === undefined) failOffset(buf, offset, 8);
  let hi, lo;
  if (le) {
    lo = buf[offset] + buf[offset + 1] * 0x100 + buf[offset + 2] * 0x10000 + buf[offset + 3] * 0x1000000;
    hi = buf[offset + 4] + buf[offset + 5] * 0x100 + buf[offset + 6] * 0x10000 + buf[offset + 7] * 0x1000000;
  } else {
    hi = buf[offset] * 0x1000000 + buf[offset + 1] * 0x10000 + buf[offset + 2] * 0x100 + buf[offset + 3];
    lo = buf[offset + 4] * 0x1000000 + buf[offset + 5] * 0x10000 + buf[offset + 6] * 0x100 + buf[offset + 7];
  }
  if (signed) hi = hi | 0;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigUInt64LE(offset) { return big64(this, offset, true, false); }
function readBigUInt64BE(offset) { return big64(this, offset, false, false); }
function readBigInt64LE(offset) { return big64(this, offset, true, true); }
function readBigInt64BE(offset) { return big64(this, offset, false, true); }

// --- writes --------------------------------------------------------------------

function writeUInt8(value, offset) {
  value = +value;
  if (typeof offset !== 'number') offset = at(this, offset, 1);
  if (value > 0xff || value < 0) failValue(value, 1, false);
  if (this[offset] === undefined) failOffset(this, offset, 1);
  this[offset] = value;
  return offset + 1;
}

function writeInt8(value, offset) {
  value = +value;
  if (typeof offset !== 'number') offset = at(this, offset, 1);
  if (value > 0x7f || value < -0x80) failValue(value, 1, true);
  if (this[offset] === undefined) failOffset(this, offset, 1);
  this[offset] = value;
  return offset + 1;
}

// at2 is the offset of a write of size bytes whose value was checked.
function at2(buf, offset, size) {
  if (typeof offset !== 'number') offset = at(buf, offset, size);
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) failOffset(buf, offset, size);
  return offset;
}

function writeUInt16LE(value, offset) {
  value = +value;
  if (value > 0xffff || value < 0) failValue(value, 2, false);
  offset = at2(this, offset, 2);
  this[offset] = value;
  this[offset + 1] = value >>> 8;
  return offset + 2;
}

function writeUInt16BE(value, offset) {
  value = +value;
  if (value > 0xffff || value < 0) failValue(value, 2, false);
  offset = at2(this, offset, 2);
  this[offset] = value >>> 8;
  this[offset + 1] = value;
  return offset + 2;
}

function writeInt16LE(value, offset) {
  value = +value;
  if (value > 0x7fff || value < -0x8000) failValue(value, 2, true);
  offset = at2(this, offset, 2);
  this[offset] = value;
  this[offset + 1] = value >>> 8;
  return offset + 2;
}

function writeInt16BE(value, offset) {
  value = +value;
  if (value > 0x7fff || value < -0x8000) failValue(value, 2, true);
  offset = at2(this, offset, 2);
  this[offset] = value >>> 8;
  this[offset + 1] = value;
  return offset + 2;
}

function put32LE(buf, value, offset) {
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 24;
  return offset + 4;
}

function put32BE(buf, value, offset) {
  buf[offset] = value >>> 24;
  buf[offset + 1] = value >>> 16;
  buf[offset + 2] = value >>> 8;
  buf[offset + 3] = value;
  return offset + 4;
}

function writeUInt32LE(value, offset) {
  value = +value;
  if (value > 0xffffffff || value < 0) failValue(value, 4, false);
  return put32LE(this, value, at2(this, offset, 4));
}

function writeUInt32BE(value, offset) {
  value = +value;
  if (value > 0xffffffff || value < 0) failValue(value, 4, false);
  return put32BE(this, value, at2(this, offset, 4));
}

function writeInt32LE(value, offset) {
  value = +value;
  if (value > 0x7fffffff || value < -0x80000000) failValue(value, 4, true);
  return put32LE(this, value, at2(this, offset, 4));
}

function writeInt32BE(value, offset) {
  value = +value;
  if (value > 0x7fffffff || value < -0x80000000) failValue(value, 4, true);
  return put32BE(this, value, at2(this, offset, 4));
}

// writeWidth writes value as byteLength bytes at offset, least
// significant first when le. The value's range is that of the integers of
// the width (a fraction above the largest is out of it). Each byte is
// stored as what remains of the value at it, the typed array cutting it
// to 8 bits (a Uint8ClampedArray clamps it).
function writeWidth(buf, value, offset, byteLength, signed, le) {
  checkWidth(byteLength);
  // The value becomes a number first. One byte wide, the offset's type is
  // checked before the value's range; wider, after it.
  value = +value;
  if (byteLength === 1 && typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  const top = 2 ** (8 * byteLength);
  if (signed ? value > top / 2 - 1 || value < -top / 2 : value > top - 1 || value < 0) failValue(value, byteLength, signed);
  if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (buf[offset] === undefined || buf[offset + byteLength - 1] === undefined) failOffset(buf, offset, byteLength);
  let v = Math.trunc(value);
  if (v < 0) v += top;
  if (v !== v) v = 0;
  for (let i = 0; i < byteLength; i++) {
    buf[le ? offset + i : offset + byteLength - 1 - i] = v;
    v = Math.floor(v / 256);
  }
  return offset + byteLength;
}

function writeUIntLE(value, offset, byteLength) { return writeWidth(this, value, offset, byteLength, false, true); }
function writeUIntBE(value, offset, byteLength) { return writeWidth(this, value, offset, byteLength, false, false); }
function writeIntLE(value, offset, byteLength) { return writeWidth(this, value, offset, byteLength, true, true); }
function writeIntBE(value, offset, byteLength) { return writeWidth(this, value, offset, byteLength, true, false); }

function writeFloatLE(value, offset) { f32[0] = +value; return store(this, at2(this, offset, 4), 4, f32b, true); }
function writeFloatBE(value, offset) { f32[0] = +value; return store(this, at2(this, offset, 4), 4, f32b, false); }
// setDouble puts value in the scratch double; NaN as the one quiet NaN
// JavaScript engines write (the host's NaN may carry other bits).
function setDouble(value) {
  value = +value;
  if (value !== value) {
    f64[0] = 0;
    f64b[hostLE ? 7 : 0] = 0x7f;
    f64b[hostLE ? 6 : 1] = 0xf8;
  } else {
    f64[0] = value;
  }
}

function writeDoubleLE(value, offset) { setDouble(value); return store(this, at2(this, offset, 8), 8, f64b, true); }
function writeDoubleBE(value, offset) { setDouble(value); return store(this, at2(this, offset, 8), 8, f64b, false); }

const kU64 = 0xffffffffffffffffn;
const kI64 = 0x7fffffffffffffffn;

// putBig64 writes a BigInt as 8 bytes. The value's range is checked
// first, then the offset; only then does a Number value meet BigInt
// arithmetic and throw JavaScript's own TypeError, as in Node.
function putBig64(buf, value, offset, le, signed) {
  if (signed ? value > kI64 || value < -kI64 - 1n : value > kU64 || value < 0n) failBigValue(value, signed);
  offset = at2(buf, offset, 8);
  const lo = Number(value & 0xffffffffn);
  const hi = Number(value >> 32n & 0xffffffffn);
  if (le) {
    put32LE(buf, lo, offset);
    put32LE(buf, hi, offset + 4);
  } else {
    put32BE(buf, hi, offset);
    put32BE(buf, lo, offset + 4);
  }
  return offset + 8;
}

function writeBigUInt64LE(value, offset) { return putBig64(this, value, offset, true, false); }
function writeBigUInt64BE(value, offset) { return putBig64(this, value, offset, false, false); }
function writeBigInt64LE(value, offset) { return putBig64(this, value, offset, true, true); }
function writeBigInt64BE(value, offset) { return putBig64(this, value, offset, false, true); }

// --- the prototype -----------------------------------------------------------

const methods = {
  readUInt8, readInt8, readUInt16LE, readUInt16BE, readInt16LE, readInt16BE,
  readUInt32LE, readUInt32BE, readInt32LE, readInt32BE,
  readUIntLE, readUIntBE, readIntLE, readIntBE,
  readFloatLE, readFloatBE, readDoubleLE, readDoubleBE,
  readBigUInt64LE, readBigUInt64BE, readBigInt64LE, readBigInt64BE,
  writeUInt8, writeInt8, writeUInt16LE, writeUInt16BE, writeInt16LE, writeInt16BE,
  writeUInt32LE, writeUInt32BE, writeInt32LE, writeInt32BE,
  writeUIntLE, writeUIntBE, writeIntLE, writeIntBE,
  writeFloatLE, writeFloatBE, writeDoubleLE, writeDoubleBE,
  writeBigUInt64LE, writeBigUInt64BE, writeBigInt64LE, writeBigInt64BE,
};

// The <enc>Slice and <enc>Write methods Node puts on Buffer.prototype.
const sliceNames = ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8'];

function sliceMethod(name) {
  const slice = natives[name + 'Slice'];
  const write = natives[name + 'Write'];
  return [
    function (start, end) { return slice(this, start, end); },
    function (string, offset, length) { return write(this, string, offset, length); },
  ];
}

// addBufferPrototypeMethods puts the reads, writes and codecs on proto;
// the names with "UInt" also go under "Uint".
// The fixed-width ones are Go natives (the binding's fixedNatives) that
// hand any call but the ordinary ones to the methods above, under the
// same name and length.
function addBufferPrototypeMethods(proto) {
  const fast = natives.fixedNatives(methods, proto);
  const keys = Object.keys(methods);
  for (let i = 0; i < keys.length; i++) {
    const name = keys[i];
    let value = methods[name];
    if (fast[name] !== undefined) {
      const fn = fast[name];
      Object.defineProperty(fn, 'name', { __proto__: null, value: value.name, configurable: true });
      Object.defineProperty(fn, 'length', { __proto__: null, value: value.length, configurable: true });
      value = fn;
    }
    const desc = { __proto__: null, value, writable: true, enumerable: true, configurable: true };
    Object.defineProperty(proto, name, desc);
    if (name.includes('UInt')) Object.defineProperty(proto, name.replace('UInt', 'Uint'), desc);
  }
  for (let i = 0; i < sliceNames.length; i++) {
    const fns = sliceMethod(sliceNames[i]);
    proto[sliceNames[i] + 'Slice'] = fns[0];
    proto[sliceNames[i] + 'Write'] = fns[1];
  }
}

function createUnsafeBuffer(size) {
  return natives.create(size);
}

// alignmentPadding is how many bytes to skip in buf to reach an address
// that is a multiple of alignment.
function alignmentPadding(buf, alignment) {
  return natives.arrayBufferAlignedOffset(buf, alignment);
}

function createUnsafeAlignedBuffer(size, alignment) {
  const b = new FastBuffer(size + alignment);
  const pad = alignmentPadding(b, alignment);
  return new FastBuffer(b.buffer, b.byteOffset + pad, size);
}

const untransferable = new WeakSet();
function markAsUntransferable(obj) {
  if ((typeof obj === 'object' && obj !== null) || typeof obj === 'function') untransferable.add(obj);
}
function isMarkedAsUntransferable(obj) {
  return obj != null && untransferable.has(obj);
}

function asciiWrite(buf, string, offset, length) { return natives.asciiWrite(buf, string, offset, length); }
function latin1Write(buf, string, offset, length) { return natives.latin1Write(buf, string, offset, length); }
function utf8Write(buf, string, offset, length) { return natives.utf8Write(buf, string, offset, length); }

module.exports = {
  FastBuffer,
  addBufferPrototypeMethods,
  alignmentPadding,
  markAsUntransferable,
  isMarkedAsUntransferable,
  createUnsafeBuffer,
  createUnsafeAlignedBuffer,
  readUInt16BE: (buf, offset) => readUInt16BE.call(buf, offset),
  readUInt32BE: (buf, offset) => readUInt32BE.call(buf, offset),
  asciiWrite,
  latin1Write,
  utf8Write,
};
