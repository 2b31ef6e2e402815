// Without a listener an uncaught exception ends the process with code 1
// after 'exit'; nothing else runs.
'use strict';
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => {
  console.log('timer 1');
  setImmediate(() => console.log('never: immediate'));
  throw new Error('boom');
}, 1);
setTimeout(() => console.log('never: timer 2'), 100);
