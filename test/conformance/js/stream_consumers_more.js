'use strict';
// stream/consumers over streams, async generators and arrays, with mixed
// chunk types and multi-byte characters split across chunks.
const { Readable, PassThrough } = require('stream');
const consumers = require('stream/consumers');

async function main() {
  const euro = Buffer.from('€uro');
  console.log(await consumers.text([euro.subarray(0, 1), euro.subarray(1, 2), euro.subarray(2)]));
  console.log(await consumers.text((async function* () { yield 'a'; yield new Uint8Array([98, 99]); })()));
  console.log(await consumers.buffer(Readable.from(['st', Buffer.from('r'), new Uint8Array([105])])));
  const u = await consumers.bytes(Readable.from([Buffer.from([1, 2]), new Uint16Array([0x0403])]));
  console.log(u.constructor.name, Buffer.isBuffer(u), Array.from(u));
  const ab = await consumers.arrayBuffer(Readable.from([Buffer.from('abc')]));
  console.log(ab.constructor.name, ab.byteLength, Buffer.from(ab).toString());
  console.log(await consumers.json(Readable.from(['[1,', '{"k":"v"}]'])));
  console.log(JSON.stringify(await consumers.text(Readable.from([]))));
  const empty = await consumers.buffer(Readable.from([]));
  console.log(empty.length, Buffer.isBuffer(empty));
  const bom = Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69]);
  console.log(JSON.stringify(await consumers.text(Readable.from([bom]))));
  const bad = Buffer.from([0x61, 0xff, 0x62]);
  console.log(JSON.stringify(await consumers.text(Readable.from([bad]))));
  const pt = new PassThrough();
  const pending = consumers.text(pt);
  pt.write('one ');
  setImmediate(() => pt.destroy(new Error('stream failed')));
  try {
    await pending;
  } catch (e) {
    console.log('rejected', e.message);
  }
  try {
    await consumers.json(Readable.from(['{"a":']));
  } catch (e) {
    console.log(e.name);
  }
  try {
    await consumers.text(5);
  } catch (e) {
    console.log(e.name);
  }
}
main();
