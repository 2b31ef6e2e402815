'use strict';
// querystring.parse: text without a well-formed %XX escape is kept as
// written (non-ASCII and unpaired surrogates included); a user decoder
// sees '+' as '%20'; unpaired surrogates survive the default decoding.
const qs = require('querystring');
const show = (v) => JSON.stringify(v);
for (const s of ['%zzß', '%2ß', '+%zzß', 'a%2+ß', '%zz+\ud800', '\ud800%zz', '%zz\ud83d\ude00', '%C3%zzß', '%41ß%zz',
  'ß%41', '\ud800\t%41', '\udc00*%41', 'k=%zz\udc00&k=v%41\ud800']) {
  console.log(show(s), show(qs.parse(s)), show(qs.unescape(s)));
}
const seen = [];
console.log(show(qs.parse('a+b=%41+&c+=d&e=f', null, null, { decodeURIComponent: (s) => { seen.push(s); return s; } })));
console.log(show(seen));
console.log(show(qs.parse('x+y=1%zz', '&', '=', { decodeURIComponent() { throw new Error('no'); } })));
