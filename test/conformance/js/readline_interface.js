'use strict';
// readline over a PassThrough: line ends, a \r\n split across writes,
// UTF-8 split across writes, rl.write as typed input, pause/resume events,
// the last line on 'end', then 'pause' and 'close'; argument errors.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
console.log(rl.terminal, rl.crlfDelay, JSON.stringify(rl.line), rl.historySize, rl instanceof readline.Interface,
  rl instanceof require('events'), rl.input === input, rl.output);
for (const ev of ['line', 'close', 'pause', 'resume']) rl.on(ev, (x) => console.log('ev', ev, JSON.stringify(x)));
input.write('a\r\nb\rc\n');
input.write('d\r');
input.write('\ne');
input.write(Buffer.from([0xc3]));
input.write(Buffer.from([0xa9, 0x0a]));
console.log('sync done');
setImmediate(() => {
  rl.write('w1\nw2');
  console.log('line now', JSON.stringify(rl.line));
  input.end('last');
  rl.pause();
  rl.pause();
  rl.resume();
});
process.on('exit', () => console.log('exit', rl.closed, input.isPaused(), input.listenerCount('data')));

const PT = require('stream').PassThrough;
for (const a of [[], [null], [{ input: new PT(), historySize: -1 }], [{ input: new PT(), completer: 1 }],
  [{ input: new PT(), tabSize: 0 }], [{ input: new PT(), signal: 1 }]]) {
  try {
    readline.createInterface(...a).close();
    console.log('ok');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const r2 = readline.createInterface({ input: new PT(), crlfDelay: 5 });
const r3 = readline.Interface({ input: new PT(), crlfDelay: Infinity });
console.log(r2.crlfDelay, r3.crlfDelay, r3 instanceof readline.Interface);
r2.close();
r2.close();
try { r2.question('q', () => {}); } catch (e) { console.log(e.name, e.code, e.message); }
try { r2.write('x'); } catch (e) { console.log(e.name, e.code, e.message); }
r3.close();
const ac = new AbortController();
const r4 = readline.createInterface({ input: new PT(), signal: ac.signal });
r4.on('close', () => console.log('r4 closed by abort'));
ac.abort();
