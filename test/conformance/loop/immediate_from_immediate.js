// An immediate queued by an immediate waits for the next iteration: the
// immediates queued before the check phase began run first.
'use strict';
const log = (s) => console.log(s);

setImmediate(() => {
  log('A');
  setImmediate(() => {
    log('B (queued by A)');
    setImmediate(() => log('D (queued by B)'));
  });
  process.nextTick(() => log('tick queued by A'));
});
setImmediate(() => {
  log('C');
  setImmediate(() => log('E (queued by C)'));
});
log('main end');
