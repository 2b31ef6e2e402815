'use strict';
// The operators' errors: bad arguments (thrown by the stream operators,
// rejected by the promise ones), a failing callback, and abort signals.
const { Readable } = require('stream');

function show(label, e) { console.log(label, e.name, e.code, e.message); }

async function main() {
  const r = () => Readable.from([1, 2, 3]);
  const sync = [
    ['map fn', () => r().map(5)],
    ['map options', () => r().map((x) => x, 5)],
    ['map concurrency 0', () => r().map((x) => x, { concurrency: 0 })],
    ['map concurrency 1.5', () => r().map((x) => x, { concurrency: 'x' })],
    ['map highWaterMark', () => r().map((x) => x, { highWaterMark: -1 })],
    ['map signal', () => r().map((x) => x, { signal: {} })],
    ['filter fn', () => r().filter('f')],
    ['flatMap fn', () => r().flatMap(null)],
    ['drop -1', () => r().drop(-1)],
    ['take -Infinity', () => r().take(-Infinity)],
    ['take options', () => r().take(1, 'o')],
  ];
  for (const [label, f] of sync) {
    try {
      f();
      console.log(label, 'no throw');
    } catch (e) {
      show(label, e);
    }
  }
  const later = [
    ['forEach fn', () => r().forEach(5)],
    ['reduce fn', () => r().reduce('x')],
    ['toArray options', () => r().toArray(1)],
    ['some fn', () => r().some()],
    ['every fn', () => r().every()],
    ['find fn', () => r().find(1)],
    ['reduce signal', () => r().reduce((a) => a, 0, { signal: 1 })],
    ['reduce empty', () => Readable.from([]).reduce((a, b) => a + b)],
  ];
  for (const [label, f] of later) {
    const p = f();
    console.log(label, p instanceof Promise);
    try {
      await p;
    } catch (e) {
      show(label, e);
    }
  }

  const src = Readable.from([1, 2, 3]);
  try {
    await src.map((x) => { if (x === 2) throw new Error('map callback failed'); return x; }).toArray();
  } catch (e) {
    show('map throws', e);
  }
  await new Promise((res) => setImmediate(res));
  console.log('source destroyed', src.destroyed);
  try {
    await Readable.from([1, 2]).reduce(async () => { throw new Error('reducer failed'); }, 0);
  } catch (e) {
    show('reduce throws', e);
  }
  try {
    await Readable.from([1, 2]).forEach(async (x) => { if (x === 2) throw new Error('forEach failed'); });
  } catch (e) {
    show('forEach throws', e);
  }

  const ac = new AbortController();
  ac.abort('why');
  try {
    await Readable.from([1]).toArray({ signal: ac.signal });
  } catch (e) {
    show('toArray aborted', e);
    console.log('cause', e.cause);
  }
  const ac2 = new AbortController();
  const slow = new Readable({ objectMode: true, read() {} });
  slow.push(1);
  const p = slow.toArray({ signal: ac2.signal });
  setImmediate(() => { ac2.abort(new Error('later')); slow.push(2); });
  try {
    await p;
  } catch (e) {
    show('toArray aborted later', e);
    console.log('cause', e.cause.message, slow.destroyed);
  }
}
main();
