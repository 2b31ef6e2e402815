// util.inspect options: depth, compact, breakLength, sorted, limits,
// numericSeparator, showHidden and inspect.defaultOptions.
'use strict';
const { inspect } = require('util');
const log = (v, o) => console.log(inspect(v, o));
const nested = { a: { b: { c: { d: 1 } } } };
log(nested, { depth: 0 }); log(nested, { depth: 1 }); log(nested, { depth: Infinity }); log(nested, { depth: null });
log(nested, { compact: true, depth: 9 }); log(nested, { compact: false, depth: 9 });
log(nested, { compact: 1, depth: 9 }); log(nested, { compact: 2, depth: 9 }); log(nested, { depth: 9 });
log({ a: [{ b: 1 }], c: { d: { e: { f: 1 } } } }, { depth: 9 });
log({ x: 1 }, { depth: -1 }); log([1], { depth: -1 }); log(new Map(), { depth: -1 });
log({ a: { b: {} } }, { depth: 0 }); log([[[]]], { depth: 0 });
log({ aaaaaaaaaaaa: 'bbbbbbbbbbbbbbbbbbbbbbbbb', cccccccccccc: 'ddddddddddddddddddddddddddd', eeeeeeeeeeeeee: 1 }, { compact: true });
log({ a: 'x'.repeat(30), b: { c: 'y'.repeat(40), d: 'z'.repeat(90) } }, { compact: true });
log([[1, 2], [3, 4]], { compact: true, breakLength: 5 });
log({ a: 1, b: 'two', c: [3] }, { breakLength: Infinity });
log({ a: 1, b: 'two', c: [3] }, { breakLength: 10 });
for (const n of [60, 62, 64, 66]) log({ s: 'x'.repeat(n) });
log({ z: 1, a: 2, m: { y: 1, b: 2 } }, { sorted: true });
log({ z: 1, a: 2 }, { sorted: (x, y) => (x < y ? 1 : -1) });
log([1, 2, 3, 4, 5], { maxArrayLength: 2 }); log([1, 2, 3], { maxArrayLength: 0 }); log([1, 2, 3], { maxArrayLength: null });
log('x'.repeat(30), { maxStringLength: 10 }); log(['ab'.repeat(20)], { maxStringLength: 3 }); log('abc', { maxStringLength: null });
log(1234567.891234, { numericSeparator: true }); log(-1234567, { numericSeparator: true });
log(123456789n, { numericSeparator: true }); log(0.0001234, { numericSeparator: true }); log([1234, 12345.5, 999], { numericSeparator: true });
log(Object.defineProperty({ v: 1 }, 'h', { value: 2 }), { showHidden: true });
log([1, 2], { showHidden: true });
log({ a: 1 }, true);
log({ a: { b: { c: { d: {} } } } }, false, 0);
console.log(JSON.stringify(inspect.defaultOptions));
inspect.defaultOptions = { depth: 0 };
log(nested);
inspect.defaultOptions = { depth: 2 };
log(nested);
try { inspect.defaultOptions = null; } catch (err) { console.log(err.code, err.message); }
