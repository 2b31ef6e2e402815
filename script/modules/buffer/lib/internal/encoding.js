'use strict';
// internal/encoding: TextEncoder and TextDecoder (the WHATWG Encoding
// standard). Labels and the decoders of legacy encodings come from the Go
// binding (encoding_binding.go, over golang.org/x/text); UTF-8 and UTF-16
// are decoded there too.

const {
  codes: {
    ERR_ENCODING_NOT_SUPPORTED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');
const natives = binding('encoding_binding');

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kState = Symbol('state');
let utilInspect;
function inspect(v, opts) {
  if (utilInspect === undefined) utilInspect = require('internal/util/inspect').inspect;
  return utilInspect(v, opts);
}

// getEncodingFromLabel is the encoding's WHATWG name for a label, or
// undefined.
function getEncodingFromLabel(label) {
  return natives.encodingName(`${label}`);
}

// The errors of a TextEncoder method called on something else, worded as
// the engine words a failed private-field access.
function notEncoder(self, member) {
  if (self === null || self === undefined) {
    return new TypeError(`Cannot read properties of ${self} (reading '${member}')`);
  }
  if (member === '#encoding') {
    return new TypeError('Cannot read private member #encoding from an object whose class did not declare it');
  }
  return new TypeError('Receiver must be an instance of class TextEncoder');
}

class TextEncoder {
  get encoding() {
    if (!(this instanceof TextEncoder)) throw notEncoder(this, '#encoding');
    return 'utf-8';
  }

  encode(input = '') {
    if (!(this instanceof TextEncoder)) throw notEncoder(this, 'TextEncoder');
    return natives.encodeUtf8String(`${input}`);
  }

  encodeInto(src, dest) {
    if (!(this instanceof TextEncoder)) throw notEncoder(this, 'TextEncoder');
    validateString(src, 'src');
    if (!(dest instanceof Uint8Array)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    natives.encodeInto(src, dest);
    return { read: natives.encodeIntoResults[0], written: natives.encodeIntoResults[1] };
  }

  [inspectSymbol](depth, opts) {
    return inspect({ encoding: 'utf-8' }, opts);
  }
}

Object.defineProperties(TextEncoder.prototype, {
  encode: { __proto__: null, enumerable: true },
  encodeInto: { __proto__: null, enumerable: true },
  encoding: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextEncoder' },
});

function stateOf(td) {
  const s = td != null ? td[kState] : undefined;
  if (s === undefined) throw new ERR_INVALID_THIS('TextDecoder');
  return s;
}

// badInput is the error of a decode() input that is no buffer: the
// decoders of UTF-8 (unless streaming) and of the multi-byte encodings
// word it as Node's native code does, the single-byte ones as its
// JavaScript does.
function badInput(name, input, stream) {
  if (name === 'utf-8' ? stream : natives.isSingleByte(name)) {
    return new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
  }
  const err = new TypeError(`The "${name === 'utf-8' ? 'list' : 'input'}" argument must be an instance of ` +
    'SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = undefined) {
    const label = `${encoding}`;
    if (options !== undefined && options !== null) validateObject(options, 'options', 7);
    const name = natives.encodingName(label);
    if (name === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(label);
    if (name === 'replacement') throw new ERR_ENCODING_NOT_SUPPORTED(name);
    const fatal = Boolean(options && options.fatal);
    const ignoreBOM = Boolean(options && options.ignoreBOM);
    this[kState] = { name, fatal, ignoreBOM, handle: undefined };
  }

  decode(input = undefined, options = undefined) {
    const s = stateOf(this);
    if (input !== undefined && !ArrayBuffer.isView(input) && !(input instanceof ArrayBuffer) &&
        !(typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer)) {
      throw badInput(s.name, input, options !== null && typeof options === 'object' && Boolean(options.stream));
    }
    let stream = false;
    if (options !== undefined && options !== null) {
      validateObject(options, 'options', 7);
      stream = Boolean(options.stream);
    }
    if (s.handle === undefined) s.handle = natives.newDecoder(s.name, s.fatal, s.ignoreBOM);
    return natives.decode(s.handle, input, stream);
  }

  get encoding() { return stateOf(this).name; }
  get fatal() { return stateOf(this).fatal; }
  get ignoreBOM() { return stateOf(this).ignoreBOM; }

  [inspectSymbol](depth, opts) {
    const s = stateOf(this);
    if (typeof depth === 'number' && depth < 0) return '[TextDecoder]';
    return `TextDecoder ${inspect({ encoding: s.name, fatal: s.fatal, ignoreBOM: s.ignoreBOM }, opts)}`;
  }
}

Object.defineProperties(TextDecoder.prototype, {
  decode: { __proto__: null, enumerable: true },
  encoding: { __proto__: null, enumerable: true },
  fatal: { __proto__: null, enumerable: true },
  ignoreBOM: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextDecoder' },
});

// getUtf8Decoder is a shared non-fatal UTF-8 decoder.
let utf8Decoder;
function getUtf8Decoder() {
  if (utf8Decoder === undefined) utf8Decoder = new TextDecoder();
  return utf8Decoder;
}

module.exports = {
  getEncodingFromLabel,
  getUtf8Decoder,
  TextDecoder,
  TextEncoder,
};
