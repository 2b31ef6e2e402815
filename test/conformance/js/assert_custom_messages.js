// Messages given by the caller: strings replace the header of the strict
// diffs and stand alone elsewhere, functions are called with actual and
// expected, Errors are thrown as they are; fail() and ifError().
'use strict';
const assert = require('assert');
function t(fn) {
  try {
    fn();
    console.log('passed');
  } catch (e) {
    console.log(JSON.stringify(e.message), e.generatedMessage, e.operator, e.code, e.name,
      typeof e.actual, typeof e.expected);
  }
}
t(() => assert.strictEqual(1, 2, 'my msg'));
t(() => assert.strictEqual({ a: 1 }, { a: 1 }, 'same shape'));
t(() => assert.strictEqual('hello world', 'hello there', 'strings'));
t(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'deep'));
t(() => assert.partialDeepStrictEqual({ a: 1 }, { a: 2 }, 'partial'));
t(() => assert.notStrictEqual(1, 1, 'not strict'));
t(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }, 'not deep'));
t(() => assert.deepEqual(1, 2, 'loose'));
t(() => assert.equal(1, 2, 'eq'));
t(() => assert.match('a', /b/, 'no match'));
t(() => assert.doesNotMatch('b', /b/, 'match'));
t(() => assert.strictEqual(1, 2, () => 'from fn'));
t(() => assert.strictEqual(1, 2, (a, b) => `got ${a} want ${b}`));
t(() => assert.strictEqual(1, 2, () => 5));
t(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, () => 'fn deep'));
t(() => assert.strictEqual(1, 2, new RangeError('mine')));
t(() => assert.deepEqual(1, 2, new TypeError('typed')));
t(() => assert.fail());
t(() => assert.fail('boom'));
t(() => assert.fail(undefined));
t(() => assert.fail(null));
t(() => assert.fail({ a: 1 }));
t(() => assert.fail(1, 2));
t(() => assert.fail(1, 2, 'msg', '>'));
t(() => assert.fail(new TypeError('own')));
t(() => assert.ifError(null));
t(() => assert.ifError(undefined));
t(() => assert.ifError(new Error('e1')));
t(() => assert.ifError(new Error('multi\nline')));
t(() => assert.ifError('oops'));
t(() => assert.ifError(0));
t(() => assert.ifError(false));
t(() => assert.ifError({}));
t(() => assert.ifError({ message: 'x' }));
t(() => assert.ifError({ message: '' }));
t(() => assert.ifError(new TypeError('')));
t(() => assert.ifError([1]));
t(() => assert.match(123, /1/));
t(() => assert.match('abc', /x/));
t(() => assert.doesNotMatch('abc', /b/));
t(() => assert.match('abc', /b/));
