'use strict';
const b = Buffer.alloc(32);
b.writeUInt8(255, 0);
b.writeInt8(-2, 1);
b.writeUInt16LE(0x1234, 2);
b.writeUInt16BE(0x1234, 4);
b.writeInt16LE(-300, 6);
b.writeInt32BE(-123456789, 8);
b.writeUInt32LE(4000000000, 12);
b.writeFloatBE(3.5, 16);
b.writeDoubleBE(Math.PI, 20);
b.writeUIntBE(0x123456, 28, 3);
console.log(b);
console.log(b.readUInt8(0), b.readInt8(1), b.readUInt16LE(2), b.readUInt16BE(4), b.readInt16LE(6));
console.log(b.readInt32BE(8), b.readUInt32LE(12), b.readFloatBE(16), b.readDoubleBE(20), b.readUIntBE(28, 3));
console.log(b.readIntLE(8, 6), b.readUIntLE(0, 6), b.readIntBE(8, 4));
const c = Buffer.alloc(16);
c.writeBigUInt64BE(2n ** 64n - 1n, 0);
c.writeBigInt64LE(-(2n ** 63n), 8);
console.log(c, c.readBigUInt64BE(0), c.readBigInt64LE(8), c.readBigUInt64LE(0));
for (const f of [() => b.readUInt32LE(30), () => b.writeUInt8(256, 0), () => b.readInt8(-1),
  () => b.writeInt16BE(1, 31), () => b.readUIntBE(0, 7), () => c.writeBigInt64LE(1, 0), () => b.readDoubleLE(1.5)]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const s = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
console.log(Buffer.from(s).swap16(), Buffer.from(s).swap32(), Buffer.from(s).swap64());
console.log(s.reverse(), s.fill(0, 2, 4), s.fill('ab', 4), Buffer.alloc(4).fill(0x101));
const x = Buffer.from('hello world');
const y = Buffer.alloc(5);
console.log(x.copy(y, 0, 6), y, x.copy(y, 3), y, x.compare(y), x.compare(Buffer.from('hello'), 0, 5, 0, 5));
console.log(x.indexOf('o'), x.indexOf('o', 5), x.lastIndexOf('o'), x.indexOf(Buffer.from('wor')), x.indexOf(0x64), x.indexOf('zz'), x.indexOf(''), x.lastIndexOf('l', -5));
console.log(x.includes('world'), x.includes('World'), x.indexOf('l', -3), x.indexOf('ll', 'latin1'));
console.log(Buffer.from('a\u00e9b', 'utf16le').indexOf('\u00e9', 0, 'utf16le'), Buffer.from('abc').equals(new Uint8Array([97, 98, 99])));
console.log([...Buffer.from('ab').entries()], [...Buffer.from('ab').keys()], [...Buffer.from('ab').values()]);
console.log(JSON.stringify(Buffer.from('hi')), Buffer.from({ type: 'Buffer', data: [1, 2] }), Buffer.from(new Uint16Array([1, 256]).buffer));
const ab = new ArrayBuffer(8);
const v = Buffer.from(ab, 2, 4);
v[0] = 9;
console.log(v, new Uint8Array(ab), v.byteOffset, v.buffer === ab);
console.log(Buffer.allocUnsafe(3).length, Buffer.allocUnsafeSlow(3).length, Buffer.alloc(3, 'a', 'utf8'), Buffer.alloc(2, 'ffee', 'hex'));
console.log(Buffer.concat([Buffer.from('a'), new Uint8Array([98])], 5), Buffer.concat([]), Buffer.concat([Buffer.from('abc')], 2));
console.log(Buffer.compare(Buffer.from('b'), Buffer.from('a')), [Buffer.from('b'), Buffer.from('a'), Buffer.from('c')].sort(Buffer.compare));
