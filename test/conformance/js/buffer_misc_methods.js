'use strict';
// swap16/32/64, toJSON, slice and subarray, species, iteration, and the
// module's other exports.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(`${e.name} | ${e.code} | ${e.message}`); } };
const { Buffer: B, kMaxLength, kStringMaxLength, constants, isUtf8, isAscii, transcode } = require('buffer');
console.log(B === Buffer, kMaxLength, kStringMaxLength, constants, Object.isFrozen(constants));
const s = () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
t(() => [s().swap16(), s().swap32(), s().swap64()]);
t(() => Buffer.alloc(3).swap16());
t(() => Buffer.alloc(6).swap32());
t(() => Buffer.alloc(12).swap64());
t(() => Buffer.alloc(0).swap64());
t(() => [Buffer.from('ab').toJSON(), JSON.stringify(Buffer.alloc(0)), JSON.stringify({ b: Buffer.from([1]) })]);
t(() => JSON.parse(JSON.stringify(Buffer.from('rt')), (k, v) => (v && v.type === 'Buffer' ? Buffer.from(v) : v)));
const b = Buffer.from('abcdef');
t(() => [b.slice(1, 3), b.slice(-2), b.slice(2, -2), b.slice(4, 2), b.slice('1', '3'), b.slice(NaN), b.slice(1.7, 3.2), b.slice(-100, 100)]);
t(() => [b.subarray(1, 3), b.subarray(-2), b.subarray(4, 2)]);
t(() => { const v = b.slice(1, 3); v[0] = 66; return [b, v.buffer === b.buffer, v instanceof Buffer, v.constructor.name]; });
t(() => [b.map((x) => x + 1), b.filter((x) => x & 1), b.reverse(), Buffer.isBuffer(b.subarray(0, 1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('x')]);
t(() => [[...Buffer.from('hi')], [...Buffer.from('hi').entries()], Array.from(Buffer.from('hi').keys())]);
t(() => [isUtf8(Buffer.from('\u00e9')), isUtf8(new Uint8Array([0xc3])), isUtf8(new ArrayBuffer(2)), isAscii(new Uint16Array([0x7f7f])), isAscii(Buffer.from([0x80]))]);
t(() => isUtf8('x'));
t(() => isAscii());
t(() => [transcode(Buffer.from('h\u00e9\u20ac'), 'utf8', 'latin1'), transcode(Buffer.from('h\u00e9'), 'utf8', 'ucs2'), transcode(Buffer.from('h\u00e9', 'ucs2'), 'ucs2', 'utf8'), transcode(Buffer.from([0xe9]), 'latin1', 'utf8'), transcode(Buffer.from('\u00e9x'), 'utf8', 'ascii')]);
t(() => transcode(Buffer.from('x'), 'utf8', 'hex'));
t(() => transcode('x', 'utf8', 'latin1'));
t(() => { const p = Buffer.from('p'); return [p.parent === p.buffer, typeof p.offset, Buffer.poolSize]; });
t(() => [Object.getPrototypeOf(Buffer) === Uint8Array, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Buffer.name, Buffer.length]);
