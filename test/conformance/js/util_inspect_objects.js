// util.inspect of class instances, getters and setters, nested and
// circular structures, inspect.custom, and errors with extra properties.
'use strict';
const util = require('util');
const { inspect } = util;
const log = (v, o) => console.log(inspect(v, o));
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  get len() { return Math.hypot(this.x, this.y); }
}
log(new Point(3, 4));
class Point3 extends Point { constructor() { super(1, 2); this.z = 3; } }
log(new Point3());
log(Object.assign(Object.create({ inherited: 1 }), { own: 2 }));
log(Object.create(Point.prototype));
class Tagged { get [Symbol.toStringTag]() { return 'TagName'; } }
log(new Tagged());
log({ __proto__: null, [Symbol.toStringTag]: 'Nul' });
const o = { get g() { return 1; }, set s(v) {}, get gs() { return 'v'; }, set gs(v) {} };
log(o);
log(o, { getters: true });
log(o, { getters: 'get' });
const circ = { name: 'c' };
circ.self = circ;
circ.arr = [circ, { back: circ }];
log(circ);
const a = { n: 'a' };
const b = { n: 'b', a };
a.b = b;
log([a, b]);
const m = new Map();
m.set('me', m);
log(m);
log({ l1: { l2: { l3: { l4: { l5: 1 } } } } });
log({ arr: new Array(3).fill({ x: 1, y: 'two' }) });
log([{ a: 1, b: 2 }, { a: 3, b: 4 }]);
log({ [inspect.custom]() { return 'CUSTOM'; } });
log({ inner: { [inspect.custom](depth, opts, insp) { return { depth, s: typeof opts.stylize, same: insp === inspect }; } } });
log({ [inspect.custom]() { return { nested: [1, 2] }; } });
log({ [inspect.custom]() { return this; }, plain: 1 });
log({ x: { [Symbol.for('nodejs.util.inspect.custom')]() { return 'by symbol for'; } } });
log(Object.defineProperty({ v: 1 }, 'hidden', { value: 2, enumerable: false }));
log(Object.defineProperty({ v: 1 }, 'hidden', { value: 2, enumerable: false }), { showHidden: true });
const err = new TypeError('bad thing');
err.stack = 'TypeError: bad thing';
err.code = 'E_BAD';
err.extra = { a: 1 };
log(err);
log({ nested: err });
const e2 = new Error('with cause', { cause: 'root' });
e2.stack = 'Error: with cause';
log(e2);
const e3 = new RangeError('renamed');
e3.name = 'CustomName';
e3.stack = 'RangeError: renamed';
log(e3);
const e4 = new Error('no stack');
delete e4.stack;
e4.stack = undefined;
log(e4);
class MyError extends Error {}
const e5 = new MyError('mine');
e5.stack = 'Error: mine';
log(e5);
log(util.inspect(new Error('x')).split('\n')[0]);
console.log(util.isDeepStrictEqual(circ, circ), util.isDeepStrictEqual({ a: [1] }, { a: [1] }), util.isDeepStrictEqual([1], ['1']));
