'use strict';
// writeBig(U)Int64*: which check speaks first when more than one argument
// is wrong. The value's range is checked, then the offset, and only then
// does a Number value (which passes the range check) meet BigInt
// arithmetic and throw JavaScript's TypeError.
const b = Buffer.alloc(16);
const methods = ['writeBigInt64LE', 'writeBigInt64BE', 'writeBigUInt64LE', 'writeBigUInt64BE'];
const values = [1, 1n, '1', 2n ** 70n, -1n, -(2n ** 64n), 1.5];
const offsets = [undefined, 0, 8, 9, 20, -1, 1.5, NaN, 'x'];
for (const m of methods) {
  console.log(m);
  for (const v of values) {
    for (const o of offsets) {
      let r;
      try {
        r = 'returns ' + b[m](v, o);
      } catch (e) {
        r = `${e.name} ${e.code} ${e.message}`;
      }
      console.log(' ', typeof v === 'bigint' ? v + 'n' : JSON.stringify(v), String(o), r);
    }
  }
  let r;
  try { r = 'returns ' + Buffer.alloc(4)[m](1); } catch (e) { r = `${e.name} ${e.code} ${e.message}`; }
  console.log('  short buffer, Number value', r);
}
