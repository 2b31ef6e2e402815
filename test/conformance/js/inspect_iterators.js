// util.inspect of Map and Set iterators: kinds, consumed iterators, limits.
'use strict';
const { inspect } = require('util');
const L = (v, o) => console.log(JSON.stringify(inspect(v, o)));
const m = new Map([[1, 'a'], [2, {b: 1}], [3, [3]]]);
L(m.keys()); L(m.values()); L(m.entries()); L(m[Symbol.iterator]());
const s = new Set([1, 'x', {y: 2}]);
L(s.values()); L(s.keys()); L(s.entries());
const it = m.entries(); it.next(); L(it); it.next(); it.next(); L(it); it.next(); L(it);
L(new Map(Array.from({length: 120}, (_, i) => [i, i])).keys());
L(new Map(Array.from({length: 30}, (_, i) => ['key' + i, 'value' + i])).entries());
L(m.keys(), {maxArrayLength: 1}); L(m.entries(), {maxArrayLength: 1});
L({it: m.entries()}, {depth: 0}); L(Object.assign(m.keys(), {x: 1}));
L(m.entries(), {depth: 0});
