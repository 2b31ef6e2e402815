// clearInterval inside the interval's own callback: it does not run again
// (and is not re-armed after the callback).
'use strict';
const log = (s) => console.log(s);

let n = 0;
const iv = setInterval(() => {
  n++;
  log('interval ' + n);
  process.nextTick(() => log('tick after interval ' + n));
  if (n === 3) {
    clearInterval(iv);
    log('cleared inside its own callback');
    setTimeout(() => log('timeout after the clear; interval count ' + n), 20);
  }
}, 5);
process.on('exit', () => log('exit with n=' + n));
