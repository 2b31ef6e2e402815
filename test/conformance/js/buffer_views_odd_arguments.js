'use strict';
// More argument handling from the seeded differential run: views of an
// ArrayBuffer with odd offsets, TextDecoder's wording of a bad input when
// streaming, and when the 8-bit writers convert their value.
function t(label, f) {
  let r;
  try { r = f(); if (Buffer.isBuffer(r)) r = '<' + r.toString('hex') + '>'; else r = JSON.stringify(r); } catch (e) { r = `${e.name} ${e.code} ${e.message}`; }
  console.log(label, r);
}

console.log('# Buffer.from(arrayBuffer, offset, length)');
const ab = new ArrayBuffer(8);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
const vals = [undefined, 0, 1, 1.5, 7.9, 8, 9, -0.5, -1, NaN, Infinity, -Infinity, '2', null, 2 ** 32];
for (const o of vals) for (const l of vals) t(`from ab ${String(o)} ${String(l)}`, () => Buffer.from(ab, o, l));

console.log('# TextDecoder.decode of no buffer');
for (const enc of ['utf-8', 'utf-16le', 'latin1']) {
  for (const op of [undefined, { stream: true }, { stream: 0 }, null]) {
    for (const x of [null, 'str', 5]) t(`${enc} ${JSON.stringify(op)} ${String(x)}`, () => new TextDecoder(enc).decode(x, op));
  }
}

console.log('# value before offset');
for (const m of ['writeInt8', 'writeUInt8', 'writeUInt16LE', 'writeIntLE', 'writeUIntBE']) {
  for (const a of [[1n, '0', 1], [1n, undefined, 1], ['x', '0', 1], [300, '0', 1], [{ valueOf() { throw new Error('v'); } }, '0', 1], [2n, 0, 2]]) {
    t(`${m} ${typeof a[0]} ${String(a[1])}`, () => Buffer.alloc(4)[m](...a));
  }
}
