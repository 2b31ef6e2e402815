// The diffs of deepStrictEqual and strictEqual messages.
'use strict';
const assert = require('assert');
function t(fn) {
  try {
    fn();
    console.log('passed');
  } catch (e) {
    console.log(e.message);
    console.log('--');
  }
}
t(() => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }));
t(() => assert.deepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]])));
t(() => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
t(() => assert.deepStrictEqual(Array.from({ length: 30 }, (_, i) => i),
  Array.from({ length: 30 }, (_, i) => (i === 15 ? 0 : i))));
t(() => assert.deepStrictEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] }));
t(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4]));
t(() => assert.deepStrictEqual({ x: undefined }, {}));
t(() => assert.deepStrictEqual(1, '1'));
t(() => assert.deepStrictEqual([new Date(0)], [new Date(1)]));
t(() => assert.deepStrictEqual(/a/g, /a/i));
t(() => assert.deepStrictEqual(Object.create(null), {}));
t(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
t(() => assert.strictEqual('a\nb\nc', 'a\nB\nc'));
t(() => assert.strictEqual([1, 2], [1, 2]));
t(() => assert.partialDeepStrictEqual({ a: 1, b: 2 }, { a: 2 }));
t(() => assert.partialDeepStrictEqual({ a: 1, b: 2, c: [1, 2] }, { c: [2] }));
t(() => assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
t(() => assert.deepEqual(new Set([1, '2']), new Set([1, 2])));
t(() => assert.deepStrictEqual([1, [2, [3, [4, [5]]]]], [1, [2, [3, [4, [6]]]]]));
