'use strict';
// node:string_decoder. A StringDecoder keeps its state in a 7-byte buffer:
// the bytes of an incomplete character held back (4), then how many bytes
// it still misses, how many are held and the encoding's number. The Go
// binding (string_decoder.go) decodes each chunk against that state.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { FastBuffer } = require('internal/buffer');
const natives = binding('string_decoder');

const kState = Symbol('kNativeDecoder');
const kMissing = 4;
const kBuffered = 5;
const kEncoding = 6;

const encodingNames = natives.encodings;
const canonical = {
  __proto__: null,
  'utf8': 'utf8', 'utf-8': 'utf8',
  'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le',
  'latin1': 'latin1', 'binary': 'latin1',
  'base64': 'base64', 'base64url': 'base64url', 'hex': 'hex', 'ascii': 'ascii',
};

function canonicalName(enc) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  // Only a string names an encoding (an array holding one does not).
  const name = typeof enc === 'string' ? canonical[enc] || canonical[enc.toLowerCase()] : undefined;
  if (name === undefined) throw new ERR_UNKNOWN_ENCODING(enc);
  return name;
}

function StringDecoder(encoding) {
  this.encoding = canonicalName(encoding);
  const state = new FastBuffer(natives.kSize);
  state[kEncoding] = encodingNames.indexOf(this.encoding);
  this[kState] = state;
}

function stateOf(decoder) {
  const state = decoder[kState];
  if (state === undefined) throw new ERR_INVALID_THIS('StringDecoder');
  return state;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  return natives.decode(stateOf(this), buf);
};

StringDecoder.prototype.end = function end(buf) {
  let out = '';
  if (buf !== undefined) out = this.write(buf);
  const state = stateOf(this);
  if (state[kBuffered] > 0) out += natives.flush(state);
  return out;
};

// text decodes buf from offset on, forgetting any held-back bytes first.
StringDecoder.prototype.text = function text(buf, offset) {
  const state = stateOf(this);
  state[kMissing] = 0;
  state[kBuffered] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return stateOf(this).subarray(0, kMissing); },
  },
  lastNeed: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return stateOf(this)[kMissing]; },
  },
  lastTotal: {
    __proto__: null, configurable: true, enumerable: true,
    get() { const s = stateOf(this); return s[kBuffered] + s[kMissing]; },
  },
});

exports.StringDecoder = StringDecoder;
