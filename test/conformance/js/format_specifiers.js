// util.format: every specifier, extra arguments, objects under %s.
'use strict';
const util = require('util');
const F = (...a) => console.log(JSON.stringify(util.format(...a)));
F('%s', 1.5, -0, 1n); F('%s', Symbol('s')); F('%s', [1, 'a', [2]]); F('%s', { a: 'x' });
F('%s', null, undefined); F('%d', '12abc'); F('%d', Symbol('q')); F('%i', Symbol('q')); F('%f', Symbol('q')); F('%s %d'); F('%j', undefined);
F('%j', { toJSON() { return 'tj'; } });
F('%o', 'str'); F('%O', 'str'); F('%s', 'str'); F(Symbol('a'), 1); F('%s', { a: [1, { b: { c: 1 } }] }); F('%s', new Map([[1, { a: 1 }]]));
F('%s', Object.assign(Object.create({ toString() { return 'inh'; } }), { x: 1 }));
class A { toString() { return 'A!'; } }
F('%s', new A());
class B {}
F('%s', new B());
F('%s', function foo() {}); F('%s', [function foo() {}]);
F('%s', new Date(0)); F('%s', [new Date(0)]); F('%s %s', 'a'); F('%s', 'a', Symbol('b'), 1n, { c: 1 }, 'd');
F('a%'); F('%'); F('%%'); F('%z', 1); F('%s%', 'x'); F('%s', NaN); F(5, '%s'); F('%d', -0); F('%i', -0.5); F('%d', 1.5e300); F('%d', 9007199254740993n);
F('%o', function f() {}); F('%o', [1, 2]); F('%c%s', 'css', 'x');
F('%s', new Proxy({ a: 1 }, {})); F('%s', -0); F('%s', [-0]); F('%s', { a: -0 });
F('%s', Object.create(null)); F('%i', '0x1F'); F('%f', '1e3'); F('%d', ''); F('%d', '  7 ');
F('%s and %s', 'one'); F('%%%s%%', 'mid'); F('%s', '%s', 'x'); F('', 'x'); F();
F({ a: 1 }, 'str', 2); F([1, [2]], null);
const circ = {};
circ.self = circ;
F('%j', circ);
try { util.format('%j', { b: 1n }); } catch (err) { console.log(err.name, err.message); }
