'use strict';
// readline's cursor helpers (the ANSI sequences they write, their
// callbacks, their argument errors) and emitKeypressEvents.
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

const out = [];
const output = new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } });
console.log(readline.clearLine(output, 0), readline.clearLine(output, -1, () => console.log('cb clearLine')),
  readline.clearLine(output, 1), readline.cursorTo(output, 4), readline.cursorTo(output, 4, 2),
  readline.moveCursor(output, 0, 0, () => console.log('cb moveCursor none')), readline.moveCursor(output, -2, 3),
  readline.moveCursor(output, 2, -3), readline.clearScreenDown(output));
console.log(readline.clearLine(null, 0), readline.cursorTo(output, 'a'), readline.cursorTo(output, 1, 'b'));
try { readline.cursorTo(output, NaN); } catch (e) { console.log(e.name, e.code, e.message); }
try { readline.cursorTo(output, 1, NaN); } catch (e) { console.log(e.name, e.code, e.message); }
setImmediate(() => console.log(JSON.stringify(out)));

const input = new PassThrough();
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input);
input.on('keypress', (s, k) => console.log(JSON.stringify(s), JSON.stringify(k)));
input.write('aB1 \r\n\t\x7f\x03\x1b[A\x1b[D\x1bx\x1b[3~\x1b[5~\x1bOP');
input.write('é');
console.log('after write');
