// Long diffs: runs of common lines shortened with "..." (and the
// "... Skipped lines" header line), context after the last change cut
// short, everything shown when nothing is common, long values clipped in
// the loose forms.
'use strict';
const assert = require('assert');
function t(fn) {
  try {
    fn();
    console.log('passed');
  } catch (e) {
    console.log(e.message);
    console.log('--', e.message.length, e.generatedMessage, e.operator);
  }
}
const arr = (n, f) => Array.from({ length: n }, (_, i) => f(i));
for (const k of [0, 2, 5, 6, 7, 15, 22, 24, 25, 29]) {
  t(() => assert.deepStrictEqual(arr(30, (i) => i), arr(30, (i) => (i === k ? -1 : i))));
}
t(() => assert.deepStrictEqual(arr(30, (i) => i), arr(30, (i) => (i === 5 || i === 20 ? -1 : i))));
t(() => assert.deepStrictEqual(arr(30, (i) => i), arr(30, (i) => (i === 5 || i === 12 ? -1 : i))));
t(() => assert.deepStrictEqual(arr(30, (i) => i), arr(30, (i) => (i === 5 || i === 13 ? -1 : i))));
t(() => assert.deepStrictEqual(arr(30, (i) => i), arr(30, (i) => (i === 5 || i === 10 || i === 25 ? -1 : i))));
t(() => assert.deepStrictEqual(arr(12, (i) => i), arr(12, (i) => -i)));
t(() => assert.deepStrictEqual(arr(27, (i) => i), arr(28, (i) => i)));
t(() => assert.deepStrictEqual([1, [2, [3, [4, [5]]]]], [1, [2, [3, [4, [6]]]]]));
t(() => assert.deepStrictEqual({ s: 'x'.repeat(200) }, { s: 'y' }));
t(() => assert.strictEqual('x'.repeat(300) + 'a', 'x'.repeat(300) + 'b'));
t(() => assert.equal(arr(200, (i) => i), 5));
t(() => assert.deepEqual(arr(200, (i) => i), arr(200, (i) => -i)));
t(() => assert.deepEqual('x'.repeat(3000), 'y'));
t(() => assert.notDeepStrictEqual(arr(48, (i) => i), arr(48, (i) => i)));
t(() => assert.notDeepStrictEqual(arr(49, (i) => i), arr(49, (i) => i)));
t(() => assert.notDeepEqual(arr(300, (i) => i), arr(300, (i) => i)));
