'use strict';
// Destroying a stage while a pipeline runs, and aborting it through a
// signal: the callback gets the error once, after every stage closed.
const { Readable, PassThrough, Writable, pipeline } = require('stream');
const { pipeline: pp } = require('stream/promises');

function trace(name, s) {
  for (const ev of ['error', 'close']) {
    s.on(ev, (e) => console.log(' ', name, ev, e ? e.message : ''));
  }
  return s;
}

function phase(fn) {
  return new Promise((resolve) => fn(resolve));
}

async function main() {
  await phase((done) => {
    const s = trace('src', new Readable({ read() {} }));
    const m = trace('mid', new PassThrough());
    const d = trace('dst', new PassThrough());
    d.resume();
    pipeline(s, m, d, (err) => {
      console.log('middle destroyed:', err.message, s.destroyed, m.destroyed, d.destroyed);
      done();
    });
    s.push('data');
    setImmediate(() => m.destroy(new Error('mid boom')));
  });

  await phase((done) => {
    const s = trace('src', new Readable({ read() {} }));
    const d = trace('dst', new Writable({ write(c, e, cb) { cb(); } }));
    pipeline(s, d, (err) => {
      console.log('destination destroyed:', err.code, s.destroyed);
      done();
    });
    s.push('a');
    setImmediate(() => d.destroy());
  });

  const ac = new AbortController();
  const s = new Readable({ read() {} });
  const p = pp(s, new PassThrough().resume(), { signal: ac.signal });
  s.push('x');
  setImmediate(() => ac.abort(new Error('stop reason')));
  try {
    await p;
  } catch (e) {
    console.log('aborted:', e.name, e.code, e.message, e.cause.message, s.destroyed);
  }

  const ac2 = new AbortController();
  let seen;
  const p2 = pp(function* () { yield 'a'; }, async function* (src, { signal }) {
    seen = signal;
    for await (const x of src) yield x;
    await new Promise((r) => setImmediate(r));
    yield 'late';
  }, new PassThrough({ objectMode: true }).resume(), { signal: ac2.signal });
  ac2.abort();
  try {
    await p2;
  } catch (e) {
    console.log('aborted early:', e.name, e.message, e.cause.name, seen.aborted);
  }

  const d3 = new PassThrough();
  const p3 = pp(Readable.from(['q']), d3, { end: false });
  d3.resume();
  await p3;
  console.log('end false:', d3.writableEnded, d3.destroyed);
  d3.end();
}
main();
