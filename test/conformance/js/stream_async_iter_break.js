'use strict';
// Async iteration of a Readable: all chunks, break (the stream is
// destroyed), destroyOnReturn false, an error while iterating, and
// iteration of an already ended stream.
const { Readable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
async function main() {
  const r1 = Readable.from(['a', 'b', 'c']);
  const seen = [];
  for await (const c of r1) seen.push(c);
  log('all', seen, r1.destroyed, r1.readableEnded);

  const r2 = new Readable({ objectMode: true, read() {} });
  r2.push(1); r2.push(2); r2.push(3);
  r2.on('close', () => log('r2 close', r2.errored && r2.errored.name));
  r2.on('error', (e) => log('r2 error', e.name));
  for await (const c of r2) { log('r2 got', c); if (c === 2) break; }
  log('after break', r2.destroyed, r2.readableLength);

  const r3 = new Readable({ objectMode: true, read() {} });
  r3.push('x'); r3.push('y');
  for await (const c of r3.iterator({ destroyOnReturn: false })) { log('r3 got', c); break; }
  log('r3 after break', r3.destroyed, r3.read());

  const r4 = new Readable({ read() {} });
  setImmediate(() => { r4.push('first'); setImmediate(() => r4.destroy(new Error('mid-iteration'))); });
  try {
    for await (const c of r4) log('r4 got', String(c));
  } catch (e) { log('r4 threw', e.message, r4.destroyed); }

  const r5 = new PassThrough();
  r5.end('tail');
  const it = r5[Symbol.asyncIterator]();
  log('r5 next', String((await it.next()).value));
  log('r5 next', await it.next());
  log('r5 next again', await it.next());

  const r6 = new Readable({ read() {} });
  r6.push(null);
  r6.resume();
  await new Promise((res) => r6.on('close', res));
  const out = [];
  for await (const c of r6) out.push(c);
  log('ended stream', out);
  try { r6.iterator(5); } catch (e) { log(e.code, e.message); }
}
main().then(() => log('done'));
