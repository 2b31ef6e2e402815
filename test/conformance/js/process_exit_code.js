// process.exitCode is the exit code; 'beforeExit' and 'exit' see it.
'use strict';
process.on('beforeExit', (code) => console.log('beforeExit', code, process.exitCode));
process.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('never: the loop is done'), 0);
  process.nextTick(() => console.log('never: no ticks after exit'));
});
process.exitCode = 3;
console.log('exitCode', process.exitCode);
try {
  process.exitCode = 'x';
} catch (e) {
  console.log(e.code, e.message);
}
try {
  process.exitCode = 1.5;
} catch (e) {
  console.log(e.code, e.message);
}
process.exitCode = '3';
console.log('string exitCode', process.exitCode, typeof process.exitCode);
