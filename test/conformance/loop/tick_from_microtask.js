// A nextTick queued by a microtask waits until the microtask queue is
// empty (microtasks queued meanwhile included), then runs before the
// microtasks that it, in turn, queues.
'use strict';
const log = (s) => console.log(s);

queueMicrotask(() => {
  log('m1');
  process.nextTick(() => {
    log('t1 (queued by m1)');
    queueMicrotask(() => log('m4 (queued by t1)'));
    process.nextTick(() => log('t2 (queued by t1)'));
  });
  queueMicrotask(() => log('m3 (queued by m1)'));
});
queueMicrotask(() => log('m2'));
log('main end');
