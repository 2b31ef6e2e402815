// deepEqual, deepStrictEqual, partialDeepStrictEqual and
// util.isDeepStrictEqual verdicts on the finer rules: prototypes, Symbol
// keys, holes, errors with causes, RegExp lastIndex, typed arrays, buffers,
// Maps and Sets with object keys, weak collections, getters, cycles.
'use strict';
const assert = require('assert');
const { isDeepStrictEqual } = require('util');
const v = (fn) => {
  try {
    fn();
    return 'eq';
  } catch (e) {
    return e.code === 'ERR_ASSERTION' ? 'ne' : e.code;
  }
};
const all = (name, a, b) => console.log(name.padEnd(18), v(() => assert.deepEqual(a, b)),
  v(() => assert.deepStrictEqual(a, b)), v(() => assert.partialDeepStrictEqual(a, b)),
  isDeepStrictEqual(a, b), isDeepStrictEqual(a, b, true));
let calls = 0;
all('getter', { get x() { calls++; return 1; } }, { x: 1 });
console.log('getter calls', calls);
all('proto from {}', Object.create({}), {});
all('proto with x', Object.create({ x: 1 }), {});
all('null proto', Object.create(null), {});
all('proto null chain', Object.create(Object.create(null)), {});
all('array proto', Object.create(Array.prototype), {});
all('class vs object', new (class A {})(), {});
all('sub order', [1, 2, 3], [3, 1]);
all('sub seq', [1, 2, 3], [1, 3]);
all('sub dup', [1, 2], [1, 1]);
all('sub objects', [{ a: 1, b: 2 }, { c: 3 }], [{ c: 3 }]);
all('sub empty', [1], []);
all('sub set', new Set([1, 2, { a: 1 }]), new Set([{ a: 1 }]));
all('sub map', new Map([[1, 2], [3, 4]]), new Map([[3, 4]]));
all('sub typed', new Uint8Array([1, 2, 3]), new Uint8Array([1, 3]));
all('holes', [1, , 3], [1, undefined, 3]);
all('holes same', [, 1], [, 1]);
all('loose num str', { a: 1 }, { a: '1' });
all('loose null undef', null, undefined);
all('loose 0 false', [0], [false]);
all('cause differs', Object.assign(new Error('a'), { cause: 1 }), new Error('a', { cause: 2 }));
all('cause same', new Error('a', { cause: 1 }), new Error('a', { cause: 1 }));
all('aggregate', new AggregateError([1], 'm'), new AggregateError([2], 'm'));
all('error extra', Object.assign(new Error('a'), { x: 1 }), new Error('a'));
all('error name', new Error('a'), new TypeError('a'));
all('lastIndex', Object.assign(/a/g, { lastIndex: 2 }), /a/g);
all('regexp props', Object.assign(/a/, { x: 1 }), /a/);
all('date props', Object.assign(new Date(0), { x: 1 }), new Date(0));
all('invalid dates', new Date(NaN), new Date(NaN));
all('boxed prim', new Number(1), 1);
all('boxed -0', new Number(-0), new Number(0));
all('boxed symbol', Object(Symbol.for('a')), Object(Symbol.for('a')));
all('boxed bigint', Object(1n), Object(1n));
all('f32 -0', new Float32Array([-0]), new Float32Array([0]));
all('f64 NaN', new Float64Array([NaN]), new Float64Array([NaN]));
all('u8 vs buffer', new Uint8Array(1), Buffer.alloc(1));
all('typed kinds', new Uint8Array([1]), new Int8Array([1]));
all('dataview', new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)));
all('arraybuffer len', new ArrayBuffer(1), new ArrayBuffer(2));
all('arraybuffer', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 2]).buffer);
all('map loose keys', new Map([['1', 1]]), new Map([[1, 1]]));
all('map object keys', new Map([[{ k: 1 }, 'a'], [{ k: 2 }, 'b']]), new Map([[{ k: 2 }, 'b'], [{ k: 1 }, 'a']]));
all('map undefined', new Map([[1, undefined]]), new Map([[2, undefined]]));
all('set objects', new Set([{ a: 1 }, { a: 2 }]), new Set([{ a: 2 }, { a: 1 }]));
all('set loose objs', new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: '1' }]));
all('set nan', new Set([NaN]), new Set([NaN]));
all('weakset', new WeakSet(), new WeakSet());
all('promise', Promise.resolve(1), Promise.resolve(1));
all('symbol key', { [Symbol.for('x')]: 1 }, {});
all('hidden symbol', Object.defineProperty({}, Symbol('x'), { value: 1 }), {});
all('hidden string', Object.defineProperty({}, 'x', { value: 1 }), {});
all('array symbol', Object.assign([1], { [Symbol.for('q')]: 1 }), [1]);
all('array extra', Object.assign([1], { x: 1 }), Object.assign([1], { x: 2 }));
all('fn props', Object.assign(() => {}, { a: 1 }), Object.assign(() => {}, { a: 1 }));
all('arguments', (function () { return arguments; })(1), (function () { return arguments; })(1));
all('arguments obj', (function () { return arguments; })(1), { 0: 1 });
all('undefined key', { a: undefined }, { b: undefined });
all('extra undefined', { a: 1 }, { a: 1, b: undefined });
const c1 = { a: [1] };
c1.self = c1;
c1.a.push(c1);
const c2 = { a: [1] };
c2.self = c2;
c2.a.push(c2);
all('cycles', c1, c2);
const c3 = { a: [1] };
c3.self = c3;
c3.a.push({});
all('cycle vs none', c1, c3);
