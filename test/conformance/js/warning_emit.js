// process.emitWarning: delivered on a later tick to 'warning' listeners and
// printed as Node does ("(node:PID) Name: msg", [CODE], detail, the
// --trace-warnings hint once).
process.on('warning', (w) => console.log('listener', w.name, w.message, w.code));
process.emitWarning('plain');
process.emitWarning('custom', 'CustomWarning', 'C001');
process.emitWarning('with detail', { type: 'DetailWarning', code: 'D01', detail: 'more about it' });
const e = new Error('an error object');
e.name = 'ObjectWarning';
process.emitWarning(e);
console.log('sync end');
