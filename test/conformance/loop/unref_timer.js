// Unref'd timers, intervals and immediates do not keep the loop alive;
// ref() puts a timer back; the loop ends with the last ref'd timer.
'use strict';
const log = (s) => console.log(s);

const never = setTimeout(() => log("never: unref'd"), 10000);
never.unref();
log('never.hasRef() ' + never.hasRef());
let n = 0;
const iv = setInterval(() => { n++; }, 2);
iv.unref();
const im = setImmediate(() => log("unref'd immediate: runs once the poll returns"));
im.unref();
log('im.hasRef() ' + im.hasRef());
setTimeout(() => log("ref'd 30 ms timeout; the unref'd interval ran: " + (n > 0)), 30);
const again = setTimeout(() => log("re-ref'd 40 ms timeout"), 40);
again.unref();
again.ref();
log('again.hasRef() ' + again.hasRef());
process.on('exit', () => log('exit'));
