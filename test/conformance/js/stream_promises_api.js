'use strict';
// stream/promises: pipeline resolves with the last stage's value or rejects
// with the first error; finished waits for a stream's end or error.
const { Readable, Writable, PassThrough, Transform } = require('stream');
const sp = require('stream/promises');
const stream = require('stream');
const util = require('util');

function show(label, e) { console.log(label, e.name, e.code, e.message); }

async function main() {
  console.log('same', stream.promises === sp, util.promisify(stream.pipeline) === sp.pipeline, util.promisify(stream.finished) === sp.finished);
  const got = [];
  const w = new Writable({ write(c, e, cb) { got.push(String(c)); cb(); } });
  console.log('resolved', await sp.pipeline(Readable.from(['a', 'b']), new PassThrough(), w), got);

  const value = await sp.pipeline(['x', 'y', 'z'], async function* (src) {
    for await (const c of src) yield c.toUpperCase();
  }, async function (src) {
    let s = '';
    for await (const c of src) s += c;
    return s;
  });
  console.log('value', value);

  console.log('array form', await sp.pipeline([Readable.from(['q']), new PassThrough().resume()]));

  try {
    await sp.pipeline(Readable.from(['a']), new Transform({
      transform(c, e, cb) { cb(new Error('transform rejected')); },
    }), new PassThrough().resume());
  } catch (e) {
    show('rejected', e);
  }
  try {
    await sp.pipeline(Readable.from(['a']));
  } catch (e) {
    show('missing', e);
  }
  try {
    await sp.pipeline(Readable.from(['a']), new PassThrough(), { signal: 'no' });
  } catch (e) {
    show('bad signal', e);
  }

  const pt = new PassThrough();
  const f = sp.finished(pt);
  pt.resume();
  pt.end('done');
  console.log('finished', await f);
  const broken = new PassThrough();
  const f2 = sp.finished(broken);
  broken.destroy(new Error('broken stream'));
  try {
    await f2;
  } catch (e) {
    show('finished rejects', e);
  }
  const early = new Readable({ read() {} });
  const f3 = sp.finished(early);
  early.destroy();
  try {
    await f3;
  } catch (e) {
    show('premature', e);
  }
  const ro = new Readable({ read() {} });
  const f4 = sp.finished(ro, { readable: true });
  ro.push(null);
  ro.resume();
  console.log('readable end', await f4);
  try {
    await sp.finished(5);
  } catch (e) {
    show('not a stream', e);
  }

  const ac = new AbortController();
  const src = new Readable({ read() {} });
  const p = sp.pipeline(src, new PassThrough().resume(), { signal: ac.signal });
  ac.abort();
  try {
    await p;
  } catch (e) {
    show('aborted', e);
    console.log(e.cause.name, src.destroyed);
  }
}
main();
