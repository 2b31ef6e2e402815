// Top-level await: the modules before an awaiting one run first, the
// importer's body waits for it; Promise jobs, ticks, timers and
// immediates interleave as in Node.
import { plain } from './fixtures/esm/plain_dep.mjs';
import { ready } from './fixtures/esm/tla_dep.mjs';

console.log('main: starts', plain, ready);
process.nextTick(() => console.log('main: tick'));
setImmediate(() => console.log('main: immediate'));
setTimeout(() => console.log('main: timeout'), 0);
Promise.resolve().then(() => console.log('main: micro'));
console.log('main: awaits', await Promise.resolve('a value'));
await null;
console.log('main: after await null');
const t = await new Promise((resolve) => setTimeout(() => resolve('timer'), 2));
console.log('main: after', t);
await new Promise((resolve) => setImmediate(resolve));
console.log('main: after an immediate');
process.on('exit', (code) => console.log('exit', code));
