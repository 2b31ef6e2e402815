'use strict';
// stream/consumers, from Node's lib/stream/consumers.js. nodenet: `for
// await` is written with forAwait, and without internal/blob the chunks
// are joined directly (blob() needs the host's Blob).

const {
  JSONParse,
  Uint8Array,
} = primordials;

const {
  TextDecoder,
} = require('internal/encoding');

const {
  Buffer,
} = require('buffer');

const { forAwait } = require('internal/streams/nodenet_iter');

async function blob(stream) {
  const { Blob } = require('internal/blob');
  const chunks = [];
  await forAwait(stream, (chunk) => { chunks.push(chunk); });
  return new Blob(chunks);
}

async function collect(stream) {
  const chunks = [];
  await forAwait(stream, (chunk) => {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  });
  return Buffer.concat(chunks);
}

async function arrayBuffer(stream) {
  const b = await collect(stream);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

async function bytes(stream) {
  return new Uint8Array(await arrayBuffer(stream));
}

async function text(stream) {
  const dec = new TextDecoder();
  let str = '';
  await forAwait(stream, (chunk) => {
    if (typeof chunk === 'string')
      str += chunk;
    else
      str += dec.decode(chunk, { stream: true });
  });
  // Flush the streaming TextDecoder so that any pending
  // incomplete multibyte characters are handled.
  str += dec.decode(undefined, { stream: false });
  return str;
}

async function json(stream) {
  const str = await text(stream);
  return JSONParse(str);
}

module.exports = {
  arrayBuffer,
  blob,
  buffer,
  bytes,
  text,
  json,
};
