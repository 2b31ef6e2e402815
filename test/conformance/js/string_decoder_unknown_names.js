'use strict';
// Encoding names that are not strings: StringDecoder and setEncoding
// refuse them (an array holding a name too) with Node's message, which
// shows the value as util.format's %s does.
const { StringDecoder } = require('string_decoder');
const { Readable } = require('stream');
for (const e of [null, undefined, {}, [], 10n, 5, '', 'bogus', true]) {
  let a, b;
  try { a = new StringDecoder(e).encoding; } catch (x) { a = `${x.code} ${x.message}`; }
  try { const r = new Readable({ read() {} }); r.setEncoding(e); b = r.readableEncoding; } catch (x) { b = `${x.code} ${x.message}`; }
  console.log(String(typeof e === 'object' ? JSON.stringify(e) : e), '|', a, '|', b);
}
for (const e of [{ a: 1 }, [1, 2], ['utf8'], new Date(0), /x/, new Map(), Object.create(null), { toString() { return 'T'; } }, () => {}, function f() {}, Buffer.from('ab'), new Uint8Array(2), 10n, Symbol('s'), 1.5, -0, NaN, false, [[]], { length: 1 }]) {
  try { new StringDecoder(e); console.log('ok'); } catch (x) { console.log(x.code, JSON.stringify(x.message)); }
}
