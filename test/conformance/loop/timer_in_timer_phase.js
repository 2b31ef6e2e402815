// A 0 ms timer armed inside a timer callback runs in a later timers pass,
// after the immediates queued by the same callback, even when the callback
// is slow enough for it to be already due.
'use strict';
const log = (s) => console.log(s);
const busy = (ms) => { const s = Date.now(); while (Date.now() - s < ms); };

setTimeout(() => {
  log('timeout');
  setTimeout(() => log('0 ms timeout armed by the timeout'), 0);
  busy(5);
  setImmediate(() => log('immediate armed by the timeout'));
  process.nextTick(() => log('tick armed by the timeout'));
}, 1);
