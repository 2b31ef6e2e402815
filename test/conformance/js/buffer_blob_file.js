'use strict';
// Blob and File from node:buffer: parts of every kind, type and endings
// options, slice, the reads (awaited one by one), and argument errors.
const { Blob, File, resolveObjectURL } = require('buffer');
const t = (f) => { try { console.log(f()); } catch (e) { console.log(`${e.name} | ${e.code} | ${e.message}`); } };
async function main() {
  const b = new Blob(['ab', new Uint8Array([99]), new Uint16Array([0x6564]).buffer, new Blob(['f']), 5, { toString() { return 'o'; } }], { type: 'Text/Plain' });
  console.log(b, b.size, b.type, Object.prototype.toString.call(b), [b], Object.keys(b), b instanceof Blob);
  t(() => new Blob());
  t(() => new Blob('abc'));
  t(() => new Blob(5));
  t(() => new Blob(null));
  t(() => new Blob([], 5));
  t(() => [new Blob([], { type: '\u00e9x' }).type, new Blob([], { type: 'A\nB' }).type, new Blob([], { type: 'IMAGE/PNG' }).type]);
  t(() => [new Blob(['a\r\nb\rc\n'], { endings: 'native' }).size, new Blob(['a\r\nb'], { endings: 'transparent' }).size, new Blob(['a\r\n'], {}).size]);
  t(() => new Blob([], { endings: 'bogus' }));
  t(() => [b.slice(1, 3).size, b.slice(-2).size, b.slice(2, 1).size, b.slice(0, 100, 'X/Y').type, b.slice().type, b.slice(0, 2) instanceof Blob]);
  console.log(JSON.stringify(await b.text()));
  console.log(await b.arrayBuffer());
  console.log(await b.bytes());
  console.log(await b.slice(2, 5).text(), await b.slice(-3, -1).text());
  console.log(JSON.stringify(await new Blob([new Uint8Array([0xff, 0x41])]).text()));
  const src = new Uint8Array([1, 2, 3]);
  const copy = new Blob([src]);
  src[0] = 9;
  console.log(await copy.bytes());
  console.log(typeof b.stream, typeof b.textStream, typeof resolveObjectURL, resolveObjectURL('blob:nodedata:x'));
  const f = new File(['xy'], 'name.txt', { type: 'a/b', lastModified: 42 });
  console.log(f, f.name, f.lastModified, f.size, f.type, f instanceof Blob, Object.prototype.toString.call(f), await f.text());
  t(() => new File(['x']));
  t(() => new File());
  t(() => new File(['x'], 5).name);
  t(() => new File(['x'], 'n', { lastModified: 'abc' }).lastModified);
  t(() => new File(['x'], 'n', { lastModified: 1.9 }).lastModified);
  t(() => typeof new File([], 'n').lastModified);
  t(() => Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({}));
  try { await Blob.prototype.text.call({}); } catch (e) { console.log('rejected', e.code, e.message); }
  console.log(Object.getOwnPropertyNames(Blob.prototype), Object.getOwnPropertyNames(File.prototype));
}
main();
