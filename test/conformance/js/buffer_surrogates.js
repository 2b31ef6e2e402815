'use strict';
// Lone and paired surrogates through every encoding that can hold them.
const strs = ['\ud800', '\udc00', 'a\ud800b', '\udc00\ud800', '\ud83d\ude00', '\ud83d', 'x\ude00', '\ud800\ud800\udc00'];
for (const s of strs) {
  const u8 = Buffer.from(s);
  const u16 = Buffer.from(s, 'utf16le');
  console.log(JSON.stringify(s), u8, JSON.stringify(u8.toString()), u16, JSON.stringify(u16.toString('utf16le')), Buffer.byteLength(s),
    Buffer.from(s, 'latin1'), Buffer.from(s, 'ascii'), Buffer.from(s, 'base64'), Buffer.from(s, 'hex'));
  const w = Buffer.alloc(5);
  console.log(' ', w.write(s), w, Buffer.alloc(3).write(s, 'utf16le'), Buffer.alloc(4).write(s, 1, 'ucs2'));
}
const te = new TextEncoder();
console.log(te.encode('\ud800'), te.encode('a\udfffb'), te.encodeInto('\ud83d\ude00\ud800', new Uint8Array(6)));
console.log(JSON.stringify(new TextDecoder('utf-16le').decode(Buffer.from('\ud800x', 'utf16le'))));
