// import() from an ES module: a promise of the namespace, settled after
// the Promise jobs queued before it; the same module gives the same
// namespace; its body runs once.
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro1')).then(() => console.log('micro2'))
  .then(() => console.log('micro3')).then(() => console.log('micro4'));
const p1 = import('./fixtures/esm/side.mjs');
const p2 = import('./fixtures/esm/side.mjs');
p1.then((ns) => console.log('imported', Object.keys(ns), ns.runs));
import('node:os').then((os) => console.log('imported os', typeof os.EOL, typeof os.default.platform));
const [a, b] = await Promise.all([p1, p2]);
console.log('same namespace', a === b);
const again = await import('./fixtures/esm/side.mjs');
console.log('again', again === a, again.runs);
const spec = './fixtures/esm/' + 'counter.mjs';
const counter = await import(spec);
counter.increment();
console.log('computed specifier', counter.count);
console.log('sync end');
