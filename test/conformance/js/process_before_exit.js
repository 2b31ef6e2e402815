// 'beforeExit' can schedule more work once; the loop runs it and emits
// 'beforeExit' again when it is idle.
'use strict';
let rounds = 0;
process.on('beforeExit', (code) => {
  rounds++;
  console.log('beforeExit', rounds, code);
  if (rounds < 3) {
    setTimeout(() => console.log('more work', rounds), 1);
    Promise.resolve().then(() => console.log('promise in beforeExit', rounds));
  }
});
process.on('exit', (code) => console.log('exit', code, rounds));
console.log('main');
