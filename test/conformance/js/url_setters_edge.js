'use strict';
// URL setters at the edges: special and non-special schemes, opaque paths,
// file URLs, ports, credentials, and values the setters ignore.
const show = (u) => JSON.stringify([u.href, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
const cases = [
  ['http://h/p', 'protocol', 'foo'], ['foo://h/p', 'protocol', 'http'], ['foo://h/p', 'protocol', 'bar'],
  ['http://h/p', 'protocol', 'https:extra'], ['http://h:443/p', 'protocol', 'https'], ['file:///x', 'protocol', 'http'],
  ['http://u@h/', 'protocol', 'file'], ['mailto:x', 'protocol', 'http'], ['http://h/', 'protocol', 'HTTPS'],
  ['http://h/', 'host', 'a.b:8080'], ['http://h/', 'host', 'a b'], ['http://h/', 'host', ''], ['foo://h/', 'host', ''],
  ['http://h:1/', 'host', 'x'], ['http://h/', 'host', '[::1]:9'], ['http://h/', 'host', 'x:'], ['http://h/', 'host', 'x:99999'],
  ['mailto:a@b', 'host', 'x'], ['file:///p', 'host', 'srv'], ['file://srv/p', 'host', 'localhost'],
  ['http://h/', 'hostname', 'x:81'], ['http://h/', 'hostname', 'ÉX.com'], ['http://h/', 'hostname', 'a%20b'],
  ['http://h/', 'hostname', '0x7f.1'], ['foo:/p', 'hostname', 'x'], ['http://h:80/', 'port', '81'],
  ['http://h/', 'port', '80'], ['http://h/', 'port', ' 8'], ['http://h/', 'port', '8a'], ['http://h/', 'port', '-1'],
  ['http://h/', 'port', '65535'], ['http://h/', 'port', '65536'], ['file:///x', 'port', '8'], ['http://h:8/', 'port', ''],
  ['http://h/', 'port', 12.7], ['http://h/', 'username', 'a b:@/'], ['http://h/', 'password', 'p:w@'],
  ['file:///x', 'username', 'u'], ['mailto:x', 'username', 'u'], ['http://u:p@h/', 'username', ''],
  ['http://u:p@h/', 'password', ''], ['http://h/', 'pathname', 'a/../b/./c'], ['http://h/', 'pathname', '/%2e%2E/x'],
  ['http://h/', 'pathname', '\\a\\b'], ['foo://h/', 'pathname', '\\a'], ['mailto:x', 'pathname', 'y'],
  ['foo:/a', 'pathname', '//b'], ['http://h/', 'pathname', '?#'], ['http://h/', 'search', '??a=b c'],
  ['http://h/?x', 'search', ''], ['http://h/', 'search', '#x'], ['foo:op', 'search', 'q'], ['http://h/', 'hash', '##x y'],
  ['http://h/#x', 'hash', ''], ['javascript:alert(1)', 'hash', 'h'], ['http://h/', 'search', '\ud800x'],
  ['http://h/', 'hash', '\udc00'], ['http://h/', 'pathname', 'é€😀'], ['http://h/', 'href', 'https://x/y?z#w'],
];
for (const [start, key, value] of cases) {
  const u = new URL(start);
  u[key] = value;
  console.log(start, key, JSON.stringify(value), '=>', show(u));
}
const u = new URL('http://h/');
try { u.href = 'http://[::1'; } catch (e) { console.log(e.name, e.code, e.message, e.input); }
console.log(u.href);
u.searchParams.append('a', '1');
u.search = '?b=2&b=3';
console.log(u.searchParams.getAll('b'), u.searchParams.has('a'), u.href);
u.href = 'http://other/?c=4';
console.log([...u.searchParams], u.searchParams.size);
