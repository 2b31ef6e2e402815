'use strict';
// indexOf, lastIndexOf and includes: strings in each encoding, numbers,
// buffers, and the byteOffset rules.
const t = (f) => { try { console.log(JSON.stringify(f())); } catch (e) { console.log(`${e.name} | ${e.code} | ${e.message}`); } };
const b = Buffer.from('abcabcabc');
t(() => [b.indexOf('bc'), b.indexOf('bc', 2), b.indexOf('bc', -3), b.indexOf('bc', -100), b.indexOf('bc', 100), b.indexOf('bc', 8)]);
t(() => [b.lastIndexOf('bc'), b.lastIndexOf('bc', 6), b.lastIndexOf('bc', -4), b.lastIndexOf('bc', -100), b.lastIndexOf('bc', 100), b.lastIndexOf('bc', 0)]);
t(() => [b.indexOf(''), b.indexOf('', 4), b.indexOf('', 100), b.lastIndexOf(''), b.lastIndexOf('', 4), b.lastIndexOf('', -100)]);
t(() => [b.indexOf(99), b.indexOf(99 + 256), b.indexOf(-157), b.indexOf(99.9), b.lastIndexOf(97), b.lastIndexOf(97, 5), b.indexOf(120)]);
t(() => [b.indexOf('c', null), b.indexOf('c', undefined), b.indexOf('c', NaN), b.lastIndexOf('c', NaN), b.lastIndexOf('c', null), b.indexOf('c', {}), b.indexOf('c', '4')]);
t(() => [b.indexOf('c', 2.9), b.indexOf('c', -0.5), b.indexOf('c', 2 ** 40), b.lastIndexOf('c', -(2 ** 40)), b.indexOf('c', true)]);
t(() => [b.indexOf(Buffer.from('ca')), b.indexOf(new Uint8Array([98, 99]), 3), b.lastIndexOf(Buffer.from('abc')), b.indexOf(Buffer.alloc(0)), b.indexOf(Buffer.from('abcabcabcabc'))]);
t(() => [b.indexOf('YWJj', 'base64'), b.indexOf('616263', 1, 'hex'), b.indexOf('YWJj', 1, 'base64url'), b.indexOf('abc', 'latin1'), b.indexOf('ABC', 'ascii')]);
const u = Buffer.from('x€y€z', 'utf16le');
t(() => [u.indexOf('€', 'utf16le'), u.indexOf('€', 3, 'ucs2'), u.lastIndexOf('€', 'utf16le'), u.indexOf(Buffer.from('€', 'utf16le'), 0, 'utf16le'), u.indexOf('y', 0, 'utf-16le')]);
t(() => [Buffer.from('aaa\u00e9').indexOf('\u00e9'), Buffer.from('aaa\u00e9').indexOf('\u00e9', 'latin1'), Buffer.from('a\u00e9', 'latin1').indexOf('\u00e9', 'binary')]);
t(() => [b.includes('cab'), b.includes('cab', 6), b.includes(97, -1), b.includes(99, -1), b.includes(Buffer.from('bca'), 1)]);
t(() => Buffer.alloc(0).indexOf('a'));
t(() => Buffer.alloc(0).indexOf(''));
t(() => b.indexOf('a', 0, 'nope'));
t(() => b.indexOf({}));
t(() => b.indexOf([97]));
t(() => b.lastIndexOf(null));
t(() => b.includes(2n));
