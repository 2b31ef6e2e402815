'use strict';
// Float, double and BigInt 64-bit reads and writes, both byte orders.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(`${e.name} | ${e.code} | ${e.message}`); } };
const b = Buffer.alloc(16);
for (const v of [0, -0, 1.5, -2.25, Math.PI, 1e-40, 3.4e38, 1e39, Infinity, -Infinity, NaN]) {
  b.fill(0);
  console.log(v, b.writeFloatLE(v, 0), b.writeFloatBE(v, 4), b.writeDoubleLE(v, 8), b, b.readFloatLE(0), b.readFloatBE(4), b.readDoubleLE(8));
  b.writeDoubleBE(v, 8);
  console.log(b.subarray(8), b.readDoubleBE(8));
}
t(() => b.writeFloatLE('2.5', 0) && b.readFloatLE());
t(() => b.writeDoubleBE({ valueOf() { return 7; } }) && b.readDoubleBE());
t(() => b.writeFloatBE(1, 13));
t(() => b.writeDoubleLE(1, 9));
t(() => b.readFloatLE(-1));
t(() => b.readDoubleBE(8.5));
t(() => b.readDoubleBE('0'));
for (const v of [0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 64n - 1n, 0x0102030405060708n]) {
  b.fill(0);
  const signed = v < 2n ** 63n;
  t(() => [signed ? b.writeBigInt64LE(v, 0) : 'skip', signed ? b.writeBigInt64BE(v, 8) : 'skip', b, b.readBigInt64LE(0), b.readBigInt64BE(8)]);
  t(() => [v >= 0n ? b.writeBigUInt64LE(v, 0) : 'skip', v >= 0n ? b.writeBigUInt64BE(v, 8) : 'skip', b, b.readBigUInt64LE(0), b.readBigUInt64BE(8)]);
}
t(() => b.writeBigInt64LE(2n ** 63n));
t(() => b.writeBigInt64BE(-(2n ** 63n) - 1n));
t(() => b.writeBigUInt64LE(-1n));
t(() => b.writeBigUInt64BE(2n ** 64n));
t(() => b.writeBigInt64LE(5));
t(() => b.writeBigUInt64LE(1n, 9));
t(() => b.readBigInt64LE(9));
t(() => b.readBigUInt64BE('1'));
t(() => [typeof b.readBigUint64LE, typeof b.writeBigUint64BE]);
