const orig = { a: 1, s: 'x', n: null, u: undefined, big: 10n, d: new Date(0), r: /ab+c/gi, m: new Map([[1, { x: 1 }]]), st: new Set([1, 'a']),
  arr: [1, , 3], ta: new Uint16Array([1, 2]), buf: Buffer.from('hi'), ab: new ArrayBuffer(2), dv: new DataView(new ArrayBuffer(4), 1, 2),
  e: new RangeError('bad', { cause: 'why' }), bool: new Boolean(false), str: new String('s'), num: new Number(3) };
orig.self = orig;
const c = structuredClone(orig);
console.log(c.self === c, c.m.get(1), c.d instanceof Date, c.r.lastIndex, c.e instanceof RangeError, c.e.message, c.e.cause, c.buf);
delete c.self; delete orig.self;
console.log(Object.keys(c), c.arr, c.ta, c.dv, c.ab, c.bool, c.str, c.num, c.big, c.r, c.d.toISOString(), c.st);
class K { constructor() { this.v = 1; } get g() { return 2; } }
console.log(structuredClone(new K()), structuredClone([new K(), new K()]));
for (const v of [() => 1, function named() {}, Symbol('q'), new WeakMap(), Promise.resolve(), { f() {} }]) {
  try { structuredClone(v); console.log('cloned'); } catch (e) { console.log(e.name, e.code, e.message, e.constructor.name); }
}
try { structuredClone(); } catch (e) { console.log(e.name, e.code, e.message); }
const shared = { z: 1 };
const two = structuredClone([shared, shared]);
console.log(two[0] === two[1], structuredClone('str'), structuredClone(5), structuredClone(null));
const err = structuredClone(new Error('m'));
console.log(Object.getOwnPropertyNames(err).sort(), err.name, typeof err.stack);
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; this.extra = 1; } }
const e2 = structuredClone(new MyErr('z'));
console.log(e2.name, e2.message, e2.extra, Object.getPrototypeOf(e2) === Error.prototype);
