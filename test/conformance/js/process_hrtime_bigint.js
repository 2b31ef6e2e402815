'use strict';
// process.hrtime.bigint() is a BigInt of nanoseconds that never goes back.
const a = process.hrtime.bigint();
const b = process.hrtime.bigint();
console.log(typeof a, b >= a, typeof (b - a), a > 0n, process.hrtime.bigint.name);
const [s, ns] = process.hrtime();
console.log(Number.isInteger(s), ns >= 0 && ns < 1e9, process.hrtime([s, ns]).length);
