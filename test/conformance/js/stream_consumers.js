'use strict';
const { Readable, PassThrough } = require('stream');
const consumers = require('stream/consumers');
async function main() {
  console.log(await consumers.text(Readable.from(['a', 'é', 'b'])));
  const euro = Buffer.from('x€y');
  console.log(await consumers.text(Readable.from([euro.subarray(0, 2), euro.subarray(2)])));
  console.log(await consumers.json(Readable.from(['{"a":', '[1,2]}'])));
  console.log(await consumers.buffer(Readable.from([Buffer.from('ab'), Buffer.from('cd')])));
  const ab = await consumers.arrayBuffer(Readable.from([Buffer.from('hi')]));
  console.log(ab instanceof ArrayBuffer, ab.byteLength, await consumers.bytes(Readable.from([Buffer.from([1, 2])])));
  const pt = new PassThrough();
  setTimeout(() => { pt.write('late '); pt.end('data'); }, 1);
  console.log(await consumers.text(pt));
  try { await consumers.json(Readable.from(['{bad'])); } catch (e) { console.log(e.name); }
}
main();
