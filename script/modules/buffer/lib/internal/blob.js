'use strict';
// internal/blob: Blob (the WHATWG File API's immutable bytes with a MIME
// type). A Blob keeps its bytes in one Uint8Array; slices copy. Reading is
// asynchronous as the API requires: each read settles in a later job.

const { codes } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS } = codes;

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');
let utilInspect;
let utf8Decoder;

function isBlob(v) {
  return v != null && v[kBytes] !== undefined;
}

function check(self) {
  if (!isBlob(self)) throw new ERR_INVALID_THIS('Blob');
}

// mimeType lowercases a type made of printable ASCII; any other is ''.
function mimeType(type) {
  for (let i = 0; i < type.length; i++) {
    const c = type.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return '';
  }
  return type.toLowerCase();
}

function notSequence() {
  const err = new TypeError('Value cannot be converted to sequence.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

// partBytes is the bytes one part of a Blob contributes.
function partBytes(part, native) {
  if (isBlob(part)) return part[kBytes];
  if (part instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && part instanceof SharedArrayBuffer)) {
    return new Uint8Array(part.slice(0));
  }
  if (ArrayBuffer.isView(part)) {
    return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  }
  let s = `${part}`;
  // 'native' line endings are '\n' here: CRLF and lone CR become LF.
  if (native) s = s.replace(/\r\n?/g, '\n');
  return new TextEncoder().encode(s);
}

class Blob {
  constructor(sources = [], options = undefined) {
    if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
      throw notSequence();
    }
    if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'a dictionary', options);
    }
    const endings = `${(options && options.endings) ?? 'transparent'}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    let size = 0;
    for (const part of sources) {
      const b = partBytes(part, endings === 'native');
      parts.push(b);
      size += b.length;
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (let i = 0; i < parts.length; i++) {
      bytes.set(parts[i], at);
      at += parts[i].length;
    }
    this[kBytes] = bytes;
    this[kType] = mimeType(`${(options && options.type) ?? ''}`);
  }

  get type() {
    check(this);
    return this[kType];
  }

  get size() {
    check(this);
    return this[kBytes].length;
  }

  slice(start = 0, end = undefined, contentType = '') {
    check(this);
    const n = this[kBytes].length;
    const from = clamp(start, n);
    const to = end === undefined ? n : clamp(end, n);
    const out = new Blob();
    out[kBytes] = this[kBytes].slice(from, Math.max(from, to));
    out[kType] = mimeType(`${contentType}`);
    return out;
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const copy = this[kBytes].slice();
    return Promise.resolve().then(() => copy.buffer);
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const bytes = this[kBytes];
    return Promise.resolve().then(() => {
      if (utf8Decoder === undefined) utf8Decoder = new TextDecoder();
      return utf8Decoder.decode(bytes);
    });
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const copy = this[kBytes].slice();
    return Promise.resolve().then(() => copy);
  }

  stream() {
    check(this);
    if (typeof ReadableStream !== 'function') throw new TypeError('ReadableStream is not available');
    const bytes = this[kBytes].slice();
    return new ReadableStream({
      type: 'bytes',
      start(controller) {
        if (bytes.length > 0) controller.enqueue(bytes);
        controller.close();
      },
    });
  }

  textStream() {
    check(this);
    if (typeof ReadableStream !== 'function') throw new TypeError('ReadableStream is not available');
    const text = new TextDecoder().decode(this[kBytes]);
    return new ReadableStream({
      start(controller) {
        if (text.length > 0) controller.enqueue(text);
        controller.close();
      },
    });
  }

  [inspectSymbol](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    if (utilInspect === undefined) utilInspect = require('internal/util/inspect').inspect;
    return `Blob ${utilInspect({ size: this.size, type: this.type }, opts)}`;
  }
}

// clamp resolves a slice index against n (negative counts from the end).
function clamp(v, n) {
  v = Math.trunc(+v) || 0;
  return v < 0 ? Math.max(n + v, 0) : Math.min(v, n);
}

Object.defineProperties(Blob.prototype, {
  [Symbol.toStringTag]: { __proto__: null, value: 'Blob', configurable: true },
  type: { __proto__: null, enumerable: true },
  size: { __proto__: null, enumerable: true },
  slice: { __proto__: null, enumerable: true },
  arrayBuffer: { __proto__: null, enumerable: true },
  text: { __proto__: null, enumerable: true },
  bytes: { __proto__: null, enumerable: true },
  stream: { __proto__: null, enumerable: true },
  textStream: { __proto__: null, enumerable: true },
});

// resolveObjectURL: no object URLs are registered by this host.
function resolveObjectURL(url) {
  `${url}`;
  return undefined;
}

module.exports = { Blob, isBlob, resolveObjectURL, kHandle: kBytes };
