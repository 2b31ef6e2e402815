'use strict';
// Every encoding both ways: Buffer.from(string, enc), toString(enc),
// byteLength, and what survives a round trip.
const encs = ['utf8', 'utf-8', 'UTF8', 'utf16le', 'utf-16le', 'ucs2', 'ucs-2', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url'];
const samples = ['', 'A', 'plain ascii', 'h\u00e9llo', '\u20ac\u00ff\u0100', '\ud83d\ude00', '\u0000\u007f\u0080', 'deadBEEF', 'SGk=', 'S-_/+'];
for (const s of samples) {
  const row = [JSON.stringify(s)];
  for (const e of encs) {
    const b = Buffer.from(s, e);
    row.push(`${e}:${b.toString('hex')}/${Buffer.byteLength(s, e)}/${JSON.stringify(b.toString(e))}`);
  }
  console.log(row.join(' '));
}
const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
for (const e of ['utf8', 'utf16le', 'latin1', 'ascii', 'hex', 'base64', 'base64url']) {
  const text = all.toString(e);
  const back = Buffer.from(text, e);
  console.log(e, text.length, back.length, back.equals(all), Buffer.byteLength(text, e), back.subarray(0, 8), back.subarray(-8));
}
console.log(Buffer.byteLength('abc', 'nope'), Buffer.byteLength('\u00e9\u00e9', 'bogus'), Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(7)), Buffer.byteLength(new DataView(new ArrayBuffer(5))));
console.log(Buffer.byteLength('YQ==', 'base64'), Buffer.byteLength('YQ', 'base64'), Buffer.byteLength('Y', 'base64url'), Buffer.byteLength('abc', 'hex'), Buffer.byteLength('\ud800', 'utf8'));
console.log(['utf8', 'UTF-16LE', 'Latin1', 'BINARY', 'ucs-2', 'base64URL', 'hex', 'HEX', 'utf16', 'utf-16', 'latin-1', 'buffer', '', 5, null, undefined].map((e) => Buffer.isEncoding(e)).join(' '));
