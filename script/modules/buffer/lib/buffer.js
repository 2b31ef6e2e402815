'use strict';
// node:buffer. Buffer is FastBuffer (internal/buffer) under Node's API:
// Buffer.prototype is FastBuffer.prototype, so every Buffer is a
// Uint8Array whose constructor is Buffer. The codecs, search, compare and
// fill are the Go binding's (buffer.go); this file validates arguments
// with Node's errors and picks the encoding.
//
// Encodings are numbered as the binding numbers them (Node's own order):
// 0 ascii, 1 utf8, 2 base64, 3 utf16le, 4 latin1, 5 hex, 6 buffer,
// 7 base64url.

const { codes, genericNodeError } = require('internal/errors');
const { ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_BUFFER_SIZE } = codes;
const { ERR_MISSING_ARGS, ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING } = codes;
const { validateArray, validateInteger, validateNumber, validateString } = require('internal/validators');
const { FastBuffer, addBufferPrototypeMethods, createUnsafeBuffer } = require('internal/buffer');
const { lazyDOMException } = require('internal/util');
const natives = binding('buffer');

const kMaxLength = natives.kMaxLength;
const kStringMaxLength = natives.kStringMaxLength;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { __proto__: null, value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { __proto__: null, value: kStringMaxLength, writable: false, enumerable: true },
});
let INSPECT_MAX_BYTES = 50;

const kUTF8 = 1;
const kLatin1 = 4;

// encodingIndex maps an encoding name, in any case, to its number;
// undefined when unknown.
const encodingIndex = {
  __proto__: null,
  'utf8': 1, 'utf-8': 1,
  'ucs2': 3, 'ucs-2': 3, 'utf16le': 3, 'utf-16le': 3,
  'latin1': 4, 'binary': 4,
  'base64': 2, 'base64url': 7, 'hex': 5, 'ascii': 0,
};

function encodingOf(name) {
  if (typeof name !== 'string') return undefined;
  const e = encodingIndex[name];
  return e !== undefined ? e : encodingIndex[name.toLowerCase()];
}

function isUint8Array(v) {
  return v instanceof Uint8Array;
}

function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

// validateOffset is Node's check of offsets and lengths given to Buffer
// methods: an integer in [min, max].
function validateOffset(value, name, min, max) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (min === undefined) min = 0;
  if (max === undefined) max = kMaxLength;
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

// --- allocation --------------------------------------------------------------

// The binding allocates and makes the FastBuffers. Small unsafe buffers
// (and short strings) are cut from a shared pool of Buffer.poolSize bytes,
// each piece 8-byte aligned, as in Node; alloc() and allocUnsafeSlow()
// have memory of their own.
function allocate(size) {
  return natives.allocUnsafe(size);
}

// fromString encodes a string (the encoding already a number).
function fromString(string, enc) {
  return natives.fromString(string, enc);
}

function fromArrayBuffer(ab, byteOffset, length) {
  // A missing or non-numeric offset is 0. The bounds are checked with
  // the offset as given; the view then starts at its integer part.
  byteOffset = byteOffset === undefined ? 0 : +byteOffset || 0;
  const room = ab.byteLength - byteOffset;
  if (room < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    byteOffset = Math.trunc(byteOffset);
    if (byteOffset < 0) throw startOutside(byteOffset);
    length = ab.byteLength - byteOffset;
  } else {
    length = +length;
    if (length > 0) {
      if (length > room) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
    byteOffset = Math.trunc(byteOffset);
    if (byteOffset < 0) throw startOutside(byteOffset);
  }
  return natives.view(ab, byteOffset, length);
}

// startOutside is the RangeError of a view starting before its buffer.
function startOutside(byteOffset) {
  return new RangeError(`Start offset ${byteOffset} is outside the bounds of the buffer`);
}

function fromArrayLike(a) {
  const n = a.length;
  if (n <= 0) return new FastBuffer();
  const b = allocate(n);
  if (a instanceof Uint8Array) {
    natives.copy(a, b, 0, 0, n);
  } else {
    b.set(a, 0);
  }
  return b;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

const kFromTypes = ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'];

// Buffer is the deprecated constructor (and the class Buffer.from et al.
// hang from).
function Buffer(arg, encodingOrOffset, length) {
  warnBufferConstructor();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

let bufferWarned = false;
function warnBufferConstructor() {
  if (bufferWarned || process.noDeprecation) return;
  bufferWarned = true;
  process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005', Buffer);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null, enumerable: false, configurable: true, get() { return FastBuffer; },
});

function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') {
    let enc = kUTF8;
    if (typeof encodingOrOffset === 'string' && encodingOrOffset.length !== 0) {
      enc = encodingOf(encodingOrOffset);
      if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encodingOrOffset);
    }
    return fromString(value, enc);
  }
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const prim = typeof value.valueOf === 'function' ? value.valueOf() : undefined;
    if (prim != null && prim !== value && (typeof prim === 'string' || typeof prim === 'object')) {
      return from(prim, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b !== undefined) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const s = value[Symbol.toPrimitive]('string');
      if (typeof s === 'string') return from(s, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument', kFromTypes, value);
}

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView) {
    throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  }
  const n = view.length;
  if (n === 0) return new FastBuffer();
  let start = 0;
  let end = n;
  if (offset !== undefined) {
    validateInteger(offset, 'offset', 0);
    if (offset >= n) return new FastBuffer();
    start = offset;
  }
  if (length !== undefined) {
    validateInteger(length, 'length', 0);
    end = Math.min(start + length, n);
  }
  const size = view.BYTES_PER_ELEMENT;
  const bytes = new Uint8Array(view.buffer, view.byteOffset + start * size, (end - start) * size);
  return fromArrayLike(bytes);
};

Buffer.of = function of() {
  const n = arguments.length;
  const b = allocate(n);
  for (let i = 0; i < n; i++) b[i] = arguments[i];
  return b;
};

Object.setPrototypeOf(Buffer, Uint8Array);
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(Buffer.prototype, 'constructor', {
  __proto__: null, value: Buffer, writable: true, enumerable: false, configurable: true,
});
addBufferPrototypeMethods(Buffer.prototype);

function checkSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  checkSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) return fillImpl(createUnsafeBuffer(size), fill, 0, undefined, encoding);
  return createUnsafeBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  checkSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  checkSize(size);
  return createUnsafeBuffer(size);
};

Buffer.poolSize = 64 * 1024;

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return natives.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && encodingOf(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      const b = list[i];
      if (!isUint8Array(b)) throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], b);
      length += b.length;
    }
  } else {
    validateOffset(length, 'length');
    for (let i = 0; i < list.length; i++) {
      if (!isUint8Array(list[i])) throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
  }
  const out = allocate(length);
  let pos = 0;
  for (let i = 0; i < list.length && pos < length; i++) {
    const b = list[i];
    if (!isUint8Array(b)) throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], b);
    pos += natives.copy(b, out, pos, 0, b.length);
  }
  if (pos < length) out.fill(0, pos, length);
  return out;
};

function base64ByteLength(str, n) {
  if (n > 0 && str.charCodeAt(n - 1) === 0x3D) n--;
  if (n > 1 && str.charCodeAt(n - 1) === 0x3D) n--;
  return (n * 3) >>> 2;
}

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const n = string.length;
  if (n === 0) return 0;
  switch (encodingOf(encoding)) {
    case 0: case 4: return n;
    case 3: return 2 * n;
    case 5: return n >>> 1;
    case 2: case 7: return base64ByteLength(string, n);
    default: return natives.byteLengthUtf8(string);
  }
}
Buffer.byteLength = byteLength;

// --- Buffer.prototype --------------------------------------------------------

const proto = Buffer.prototype;

Object.defineProperty(proto, 'parent', {
  __proto__: null, enumerable: true,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(proto, 'offset', {
  __proto__: null, enumerable: true,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  targetStart = toIndex(targetStart, 0);
  if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  sourceStart = toIndex(sourceStart, 0);
  if (sourceStart < 0 || sourceStart > this.length) {
    throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
  }
  sourceEnd = sourceEnd === undefined ? this.length : toIndex(sourceEnd, 0);
  if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return natives.copy(this, target, targetStart, sourceStart, sourceEnd - sourceStart);
};

// toIndex converts an offset argument as copy() does: a number made an
// integer, anything else or out of the safe range the default.
function toIndex(n, dflt) {
  if (n === undefined) return dflt;
  n = +n;
  if (n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) return Math.floor(n);
  return dflt;
}

function toString(encoding, start, end) {
  if (start === undefined && end === undefined) {
    if (encoding === undefined) return natives.toString(this, kUTF8);
    if (this.length === 0) return '';
    const enc = encodingOf(encoding);
    if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return natives.toString(this, enc);
  }
  const len = this.length;
  if (start === undefined || start <= 0) {
    start = 0;
  } else if (start >= len) {
    return '';
  } else {
    start = Math.trunc(start) || 0;
  }
  if (end === undefined || end > len) {
    end = len;
  } else {
    end = Math.trunc(end) || 0;
  }
  if (end <= start) return '';
  const enc = encoding === undefined ? kUTF8 : encodingOf(encoding);
  if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return natives.toString(this, enc, start, end);
}

// Buffer.from and toString are the binding's: it makes a Buffer of a
// string and decodes a whole buffer itself, and calls the functions above
// for everything else.
natives.setFallbacks(from, toString, Buffer, indexOf, byteLength);
Buffer.from = nativeMethod(natives.from, 'from', 3);
Buffer.byteLength = nativeMethod(natives.byteLength, 'byteLength', 2);
proto.toString = nativeMethod(natives.toStringMethod, 'toString', 3);
proto.indexOf = nativeMethod(natives.indexOfMethod, 'indexOf', 4);

function nativeMethod(fn, name, length) {
  Object.defineProperty(fn, 'name', { __proto__: null, value: name, configurable: true });
  Object.defineProperty(fn, 'length', { __proto__: null, value: length, configurable: true });
  return fn;
}

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return this.byteLength === 0 || natives.compare(this, otherBuffer) === 0;
};

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');
let utilInspect;

// The inspect form: <Buffer 68 69 ... N more bytes, key: value>.
proto[inspectSymbol] = function inspect(recurseTimes, ctx) {
  const shown = Math.min(INSPECT_MAX_BYTES, this.length);
  let str = natives.inspectHex(this, shown);
  const rest = this.length - shown;
  if (rest > 0) str += ` ... ${rest} more byte${rest > 1 ? 's' : ''}`;
  if (ctx) {
    const keys = Reflect.ownKeys(this);
    const extra = {};
    let any = false;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (typeof k === 'string' && isIndexKey(k)) continue;
      if (!ctx.showHidden && !Object.prototype.propertyIsEnumerable.call(this, k)) continue;
      extra[k] = this[k];
      any = true;
    }
    if (any) {
      if (utilInspect === undefined) utilInspect = require('internal/util/inspect').inspect;
      const opts = Object.assign({}, ctx, { breakLength: Infinity, compact: true });
      const text = utilInspect(extra, opts);
      if (this.length !== 0) str += ', ';
      str += text.slice(2, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[inspectSymbol];

function isIndexKey(k) {
  const n = k.length;
  if (n === 0 || n > 16) return false;
  for (let i = 0; i < n; i++) {
    const c = k.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return n === 1 || k.charCodeAt(0) !== 48;
}

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return natives.compare(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return natives.compareOffset(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
};

// search is indexOf, lastIndexOf and includes: forward or backward from
// byteOffset, for a byte, a string in an encoding, or a byte sequence.
function search(buf, value, byteOffset, encoding, forward) {
  let from;
  if (typeof byteOffset === 'string') {
    // indexOf(value, encoding)
    encoding = byteOffset;
    from = NaN;
  } else {
    // Offsets are clamped to 32-bit integers; NaN is the whole buffer.
    from = Math.max(Math.min(+byteOffset, 0x7fffffff), -0x80000000);
  }
  byteOffset = from === from ? from : (forward ? 0 : buf.length);
  if (typeof value === 'number') return natives.indexOfNumber(buf, value >>> 0, byteOffset, forward);
  // Only a string value needs a known encoding; a Buffer searched with an
  // unknown one is searched as utf8.
  let enc = kUTF8;
  if (typeof value === 'string') {
    if (typeof encoding === 'string') {
      enc = encodingOf(encoding);
      if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    return natives.indexOfString(buf, value, byteOffset, enc, forward);
  }
  if (isUint8Array(value)) {
    if (typeof encoding === 'string') enc = encodingOf(encoding) ?? kUTF8;
    return natives.indexOfBuffer(buf, value, byteOffset, enc, forward);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
}

function indexOf(value, byteOffset, encoding) {
  return search(this, value, byteOffset, encoding, true);
}

proto.lastIndexOf = function lastIndexOf(value, byteOffset, encoding) {
  return search(this, value, byteOffset, encoding, false);
};

proto.includes = function includes(value, byteOffset, encoding) {
  return search(this, value, byteOffset, encoding, true) !== -1;
};

// fillImpl is fill() and alloc()'s fill.
function fillImpl(buf, value, offset, end, encoding) {
  let enc = kUTF8;
  if (typeof value === 'string') {
    // The encoding may come in offset's place (fill(s, enc)) or end's
    // (fill(s, offset, enc)); the range then runs to the end.
    if (offset === undefined) {
      // With no offset the string fills the whole buffer as utf8; end and
      // encoding are not looked at.
      end = undefined;
      encoding = undefined;
    } else if (typeof offset === 'string' || typeof end === 'string') {
      const shifted = typeof offset === 'string';
      encoding = shifted ? offset : end;
      if (shifted) offset = 0;
      end = buf.length;
    }
    if (encoding && (enc = encodingOf(encoding)) === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    // One character that is one byte fills as that byte; '' fills zeros.
    const n = value.length;
    const c = n === 1 ? value.charCodeAt(0) : 0;
    if (n === 0 || (n === 1 && ((enc === kUTF8 && c < 128) || enc === kLatin1))) value = c;
  }
  const whole = offset === undefined;
  if (!whole) validateOffset(offset, 'offset');
  if (whole) offset = 0;
  if (whole || end === undefined) end = buf.length;
  else validateOffset(end, 'end', 0, buf.length);
  if (offset >= end) return buf;
  if (typeof value === 'number') {
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  }
  if (typeof value === 'boolean') {
    Uint8Array.prototype.fill.call(buf, +value, offset, end);
    return buf;
  }
  const r = natives.fill(buf, value, offset, end, enc);
  if (r === -1) throw new ERR_INVALID_ARG_VALUE('value', value);
  if (r === -2) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return fillImpl(this, value, offset, end, encoding);
};

// notAString is write()'s error for a value that is not a string; the
// offsets and the encoding are checked before it.
function notAString() {
  const err = new TypeError('argument must be a string');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

proto.write = function write(string, offset, length, encoding) {
  if (offset === undefined) {
    if (typeof string !== 'string') throw notAString();
    return natives.utf8Write(this, string, 0, this.length);
  }
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const room = this.length - offset;
    if (length === undefined) {
      length = room;
    } else if (typeof length === 'string') {
      encoding = length;
      length = room;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > room) length = room;
    }
  }
  const enc = !encoding ? kUTF8 : encodingOf(encoding);
  if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  if (typeof string !== 'string') throw notAString();
  return natives.write(this, string, offset, length, enc);
};

proto.toJSON = function toJSON() {
  const n = this.length;
  const data = new Array(n);
  for (let i = 0; i < n; i++) data[i] = this[i];
  return { type: 'Buffer', data };
};

function clampIndex(v, len, dflt) {
  if (v === undefined) return dflt;
  v = +v;
  if (v !== v) return 0;
  v = Math.trunc(v);
  if (v < 0) return Math.max(len + v, 0);
  return Math.min(v, len);
}

proto.subarray = function subarray(start, end) {
  const len = this.length;
  const s = clampIndex(start, len, 0);
  const e = clampIndex(end, len, len);
  return natives.view(this.buffer, this.byteOffset + s, e > s ? e - s : 0);
};

proto.slice = function slice(start, end) {
  return proto.subarray.call(this, start, end);
};

function swapper(size, method) {
  return function () {
    if (this.length % size !== 0) throw new ERR_INVALID_BUFFER_SIZE(`${size * 8}-bits`);
    return method(this);
  };
}
proto.swap16 = swapper(2, natives.swap16);
proto.swap32 = swapper(4, natives.swap32);
proto.swap64 = swapper(8, natives.swap64);

proto.toLocaleString = proto.toString;

// --- the module's functions --------------------------------------------------

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  const r = natives.btoa(`${input}`);
  if (r === -1) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  return r;
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  const r = natives.atob(`${input}`);
  if (r === -1) throw lazyDOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  if (r === -2) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  return r;
}

function checkBytesInput(input) {
  if (!ArrayBuffer.isView(input) && !isAnyArrayBuffer(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
}

function isUtf8(input) {
  checkBytesInput(input);
  return natives.isUtf8(input);
}

function isAscii(input) {
  checkBytesInput(input);
  return natives.isAscii(input);
}

// transcode re-encodes between utf8, utf16le, latin1 and ascii; a
// character the target cannot hold becomes '?'.
const transcodable = { __proto__: null, 0: true, 1: true, 3: true, 4: true };
function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return new FastBuffer();
  // An empty or absent encoding name is utf8.
  const from = fromEncoding ? encodingOf(fromEncoding) : kUTF8;
  const to = toEncoding ? encodingOf(toEncoding) : kUTF8;
  if (!transcodable[from] || !transcodable[to]) {
    throw genericNodeError('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]',
      { code: 'U_ILLEGAL_ARGUMENT_ERROR', errno: 1 });
  }
  const ab = natives.transcode(source, from, to);
  if (ab === null) {
    throw genericNodeError('Unable to transcode Buffer [U_INVALID_CHAR_FOUND]',
      { code: 'U_INVALID_CHAR_FOUND', errno: 10 });
  }
  return new FastBuffer(ab);
}

module.exports = { Buffer, transcode, isUtf8, isAscii, kMaxLength, kStringMaxLength, btoa, atob };
Object.defineProperty(module.exports, 'constants', {
  __proto__: null, value: constants, enumerable: true, configurable: false,
});
Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  __proto__: null,
  get: () => INSPECT_MAX_BYTES,
  set: (v) => {
    validateNumber(v, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = v;
  },
  enumerable: true,
  configurable: true,
});

// Blob, resolveObjectURL and File come from modules of their own, loaded
// on first use.
function lazyExport(name, id) {
  let value;
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      if (value === undefined) value = require(id)[name];
      return value;
    },
    set(v) {
      Object.defineProperty(module.exports, name, {
        __proto__: null, value: v, writable: true, enumerable: true, configurable: true,
      });
    },
  });
}
lazyExport('Blob', 'internal/blob');
lazyExport('resolveObjectURL', 'internal/blob');
lazyExport('File', 'internal/file');
