// An AssertionError inspected (console.log, util.inspect): its own
// properties, actual and expected shown shallowly, long strings cut to ten
// lines or past 512 characters; its prototype and toString.
'use strict';
const assert = require('assert');
const util = require('util');
const { AssertionError } = assert;
console.log(AssertionError.name, AssertionError.length, Object.getOwnPropertyNames(AssertionError.prototype),
  Object.getPrototypeOf(AssertionError) === Error);
const make = (options) => {
  const e = new AssertionError(options);
  e.stack = 'STACK';
  return e;
};
console.log(make({ actual: 1, expected: 2, operator: 'strictEqual' }));
console.log(util.inspect(make({ actual: 1, expected: 2, operator: 'strictEqual' }), { depth: 0 }));
const e2 = make({ message: 'x', actual: { a: { b: { c: 1 } } }, expected: [1, [2, [3]]], operator: 'deepStrictEqual' });
console.log(e2);
console.log(Object.prototype.toString.call(e2), e2 instanceof AssertionError, e2.constructor === AssertionError, String(e2));
for (const n of [100, 128, 129, 200, 511, 512, 513, 600, 1000]) {
  const e = make({ message: 'x', actual: 'a'.repeat(n), expected: 1, operator: 'strictEqual' });
  console.log(n, util.inspect(e).match(/actual: (.*),\n/)[1].length);
}
for (const s of ['b\n'.repeat(9), 'b\n'.repeat(10), 'b\n'.repeat(10) + 'x', 'bb\n'.repeat(50),
  'x'.repeat(600) + '\n'.repeat(12), 'x'.repeat(600) + '\n'.repeat(3)]) {
  console.log(JSON.stringify(util.inspect(make({ message: 'x', actual: s, expected: s, operator: 'notStrictEqual' }))));
}
try {
  assert.deepStrictEqual({ a: [1, 2] }, { a: [1, 3] });
} catch (e) {
  e.stack = 'CAUGHT';
  console.log(e);
}
