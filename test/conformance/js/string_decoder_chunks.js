'use strict';
// StringDecoder across every chunk boundary of multi-byte text in utf8,
// utf16le, base64, base64url and hex, with lastNeed/lastTotal/lastChar.
const { StringDecoder } = require('string_decoder');
const text = 'a\u00e9\u20ac\ud83d\ude00z';
for (const enc of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii']) {
  const bytes = Buffer.from(text, enc === 'utf16le' ? 'utf16le' : 'utf8');
  const rows = [];
  for (let cut = 0; cut <= bytes.length; cut++) {
    const d = new StringDecoder(enc);
    const a = d.write(bytes.subarray(0, cut));
    const state = [d.lastNeed, d.lastTotal];
    const b = d.write(bytes.subarray(cut));
    rows.push(JSON.stringify([cut, a, state, b, d.end()]));
  }
  console.log(enc, rows.join(' '));
}
const one = new StringDecoder('utf8');
const parts = [];
for (const x of Buffer.from(text)) parts.push([one.write(Buffer.from([x])), one.lastNeed, one.lastTotal, one.lastChar.toString('hex')]);
console.log(JSON.stringify(parts), JSON.stringify(one.end()));
const trunc = new StringDecoder('utf8');
console.log(JSON.stringify([trunc.write(Buffer.from([0xf0, 0x9f])), trunc.end(), trunc.write(Buffer.from('ok'))]));
const u = new StringDecoder('ucs2');
console.log(JSON.stringify([u.write(Buffer.from([0x61])), u.end(), u.write(Buffer.from([0x3d, 0xd8])), u.end()]));
const b64 = new StringDecoder('base64');
console.log(JSON.stringify([b64.write(Buffer.from('a')), b64.write(Buffer.from('b')), b64.end(Buffer.from('c')), b64.end()]));
const ty = new StringDecoder();
console.log(JSON.stringify([ty.write('str'), ty.write(new Uint16Array([0x6968])), ty.write(new DataView(new Uint8Array([0x21]).buffer)), ty.end('end')]));
console.log(new StringDecoder().encoding, new StringDecoder('UTF-8').encoding, new StringDecoder('Binary').encoding, new StringDecoder('UCS-2').encoding, new StringDecoder(null).encoding);
for (const bad of ['utf16', 'buffer', 5, {}]) {
  try { console.log(new StringDecoder(bad).encoding); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { new StringDecoder().write(null); } catch (e) { console.log(e.name, e.code, e.message); }
try { new StringDecoder().end([1]); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(JSON.stringify(new StringDecoder('utf8').text(Buffer.from('skip me'), 5)));
