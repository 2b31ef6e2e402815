'use strict';
// url.parse: C0 controls trimmed at both ends, tab/LF/CR dropped before the
// path, hostnames with NUL or brackets (or mapping to a forbidden host
// character) rejected, and a query key or value ending in half a
// surrogate pair is ERR_INVALID_URI under parseQueryString.
process.noDeprecation = true;
const url = require('url');
const show = (v) => JSON.stringify(v);
const inputs = ['\u0000http://a/b\u0000', '\u0001 http://a/b', '\u0000/x\u0000', 'http://a/\u0000?x\u0000',
  'http://a\tb/c\nd\re', 'http://a%b\tc/d\te', 'http://a|b\tc?d\te', 'foo:a|\tb', 'http://u\t@a|b\t/c\td',
  'mailto:a|\tb/c\td', 'javascript:a|\tb/c', 'http://a:8\t0/b', 'foo:\t@x',
  'http://[/p', 'http://]/p', 'http://a[b/p', 'http://ß]a/p', 'http://[a]/p', 'http://[::1]]/p', 'http://a\u0001b/p',
  'http://a\u007fb/p', 'http://ß\u0001b/p', 'http://\u3000x/', 'http://x\u00a0y/', 'http://ß\uff0fb/', 'http://ß\uff01b/',
  'http://a/?\udc00', 'http://a/?a\udc00&b=1', 'http://a/?a=\ud800b', 'http://a/?a=b\ud800', 'http://a/?\ud800=b',
  'http://a/?😀', 'http://a/?%41\udc00', 'http://a/?a=b#\ud800'];
for (const s of inputs) {
  for (const pq of [false, true]) {
    try {
      const o = url.parse(s, pq, true);
      console.log(show(s), pq, show([o.protocol, o.auth, o.host, o.pathname, o.search, o.query, o.hash, o.href]));
    } catch (e) {
      console.log(show(s), pq, e.name, e.code, e.message);
    }
  }
}
