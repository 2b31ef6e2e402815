// Out-of-range delays become 1 ms with a warning, emitted like every
// process warning on the nextTick queue: TimeoutOverflowWarning each time,
// TimeoutNegativeWarning once.
'use strict';
const log = (s) => console.log(s);

process.on('warning', (w) => log('warning ' + w.name + ': ' + JSON.stringify(w.message)));
process.nextTick(() => log('tick before'));
setTimeout(() => log('overflowed timeout fired (1 ms)'), 2 ** 31);
process.nextTick(() => log('tick after'));
setTimeout(() => log('negative timeout fired (1 ms)'), -5);
setTimeout(() => {}, -10);
const iv = setInterval(() => {}, 2 ** 31 + 0.5);
clearInterval(iv);
log('main end');
