// An 'uncaughtException' listener takes exceptions from timers, ticks,
// immediates and microtasks; the process goes on and exits 0.
'use strict';
process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin, err instanceof Error);
});
process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', err.message, origin));
// The timers start from the immediate, so that a slow start cannot make the
// first one due before the immediate runs.
setImmediate(() => {
  setTimeout(() => { throw new Error('from timer'); }, 50);
  setTimeout(() => { throw 'a string'; }, 100);
  throw new TypeError('from immediate');
});
queueMicrotask(() => { throw new Error('from microtask'); });
process.on('exit', (code) => console.log('exit', code));
