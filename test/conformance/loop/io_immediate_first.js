// Inside an I/O callback (poll phase) setImmediate always runs before
// setTimeout(0): the check phase comes before the next timers phase. The
// nextTick and the microtask queued by the I/O callback run right after it.
'use strict';
const fs = require('fs');
const log = (s) => console.log(s);

let rounds = 0;
function round() {
  fs.readFile(__filename, () => {
    const r = ++rounds;
    log(`io callback ${r}`);
    setTimeout(() => {
      log(`timeout 0 (round ${r})`);
      if (r < 3) round();
    }, 0);
    setImmediate(() => log(`immediate (round ${r})`));
    process.nextTick(() => log(`tick (round ${r})`));
    Promise.resolve().then(() => log(`microtask (round ${r})`));
  });
}
round();
log('main end');
