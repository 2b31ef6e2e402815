// strictEqual and notStrictEqual messages: the one-line form for short
// primitives, the +/- form with a caret under the first difference, the
// reference-equal headers for objects and functions.
'use strict';
const assert = require('assert');
function t(fn) {
  try {
    fn();
    console.log('passed');
  } catch (e) {
    console.log(JSON.stringify(e.message), e.generatedMessage, e.operator, e.code);
  }
}
const pairs = [
  [1, 2], ['a', 'b'], ['abcdef', 'abcdeg'], ['abcdefg', 'abcdef'], [12345678901, 1],
  [123456789012, 1], [1n, 2n], [12345678901n, 1], [null, undefined], [1, null], [true, 1],
  [NaN, 0], [0, -0], [-0, 0], [-0, 1], [Infinity, -Infinity], [Symbol('s'), Symbol('s')],
  [Symbol(), 1], ['a\nb', 'a\nc'], ['a\nb\nc', 'a\nB\nc'], ['hello world', 'hello there'],
  ['xxayyyyyyyyyyyy', 'xxbyyyyyyyyyyyy'], ['xayyyyyyyyyyyy', 'xbyyyyyyyyyyyy'],
  ['x'.repeat(37) + 'a', 'x'.repeat(37) + 'b'], ['x'.repeat(38) + 'a', 'x'.repeat(38) + 'b'],
  ['x'.repeat(45), 'xx'], ['x'.repeat(59), 'x'.repeat(17) + 'b'], ["'", '"'],
  ['éééééé', 'ééééééa'], ['a\tb\tc', 'a\tb\tx'],
  [{ a: 1 }, { a: 1 }], [{ a: 1, b: 2 }, { a: 1, b: 3 }], [[1], 1], [[1, 2], [1, 2]],
  [function f() {}, function g() {}], [() => {}, () => {}], [new Error('a'), new Error('a')],
  [new Date(0), new Date(0)], [/a/g, /a/g],
];
for (const [a, b] of pairs) t(() => assert.strictEqual(a, b));
const o = { a: 1 };
const f = () => {};
const same = [[1, 1], ['a', 'a'], ['xxxx', 'xxxx'], ['x'.repeat(40), 'x'.repeat(40)],
  ['a\nb', 'a\nb'], [-0, -0], [NaN, NaN], [null, null], [undefined, undefined],
  [o, o], [f, f], [12345678901234567890n, 12345678901234567890n]];
for (const [a, b] of same) t(() => assert.notStrictEqual(a, b));
t(() => assert.notStrictEqual(0, -0));
t(() => assert.notStrictEqual({}, {}));
