'use strict';
const { Readable, Writable, Duplex, PassThrough } = require('stream');
async function main() {
  const it = Readable.from([1, 2, 3])[Symbol.asyncIterator]();
  let r;
  while (!(r = await it.next()).done) console.log('next', r.value);
  console.log(await Readable.from(['a', 'b']).toArray());
  console.log(await Readable.from([1, 2, 3, 4]).map((x) => x * 2).filter((x) => x > 2).toArray());
  console.log(await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0));
  await Readable.from(['p', 'q']).forEach((x) => console.log('each', x));
  console.log(await Readable.from([1, 2, 3, 4, 5]).drop(1).take(2).toArray());
  console.log(await Readable.from([1, 2, 3]).some((x) => x > 2), await Readable.from([1, 2]).every((x) => x > 1), await Readable.from([5, 6]).find((x) => x > 5));
  console.log(await Readable.from([[1, 2], [3]]).flatMap((x) => x).toArray());
  const obj = Readable.from([{ a: 1 }], { objectMode: true });
  console.log(obj.readableObjectMode, await obj.toArray());
  const text = new PassThrough();
  text.end('hello world');
  const chunks = [];
  for (const x of await text.toArray()) chunks.push(String(x));
  console.log(chunks);
  const d = Duplex.from({ readable: Readable.from(['r']), writable: new Writable({ write(c, e, cb) { console.log('dw', String(c)); cb(); } }) });
  d.write('w');
  console.log(await d.toArray());
  const bufs = Readable.from(Buffer.from('xyz'));
  console.log(await bufs.toArray());
  try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { console.log(e.code, e.message); }
  const rs = new Readable({ read() {} });
  rs.push('a'); rs.push('b'); rs.push(null);
  rs.setEncoding('hex');
  console.log(await rs.toArray());
}
main().then(() => console.log('done'));
