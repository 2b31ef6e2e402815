// throws, doesNotThrow, rejects and doesNotReject with classes, RegExps,
// validation objects and functions; their argument errors.
'use strict';
const assert = require('assert');
function t(name, fn) {
  try {
    fn();
    console.log(name, 'ok');
  } catch (e) {
    console.log(name, e.name, e.code, JSON.stringify(e.message));
  }
}
const thrower = (err) => () => { throw err; };
t('class', () => assert.throws(thrower(new TypeError('x')), TypeError));
t('base class', () => assert.throws(thrower(new TypeError('x')), Error));
t('wrong class', () => assert.throws(thrower(new TypeError('x')), RangeError));
t('regexp', () => assert.throws(thrower(new Error('abc')), /abc/));
t('regexp miss', () => assert.throws(thrower(new Error('abc')), /abd/));
t('object', () => assert.throws(thrower(Object.assign(new Error('abc'), { code: 'E1' })), { message: 'abc', code: 'E1' }));
t('object miss', () => assert.throws(thrower(new Error('abc')), { message: 'abd' }));
t('object regexp', () => assert.throws(thrower(new Error('abc')), { message: /^a/, name: 'Error' }));
t('function', () => assert.throws(thrower(new Error('x')), (err) => err.message === 'x'));
t('function false', () => assert.throws(thrower(new Error('x')), (err) => err.message === 'y'));
t('none', () => assert.throws(() => {}));
t('none message', () => assert.throws(() => {}, TypeError, 'should throw'));
t('none class', () => assert.throws(() => {}, TypeError));
t('non-error', () => assert.throws(thrower('str'), /str/));
t('bad fn', () => assert.throws('a'));
t('bad expected', () => assert.throws(thrower(new Error('x')), 5));
t('message as string', () => assert.throws(thrower(new Error('x')), 'x'));
t('empty object', () => assert.throws(thrower(new Error('x')), {}));
t('doesNotThrow', () => assert.doesNotThrow(thrower(new Error('boom'))));
t('doesNotThrow msg', () => assert.doesNotThrow(thrower(new Error('boom')), 'my message'));
t('doesNotThrow class', () => assert.doesNotThrow(thrower(new TypeError('t')), TypeError));
t('doesNotThrow other', () => assert.doesNotThrow(thrower(new TypeError('t')), RangeError));
t('doesNotThrow ok', () => assert.doesNotThrow(() => 1));

(async () => {
  const r = async (name, p) => {
    try {
      await p;
      console.log(name, 'ok');
    } catch (e) {
      console.log(name, e.name, e.code, JSON.stringify(e.message));
    }
  };
  await r('rejects regexp', assert.rejects(Promise.reject(new Error('r')), /zz/));
  await r('rejects class', assert.rejects(async () => { throw new TypeError('t'); }, TypeError));
  await r('rejects resolved', assert.rejects(Promise.resolve(1)));
  await r('rejects fn not promise', assert.rejects(() => 1));
  await r('rejects bad', assert.rejects(1));
  await r('doesNotReject', assert.doesNotReject(Promise.reject(new Error('q'))));
  await r('doesNotReject ok', assert.doesNotReject(async () => 2));
  await r('rejects object', assert.rejects(Promise.reject(new RangeError('m')), { name: 'RangeError', message: 'm' }));
})();
