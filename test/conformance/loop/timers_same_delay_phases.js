// Timers with the same delay armed from different phases of one iteration
// (a timer callback, its nextTick, its microtask, an immediate) share one
// list and run in the order they were armed, whatever the phase.
'use strict';
const log = (s) => console.log(s);

setTimeout(() => {
  log('timers: T');
  setImmediate(() => {
    log('check: I');
    setTimeout(() => log('5 ms armed in check'), 5);
  });
  Promise.resolve().then(() => setTimeout(() => log('5 ms armed in a microtask'), 5));
  process.nextTick(() => setTimeout(() => log('5 ms armed in a tick'), 5));
  setTimeout(() => log('5 ms armed in timers'), 5);
}, 1);
setTimeout(() => log('1 ms b (same list as T)'), 1);
