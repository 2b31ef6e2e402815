// util.inspect of Maps, Sets and Dates inside plain data: sizes, nesting,
// limits, deleted entries, depth.
'use strict';
const { inspect } = require('util');
const m = new Map([['a', 1], [{ k: 1 }, [1, 2]], [3, new Map([[1, new Set([1, 2])]])]]);
const big = new Map(Array.from({ length: 120 }, (_, i) => [i, 'v' + i]));
const vals = [m, new Set([1, 'two', [3]]), big, new Set(Array.from({ length: 30 }, (_, i) => i)), { m, s: new Set() }, new Map(), [new Map([[1, 2]])],
  new Map([['x'.repeat(50), 'y'.repeat(50)]]), new Map([[1, { a: { b: { c: {} } } }]]), (() => { const q = new Map([[1, 1], [2, 2], [3, 3]]); q.delete(2); return q; })()];
for (const v of vals) { console.log(inspect(v)); console.log(inspect(v, { depth: 0, maxArrayLength: 2, breakLength: 40 })); }
console.log(inspect([new Date(0), { d: new Date(1e12) }, new Date(NaN)]));
