'use strict';
// How URL, URLSearchParams and legacy Url objects print, the shape of
// their prototypes, and the errors of the WHATWG API.
const util = require('util');
const url = require('url');
const u = new URL('https://user:pa%20ss@EXAMPLE.com:8080/a/./b/../c?x=1&y=2#frag');
console.log(u, [u], { deep: { u } });
console.log(util.inspect(u, { depth: -1 }), util.inspect(u, { depth: 0 }), util.inspect({ u }, { depth: 0 }), util.inspect(u, { compact: true, breakLength: 120 }));
class MyURL extends URL {}
console.log(new MyURL('http://x'), String(new MyURL('http://y')), new MyURL('http://z') instanceof URL);
console.log(new URL('blob:https://a.com/uuid').origin, new URL('blob:ftp://x/y').origin, new URL('file:///x').origin, new URL('ws://[::1]:80').origin);
const desc = (o) => Object.getOwnPropertyNames(o).map((k) => { const d = Object.getOwnPropertyDescriptor(o, k); return k + ':' + (d.get ? 'g' : '') + (d.set ? 's' : '') + (d.enumerable ? 'e' : '') + (d.writable ? 'w' : '') + (d.configurable ? 'c' : ''); }).join(' ');
console.log(desc(URL.prototype));
console.log(desc(URL));
console.log(desc(URLSearchParams.prototype));
console.log(URL.length, URLSearchParams.length, URL.parse.length, URL.canParse.length, Object.prototype.toString.call(u), Object.keys(u), JSON.stringify({ u }));
console.log(URL.parse('x'), URL.parse('/p', 'http://h').href, URL.parse('http://h', 'bad base'), URL.canParse('x', 'http://h'), URL.canParse('http://[::1'), URL.canParse(u));
console.log(new URL(u).href, new URL('', 'http://h/a?b#c').href, new URL({ toString() { return 'http://obj/'; } }).href, new URL('../../../x', 'http://h/a/b').href);
for (const f of [() => new URL(), () => new URL('nope'), () => new URL('/p', 'nope'), () => URL.canParse(), () => URL.parse(), () => url.domainToASCII(),
  () => URL.createObjectURL('x'), () => URL.createObjectURL({}), () => URL.revokeObjectURL(), () => Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({}),
  () => URL.prototype.toString.call(1), () => Object.getOwnPropertyDescriptor(URL.prototype, 'search').set.call(null, 'x'), () => url.format(1), () => url.format(null),
  () => url.format(new URL('http://x'), 1), () => url.parse({})]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message, e.input === undefined ? '' : e.input, e.base === undefined ? '' : e.base); }
}
console.log(URL.revokeObjectURL('blob:nodedata:x'), url.parse('http://a.com/b?c=d'), new url.Url());
console.log(url.format({ protocol: 'http', host: 'h', auth: 'a b:c@d', pathname: '/p#?', search: 's#', hash: 'h' }), url.format({ protocol: 'http:', hostname: '::1', port: 8 }),
  url.format({ host: 'h', pathname: 'p' }), url.format({ protocol: 'file', pathname: 'x' }), url.format({ slashes: true, pathname: 'x' }), url.format({ query: 'a=1' }),
  url.format({ query: { a: [1, 2] }, search: '' }), url.format({ protocol: 1 }), url.format('http://x.com/a?b#c'));
console.log(url.format(new URL('http://u:p@xn--espaol-zwa.com/a?b#c'), { auth: false, search: false, fragment: false, unicode: true }), url.format(new URL('http://x/?q#h'), {}));
console.log(Object.keys(url).join());
