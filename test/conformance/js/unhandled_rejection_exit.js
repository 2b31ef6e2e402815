// An unhandled rejection without a listener exits 1 after 'exit'.
'use strict';
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('never: timer'), 50);
Promise.resolve().then(() => console.log('microtask runs first'));
Promise.reject(new Error('unhandled'));
console.log('main end');
