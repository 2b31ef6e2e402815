'use strict';
// The fixed-width reads and writes at the edges of their ordinary use:
// offsets that are absent, -0, fractional, NaN, non-numbers or out of
// range, values that are fractional, NaN, out of range, strings or objects,
// BigInts at the 64-bit limits, and `this` a Uint8Array, a
// Uint8ClampedArray, another typed array or a plain object (the host
// reads and writes ordinary calls in Go and hands the rest over).
const reads = ['readUInt8','readInt8','readUInt16LE','readUInt16BE','readInt16LE','readInt16BE','readUInt32LE','readUInt32BE','readInt32LE','readInt32BE','readFloatLE','readFloatBE','readDoubleLE','readDoubleBE','readBigUInt64LE','readBigUInt64BE','readBigInt64LE','readBigInt64BE','readUint32BE','readBigUint64LE'];
const writes = ['writeUInt8','writeInt8','writeUInt16LE','writeUInt16BE','writeInt16LE','writeInt16BE','writeUInt32LE','writeUInt32BE','writeInt32LE','writeInt32BE','writeFloatLE','writeFloatBE','writeDoubleLE','writeDoubleBE','writeBigUInt64LE','writeBigUInt64BE','writeBigInt64LE','writeBigInt64BE','writeUint16LE'];
function show(f) { try { const r = f(); return typeof r === 'bigint' ? r + 'n' : String(Object.is(r, -0) ? '-0' : r); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } }
const src = Buffer.from([0x80, 0xff, 0x01, 0x7f, 0xfe, 0x00, 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc]);
const offs = [undefined, 0, -0, 1, 1.5, -1, 3, 4, 5, 8, 11, 12, NaN, Infinity, '1', null, true, 2 ** 53, 0x100000000, {valueOf(){return 1;}}];
for (const m of reads) {
  console.log(m);
  for (const o of offs) console.log(' ', String(o), show(() => src[m](o)));
  console.log('  noarg', show(() => src[m]()));
  console.log('  u8', show(() => Buffer.prototype[m].call(new Uint8Array(src), 1)));
  console.log('  clamped', show(() => Buffer.prototype[m].call(new Uint8ClampedArray(src), 1)));
  console.log('  u16', show(() => Buffer.prototype[m].call(new Uint16Array([1, 2, 3, 4, 5, 6, 7, 8]), 1)));
  console.log('  obj', show(() => Buffer.prototype[m].call({ 0: 1, 1: 2, 2: 3, 3: 4, 4: 5, 5: 6, 6: 7, 7: 8, 8: 9, length: 9 }, 0)));
  console.log('  empty', show(() => Buffer.alloc(0)[m](0)));
  console.log('  short', show(() => Buffer.alloc(3)[m]()));
}
const vals = [0, 1, -1, 1.5, -1.5, 127, 128, -128, -129, 255, 256, 300.5, 65535, 65536, -32768, -32769, 2 ** 31, -(2 ** 31), 2 ** 32 - 1, 2 ** 32, NaN, Infinity, -Infinity, -0, 3.4e38, 1e-40, '5', 'x', null, undefined, {valueOf(){return 7;}}, 0n, 1n, -1n, 2n ** 63n, -(2n ** 63n), 2n ** 64n - 1n, 2n ** 64n, -(2n ** 63n) - 1n, 5.5e-324];
for (const m of writes) {
  console.log(m);
  for (const v of vals) {
    const b = Buffer.alloc(10, 0xaa);
    const r = show(() => b[m](v, 1));
    console.log(' ', typeof v === 'bigint' ? v + 'n' : String(v), r, b.toString('hex'));
  }
  for (const o of offs) {
    const b = Buffer.alloc(10, 0xaa);
    console.log('  off', String(o), show(() => b[m](m.includes('Big') ? 1n : 1, o)), b.toString('hex'));
  }
  const c = new Uint8ClampedArray(10);
  if (!m.includes('Big')) console.log('  clamped', show(() => Buffer.prototype[m].call(c, -2, 1)), Buffer.from(c).toString('hex'));
  const c2 = new Uint8ClampedArray(10);
  console.log('  clamped2', show(() => Buffer.prototype[m].call(c2, m.includes('Big') ? 0x1234n : 0x1234, 1)), Buffer.from(c2).toString('hex'));
  const u = new Uint8Array(10);
  console.log('  u8', show(() => Buffer.prototype[m].call(u, m.includes('Big') ? 3n : 3, 1)), Buffer.from(u).toString('hex'));
  console.log('  noarg', show(() => Buffer.alloc(10)[m]()));
  console.log('  obj', show(() => Buffer.prototype[m].call({}, m.includes('Big') ? 3n : 3, 0)));
}
const sub = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9]).subarray(3);
console.log(sub.readUInt32BE(0), sub.readUInt32BE(2), show(() => sub.readUInt32BE(3)));
sub.writeUInt16BE(0xabcd, 4); console.log(sub.toString('hex'));
// The variable-width ones: byteLength and offset of every kind, values at
// and past the limits of each width.
const widths = [1, 3, 6, 0, 7, 2.5, '2', undefined, NaN];
for (const m of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE']) {
  console.log(m);
  for (const n of widths) {
    for (const o of [0, 1, 6, 11, -1, 1.5, undefined, '1']) console.log(' ', String(n), String(o), show(() => src[m](o, n)));
  }
  console.log('  u8', show(() => Buffer.prototype[m].call(new Uint8Array(src), 1, 3)));
  console.log('  u16', show(() => Buffer.prototype[m].call(new Uint16Array([1, 2, 3, 4]), 1, 2)));
}
const wvals = [0, 1, -1, 1.5, -1.5, 255, 256, 255.5, -128, -129, 2 ** 24 - 1, 2 ** 24, -(2 ** 23), 2 ** 47, 2 ** 48 - 1, 2 ** 48, -(2 ** 47), -(2 ** 47) - 1, NaN, Infinity, '5', {valueOf(){return 9;}}, 7n];
for (const m of ['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE']) {
  console.log(m);
  for (const n of [1, 3, 6, 0, 7, 2.5, undefined]) {
    for (const v of wvals) {
      const b = Buffer.alloc(8, 0xaa);
      console.log(' ', String(n), typeof v === 'bigint' ? v + 'n' : String(v), show(() => b[m](v, 1, n)), b.toString('hex'));
    }
    for (const o of [0, 2, 3, -1, 1.5, undefined, '1']) {
      const b = Buffer.alloc(8, 0xaa);
      console.log('  off', String(n), String(o), show(() => b[m](1, o, n)), b.toString('hex'));
    }
  }
  const c = new Uint8ClampedArray(8);
  console.log('  clamped', show(() => Buffer.prototype[m].call(c, 0x1234, 1, 2)), Buffer.from(c).toString('hex'));
}
