// util.promisify and util.callbackify edge cases: copied properties, the
// custom symbol, falsy errors, sync throws, this, argument validation.
'use strict';
const util = require('util');
const log = console.log;
function f(a, cb) { cb(null, a, 2); }
f.sub = function () {};
f.num = 3;
const p = util.promisify(f);
log(p.name, p.length, p.sub === f.sub, p.num, Object.getPrototypeOf(p) === Function.prototype, util.promisify(p) === p);
log(Object.getOwnPropertySymbols(p), Object.getOwnPropertyDescriptor(p, util.promisify.custom).writable);
const bad = () => {};
bad[util.promisify.custom] = 5;
try { util.promisify(bad); } catch (e) { log(e.code, e.message); }
for (const v of [null, undefined, {}, 'x']) {
  try { util.promisify(v); } catch (e) { log(e.code, e.message); }
}
const cf = () => {};
const c = () => 'c';
cf[util.promisify.custom] = c;
log(util.promisify(cf) === c, Object.getOwnPropertyDescriptor(c, util.promisify.custom).enumerable);
async function af(a, b) { return a + b; }
af.extra = 1;
const cb = util.callbackify(af);
log(cb.name, cb.length, cb.extra, Object.getPrototypeOf(cb) === Object.getPrototypeOf(af));
log(util.callbackify(() => Promise.resolve(1)).name);
try { cb(1, 2, 3); } catch (e) { log(e.code, e.message); }
try { util.callbackify(() => { throw new Error('syncthrow'); })(() => log('never')); } catch (e) { log('sync', e.message); }
(async () => {
  const o = { v: 7, m(done) { done(null, this.v); } };
  o.pm = util.promisify(o.m);
  log('this', await o.pm());
  log('falsy err', await util.promisify((done) => done(0, 'zero'))());
  log('empty err', await util.promisify((done) => done('', 'x'))());
  await util.promisify(() => { throw new Error('sync'); })().catch((e) => log('sync throw ->', e.message));
  log('twice', await util.promisify((done) => { done(null, 1); done(null, 2); })());
  await util.promisify((done) => done(new RangeError('r')))().catch((e) => log('rejected', e.name));
  await new Promise((resolve) => util.callbackify(() => Promise.reject(0))((e) => {
    log('zero', e.message, e.code, e.reason, Object.keys(e), e.name);
    resolve();
  }));
  await new Promise((resolve) => util.callbackify(() => Promise.reject(undefined))((e) => {
    log('undef', e.code, 'reason' in e, e.reason);
    resolve();
  }));
  await new Promise((resolve) => util.callbackify(() => Promise.reject(''))((e) => {
    log('empty', e.code, JSON.stringify(e.reason));
    resolve();
  }));
  const obj = { x: 9, m: util.callbackify(async function () { return this.x; }) };
  await new Promise((resolve) => obj.m(function (e, v) { log('cb this', e, v, this === obj); resolve(); }));
  let order = [];
  util.callbackify(async () => 'v')(() => { order.push('callback'); log(order.join(' ')); });
  order.push('sync');
})();
