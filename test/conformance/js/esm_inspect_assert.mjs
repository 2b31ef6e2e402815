// An ES module's namespace as util.inspect and util.types see it, and
// node:assert's generated message for a failed call in a module (the
// expression is read from the module's own source).
import * as ns from './fixtures/esm/default_named.mjs';
import assert from 'node:assert';
import util from 'node:util';

console.log(ns);
console.log(util.inspect(ns, { showProxy: true }));
console.log(Object.prototype.toString.call(ns));
console.log(util.types.isModuleNamespaceObject(ns), util.types.isProxy(ns));
console.log(util.types.isModuleNamespaceObject({}), util.types.isModuleNamespaceObject(new Proxy({}, {})));
console.log(`${util.format('%o', ns).length > 0}`);
try {
  assert(Object.keys(ns).length === 0);
} catch (e) {
  console.log(e.code, JSON.stringify(e.message));
}
try {
  assert.ok(typeof ns.default === 'symbol',
    undefined);
} catch (e) {
  console.log(e.code, JSON.stringify(e.message));
}
