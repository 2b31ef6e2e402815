// A microtask queues a tick that queues a microtask that queues a tick...
// Each drain alternates: all ticks, then all microtasks, until both are
// empty.
'use strict';
const log = (s) => console.log(s);

queueMicrotask(() => {
  log('m1');
  process.nextTick(() => {
    log('t1 (from m1)');
    queueMicrotask(() => {
      log('m3 (from t1)');
      process.nextTick(() => log('t3 (from m3)'));
      queueMicrotask(() => log('m4 (from m3)'));
    });
    process.nextTick(() => log('t2 (from t1)'));
  });
});
Promise.resolve().then(() => log('m2 (a promise job)'));
process.nextTick(() => log('t0'));
setImmediate(() => {
  log('immediate');
  queueMicrotask(() => {
    log('m5 (from the immediate)');
    process.nextTick(() => log('t4 (from m5)'));
  });
});
log('main end');
