// Phases nested in each other: a timer queues ticks, microtasks and an
// immediate; the immediate queues a tick, another immediate (next
// iteration) and a timer; the callbacks of each phase drain the queues.
'use strict';
const log = (s) => console.log(s);

setTimeout(() => {
  log('timers: T1');
  process.nextTick(() => log('tick after T1'));
  Promise.resolve().then(() => log('microtask after T1'));
  setImmediate(() => {
    log('check: I1');
    process.nextTick(() => {
      log('tick after I1');
      setImmediate(() => log('check: I3 (queued by a tick of I1: next iteration)'));
    });
    setImmediate(() => log('check: I2 (next iteration)'));
    setTimeout(() => {
      log('timers: T2');
      setImmediate(() => log('check: I4 (queued by T2)'));
      process.nextTick(() => log('tick after T2'));
    }, 20);
  });
  process.nextTick(() => log('tick 2 after T1'));
}, 1);
