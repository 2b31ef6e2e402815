'use strict';
// URLSearchParams: constructors, sort, live iteration, the live binding
// with its URL, inspect output and errors.
const util = require('util');
const p = new URLSearchParams('?b=2&a=1&c=3&a=0&%E2%82%AC=x&=empty&flag');
console.log(p.toString(), p.size, [...p.keys()]);
p.sort();
console.log(p.toString());
const q = new URLSearchParams([['z', 'ä'], ['y', '1'], ['z', '2'], ['ä', '3'], ['Z', '4'], ['\u00e9', '5'], ['e\u0301', '6']]);
q.sort();
console.log([...q]);
console.log(new URLSearchParams({ x: 1, y: [1, 2], z: null, w: undefined }).toString());
console.log(new URLSearchParams(new Map([['m', 'n']])).toString(), new URLSearchParams(p).size, new URLSearchParams('a=b=c&&d').toString());
console.log(new URLSearchParams(function* () { yield ['g', 'h']; yield new Set(['i', 'j']); }()).toString());
const it = p.entries();
console.log(it.next(), util.inspect(it));
p.delete('a');
console.log(it.next(), [...it], it.next());
const live = new URLSearchParams('x=1&y=2&z=3');
const seen = [];
for (const [k] of live) { seen.push(k); if (k === 'x') live.delete('y'); if (k === 'z') live.append('w', '4'); }
console.log(seen, live.toString());
const order = [];
live.forEach(function (v, k, self) { order.push(k + '=' + v, self === live, this.tag); }, { tag: 't' });
console.log(order);
const u = new URL('https://h/p?a=1#frag');
const sp = u.searchParams;
sp.append('b', 'x y+z&é');
console.log(u.href, u.search);
sp.delete('a');
sp.delete('b');
console.log(u.href, JSON.stringify(u.search), sp.size);
u.search = 'k=v&k=w';
console.log(sp.getAll('k'), sp === u.searchParams);
u.hash = 'h2';
sp.set('k', 'only');
console.log(u.href, sp.has('k', 'only'), sp.has('k', 'v'));
const opaque = new URL('foo:bar?x=1');
opaque.searchParams.set('y', '2');
console.log(opaque.href);
console.log(p, [p.keys(), p.values()], util.inspect(new URLSearchParams(), { depth: 0 }));
const big = new URLSearchParams();
for (let i = 0; i < 12; i++) big.append('key' + i, 'value' + i);
console.log(big);
console.log(util.inspect({ nested: { deeper: new URLSearchParams('a=1') } }, { depth: 1 }), util.inspect(big.keys(), { breakLength: Infinity }));
console.log(Object.prototype.toString.call(p), Object.prototype.toString.call(p.keys()), typeof p[Symbol.iterator], p[Symbol.iterator] === p.entries);
for (const f of [() => new URLSearchParams([['a']]), () => new URLSearchParams([1]), () => new URLSearchParams({ [Symbol.iterator]: 5 }),
  () => p.append('a'), () => p.set(), () => p.getAll(), () => p.forEach(null), () => URLSearchParams.prototype.has.call(new URL('http://h'), 'a'),
  () => p.keys().next.call({}), () => new URLSearchParams({ a: Symbol('x') }), () => new URLSearchParams({ [Symbol('k')]: 1 })]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
