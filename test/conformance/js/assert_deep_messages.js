// deepStrictEqual and partialDeepStrictEqual diffs of objects, arrays,
// Maps, Sets, class instances, errors, dates, boxed values and nesting.
'use strict';
const assert = require('assert');
function t(fn) {
  try {
    fn();
    console.log('passed');
  } catch (e) {
    console.log(e.message);
    console.log('--', e.generatedMessage, e.operator, e.code, e.diff);
  }
}
class Foo { constructor() { this.x = 1; } }
class A {}
t(() => assert.deepStrictEqual({ b: 1, a: 2, c: { d: [1, 2] } }, { b: 1, a: 3, c: { d: [1, 2, 3] } }));
t(() => assert.deepStrictEqual([1, 2, 3, 4], [1, 2, 3]));
t(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
t(() => assert.deepStrictEqual({}, []));
t(() => assert.deepStrictEqual(1, 2));
t(() => assert.deepStrictEqual('abcdef', 'axcdef'));
t(() => assert.deepStrictEqual(new Foo(), { x: 1 }));
t(() => assert.deepStrictEqual(new A(), new A()));
t(() => assert.deepStrictEqual([1, , 3], [1, undefined, 3]));
t(() => assert.deepStrictEqual(new Number(1), new Number(2)));
t(() => assert.deepStrictEqual(new String('a'), 'a'));
t(() => assert.deepStrictEqual(new Date(0), new Date(0, 0)));
t(() => assert.deepStrictEqual(new Error('a'), new Error('b')));
t(() => assert.deepStrictEqual(Object.assign(new Error('a'), { cause: 1 }), new Error('a')));
t(() => assert.deepStrictEqual(new Set([1, 2, 3]), new Set([3, 2, 1, 4])));
t(() => assert.deepStrictEqual(new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 2]])));
t(() => assert.deepStrictEqual([{ a: 1 }, { b: 2 }], [{ a: 1 }, { b: 3 }]));
t(() => assert.deepStrictEqual({ s: 'line1\nline2' }, { s: 'line1\nlineX' }));
t(() => assert.deepStrictEqual({ a: { b: { c: { d: { e: { f: { g: 1 } } } } } } },
  { a: { b: { c: { d: { e: { f: { g: 2 } } } } } } }));
t(() => assert.deepStrictEqual(new WeakMap(), new WeakSet()));
t(() => assert.deepStrictEqual(Buffer.from('ab'), Buffer.from('ac')));
t(() => assert.deepStrictEqual({ get g() { return 1; }, a: 1 }, { get g() { return 1; }, a: 2 }));
const c1 = { a: 1 };
c1.self = c1;
const c2 = { a: 2 };
c2.self = c2;
t(() => assert.deepStrictEqual(c1, c2));
t(() => assert.deepStrictEqual(-0, 0));
t(() => assert.deepStrictEqual(NaN, 0));
t(() => assert.deepStrictEqual({ [Symbol.for('k')]: 1 }, { [Symbol.for('k')]: 2 }));
t(() => assert.partialDeepStrictEqual({ a: 1, b: 2 }, { a: 2 }));
t(() => assert.partialDeepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
t(() => assert.partialDeepStrictEqual([1, 2, 3], [3, 1]));
t(() => assert.partialDeepStrictEqual(1, 2));
t(() => assert.partialDeepStrictEqual(new Set([1, 2]), new Set([3])));
t(() => assert.partialDeepStrictEqual({ a: [1, { b: 2, c: 3 }] }, { a: [{ b: 2 }] }));
