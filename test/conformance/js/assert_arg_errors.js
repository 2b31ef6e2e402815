// The argument errors of node:assert: missing arguments, bad message
// types, bad fn/error/regexp arguments, ambiguous message strings, empty
// validation objects, bad promiseFn values.
'use strict';
const assert = require('assert');
function t(name, fn) {
  try {
    fn();
    console.log(name, 'passed');
  } catch (e) {
    console.log(name, e.name, e.code, JSON.stringify(e.message));
  }
}
const thrower = (err) => () => { throw err; };
t('strictEqual none', () => assert.strictEqual());
t('strictEqual one', () => assert.strictEqual(1));
t('equal none', () => assert.equal());
t('deepEqual one', () => assert.deepEqual(1));
t('notEqual one', () => assert.notEqual(1));
t('partial one', () => assert.partialDeepStrictEqual({}));
t('message number', () => assert.strictEqual(1, 2, 5));
t('message null', () => assert.strictEqual(1, 2, null));
t('message undefined', () => assert.strictEqual(1, 2, undefined));
t('message object', () => assert.equal(1, 2, {}));
t('message passes', () => assert.strictEqual(1, 1, 5));
t('match none', () => assert.match());
t('match string re', () => assert.match('a', 'a'));
t('match number', () => assert.match(123, /1/));
t('doesNotMatch number', () => assert.doesNotMatch(1, /b/));
t('throws none', () => assert.throws());
t('throws string fn', () => assert.throws('a'));
t('throws number error', () => assert.throws(thrower(new Error('x')), 5));
t('throws string and message', () => assert.throws(thrower(new Error('x')), 'x', 'y'));
t('throws ambiguous', () => assert.throws(thrower(new Error('x')), 'x'));
t('throws ambiguous value', () => assert.throws(thrower('x'), 'x'));
t('throws empty object', () => assert.throws(thrower(new Error('x')), {}));
t('doesNotThrow bad fn', () => assert.doesNotThrow('x'));
t('doesNotThrow bad expected', () => assert.doesNotThrow(thrower(new Error('x')), 5));
t('class without new', () => assert.Assert());
t('bad diff', () => new assert.Assert({ diff: 'x' }));
t('AssertionError string', () => new assert.AssertionError('x'));
(async () => {
  const r = async (name, p) => {
    try {
      await p;
      console.log(name, 'passed');
    } catch (e) {
      console.log(name, e.name, e.code, JSON.stringify(e.message));
    }
  };
  await r('rejects number', assert.rejects(1));
  await r('rejects fn number', assert.rejects(() => 1));
  await r('rejects fn throws', assert.rejects(() => { throw new Error('sync'); }));
  await r('doesNotReject number', assert.doesNotReject(1));
  await r('doesNotReject fn string', assert.doesNotReject(() => 'x'));
  await r('rejects thenable', assert.rejects({ then(ok, fail) { fail(new Error('t')); }, catch() {} }, /t/));
})();
