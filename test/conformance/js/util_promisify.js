// util.promisify (+ the custom symbol), callbackify and deprecate.
'use strict';
const util = require('util');
const log = console.log;
function cbStyle(a, b, cb) {
  setImmediate(() => (a < 0 ? cb(new Error('negative')) : cb(null, a + b)));
}
const p = util.promisify(cbStyle);
log(typeof p, p.name, util.promisify(cbStyle) === util.promisify(cbStyle));
function withCustom() {}
withCustom[util.promisify.custom] = () => Promise.resolve('custom!');
log(util.promisify(withCustom) === withCustom[util.promisify.custom]);
log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
try {
  util.promisify(5);
} catch (e) {
  log(e.name, e.code, e.message);
}
function multi(cb) { cb(null, 1, 2); }
(async () => {
  log('sum', await p(1, 2));
  try {
    await p(-1, 0);
  } catch (e) {
    log('rejected', e.message);
  }
  log('custom', await util.promisify(withCustom)());
  log('multi', await util.promisify(multi)());
  log('timeout', await util.promisify(setTimeout)(1, 'v'));
  log('immediate', await util.promisify(setImmediate)('w'));

  const cb = util.callbackify(async (x) => x * 2);
  log(typeof cb, cb.name, cb.length);
  await new Promise((resolve) => cb(21, (err, v) => { log('callbackify', err, v); resolve(); }));
  const cbErr = util.callbackify(async () => { throw new TypeError('inner'); });
  await new Promise((resolve) => cbErr((err) => { log('callbackify err', err.name, err.message); resolve(); }));
  const cbNull = util.callbackify(() => Promise.reject(null));
  await new Promise((resolve) => cbNull((err) => {
    log('callbackify falsy', err.name, err.code, err.message, err.reason);
    resolve();
  }));
  try {
    util.callbackify('x');
  } catch (e) {
    log(e.code, e.message);
  }

  const dep = util.deprecate(function oldFn(a) { return a + 1; }, 'oldFn is old', 'DEP_X1');
  log(dep.name, dep(1), dep(2));
  const dep2 = util.deprecate(() => 'b', 'second', 'DEP_X1');
  log(dep2());
  process.on('warning', (w) => log('warning', w.name, w.code, w.message));
  const dep3 = util.deprecate(() => 'c', 'third');
  log(dep3(), dep3());
  class Old { constructor() { this.v = 1; } }
  const DepClass = util.deprecate(Old, 'Old is old', 'DEP_X2');
  log(new DepClass().v, new DepClass() instanceof Old);
})();
