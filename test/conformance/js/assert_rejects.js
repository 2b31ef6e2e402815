// rejects and doesNotReject with classes, RegExps, validation objects and
// functions; the order in which the returned promises settle.
'use strict';
const assert = require('assert');
const r = async (name, p) => {
  try {
    const v = await p;
    console.log(name, 'resolved', v);
  } catch (e) {
    console.log(name, JSON.stringify(e.message), e.generatedMessage, e.operator, e.code);
  }
};
(async () => {
  await r('class', assert.rejects(Promise.reject(new TypeError('t')), TypeError));
  await r('class miss', assert.rejects(Promise.reject(new TypeError('t')), RangeError));
  await r('regexp', assert.rejects(async () => { throw new Error('abc'); }, /b/));
  await r('regexp miss', assert.rejects(Promise.reject(new Error('r')), /zz/));
  await r('object', assert.rejects(Promise.reject(new RangeError('m')), { name: 'RangeError', message: 'm' }));
  await r('object miss', assert.rejects(Promise.reject(new RangeError('m')), { message: 'n' }));
  await r('fn', assert.rejects(Promise.reject(new Error('f')), (e) => e.message === 'f'));
  await r('fn false', assert.rejects(Promise.reject(new Error('f')), () => false));
  await r('resolved', assert.rejects(Promise.resolve(1)));
  await r('resolved class', assert.rejects(Promise.resolve(1), TypeError));
  await r('resolved msg', assert.rejects(async () => 1, Error, 'expected to fail'));
  await r('dnr', assert.doesNotReject(Promise.reject(new Error('q'))));
  await r('dnr msg', assert.doesNotReject(Promise.reject(new Error('q')), 'note'));
  await r('dnr class', assert.doesNotReject(Promise.reject(new TypeError('q')), TypeError));
  await r('dnr other', assert.doesNotReject(Promise.reject(new TypeError('q')), RangeError));
  await r('dnr ok', assert.doesNotReject(async () => 2));
  await r('dnr promise ok', assert.doesNotReject(Promise.resolve(3)));
  const order = [];
  const p1 = assert.rejects(Promise.reject(new Error('a'))).then(() => order.push('rejects'));
  const p2 = Promise.resolve().then(() => order.push('plain'));
  await Promise.all([p1, p2]);
  console.log(order.join(' '));
  console.log(assert.rejects.constructor.name, assert.doesNotReject.constructor.name);
})();
