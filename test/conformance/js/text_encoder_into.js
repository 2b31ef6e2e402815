'use strict';
// TextEncoder.encode and encodeInto: room for whole characters only,
// argument errors, the object's shape.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(`${e.name} | ${e.code} | ${e.message}`); } };
const te = new TextEncoder();
t(() => [te.encoding, te.encode(), te.encode(undefined), te.encode(null), te.encode(12), te.encode({ toString() { return 'o'; } })]);
for (let n = 0; n <= 10; n++) {
  const dst = new Uint8Array(n);
  const r = te.encodeInto('a\u00e9\u20ac\ud83d\ude00', dst);
  console.log(n, r, dst);
}
t(() => te.encodeInto('abc', new Uint8Array(8).subarray(2, 4)));
t(() => te.encodeInto('', new Uint8Array(2)));
t(() => te.encodeInto('\ud800\udc00\udc00', new Uint8Array(7)));
t(() => te.encodeInto(5, new Uint8Array(2)));
t(() => te.encodeInto('x', new Uint16Array(2)));
t(() => te.encodeInto('x'));
t(() => te.encodeInto('x', Buffer.alloc(2)));
t(() => [te instanceof TextEncoder, typeof te.encode(''), te.encode('') instanceof Buffer, Object.prototype.toString.call(te.encode('a'))]);
t(() => [Object.getOwnPropertyNames(TextEncoder.prototype), Object.keys(te), String(te), require('util').TextEncoder === TextEncoder]);
t(() => TextEncoder.prototype.encode.call({}, 'x'));
t(() => Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call(null));
