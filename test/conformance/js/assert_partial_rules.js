// partialDeepStrictEqual verdicts: arrays as ordered subsequences (holes
// included), Sets, Maps, errors, typed arrays, buffers, symbol keys.
'use strict';
const assert = require('assert');
const v = (fn) => { try { fn(); return 'eq'; } catch (e) { return e.code === 'ERR_ASSERTION' ? 'ne' : e.code; } };
const P = (name, a, b) => console.log(name.padEnd(16), v(() => assert.partialDeepStrictEqual(a, b)));
P('dup ok', [1, 2, 1], [1, 1]); P('dup 2', [1, 2], [2, 2]); P('objs', [{a:1},{a:1}], [{a:1}]); P('objs order', [{a:1},{b:2}], [{b:2},{a:1}]);
P('nested arr', [[1,2],[3,4]], [[4]]); P('nested arr2', [[1,2],[3,4]], [[2],[3]]);
P('set objs', new Set([{a:1, b:2}, {c:3}]), new Set([{a:1}])); P('map obj keys', new Map([[{k:1}, {v:1, w:2}]]), new Map([[{k:1}, {v:1}]]));
P('map partial val', new Map([[1, {v:1, w:2}]]), new Map([[1, {v:1}]]));
P('str arr', ['a', 'b', 'c'], ['a', 'c']); P('NaN', [NaN], [NaN]); P('-0', [0], [-0]); P('-0 b', -0, 0);
P('date', { d: new Date(0), x: 1 }, { d: new Date(0) }); P('err', { e: new Error('x') }, { e: new Error('x') });
P('err partial', Object.assign(new Error('x'), {code: 1, d: 2}), Object.assign(new Error('x'), {code: 1}));
P('typed', new Uint8Array([1,2,3]), new Uint8Array([3])); P('typed kinds', new Uint8Array([1]), new Int8Array([1]));
P('buffer', Buffer.from('abc'), Buffer.from('ac')); P('ab', new Uint8Array([1,2,3]).buffer, new Uint8Array([1,3]).buffer);
P('sym keys', { [Symbol.for('a')]: 1, b: 2 }, { [Symbol.for('a')]: 1 }); P('sym miss', { b: 2 }, { [Symbol.for('a')]: 1 });
P('class', new (class A { constructor() { this.x = 1; this.y = 2; } })(), { x: 1 });
P('null proto', Object.assign(Object.create(null), {a: 1, b: 2}), { a: 1 });
P('arr vs obj', [1], { 0: 1 }); P('holes', [1, , 3], [1, , 3]); P('holes2', [1, 2, 3], [1, , 3]);
P('sparse', [, 1], [1]); P('arr len', [1, 2, 3], [1, 2, 3, 4]);
P('boxed', new Number(1), new Number(1)); P('regexp', { r: /a/g, s: 1 }, { r: /a/g });
P('set prims', new Set([1, 2, 3]), new Set([2, 3])); P('set prims miss', new Set([1, 2]), new Set([4]));
P('weakmap', new WeakMap(), new WeakMap());
P('h1', [1, 3], [1, , 3]); P('h2', [1, , 3], [1, , 3]); P('h3', [1, , 3], [, 3]); P('h4', [1], [, , 1]); P('h5', [, , 1], [1]);P('h6', [1, undefined], [1, , ]); P('h7', [undefined], [, undefined]);
