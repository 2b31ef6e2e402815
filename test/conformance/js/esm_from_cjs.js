// From CommonJS: import() returns a promise of an ES module's namespace;
// require() of an ES module without top-level await returns its
// namespace synchronously (with __esModule when it has a default export).
const counter = require('./fixtures/esm/counter.mjs');
console.log(Object.keys(counter), Object.prototype.toString.call(counter));
counter.increment();
console.log('count', counter.count);
const side = require('./fixtures/esm/side.mjs');
console.log(side.__esModule, side.default, side.runs);
try {
  require('./fixtures/esm/tla_dep.mjs');
} catch (e) {
  console.log(e.code);
}
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro'));
import('./fixtures/esm/counter.mjs')
  .then((ns) => {
    console.log('import() gives the counter', ns.count, ns.increment === counter.increment);
    return import('./fixtures/esm/typed.js');
  })
  .then((ns) => {
    console.log(ns.typed);
    return import('node:path');
  })
  .then((path) => {
    console.log(path.default.basename(__filename), typeof path.join);
    return import('./fixtures/esm/nope.mjs');
  })
  .catch((e) => console.log(e.code, e.message.split(__dirname).join('<DIR>')));
console.log('sync end');
