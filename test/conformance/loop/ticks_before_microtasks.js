// Every nextTick runs before any microtask, including ticks queued by
// ticks; microtasks queued by a tick run after the microtasks queued
// before it. The same holds after each callback (here a timeout).
'use strict';
const log = (s) => console.log(s);

Promise.resolve().then(() => log('promise 1'));
queueMicrotask(() => log('microtask 1'));
process.nextTick(() => {
  log('tick 1');
  process.nextTick(() => log('tick 3 (queued by tick 1)'));
  queueMicrotask(() => log('microtask 3 (queued by tick 1)'));
});
process.nextTick(() => log('tick 2'));
queueMicrotask(() => log('microtask 2'));
setTimeout(() => {
  log('timeout');
  queueMicrotask(() => log('microtask queued by the timeout'));
  process.nextTick(() => log('tick queued by the timeout'));
}, 5);
log('main end');
