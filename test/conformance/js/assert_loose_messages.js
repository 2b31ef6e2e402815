// equal, notEqual, deepEqual and notDeepEqual: verdicts and messages of
// the loose checks, and AssertionError built by hand with each operator.
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
t(() => assert.equal(1, '1'));
t(() => assert.equal(null, undefined));
t(() => assert.equal(NaN, NaN));
t(() => assert.equal('a', 'b'));
t(() => assert.equal({}, {}));
t(() => assert.equal([1, 2, 3], 'x'));
t(() => assert.notEqual('aaa', 'aaa'));
t(() => assert.notEqual(-0, 0));
t(() => assert.notEqual({ a: 1 }, { a: 1 }));
const o = { a: 1 };
t(() => assert.notEqual(o, o));
t(() => assert.deepEqual(1, 2));
t(() => assert.deepEqual({ a: 1 }, { a: '1' }));
t(() => assert.deepEqual({ a: 1 }, { a: 2 }));
t(() => assert.deepEqual([1, 2], [1, 3]));
t(() => assert.deepEqual(new Set(['1']), new Set([1])));
t(() => assert.deepEqual(new Map([[1, '1']]), new Map([['1', 1]])));
t(() => assert.notDeepEqual(1, 1));
t(() => assert.notDeepEqual([1], ['1']));
t(() => assert.notDeepEqual({ a: [1, 2] }, { a: [1, 2] }));
t(() => assert.notDeepEqual('a\nb', 'a\nb'));
for (const operator of [undefined, '==', '!=', 'foo', 'strictEqual', 'notStrictEqual', 'deepEqual',
  'notDeepEqual', 'deepStrictEqual', 'notDeepStrictEqual', 'partialDeepStrictEqual']) {
  const e = new assert.AssertionError({ actual: 1, expected: 2, operator });
  console.log(JSON.stringify(e.message), e.generatedMessage, e.operator, e.name, e.code, Object.keys(e).join());
}
const e = new assert.AssertionError({ message: 'm', actual: { a: 1 }, expected: { a: 2 }, operator: 'deepStrictEqual' });
console.log(JSON.stringify(e.message), e.generatedMessage, String(e));
console.log(new assert.AssertionError({ message: new Error('x') }).message);
t(() => new assert.AssertionError());
t(() => new assert.AssertionError(null));
