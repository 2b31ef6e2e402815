// util.inspect of accessor properties, with and without the getters option.
'use strict';
const { inspect } = require('util');
const log = (v, o) => console.log(inspect(v, o));
const o = { get a() { return 1; }, set b(v) {}, get c() { return { x: 1 }; }, set c(v) {}, get n() { return null; }, get s() { return 'str'; } };
log(o); log(o, { getters: true }); log(o, { getters: 'get' }); log(o, { getters: 'set' });
class Point { constructor(x) { this.x = x; } get double() { return this.x * 2; } }
log(new Point(2)); log(new Point(2), { getters: true });
log(Object.create({}, { x: { value: 1, enumerable: true }, y: { get() { return 1; }, enumerable: true } }));
log(Object.defineProperty({}, 'hidden', { get() { return 1; } }), { showHidden: true });
