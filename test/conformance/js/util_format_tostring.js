// util.format's %s: a value whose toString is the language's own is
// inspected (depth 0); one with a toString of its own making, including the
// classes Node adds to the global object (Buffer, URL, URLSearchParams), is
// converted with String().
'use strict';
const util = require('util');
class A {}
class B { toString() { return 'B!'; } }
class C extends Array {}
const vals = [
  Buffer.from('f'), new Uint8Array([1, 2]), new URL('http://a/b?c'), new URLSearchParams('a=1&b=2'),
  new A(), new B(), new C(), [1, [2, [3]]], new Map([[1, { a: 1 }]]), new Set([1]), new Date(0),
  Object.create(null), { toString() { return 'own'; } }, new Error('boom').message, /re/g,
  Promise.resolve(1), new TextEncoder(), Symbol('s'), 10n, -0, null, undefined,
];
for (const v of vals) console.log(util.format('%s', v));
console.log(util.format('%s %s', Buffer.from('hi'), 'tail'));
