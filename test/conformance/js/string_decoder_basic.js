'use strict';
const { StringDecoder } = require('string_decoder');
const euro = Buffer.from('€');
const d = new StringDecoder('utf8');
console.log(JSON.stringify(d.write(euro.subarray(0, 1))), d.lastNeed, d.lastTotal, d.lastChar);
console.log(JSON.stringify(d.write(euro.subarray(1, 2))), JSON.stringify(d.write(euro.subarray(2))));
console.log(JSON.stringify(d.write(Buffer.from([0xe2, 0x82]))), JSON.stringify(d.end()));
console.log(JSON.stringify(d.end(Buffer.from('ok'))));
const emoji = Buffer.from('a😀b');
const parts = [];
const d2 = new StringDecoder();
for (const byte of emoji) parts.push(d2.write(Buffer.from([byte])));
console.log(JSON.stringify(parts), JSON.stringify(d2.end()));
const u = new StringDecoder('utf16le');
const ub = Buffer.from('h😀', 'utf16le');
console.log(JSON.stringify([u.write(ub.subarray(0, 1)), u.write(ub.subarray(1, 3)), u.write(ub.subarray(3, 5)), u.write(ub.subarray(5))]), JSON.stringify(u.end()));
const b64 = new StringDecoder('base64');
console.log(b64.write(Buffer.from('ab')), b64.write(Buffer.from('cde')), b64.end());
const hex = new StringDecoder('hex');
console.log(hex.write(Buffer.from([1, 255])), hex.end(Buffer.from([16])), hex.encoding);
const l1 = new StringDecoder('latin1');
console.log(l1.write(Buffer.from([0xe9, 0x41])), new StringDecoder('ucs2').encoding, new StringDecoder('binary').encoding);
try { new StringDecoder('nope'); } catch (e) { console.log(e.code, e.message); }
try { d.write(5); } catch (e) { console.log(e.code, e.message); }
console.log(JSON.stringify(new StringDecoder('utf8').write(Buffer.from([0xff, 0x41, 0xc3]))));
