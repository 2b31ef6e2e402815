'use strict';
// Duplex.from over each kind of body, compose, and duplexPair.
const { Readable, Writable, Duplex, PassThrough, compose, duplexPair } = require('stream');

function show(label, e) { console.log(label, e.name, e.code, e.message); }
function closed(s) { return new Promise((res) => s.on('close', res)); }

async function main() {
  const pt = new PassThrough();
  console.log('duplex itself', Duplex.from(pt) === pt);

  const fromIter = Duplex.from(['i1', 'i2']);
  console.log('iterable', fromIter.constructor.name, fromIter.readable, fromIter.writable, await fromIter.toArray());

  const fromPromise = Duplex.from(Promise.resolve('pv'));
  console.log('promise', fromPromise.readable, fromPromise.writable, await fromPromise.toArray());
  console.log('promise null', await Duplex.from(Promise.resolve(null)).toArray());

  const gen = Duplex.from(async function* (source) {
    for await (const chunk of source) yield String(chunk).toUpperCase();
  });
  console.log('generator fn', gen.readable, gen.writable, gen.readableObjectMode, gen.writableObjectMode);
  gen.write('ab');
  gen.end('cd');
  console.log('generator out', await gen.toArray());

  let total = 0;
  const sinkFn = Duplex.from(async function (source) {
    for await (const chunk of source) total += chunk.length;
  });
  console.log('async fn', sinkFn.readable, sinkFn.writable);
  sinkFn.end('xyz');
  await new Promise((res) => sinkFn.on('finish', res));
  console.log('async fn total', total);

  const written = [];
  const w = new Writable({ write(c, e, cb) { written.push(String(c)); cb(); } });
  const pair = Duplex.from({ readable: Readable.from(['r1', 'r2']), writable: w });
  console.log('pair', pair.readable, pair.writable);
  pair.write('w1');
  pair.end('w2');
  console.log('pair read', await pair.toArray());
  await new Promise((res) => setImmediate(res));
  console.log('pair wrote', written);

  const rs = new Readable({ read() {} });
  const onlyR = Duplex.from(rs);
  console.log('readable only', onlyR.readable, onlyR.writable);
  onlyR.on('error', (e) => console.log('readable only error', e.message));
  rs.destroy(new Error('inner failed'));
  await closed(onlyR);

  for (const bad of [5, 'str', () => 5]) {
    try {
      const d = Duplex.from(bad);
      console.log('accepted', typeof bad, d.readable, d.writable);
      if (typeof bad === 'string') console.log(await d.toArray());
    } catch (e) {
      show('rejected', e);
    }
  }

  const c = compose(new PassThrough(), async function* (source) {
    for await (const x of source) yield String(x) + '!';
  });
  console.log('compose', c.readable, c.writable, c.readableObjectMode, c.writableObjectMode);
  c.write('a');
  c.end('b');
  console.log('compose out', await c.toArray());

  const c2 = compose(Readable.from(['r']), new PassThrough({ objectMode: true }));
  console.log('compose readable', c2.readable, c2.writable, await c2.toArray());

  const c3 = compose(new PassThrough(), new PassThrough());
  c3.on('error', (e) => show('compose destroyed', e));
  c3.destroy();
  await closed(c3);

  for (const f of [() => compose(), () => compose(new Writable({ write() {} }), new PassThrough()), () => compose(new PassThrough(), Readable.from([1]))]) {
    try {
      f();
    } catch (e) {
      console.log(e.name, e.code, e.message.split('\n')[0]);
    }
  }

  const [a, b] = duplexPair();
  console.log('duplexPair', a.constructor.name, a.readableObjectMode, a.allowHalfOpen);
  a.write('hi');
  a.end();
  const fromB = [];
  b.on('data', (d) => fromB.push(String(d)));
  await new Promise((res) => b.on('end', res));
  console.log('b read', fromB);
  b.end('back');
  console.log('a read', String(await a.toArray()));
  const [x, y] = duplexPair({ objectMode: true });
  x.destroy(new Error('x failed'));
  x.on('error', (e) => console.log('x error', e.message));
  await closed(y);
  console.log('y closed', y.destroyed, y.errored);
}
main();
