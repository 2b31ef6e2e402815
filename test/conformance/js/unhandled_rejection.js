// 'unhandledRejection' gets the reason and the promise after the microtask
// queue drained; a rejection handled in time is not reported.
'use strict';
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
const handledLater = Promise.reject(new Error('handled in the same tick'));
process.nextTick(() => handledLater.catch((e) => console.log('caught late', e.message)));
Promise.reject(new Error('nobody handles this'));
Promise.reject(42);
(async () => { throw new Error('async throw'); })();
new Promise((resolve, reject) => setTimeout(() => reject(new Error('from timer')), 1));
process.on('exit', (code) => console.log('exit', code));
