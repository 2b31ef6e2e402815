// After an exception handled by process.on('uncaughtException'): a throwing
// nextTick ends that drain (the rest runs after the next callback that
// completes); a throwing microtask does not stop the next microtask; the
// rest of the check phase and of the timers phase still run, and the ticks
// of a failed callback wait for the next one that completes.
'use strict';
const log = (s) => console.log(s);

process.on('uncaughtException', (e) => log('caught ' + e.message));
process.nextTick(() => { log('t1'); throw new Error('x'); });
process.nextTick(() => log('t2'));
queueMicrotask(() => { log('m1'); throw new Error('y'); });
queueMicrotask(() => log('m2'));
setTimeout(() => {
  setImmediate(() => {
    log('imm1');
    process.nextTick(() => log('tick queued by imm1'));
    throw new Error('i1');
  });
  setImmediate(() => log('imm2'));
  setImmediate(() => log('imm3'));
  setTimeout(() => { log('T1'); throw new Error('T1'); }, 5);
  setTimeout(() => log('T2'), 5);
}, 1);
log('main end');
