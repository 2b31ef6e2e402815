'use strict';
// querystring: parse with separators, maxKeys and decoders; stringify of
// every value type; escape, unescape and unescapeBuffer.
const qs = require('querystring');
const show = (o) => JSON.stringify(o) + ' ' + (Object.getPrototypeOf(o) === null);
console.log(show(qs.parse('a=1&b=2&a=3&c&d=&=e&&f=g=h&+x+=%20y+&%zz=%E9&a=4')));
console.log(show(qs.parse('a:1;b:2;;c', ';', ':')), show(qs.parse('abcSEPdefEQghiSEP', 'SEP', 'EQ')), show(qs.parse('a=1', 1, 2)));
console.log(show(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 })), show(qs.parse('a=1&a=2&a=3', '&', '=', { maxKeys: 2 })),
  show(qs.parse('a=1&b=2&c=3', '&', '=', { maxKeys: 0 })), show(qs.parse('a=1&b=2&c=3', '&', '=', { maxKeys: 1.5 })),
  show(qs.parse('a=1&b=2&c=3', '&', '=', { maxKeys: '1' })));
console.log(show(qs.parse('a=b', '&', '=', { decodeURIComponent: (s) => s.toUpperCase() })),
  show(qs.parse('a=%ZZ%C3%A9+%&k=%F0%9F%98%80&%F0=1&x=%u0041')), show(qs.parse('a=b', '&', '=', { decodeURIComponent: () => { throw new Error('x'); } })));
console.log(show(qs.parse('')), show(qs.parse(1)), show(qs.parse('__proto__=1&toString=2&a[]=3&a[]=4')), qs.decode === qs.parse, qs.encode === qs.stringify);
console.log(qs.stringify({ a: 1, b: [1, 'x y', true], c: null, d: undefined, e: NaN, f: Infinity, g: {}, h: 2n, i: '', 'k y': 'é', j: -0, k: 1e21 }));
console.log(qs.stringify('x'), qs.stringify({ a: 1, b: 2 }, ';', ':'), qs.stringify({ a: 1 }, '', ''), qs.stringify({ a: [] }), qs.stringify({ a: [[1, 2]] }),
  qs.stringify([1, 2]), qs.stringify(Object.assign(Object.create({ inh: 1 }), { own: 2 })), qs.stringify({ a: 'b c' }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }));
let all = '';
for (let c = 0; c < 128; c++) all += String.fromCharCode(c);
console.log(qs.escape(all + 'é€😀'), qs.escape(12), qs.escape({ toString() { return 'x y'; } }), qs.escape([1, 2]), qs.escape(null), qs.escape(1n));
for (const s of ['\udc00x', 'a\udc00', '\ud800\ud800', '\ud800a', '\ud800']) {
  try { console.log(JSON.stringify(qs.escape(s))); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(qs.unescapeBuffer('a%20b+c%zz%4'), qs.unescapeBuffer('é€%E9', true), qs.unescapeBuffer('%41%4G%%4'), qs.unescapeBuffer(''));
console.log(qs.unescape('%E9+x'), qs.unescape('%E9+x', true), qs.unescape('%C3%A9+x'), qs.unescape('%'), JSON.stringify(qs.unescape(12)));
const { escape, unescape } = qs;
qs.escape = (s) => 'E' + s;
qs.unescape = (s) => 'U' + s;
console.log(qs.stringify({ a: 'b' }), show(qs.parse('a=b%41')));
qs.escape = escape;
qs.unescape = unescape;
try { qs.escape(Symbol('s')); } catch (e) { console.log(e.name, e.message); }
