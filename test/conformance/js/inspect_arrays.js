// util.inspect of arrays: holes, limits, grouping of long arrays into
// aligned columns, extra keys.
'use strict';
const { inspect } = require('util');
const log = (v, o) => console.log(inspect(v, o));
log([1, , 3]); log(new Array(5)); log([, , 1, , , ]); log([1, , 3, , 5], { maxArrayLength: 2 }); log([1, , , , 5], { maxArrayLength: 1 });
log([, , , ], { maxArrayLength: 0 });
log(Array.from({ length: 101 }, (_, i) => i));
log(Array.from({ length: 30 }, (_, i) => i * 1000), { breakLength: 40 });
log(Array.from({ length: 10 }, (_, i) => 'x'.repeat(i)));
log(Array.from({ length: 26 }, (_, i) => i), { compact: 2 });
log(Array.from({ length: 8 }, (_, i) => (i % 2 ? 'a' : 1)));
log({ arr: Array.from({ length: 30 }, (_, i) => i) });
log(Array.from({ length: 12 }, (_, i) => i * 1.5 - 4));
log(Array.from({ length: 9 }, (_, i) => BigInt(i) ** 5n));
log(Array.from({ length: 7 }, (_, i) => ({ id: i })));
log(Array.from({ length: 16 }, (_, i) => [i]));
log(Array.from({ length: 200 }, (_, i) => i % 7));
log(Object.assign([1, 2], { extra: 'p' })); log(new (class Items extends Array {})(1, 2));
log([undefined, null, -0, 0n, NaN, Infinity, -Infinity]);
log([[1, 2, [3, 4, [5, [6]]]], { a: { b: { c: { d: 1 } } } }]);
log(['a\nb', "it's", 'both \' and "', 'all \' " `']);
log((function () { return arguments; })(1, 2));
