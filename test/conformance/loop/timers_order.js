// Timers run by expiry, and timers with the same delay in creation order;
// a delay of 0 (or less) means 1 ms and shares the 1 ms list.
'use strict';
const log = (s) => console.log(s);

setTimeout(() => log('10 ms a'), 10);
setTimeout(() => log('5 ms a'), 5);
setTimeout(() => log('10 ms b'), 10);
setTimeout(() => log('0 ms (means 1)'), 0);
setTimeout(() => log('1 ms'), 1);
setTimeout(() => log('30 ms'), 30);
setTimeout(() => log('5 ms b'), 5);
setInterval(function () { log('20 ms interval'); clearInterval(this); }, 20);
setTimeout(() => log('20 ms timeout, after the interval'), 20);
log('main end');
