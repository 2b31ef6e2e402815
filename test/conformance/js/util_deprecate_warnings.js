// util.deprecate: one warning per code, the wrapper's shape, classes,
// options.modifyPrototype, process.noDeprecation and bad arguments; the
// warnings are observed with process.on('warning').
'use strict';
const util = require('util');
const log = console.log;
process.on('warning', (w) => log('warning', w.name, w.code, JSON.stringify(w.message), Object.keys(w)));
function oldFn(a, b) { return a + b; }
oldFn.extra = 1;
const d = util.deprecate(oldFn, 'old!', 'DEP_A');
log(d.name, d.length, d.extra, Object.getPrototypeOf(d) === oldFn, d.prototype === oldFn.prototype);
log(Object.getOwnPropertyNames(d));
for (const args of [[], ['x'], [oldFn, 5], [oldFn, 'm', 5], [oldFn, 'm', 'C', 5], [oldFn, undefined], [oldFn, 'm', null]]) {
  try {
    const r = util.deprecate(...args);
    log('ok', typeof r);
  } catch (e) {
    log(e.name, e.code, e.message);
  }
}
process.noDeprecation = true;
log(d(1, 2));
process.noDeprecation = false;
log(d(1, 2), d(2, 3));
const d2 = util.deprecate(oldFn, 'other', 'DEP_A');
d2();
const d3 = util.deprecate(oldFn, 'nocode');
d3();
d3();
const d4 = util.deprecate(oldFn, 'nocode');
d4();
class K { constructor(x) { this.x = x; } m() { return 'm'; } }
const DK = util.deprecate(K, 'K old', 'DEP_K');
const k = new DK(3);
log(k.x, k.m(), k instanceof K, k instanceof DK, k.constructor === K);
class Sub extends DK {}
log(new Sub(4).x, new Sub(5) instanceof K);
const d5 = util.deprecate(oldFn, 'mod', 'DEP_M', { modifyPrototype: false });
log(d5.prototype === oldFn.prototype, Object.getPrototypeOf(d5) === oldFn, d5.extra, d5(2, 2));
log(util.isArray([]), util.isArray({}), util._extend({ a: 1 }, { b: 2 }));
log('sync done');
