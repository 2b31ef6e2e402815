'use strict';
// Decoding bad input: hex with invalid pairs, base64 with whitespace,
// padding and the other alphabet, and malformed UTF-8.
const show = (b) => `${b.toString('hex')} (${b.length})`;
for (const h of ['', '0', '00f', 'zz', '0g12', '12 34', 'ABcd', 'abcdefgh', '0x12', '\u0131\u0132', 'f\u00e9', '1\u00002']) {
  console.log('hex', JSON.stringify(h), show(Buffer.from(h, 'hex')), Buffer.byteLength(h, 'hex'));
}
for (const s of ['', 'Q', 'QQ', 'QQ=', 'QQ==', 'QQ===', 'QUJD', 'QU JD', ' Q\tU\nJ\rD ', 'QU=JD', '=QUJD', 'Q!U@J#D', 'QUJD\u00e9RQ', 'QUJ\ud83dD', '-_-_', '+/+/', 'AB==CD', 'YWJjZA', 'YWJjZA=', 'YWJjZGU']) {
  console.log('b64', JSON.stringify(s), show(Buffer.from(s, 'base64')), show(Buffer.from(s, 'base64url')), Buffer.byteLength(s, 'base64'));
}
const bad = [[0xc3], [0xc3, 0x28], [0xe2, 0x28, 0xa1], [0xf0, 0x90, 0x28, 0xbc], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xed, 0xa0, 0x80],
  [0xef, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0x80, 0x80], [0xf0, 0x9f, 0x98], [0x61, 0xf0, 0x9f, 0x62]];
for (const b of bad) {
  const s = Buffer.from(b).toString();
  console.log('utf8', Buffer.from(b).toString('hex'), JSON.stringify(s), s.length, Buffer.from(s).toString('hex'));
}
const odd = Buffer.from([0x61, 0x00, 0x62]);
console.log(JSON.stringify(odd.toString('utf16le')), JSON.stringify(Buffer.from([0x3d, 0xd8]).toString('ucs2')), JSON.stringify(Buffer.from([0x00, 0xdc, 0x3d, 0xd8, 0x00, 0xde]).toString('utf16le')));
console.log(JSON.stringify(Buffer.from([0x80, 0xff, 0x41]).toString('ascii')), JSON.stringify(Buffer.from([0x80, 0xff]).toString('latin1')));
