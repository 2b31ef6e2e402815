// assert.strict, require('assert/strict') and the Assert class: which
// functions are shared, strict mode turning the loose checks strict, the
// diff and skipPrototype options, detached methods.
'use strict';
const assert = require('assert');
const strict = require('assert/strict');
function t(name, fn) {
  try {
    fn();
    console.log(name, 'passed');
  } catch (e) {
    console.log(name, JSON.stringify(e.message), e.generatedMessage, e.operator, e.code, e.diff);
  }
}
console.log(Object.keys(assert).join());
console.log(Object.keys(strict).join());
console.log(strict === assert.strict, strict.strict === strict, strict.Assert === assert.Assert,
  strict.AssertionError === assert.AssertionError, strict.ok === assert.ok);
console.log(strict.equal === strict.strictEqual, strict.deepEqual === strict.deepStrictEqual,
  strict.notEqual === strict.notStrictEqual, strict.notDeepEqual === strict.notDeepStrictEqual,
  assert.equal === strict.equal, assert.throws === strict.throws);
console.log(assert.name, strict.name, assert.ok.name, assert.length, typeof assert.Assert);
t('strict equal', () => strict.equal(1, '1'));
t('strict deepEqual', () => strict.deepEqual({ a: 1 }, { a: '1' }));
t('strict notEqual', () => strict.notEqual(1, 1));
t('strict call', () => strict(0));
const { Assert } = assert;
console.log(Object.keys(Assert.prototype).join());
console.log(Object.keys(new Assert()).join(), '|', Object.keys(new Assert({ strict: false })).join());
const a = new Assert();
t('instance equal', () => a.equal(1, '1'));
t('instance deepEqual', () => a.deepEqual([1], ['1']));
const loose = new Assert({ strict: false });
t('loose equal', () => loose.equal(1, '1'));
t('loose deepEqual', () => loose.deepEqual({ a: 1 }, { a: '1' }));
t('loose equal fails', () => loose.equal(1, 2));
const bare = new Assert({ skipPrototype: true });
t('skipPrototype', () => bare.deepStrictEqual(Object.create(null), {}));
t('skipPrototype class', () => bare.deepStrictEqual(new (class A { constructor() { this.x = 1; } })(), { x: 1 }));
t('prototype kept', () => a.deepStrictEqual(Object.create(null), {}));
const full = new Assert({ diff: 'full' });
t('full diff', () => full.deepStrictEqual({ a: 1 }, { a: 2 }));
const { ok, strictEqual } = a;
t('detached ok', () => ok(false));
t('detached strictEqual', () => strictEqual(1, 2));
t('instance ok', () => a.ok(''));
class Sub extends Assert {}
console.log(new Sub() instanceof Assert, typeof new Sub().ok);
t('numbers option', () => new Assert(5).equal(1, 1));
