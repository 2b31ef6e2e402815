// util.inspect of functions, classes, class instances, null prototypes,
// Symbol.toStringTag, boxed primitives and symbol keys.
'use strict';
const { inspect } = require('util');
const log = (v, o) => console.log(inspect(v, o));
class Foo { constructor() { this.a = 1; } static s = 1; }
class Bar extends Foo {}
log(Foo); log([Foo]); log(Bar); log(Object.assign(class Baz {}, { q: 1 })); log(class {}); log(class extends Bar {});
log(new Foo()); log(new Bar()); log(new (class {})());
log([function () {}, class {}, async () => {}, function* gen() {}, async function af() {}]);
log(Object.assign(function withProps() {}, { a: 1, b: [2] }));
log(Object.setPrototypeOf(function q() {}, null));
log(Object.create(null)); log(Object.assign(Object.create(null), { x: 1 }));
log(Object.create(Object.create(null)));
log(Object.setPrototypeOf([1], null)); log(Object.setPrototypeOf(/x/, null)); log(Object.setPrototypeOf(new Date(0), null));
log(Object.setPrototypeOf(new Number(1), null)); log(Object.setPrototypeOf({}, Array.prototype)); log(Object.setPrototypeOf([], Object.prototype));
log({ [Symbol.toStringTag]: 'T', a: 1 });
log(Object.assign(Object.create(null), { [Symbol.toStringTag]: 'X', a: 1 }));
log(new (class Tagged { get [Symbol.toStringTag]() { return 'Tag'; } })());
log(new Number(3)); log(new String('ab')); log(new Boolean(true)); log(Object(Symbol('z'))); log(Object(5n)); log(new Number(-0));
log(Object.assign(new String('ab'), { x: 1 })); log(new String('ab'), { showHidden: true });
log(Object.assign(function f() {}, { a: 1 }), { compact: true }); log(Object.assign(new Number(3), { a: 1 }), { compact: true });
log({ [Symbol('a b')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3 });
log(Symbol('desc')); log(Symbol()); log(Symbol.for('reg'));
log({ 'a-b': 1, valid_id: 2, 3: 3, $d: 5, __proto__x: 6 });
log(JSON.parse('{"__proto__": 1}'));
log([new Date(NaN), new Date(0)]); log(Object.assign(new Date(0), { x: 1 })); log(new (class D extends Date {})(0));
log(new (class R extends RegExp {})('x', 'g')); log(/a[b-c]+\/(d|e)?$/gimsuy);
log((function* () {})()); log(Math); log(JSON);
