// AssertionError name, code, message, generatedMessage and operator for the
// common assertions, passing and failing.
'use strict';
const assert = require('assert');
function t(name, fn) {
  try {
    fn();
    console.log(name, 'ok');
  } catch (e) {
    console.log(name, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t('ok', () => assert.ok(0));
t('ok message', () => assert(false, 'custom'));
t('ok passes', () => assert.ok('x'));
t('ok no args', () => assert.ok());
t('equal', () => assert.equal(1, 2));
t('equal loose', () => assert.equal(1, '1'));
t('notEqual', () => assert.notEqual(1, '1'));
t('strictEqual', () => assert.strictEqual(1, '1'));
t('strictEqual strings', () => assert.strictEqual('hello world', 'hello there'));
t('strictEqual NaN', () => assert.strictEqual(NaN, NaN));
t('strictEqual objects', () => assert.strictEqual({ a: 1 }, { a: 1 }));
t('notStrictEqual', () => assert.notStrictEqual(1, 1));
t('deepEqual loose', () => assert.deepEqual({ a: 1 }, { a: '1' }));
t('notDeepEqual', () => assert.notDeepEqual([1], ['1']));
t('match', () => assert.match('abc', /x/));
t('match type', () => assert.match(123, /1/));
t('doesNotMatch', () => assert.doesNotMatch('abc', /b/));
t('fail', () => assert.fail('boom'));
t('fail no args', () => assert.fail());
t('fail error', () => assert.fail(new TypeError('own')));
t('ifError', () => assert.ifError(new Error('e1')));
t('ifError string', () => assert.ifError('oops'));
t('ifError null', () => assert.ifError(null));
t('message error', () => assert.strictEqual(1, 2, new RangeError('mine')));
t('message fn', () => assert.strictEqual(1, 2, (a, b) => `got ${a} want ${b}`));
t('strict equal', () => require('assert/strict').equal(1, 2));
t('strict same', () => console.log(assert.strict === require('assert/strict'), assert.strict.strict === assert.strict));
t('AssertionError ctor', () => {
  const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
  console.log(e.name, e.code, JSON.stringify(e.message), e.actual, e.expected, e.generatedMessage);
});
t('AssertionError custom', () => {
  const e = new assert.AssertionError({ message: 'hand made' });
  console.log(e.message, e.generatedMessage, e.operator, e instanceof Error);
});
t('bad AssertionError', () => new assert.AssertionError('x'));
