// Every run of an interval is one callback: its nextTicks and microtasks
// run right after it, before the interval runs again.
'use strict';
const log = (s) => console.log(s);

let n = 0;
const iv = setInterval(() => {
  const i = ++n;
  log('interval ' + i);
  process.nextTick(() => log('tick ' + i));
  queueMicrotask(() => log('microtask ' + i));
  Promise.resolve().then(() => {
    log('promise ' + i);
    process.nextTick(() => log('tick from promise ' + i));
  });
  if (i === 3) clearInterval(iv);
}, 2);
