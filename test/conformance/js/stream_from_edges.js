'use strict';
// Readable.from: strings and Buffers are one chunk, promises among the
// values are awaited, null is an error, options, and destroy closes the
// iterator.
const { Readable } = require('stream');

function show(label, e) { console.log(label, e.name, e.code, e.message); }

async function main() {
  console.log(await Readable.from('abc').toArray());
  console.log(await Readable.from(Buffer.from('buf')).toArray());
  console.log(await Readable.from(new Set([1, 2])).toArray());
  console.log(await Readable.from(new Map([['k', 'v']])).toArray());
  console.log(await Readable.from([Promise.resolve('p1'), 'v', Promise.resolve('p2')]).toArray());
  console.log(await Readable.from((async function* () { yield 'g1'; yield 'g2'; })()).toArray());
  const s = Readable.from(['x']);
  console.log(s.readableObjectMode, s.readableHighWaterMark, Readable.from('x').readableHighWaterMark);
  const b = Readable.from(['ab', 'cd'], { objectMode: false });
  console.log(b.readableObjectMode, await b.toArray());
  const e = Readable.from(['ab', 'cd'], { objectMode: false, encoding: 'hex' });
  console.log(await e.toArray());
  for (const bad of [5, null, undefined, {}, true]) {
    try {
      Readable.from(bad);
    } catch (err) {
      show('from', err);
    }
  }
  const withNull = Readable.from(['a', null, 'b']);
  const got = [];
  withNull.on('data', (d) => got.push(d));
  await new Promise((res) => withNull.on('error', (err) => { show('null value', err); res(); }));
  console.log('before null', got);

  const failing = Readable.from((function* () { yield 1; throw new Error('iterator failed'); })());
  try {
    for await (const x of failing) console.log('value', x);
  } catch (err) {
    show('iterator throws', err);
  }

  const rejected = Readable.from([Promise.reject(new Error('rejected value'))]);
  try {
    await rejected.toArray();
  } catch (err) {
    show('rejected', err);
  }

  const log = [];
  function* gen() {
    try {
      yield 1;
      yield 2;
    } catch (err) {
      log.push('caught ' + err.message);
    } finally {
      log.push('finally');
    }
  }
  const g1 = Readable.from(gen());
  g1.on('error', (err) => log.push('error ' + err.message));
  g1.once('data', () => g1.destroy(new Error('stop')));
  await new Promise((res) => g1.on('close', res));
  console.log(log, g1.errored && g1.errored.message);
  log.length = 0;
  const g2 = Readable.from(gen());
  g2.once('data', () => g2.destroy());
  await new Promise((res) => g2.on('close', res));
  console.log(log, g2.errored);

  let pulled = 0;
  const lazy = Readable.from({ *[Symbol.iterator]() { for (let i = 0; i < 100; i++) { pulled++; yield i; } } });
  await new Promise((res) => setImmediate(res));
  console.log('pulled before reading', pulled);
  lazy.destroy();

  const order = [];
  const r = Readable.from(['o1', 'o2']);
  r.on('data', (d) => order.push('data ' + d));
  r.on('end', () => order.push('end'));
  r.on('close', () => { order.push('close'); console.log(order); });
}
main();
