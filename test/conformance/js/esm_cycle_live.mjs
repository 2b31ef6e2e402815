// Relative imports that form a cycle: each module is evaluated once,
// dependencies first; imported bindings are live; function declarations
// of a module in the cycle are usable before its body runs.
import { a, bump } from './fixtures/esm/cycle_a.mjs';
import * as counter from './fixtures/esm/counter.mjs';
import { count, increment as inc, label, other, last, inner, first, third, rest } from './fixtures/esm/counter.mjs';

console.log('main: a =', a);
console.log('main: bump() =', bump(), '; a is now', a);
console.log('count before', count, counter.count);
inc();
inc();
console.log('count after', count, counter.count);
console.log(label, other, last, inner, first, third, rest);
console.log(Object.keys(counter));
console.log(Object.getPrototypeOf(counter), Object.prototype.toString.call(counter), counter[Symbol.toStringTag]);
console.log(Object.isExtensible(counter), Object.getOwnPropertyDescriptor(counter, 'count'));
try {
  counter.count = 10;
} catch (e) {
  console.log(e.name, e.message);
}
try {
  count = 10;
} catch (e) {
  console.log(e.name, e.message);
}
console.log('delete', Reflect.deleteProperty(counter, 'count'), Reflect.deleteProperty(counter, 'nothing'));
console.log('in', 'count' in counter, 'nothing' in counter, counter.nothing);
