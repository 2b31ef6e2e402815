'use strict';
const u = new URL('http://example.com/path?q=1#h');
const steps = [
  ['protocol', 'https'], ['protocol', 'ftp:'], ['protocol', 'bad scheme'], ['protocol', 'file'],
  ['host', 'other.org:81'], ['hostname', 'sub.other.org'], ['port', '8080'], ['port', ''], ['port', '99999'],
  ['port', 'abc'], ['username', 'me'], ['password', 'p@ss'], ['pathname', 'a/b c'], ['pathname', ''],
  ['search', 'x=y z'], ['search', '?'], ['search', ''], ['hash', 'top'], ['hash', '#'], ['hash', ''],
  ['href', 'http://new.example/'],
];
for (const [k, v] of steps) {
  u[k] = v;
  console.log(k, JSON.stringify(v), '->', u.href);
}
try { u.href = 'not a url'; } catch (e) { console.log(e.code, e.message); }
const cases = [
  ['//x.com/y', 'https://base.org/a'], ['?q', 'http://h/p/q?r#s'], ['#f', 'http://h/p'], ['', 'http://h/p?x#y'],
  ['HTTP://ÉXAMPLE.com/ä?ö#ü', undefined], ['http://1.2.3.4:80/', undefined], ['http://0x7f.1/', undefined],
  ['https://a.com:443/', undefined], ['ws://h/..%2e/x', undefined], ['data:text/plain,hi there', undefined],
  ['javascript:alert(1)', undefined], ['http://h/a\\b', undefined], ['  http://h/  ', undefined],
  ['http://h/%zz%41', undefined], ['blob:https://a.com/uuid', undefined], ['file://localhost/etc/x', undefined],
  ['http://user@h/', undefined], ['http://:pw@h/', undefined], ['non-spec:/a/../b', undefined],
];
for (const [i, b] of cases) {
  try {
    const x = new URL(i, b);
    console.log(JSON.stringify(i), [x.href, x.origin, x.host, x.pathname, x.search, x.hash].join(' | '));
  } catch (e) {
    console.log(JSON.stringify(i), e.code);
  }
}
console.log(URL.parse('x'), URL.parse('/p', 'http://h').href, String(new URL('http://h/')), new URL('http://h').toJSON());
