'use strict';
// node:stream/consumers: read a whole stream, or any async or sync
// iterable, into one value.

const { Buffer } = require('buffer');
const { forAwait } = require('internal/streams/nodenet_iter');

// bytesOf gives a chunk's bytes: strings as UTF-8, views and ArrayBuffers
// as they are, anything else as its string.
function bytesOf(chunk) {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  if (chunk instanceof Uint8Array) return chunk;
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  return Buffer.from(String(chunk), 'utf8');
}

async function bytes(stream) {
  const parts = [];
  let total = 0;
  await forAwait(stream, (chunk) => {
    const b = bytesOf(chunk);
    parts.push(b);
    total += b.byteLength;
  });
  const out = new Uint8Array(total);
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    out.set(parts[i], at);
    at += parts[i].byteLength;
  }
  return out;
}

async function arrayBuffer(stream) {
  return (await bytes(stream)).buffer;
}

async function buffer(stream) {
  const b = await bytes(stream);
  return Buffer.from(b.buffer, 0, b.byteLength);
}

const kStream = { stream: true };

async function text(stream) {
  const dec = new TextDecoder();
  let s = '';
  await forAwait(stream, (chunk) => {
    if (typeof chunk === 'string') s += chunk;
    else s += dec.decode(bytesOf(chunk), kStream);
  });
  return s + dec.decode();
}

function json(stream) {
  return text(stream).then(JSON.parse);
}

// blob needs buffer's Blob; this host has none yet, so it rejects with a
// TypeError there.
async function blob(stream) {
  const Blob = require('buffer').Blob;
  const parts = [];
  await forAwait(stream, (chunk) => { parts.push(chunk); });
  return new Blob(parts);
}

module.exports = { text, json, bytes, buffer, arrayBuffer, blob };
