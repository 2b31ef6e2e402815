'use strict';
// The Readable operators: results, concurrency limits, early ends that
// destroy the source, and the options they take.
const { Readable } = require('stream');

function tick(ms) { return new Promise((r) => setTimeout(r, ms)); }

async function main() {
  let active = 0;
  let peak = 0;
  const starts = [];
  const out = await Readable.from([1, 2, 3, 4, 5, 6]).map(async (x) => {
    active++;
    if (active > peak) peak = active;
    starts.push(x);
    await tick((7 - x) * 3);
    active--;
    return x * 10;
  }, { concurrency: 3 }).toArray();
  console.log('map', out, 'peak', peak, starts);

  peak = 0;
  const kept = await Readable.from([1, 2, 3, 4, 5, 6, 7]).filter(async (x) => {
    active++;
    if (active > peak) peak = active;
    await tick(x % 3);
    active--;
    return x % 2 === 1;
  }, { concurrency: 2 }).toArray();
  console.log('filter', kept, 'peak', peak);

  const seen = [];
  await Readable.from(['a', 'b', 'c']).forEach(async (x, { signal }) => {
    await tick(1);
    seen.push(x + (signal.aborted ? '!' : ''));
  }, { concurrency: 2 });
  console.log('forEach', seen);

  console.log('flatMap', await Readable.from([1, 2, 3]).flatMap((x) => [x, -x]).toArray());
  console.log('flatMap streams', await Readable.from(['a', 'b']).flatMap((x) => Readable.from([x, x.toUpperCase()])).toArray());
  console.log('flatMap string', await Readable.from(['xy']).flatMap((x) => x).toArray());
  console.log('take/drop', await Readable.from([1, 2, 3, 4, 5]).drop(1.5).take(2.5).toArray());
  console.log('take 0', await Readable.from([1, 2]).take(0).toArray(), 'drop NaN', await Readable.from([1, 2]).drop('x').toArray());

  const src = Readable.from([1, 2, 3, 4]);
  console.log('some', await src.some((x) => x === 2), src.destroyed);
  const src2 = Readable.from([5, 6, 7]);
  console.log('find', await src2.find(async (x) => x > 5), src2.destroyed);
  console.log('every', await Readable.from([2, 4]).every((x) => x % 2 === 0), await Readable.from([2, 3]).every((x) => x % 2 === 0));
  console.log('none found', await Readable.from([1]).find((x) => x > 1), await Readable.from([]).some(() => true));
  console.log('reduce', await Readable.from(['a', 'b', 'c']).reduce((acc, x) => acc + x), await Readable.from([1, 2]).reduce(async (a, x) => a + x, 10));
  console.log('reduce empty with initial', await Readable.from([]).reduce((a) => a, 'init'));

  const chained = Readable.from([1, 2, 3, 4, 5, 6]).filter((x) => x % 2 === 0).map((x) => x * x);
  console.log('chained', chained.readableObjectMode, await chained.toArray());

  const bytes = new Readable({ read() {} });
  bytes.push('ab');
  bytes.push('cd');
  bytes.push(null);
  console.log('bytes', await bytes.map((b) => b.toString()).toArray());

  const order = [];
  const mapped = Readable.from([1, 2, 3, 4, 5, 6, 7, 8]).map(async (x) => { order.push('m' + x); return x; }, { concurrency: 2, highWaterMark: 1 });
  for await (const v of mapped) {
    order.push('v' + v);
    await tick(1);
    if (v === 3) break;
  }
  console.log('buffered ahead', order.join(' '));
  order.length = 0;
  for await (const v of Readable.from([1, 2, 3]).map((x) => { order.push('m' + x); return x; })) order.push('v' + v);
  console.log('one at a time', order.join(' '));

  let started = 0;
  const big = Readable.from([1, 2, 3, 4, 5, 6, 7, 8]);
  const firstTwo = await big.map((x) => { started++; return x; }).take(2).toArray();
  console.log('take stops map', firstTwo, big.destroyed);
}
main();
