// process.emitWarning reaches 'warning' listeners on the next tick with
// its name, message and code.
'use strict';
process.on('warning', (w) => console.log('warning', w.name, w.message, w.code, w instanceof Error));
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('with code', 'CustomWarning', 'CODE1');
process.emitWarning('as options', { type: 'OptWarning', code: 'OPT1', detail: 'some detail' });
const e = new Error('an error object');
e.name = 'ObjWarning';
process.emitWarning(e);
try {
  process.emitWarning(42);
} catch (err) {
  console.log(err.code, err.message);
}
console.log('main end');
