'use strict';
// pipeline: an error in each stage position reaches the callback once, and
// every stage still running is destroyed with it.
const { Readable, Writable, Transform, PassThrough, pipeline } = require('stream');

function source(fail) {
  let n = 0;
  return new Readable({
    read() {
      n++;
      if (fail && n === 2) this.destroy(new Error('source failed'));
      else if (n > 3) this.push(null);
      else this.push('s' + n);
    },
  });
}
function middle(fail) {
  return new Transform({
    transform(chunk, enc, cb) {
      if (fail) cb(new Error('transform failed'));
      else cb(null, String(chunk).toUpperCase());
    },
  });
}
function sink(fail, got) {
  return new Writable({
    write(chunk, enc, cb) {
      got.push(String(chunk));
      cb(fail ? new Error('sink failed') : null);
    },
  });
}
function run(name, fs, ft, fw) {
  return new Promise((resolve) => {
    const got = [];
    const s = source(fs);
    const t = middle(ft);
    const w = sink(fw, got);
    const r = pipeline(s, t, w, (err, val) => {
      console.log(name, err ? err.message : 'ok', val, got.join(','));
      console.log('  destroyed', s.destroyed, t.destroyed, w.destroyed, r === w);
      resolve();
    });
  });
}
async function main() {
  await run('none', false, false, false);
  await run('source', true, false, false);
  await run('transform', false, true, false);
  await run('sink', false, false, true);
  // Two streams, error on the readable emitted after data.
  await new Promise((resolve) => {
    const r = new Readable({ read() {} });
    const pt = new PassThrough();
    pt.resume();
    pipeline(r, pt, (err) => {
      console.log('late', err.message, r.destroyed, pt.destroyed);
      resolve();
    });
    r.push('x');
    setImmediate(() => r.destroy(new Error('late boom')));
  });
  // A premature close: the source is destroyed without an error.
  await new Promise((resolve) => {
    const r = new Readable({ read() {} });
    const pt = new PassThrough();
    pipeline(r, pt, (err) => {
      console.log('premature', err.code, err.message, pt.destroyed);
      resolve();
    });
    r.destroy();
  });
  // The errors of the arguments themselves.
  const tries = [
    () => pipeline(),
    () => pipeline(source(false)),
    () => pipeline(source(false), () => {}),
    () => pipeline(source(false), 5, () => {}),
    () => pipeline(() => 5, new PassThrough(), () => {}),
    () => pipeline(source(false), () => 7, new PassThrough(), () => {}),
    () => pipeline(source(false), () => 7, () => {}),
  ];
  for (const f of tries) {
    try {
      f();
      console.log('no throw');
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
}
main();
