'use strict';
// url.parse on a table of inputs: protocols with and without slashes,
// credentials, ports, IPv6, IDNA, whitespace, backslashes and the
// characters it escapes; and url.format of what it returns.
const url = require('url');
const inputs = ['http://user:pw@Host.COM:8080/p/a/t/h?query=string#hash', '/just/a/path?x', 'HTTP://X.COM', 'mailto:a@b.c',
  'javascript:alert(1)', '//host/p', 'file:///etc/passwd', 'file://h/x', 'http://a b.com/x', 'http://[::1]:80/x',
  'http://ex.com/a b<c>', 'http://x/%zz', '?q=1', '#h', 'a/b/../c', 'http://x.com\\a\\b?c\\d', ' http://x.com/ ',
  'http://a@b@c/', 'http://münchen.de/', 'http://x.com:/', 'ws://x', 'foo:bar', 'foo://bar/baz', 'http:x.com',
  'http:/x.com/', 'http://x.com?a', 'http://x.com#a', 'http://x.com/\t\n\rq', 'HTTP:/u@H.com?x', 'http:/u@H.com?x',
  'http://a!b.com/x', 'http://a%b/', 'http://a;b/', 'http://[x]/', 'http://x@/', 'http://:@x/', 'javascript://x/y',
  'javascript:/\\x', 'http:\\\\x\\y', 'xyz://a b/c', 'http://x\ty/', 'gopher:x', 'file:x', 'File://X/Y', 'ws://:8080/',
  'http://x:0080/', 'x://é/', 'http://a.é!/p', 'HTTP:@[::1]/%41', 'http://%41@x/', 'http://x/?a=1&a=2&b', '',
  '//h/<>', '/a?b<c>', '/a\\b<', '/a@b<', '/é<', '/a#b', '///a<>', '/a?b?c<', '//a@b<', '/a?b c', '/a\u00a0b<'];
for (const input of inputs) {
  for (const [pq, sdh] of [[false, false], [true, true]]) {
    try {
      const o = url.parse(input, pq, sdh);
      console.log(JSON.stringify([input, pq, sdh, o.protocol, o.slashes, o.auth, o.host, o.port, o.hostname, o.hash, o.search, o.query, o.pathname, o.path, o.href]), url.format(o) === o.href);
    } catch (e) {
      console.log(JSON.stringify([input, pq, sdh]), e.name, e.code, e.message);
    }
  }
}
console.log(url.parse('http://x.com/a?b=1'), url.parse('http://h/?a=1&a=2', true).query);
for (const bad of [1, 'http://x.com:abc/', 'git+ssh://git@github.com:a/b.git', 'http://[::1]x/', 'http://a\u0000b/', 'http://\u3000x/']) {
  try { url.parse(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
