'use strict';
// Timers due together in one list: each one's ticks, Promise jobs and
// unhandled rejections run before the next timer, whether or not the
// timers before it queued any.
const log = [];
process.on('unhandledRejection', (reason) => log.push('unhandled ' + reason));
for (let i = 0; i < 7; i++) {
  setTimeout(() => {
    log.push('t' + i);
    if (i === 0) {
      Promise.resolve().then(() => log.push('p0'));
      process.nextTick(() => log.push('n0'));
    }
    if (i === 1) Promise.reject(new Error('x')).catch(() => log.push('c1'));
    if (i === 2) queueMicrotask(() => log.push('q2'));
    if (i === 3) Promise.reject(3);
    if (i === 4) process.nextTick(() => Promise.resolve().then(() => log.push('np4')));
    if (i === 5) setImmediate(() => log.push('i5'));
  }, 5);
}
setTimeout(() => {
  log.push('t-late');
  setTimeout(() => console.log(log.join('\n')), 1);
}, 5);
