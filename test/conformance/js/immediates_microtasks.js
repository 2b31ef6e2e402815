'use strict';
// Immediates of one check phase: each one's ticks, Promise jobs and
// unhandled rejections run before the next, whether or not the ones
// before it queued any; an immediate queued by one waits for the next turn.
const log = [];
process.on('unhandledRejection', (reason) => log.push('unhandled ' + reason));
const cleared = [];
for (let i = 0; i < 8; i++) {
  const im = setImmediate((arg) => {
    log.push('i' + i + (arg === undefined ? '' : ' ' + arg));
    if (i === 0) {
      Promise.resolve().then(() => log.push('p0'));
      process.nextTick(() => log.push('n0'));
    }
    if (i === 1) clearImmediate(cleared[0]);
    if (i === 3) Promise.reject(3);
    if (i === 4) setImmediate(() => log.push('from i4'));
    if (i === 5) process.nextTick(() => Promise.resolve().then(() => log.push('np5')));
    if (i === 7) setImmediate(() => console.log(log.join('\n')));
  }, i === 6 ? 'arg' : undefined);
  if (i === 2) cleared.push(im);
}
