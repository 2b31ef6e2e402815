'use strict';
// Structured clone through a MessagePort and structuredClone's options:
// the types that arrive (a Buffer as a plain Uint8Array), errors for what
// cannot be cloned, transfer lists (the ArrayBuffer is detached), and the
// wording of the transfer errors of both.
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const sent = {
  n: -0, big: 12345678901234567890n, s: 'é', u: undefined, nil: null, d: new Date(86400000), r: /x+/gu,
  m: new Map([['k', new Set([1, 2])]]), buf: Buffer.from('hey'), u16: new Uint16Array([1, 65535]),
  ab: new ArrayBuffer(3), arr: [1, [2, [3]]], e: new TypeError('bad type'), re: new RangeError('r', { cause: 7 }),
  boxed: [new Number(1), new String('s'), new Boolean(true)],
};
sent.self = sent;
sent.arr.push(sent.arr);
port2.once('message', (m) => {
  console.log(m === sent, m.self === m, m.arr[3] === m.arr, Object.is(m.n, -0), m.big, m.s, m.u, m.nil);
  console.log(m.d.toISOString(), m.r, m.m, m.buf, m.buf.constructor.name, m.u16, m.ab);
  console.log(m.e instanceof TypeError, m.e.message, m.re instanceof RangeError, m.re.cause, m.boxed);
  port1.close();
});
port1.postMessage(sent);

for (const v of [() => 1, Symbol('s'), { f: function f() {} }, new WeakSet(), Promise.resolve()]) {
  try {
    port1.postMessage(v);
    console.log('posted');
  } catch (e) {
    console.log(e.name, e.code, e.message, e instanceof DOMException);
  }
}
try { port1.postMessage(); } catch (e) { console.log(e.name, e.code, e.message); }
try { new (require('worker_threads').MessagePort)(); } catch (e) { console.log(e.name, e.code, e.message); }

const ab = new ArrayBuffer(8);
const copy = structuredClone(ab, { transfer: [ab] });
console.log(ab.byteLength, copy.byteLength);
const ab3 = new ArrayBuffer(3);
const u8 = new Uint8Array(ab3);
u8[0] = 7;
const c = structuredClone({ u8 }, { transfer: [ab3] });
console.log(c.u8, u8.length, ab3.byteLength);
try { structuredClone(ab3); } catch (e) { console.log(e.name, e.code, e.message); }
const ab4 = new ArrayBuffer(2);
for (const t of [[ab4, 1], [{}], 'x', [ab4, ab4], { length: 1, 0: ab4 }]) {
  try { structuredClone(1, { transfer: t }); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { structuredClone(1, 2); } catch (e) { console.log(e.name, e.code, e.message); }
for (const t of [[{}], 'x', 5, { transfer: 1 }, { transfer: [1] }, null, [ab4, ab4]]) {
  try { port1.postMessage(1, t); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const ab5 = new ArrayBuffer(4);
port2.on('message', (m) => { if (m instanceof ArrayBuffer) console.log('transferred', m.byteLength, ab5.byteLength); });
port1.postMessage(ab5, [ab5]);
console.log('after transfer', ab5.byteLength);
