'use strict';
// rl.question and rl.prompt with an output: what is written, which line
// answers, a second question while one waits, AbortSignal cancelling.
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

function make(name) {
  const out = [];
  const output = new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } });
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output, prompt: '> ' });
  rl.on('line', (l) => console.log(name, 'line', l));
  rl.on('close', () => console.log(name, 'close', JSON.stringify(out)));
  return { rl, input };
}

const { rl, input } = make('main');
console.log(rl.getPrompt());
rl.prompt();
rl.question('name? ', (a) => {
  console.log('answer', a, rl.getPrompt());
  rl.setPrompt('$ ');
  rl.prompt(true);
});
rl.question('second? ', (a) => console.log('never', a));
input.write('bob\nx\n');
setImmediate(() => {
  rl.write('typed\n');
  const ac = new AbortController();
  rl.question('abortable? ', { signal: ac.signal }, (a) => console.log('never', a));
  ac.abort();
  input.write('after\n');
  rl.close();
  console.log('closed', rl.closed);

  let m = make('a');
  const ac1 = new AbortController();
  m.rl.question('q1? ', { signal: ac1.signal }, () => {});
  ac1.abort();
  m.rl.close();
  m = make('b');
  m.rl.question('q2? ', () => {});
  m.rl.close();
  m = make('c');
  m.rl.question('q3? ', (a) => console.log('c answer', a));
  m.rl.write('ans\n');
  m.rl.close();
  m = make('d');
  const ac2 = new AbortController();
  ac2.abort();
  m.rl.question('q4? ', { signal: ac2.signal }, () => console.log('never'));
  m.rl.close();
});

// util.promisify(rl.question) answers with a promise
const util = require('util');
const pin = new PassThrough();
const prl = readline.createInterface({ input: pin });
const ask = util.promisify(prl.question).bind(prl);
ask('promisified? ').then((a) => {
  console.log('promisified answer', a);
  const ac = new AbortController();
  const p = ask('aborted? ', { signal: ac.signal });
  ac.abort();
  return p;
}).catch((e) => {
  console.log(e.name, e.code);
  prl.close();
});
pin.write('yes\n');
