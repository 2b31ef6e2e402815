'use strict';
// pipeline with generators and async generator functions as stages, arrays
// as sources, and a last stage returning a promise.
const { Readable, Writable, PassThrough, pipeline } = require('stream');

function step(...stages) {
  return new Promise((resolve) => {
    const r = pipeline(...stages, (err, val) => {
      console.log(err ? 'err ' + err.message : 'ok', val === undefined ? '-' : val);
      resolve(r);
    });
  });
}

async function main() {
  const got = [];
  const w = new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } });
  await step(['a', 'b', 'c'], async function* (src) {
    for await (const x of src) yield x + x;
  }, w);
  console.log(got);

  await step(function* () { yield 1; yield 2; yield 3; }, async function* (src) {
    for await (const x of src) yield x * 10;
  }, async function (src) {
    let sum = 0;
    for await (const x of src) sum += x;
    return sum;
  });

  const r = await step(Readable.from(['x', 'y']), async function* (src, { signal }) {
    console.log('signal', signal.aborted);
    for await (const x of src) yield x.toUpperCase();
  });
  console.log('returned', r.constructor.name, await r.toArray());

  await step(async function* () {
    yield 'one';
    throw new Error('source generator failed');
  }, async function* (src) {
    try {
      for await (const x of src) yield x;
    } finally {
      console.log('transform finally');
    }
  }, async function (src) {
    for await (const x of src) console.log('sink got', x);
  });

  let closed = false;
  const src = Readable.from((function* () {
    try {
      yield 'p';
      yield 'q';
      yield 'r';
    } finally {
      closed = true;
    }
  })());
  await step(src, async function* (s) {
    for await (const x of s) {
      if (x === 'q') throw new Error('transform generator failed');
      yield x;
    }
  }, new PassThrough({ objectMode: true }).resume());
  console.log('source closed', closed, src.destroyed);

  await step(['k'], async function (s) {
    for await (const x of s) console.log('consume', x);
    throw new Error('destination failed');
  });

  const pt = new PassThrough();
  pt.resume();
  await step(async function* () { yield Buffer.from('buf'); yield 'str'; }, pt);
  console.log('pt', pt.writableFinished);
}
main();
