// process.exit(n) from a timer: 'exit' runs synchronously with n, nothing
// after it runs, 'beforeExit' is not emitted.
'use strict';
process.on('beforeExit', () => console.log('never: beforeExit'));
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => {
  console.log('timer');
  process.nextTick(() => console.log('never: tick'));
  Promise.resolve().then(() => console.log('never: promise'));
  setImmediate(() => console.log('never: immediate'));
  process.exit(4);
  console.log('never: after exit');
}, 1);
