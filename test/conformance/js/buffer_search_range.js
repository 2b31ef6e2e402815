// Buffer.prototype.indexOf, toString(enc, start, end) and Buffer.byteLength
// over numeric, fractional, NaN, infinite and out-of-range offsets, the
// argument kinds a protocol parser passes, and their errors.
'use strict';
const b = Buffer.from('SET key1 value\r\nGET k\r\nhé€x');
console.log(Buffer.byteLength.length, Buffer.byteLength.name, b.indexOf.length, b.indexOf.name, b.toString.length);
const r = [];
for (const a of [undefined, 0, 1, 3.7, -1, -100, 100, NaN, 2**40, -(2**40), Infinity, -Infinity, null, true])
  r.push(b.indexOf(32, a), b.indexOf('\r\n', a), b.indexOf('', a), b.indexOf(0x20 + 0.5, a), b.indexOf('é', a));
console.log(r.join(','));
const t = [];
for (const s of [undefined, 0, 2, 2.9, -3, 40, 100, NaN, Infinity, -Infinity, '3', null])
  for (const e of [undefined, 0, 5, 5.5, -1, 40, 100, NaN, Infinity, '6', null])
    t.push(JSON.stringify(b.toString('utf8', s, e)) + JSON.stringify(b.toString(undefined, s, e)) + JSON.stringify(b.toString('latin1', s, e)));
console.log(t.join('|'));
console.log(Buffer.byteLength('abc'), Buffer.byteLength('héllo€'), Buffer.byteLength('\ud800'), Buffer.byteLength('abc', 'utf8'), Buffer.byteLength('abc', 'hex'), Buffer.byteLength('abcd', 'base64'), Buffer.byteLength(b), Buffer.byteLength('x', 'bogus'));
try { Buffer.byteLength(3) } catch (e) { console.log(e.code, e.message) }
try { b.indexOf({}) } catch (e) { console.log(e.code, e.message) }
try { b.toString('bogus', 1, 2) } catch (e) { console.log(e.code, e.message) }
console.log(b.toString('bogus', 5, 2) === '', b.indexOf(300), b.indexOf(-1), b.indexOf(256+32), b.indexOf('k', 'latin1'), b.indexOf(Buffer.from('k')));
console.log(Buffer.prototype.indexOf.call(new Uint8Array([1,2,3]), 2));
