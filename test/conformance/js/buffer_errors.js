'use strict';
const { Buffer, isUtf8, isAscii, kMaxLength } = require('buffer');
const tries = [
  () => Buffer.from(),
  () => Buffer.from(5),
  () => Buffer.from(null),
  () => Buffer.alloc(-1),
  () => Buffer.alloc('5'),
  () => Buffer.concat('x'),
  () => Buffer.concat([1]),
  () => Buffer.compare('a', Buffer.from('b')),
  () => Buffer.byteLength(5),
  () => Buffer.from('abc').fill('zz', 'hex'),
  () => Buffer.from('abc').write('x', 5),
  () => Buffer.from('abc').copy('x'),
  () => Buffer.from('abc').indexOf({}),
  () => Buffer.from('abc').swap16(),
  () => atob('a'),
  () => atob('a*bc'),
  () => btoa('\u0100'),
  () => new Buffer('x').toString(),
];
for (const f of tries) {
  try { console.log('ok', f()); } catch (e) { console.log(`${e.name} | ${e.code} | ${e.message}`); }
}
console.log(isUtf8(Buffer.from('é')), isUtf8(Buffer.from([0xff])), isAscii(Buffer.from('a')), isAscii(Buffer.from('é')));
console.log(kMaxLength, Buffer.isEncoding('UTF-8'), Buffer.isEncoding('nope'), Buffer.isEncoding(''), Buffer.isBuffer(new Uint8Array(1)));
console.log(typeof Buffer.of, Buffer.of(1, 2), Buffer.from('x') instanceof Uint8Array, Object.prototype.toString.call(Buffer.from('x')));
console.log([Buffer.from('a')], { b: Buffer.alloc(2) });
const bb = Buffer.from('xy');
bb.foo = 1;
console.log(bb);
