'use strict';
// A Buffer whose ArrayBuffer was transferred away (postMessage with a
// transfer list) has no bytes: reads and writes throw
// ERR_BUFFER_OUT_OF_BOUNDS, decoding gives '' and searching finds nothing.
const { MessageChannel } = require('worker_threads');
const b = Buffer.alloc(16);
const { port1 } = new MessageChannel();
port1.postMessage(b.buffer, [b.buffer]);
console.log(b.length, b.byteLength);
const calls = [
  () => b.readUInt8(0), () => b.readUInt32BE(0), () => b.readDoubleLE(), () => b.readBigInt64LE(0),
  () => b.writeUInt8(1, 0), () => b.writeUInt32LE(1, 0), () => b.writeFloatBE(1.5), () => b.readUInt8(),
  () => JSON.stringify(b.toString()), () => b.toString('hex'), () => b.indexOf(1), () => b.indexOf('a'),
  () => Buffer.byteLength(b), () => b.equals(Buffer.alloc(0)),
];
for (const f of calls) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
port1.close();
