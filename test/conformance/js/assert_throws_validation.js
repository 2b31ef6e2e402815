// throws and doesNotThrow with validation objects (deep-compared keys,
// RegExp values, an Error as template), classes, RegExps and validation
// functions, with and without messages.
'use strict';
const assert = require('assert');
function t(name, fn) {
  try {
    fn();
    console.log(name, 'passed');
  } catch (e) {
    console.log(name, JSON.stringify(e.message), e.generatedMessage, e.operator, e.code, e.name);
  }
}
const thrower = (err) => () => { throw err; };
const coded = Object.assign(new Error('abc'), { code: 'E1', info: { n: 1 } });
t('keys', () => assert.throws(thrower(coded), { message: 'abc', code: 'E1' }));
t('nested', () => assert.throws(thrower(coded), { info: { n: 1 } }));
t('nested miss', () => assert.throws(thrower(coded), { info: { n: 2 } }));
t('regexp value', () => assert.throws(thrower(coded), { message: /^a/, code: /E\d/ }));
t('regexp miss', () => assert.throws(thrower(coded), { message: /y/ }));
t('several', () => assert.throws(thrower(new Error('x')), { message: 'x', name: 'TypeError', code: 5 }));
t('missing key', () => assert.throws(thrower(new Error('x')), { foo: 1 }));
t('name only', () => assert.throws(thrower(new RangeError('r')), { name: 'RangeError' }));
t('null thrown', () => assert.throws(thrower(null), { message: 'y' }));
t('string thrown', () => assert.throws(thrower('str'), { message: 'y' }));
t('error template', () => assert.throws(thrower(new Error('x')), new Error('y')));
t('error template kind', () => assert.throws(thrower(new Error('x')), new TypeError('x')));
t('error template ok', () => assert.throws(thrower(new TypeError('x')), new TypeError('x')));
t('with message', () => assert.throws(thrower(new Error('x')), { message: 'y' }, 'my text'));
t('class', () => assert.throws(thrower(new TypeError('x')), TypeError));
t('class miss', () => assert.throws(thrower(new TypeError('x')), RangeError));
t('class miss msg', () => assert.throws(thrower(new TypeError('x')), RangeError, 'mine'));
t('subclass', () => assert.throws(thrower(new Error('x')), class Foo extends Error {}));
t('class number', () => assert.throws(thrower(5), TypeError));
t('class undefined', () => assert.throws(thrower(undefined), TypeError));
t('regexp', () => assert.throws(thrower(new Error('abc')), /b/));
t('regexp miss', () => assert.throws(thrower(new Error('abc')), /z/));
t('regexp miss msg', () => assert.throws(thrower(new Error('abc')), /z/, 'why'));
t('regexp string', () => assert.throws(thrower('plain'), /lai/));
t('fn true', () => assert.throws(thrower(new Error('x')), (e) => e.message === 'x'));
t('fn false', () => assert.throws(thrower(new Error('x')), (e) => e.message === 'y'));
t('fn named', () => assert.throws(thrower(new Error('x')), function check() { return 1; }));
t('fn non-error', () => assert.throws(thrower(7), () => false));
t('fn msg', () => assert.throws(thrower(new Error('x')), () => false, 'fn text'));
t('none', () => assert.throws(() => {}));
t('none class', () => assert.throws(() => {}, TypeError));
t('none class msg', () => assert.throws(() => {}, TypeError, 'should throw'));
t('none regexp msg', () => assert.throws(() => {}, /x/, 'm'));
t('none object', () => assert.throws(() => {}, { message: 'x' }));
t('none named fn', () => assert.throws(() => {}, function named() {}));
t('none string', () => assert.throws(() => {}, 'some message'));
t('dnt', () => assert.doesNotThrow(thrower(new Error('boom'))));
t('dnt msg', () => assert.doesNotThrow(thrower(new Error('boom')), 'my message'));
t('dnt class', () => assert.doesNotThrow(thrower(new TypeError('t')), TypeError));
t('dnt other class', () => assert.doesNotThrow(thrower(new TypeError('t')), RangeError));
t('dnt regexp', () => assert.doesNotThrow(thrower(new Error('x')), /x/));
t('dnt regexp other', () => assert.doesNotThrow(thrower(new Error('x')), /y/));
t('dnt regexp msg', () => assert.doesNotThrow(thrower(new Error('x')), /x/, 'mm'));
t('dnt string', () => assert.doesNotThrow(thrower('str')));
t('dnt fn', () => assert.doesNotThrow(thrower(new Error('x')), () => true));
t('dnt ok', () => assert.doesNotThrow(() => 1));
