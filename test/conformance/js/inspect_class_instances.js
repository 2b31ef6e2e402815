// util.inspect of class instances: constructor names along the chain,
// toStringTag, anonymous classes, prototypes without constructors, depth.
'use strict';
const { inspect } = require('util');
class Foo { constructor() { this.a = 1; } }
class Bar extends Foo { constructor() { super(); this.b = [1, 2]; } }
class Tagged { get [Symbol.toStringTag]() { return 'T'; } }
class Same { get [Symbol.toStringTag]() { return 'Same'; } }
function Old() { this.x = 1; }
const anon = new (class {})();
const objs = [new Foo(), new Bar(), { f: new Foo(), n: { b: new Bar() } }, new Tagged(), new Same(), new Old(), anon, Object.create(Array.prototype),
  Object.create(Error.prototype), Object.create(Foo.prototype), Object.create(Object.create(Foo.prototype)), { deep: { deeper: { deepest: new Foo() } } },
  Object.create(Map.prototype), new (class extends Foo { get g() { return 1; } })(), Object.assign(new Foo(), { c: 'x'.repeat(80) })];
for (const o of objs) { console.log(inspect(o)); console.log(inspect(o, { depth: 0 })); }
Foo.prototype.constructor = Bar; console.log(inspect(new Foo()));
