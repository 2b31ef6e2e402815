'use strict';
// Which chunks write() and push() take outside object mode: Buffers,
// Uint8Arrays, strings, any other ArrayBuffer view (as its bytes), and the
// errors for anything else.
const { Writable, Readable } = require('stream');
const out = [];
const w = new Writable({ write(c, e, cb) { out.push([Buffer.isBuffer(c), c.length, e]); cb(); } });
w.write(Buffer.from('ab')); w.write(new Uint8Array([1, 2, 3])); w.write('xyz'); w.write(Buffer.alloc(0));
w.write(new Uint8Array(new ArrayBuffer(8), 2, 4));
for (const bad of [new Uint8ClampedArray(2), new Uint16Array(2), new DataView(new ArrayBuffer(2)), {}, 5]) {
  try { w.write(bad); out.push('accepted'); } catch (e) { out.push(e.code); }
}
console.log(out);
const r = new Readable({ read() {} });
r.on('error', (e) => console.log('r error', e.code));
console.log(r.push(Buffer.from('abc')), r.push(new Uint8Array([1])), r.push(''), r.push(Buffer.alloc(0)), r.readableLength);
r.push(new Float32Array(1));
