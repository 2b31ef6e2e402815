'use strict';
const { Buffer } = require('node:buffer');
const samples = ['', 'a', 'hello world', 'héllo wörld', '€ and 😀', '\u0000\u00ff\u0100', 'a\ud800b'];
const encs = ['utf8', 'utf16le', 'ucs2', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url'];
for (const s of samples) {
  const b = Buffer.from(s);
  const row = [JSON.stringify(s), Buffer.byteLength(s), b.length];
  for (const e of encs) row.push(e + '=' + JSON.stringify(b.toString(e)));
  console.log(row.join(' '));
  for (const e of ['utf16le', 'latin1', 'ascii']) {
    const c = Buffer.from(s, e);
    console.log(' ', e, c, JSON.stringify(c.toString(e)));
  }
}
console.log(Buffer.from('48656c6c6f', 'hex'), Buffer.from('4865zz6c', 'hex'), Buffer.from('abc', 'hex'));
console.log(Buffer.from('SGVsbG8gV29ybGQ', 'base64').toString(), Buffer.from('SGV sbG8\nV29y bGQ=', 'base64').toString());
console.log(Buffer.from('_-_-', 'base64url'), Buffer.from('/+/+', 'base64'), Buffer.from('_-_-', 'base64'));
console.log(Buffer.from([0xe2, 0x82]).toString(), JSON.stringify(Buffer.from([0xf0, 0x9f, 0x98]).toString()));
console.log(JSON.stringify(Buffer.from([0xc0, 0x80, 0xed, 0xa0, 0x80, 0x41]).toString()));
const big = Buffer.alloc(60, 'xy');
console.log(big);
console.log(require('buffer').INSPECT_MAX_BYTES);
const w = Buffer.alloc(6);
console.log(w.write('€€'), w, w.write('abc', 4), w, w.write('ff00', 1, 'hex'), w);
console.log(Buffer.from('abc').toString('utf8', 1, 2), Buffer.from('abcdef').toString(undefined, 2));
console.log(Buffer.from('héllo').toLocaleString(), Buffer.from('x').toString('UTF-8'));
try { Buffer.from('x').toString('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
try { Buffer.from('x', 'nope'); } catch (e) { console.log(e.name, e.code, e.message); }
