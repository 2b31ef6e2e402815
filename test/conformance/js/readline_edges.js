'use strict';
// readline edge cases: \r-only line ends, an empty line between two \r,
// an invalid byte (U+FFFD) and a character left incomplete at the end
// (dropped); the async iterator pauses the input while 1024 lines wait and
// resumes it without a 'resume' event; lines emitted before the iterator
// was asked for are not in it.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
const got = [];
rl.on('line', (l) => got.push(l));
rl.on('close', async () => {
  console.log(JSON.stringify(got));
  const input2 = new PassThrough();
  const rl2 = readline.createInterface({ input: input2 });
  let pauses = 0;
  let resumes = 0;
  rl2.on('pause', () => pauses++);
  rl2.on('resume', () => resumes++);
  input2.write('early\n');
  const it = rl2[Symbol.asyncIterator]();
  input2.write('x\n'.repeat(3000));
  input2.end('last');
  let n = 0;
  let first;
  let last;
  for await (const l of { [Symbol.asyncIterator]: () => it }) {
    if (n++ === 0) first = l;
    last = l;
  }
  console.log(n, first, last, pauses, resumes, rl2.closed);
});
input.write(Buffer.from([0x61, 0x0d, 0x62, 0x0d, 0x0d, 0x63, 0xff, 0x0a, 0xe2, 0x82]));
input.end();
