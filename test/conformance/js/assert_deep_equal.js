// deepEqual / deepStrictEqual / isDeepStrictEqual verdicts over many pairs
// of values (Node's comparison rules).
'use strict';
const assert = require('assert');
const { isDeepStrictEqual } = require('util');
const verdict = (fn) => {
  try {
    fn();
    return 'eq';
  } catch (e) {
    return e.code === 'ERR_ASSERTION' ? 'ne' : e.code;
  }
};
class A { constructor() { this.x = 1; } }
class B { constructor() { this.x = 1; } }
const circ1 = { a: 1 };
circ1.self = circ1;
const circ2 = { a: 1 };
circ2.self = circ2;
const sym = Symbol('s');
const pairs = [
  ['numbers', 1, 1], ['number string', 1, '1'], ['NaN', NaN, NaN], ['zeros', 0, -0],
  ['objects', { a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }], ['extra key', { a: 1 }, { a: 1, b: undefined }],
  ['arrays', [1, 2, 3], [1, 2, 3]], ['sparse', [1, , 3], [1, undefined, 3]],
  ['classes', new A(), new B()], ['proto', Object.create(null), {}],
  ['dates', new Date(0), new Date(0)], ['dates differ', new Date(0), new Date(1)],
  ['regexps', /a/g, /a/g], ['regexp flags', /a/g, /a/i], ['regexp lastIndex', Object.assign(/a/g, { lastIndex: 1 }), /a/g],
  ['maps', new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])], ['map order', new Map([[1, 1], [2, 2]]), new Map([[2, 2], [1, 1]])],
  ['map object keys', new Map([[{ k: 1 }, 1]]), new Map([[{ k: 1 }, 1]])], ['map loose', new Map([[1, '1']]), new Map([[1, 1]])],
  ['sets', new Set([1, 2]), new Set([2, 1])], ['set objects', new Set([{ a: 1 }]), new Set([{ a: 1 }])], ['set loose', new Set(['1']), new Set([1])],
  ['circular', circ1, circ2], ['symbols keys', { [sym]: 1 }, { [sym]: 1 }], ['symbol keys differ', { [sym]: 1 }, { [sym]: 2 }],
  ['errors', new Error('a'), new Error('a')], ['errors differ', new Error('a'), new TypeError('a')],
  ['boxed', new Number(1), new Number(1)], ['boxed vs prim', new Number(1), 1], ['boxed strings', new String('a'), new String('b')],
  ['typed', new Uint8Array([1, 2]), new Uint8Array([1, 2])], ['typed kinds', new Uint8Array([1]), new Int8Array([1])],
  ['float -0', new Float64Array([-0]), new Float64Array([0])], ['buffers', new ArrayBuffer(2), new ArrayBuffer(2)],
  ['null undefined', null, undefined], ['arguments', (function () { return arguments; })(1), [1]],
  ['functions', () => {}, () => {}], ['same fn', assert, assert], ['weakmaps', new WeakMap(), new WeakMap()],
  ['promise', Promise.resolve(1), Promise.resolve(1)], ['nested', { a: [{ b: new Map([[1, new Set([2])]]) }] }, { a: [{ b: new Map([[1, new Set([2])]]) }] }],
  ['array props', Object.assign([1], { p: 1 }), [1]], ['non-enumerable', Object.defineProperty({}, 'x', { value: 1 }), {}],
  ['getter', { get g() { return 1; } }, { g: 1 }],
];
for (const [name, a, b] of pairs) {
  console.log(name.padEnd(20), verdict(() => assert.deepEqual(a, b)), verdict(() => assert.deepStrictEqual(a, b)),
    isDeepStrictEqual(a, b), verdict(() => assert.partialDeepStrictEqual(a, b)));
}
