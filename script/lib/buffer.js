'use strict';
// nodenet: a temporary minimal Buffer for the net module, until the real
// buffer module (Node's buffer.js) lands. Only what net needs.
const codec = binding('netbufcodec');

class FastBuffer extends Uint8Array {}

function Buffer(arg, enc, len) { return Buffer.from(arg, enc, len); }
Object.setPrototypeOf(Buffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(Buffer, Uint8Array);
FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;

function wrap(ab, off, len) { return new FastBuffer(ab, off, len); }

Buffer.from = function from(value, encOrOff, len) {
  if (typeof value === 'string') {
    const ab = codec.encode(value, encOrOff || 'utf8');
    return new FastBuffer(ab);
  }
  if (value instanceof ArrayBuffer) {
    return wrap(value, encOrOff || 0, len === undefined ? value.byteLength - (encOrOff || 0) : len);
  }
  if (ArrayBuffer.isView(value) || Array.isArray(value)) {
    const b = new FastBuffer(value.length);
    for (let i = 0; i < value.length; i++) b[i] = value[i];
    return b;
  }
  throw new TypeError('The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object.');
};
Buffer.alloc = function alloc(n, fill, enc) {
  const b = new FastBuffer(n);
  if (fill !== undefined && fill !== 0) b.fill(fill, 0, n, enc);
  return b;
};
Buffer.allocUnsafe = Buffer.allocUnsafeSlow = (n) => new FastBuffer(n);
Buffer.isBuffer = (b) => b instanceof FastBuffer;
Buffer.isEncoding = (e) => typeof e === 'string' && codec.isEncoding(e);
Buffer.byteLength = (s, enc) => (typeof s === 'string' ? codec.encode(s, enc || 'utf8').byteLength : s.byteLength);
Buffer.concat = function concat(list, total) {
  if (total === undefined) total = list.reduce((n, b) => n + b.length, 0);
  const out = new FastBuffer(total);
  let pos = 0;
  for (const b of list) {
    const n = Math.min(b.length, total - pos);
    out.set(n === b.length ? b : b.subarray(0, n), pos);
    pos += n;
    if (pos >= total) break;
  }
  return out;
};
const proto = FastBuffer.prototype;
proto.toString = function toString(enc, start, end) {
  start = start === undefined ? 0 : start;
  end = end === undefined ? this.length : end;
  return codec.decode(this, enc || 'utf8', start, end);
};
proto.fill = function fill(v, start = 0, end = this.length, enc) {
  if (typeof v === 'string') {
    const src = Buffer.from(v, enc);
    if (src.length === 0) return this;
    for (let i = start, j = 0; i < end; i++, j = (j + 1) % src.length) this[i] = src[j];
    return this;
  }
  Uint8Array.prototype.fill.call(this, v, start, end);
  return this;
};
proto.equals = function equals(o) {
  if (this.length !== o.length) return false;
  for (let i = 0; i < this.length; i++) if (this[i] !== o[i]) return false;
  return true;
};
proto.slice = proto.subarray = function subarray(s, e) {
  const u = Uint8Array.prototype.subarray.call(this, s, e);
  return new FastBuffer(u.buffer, u.byteOffset, u.length);
};
proto.write = function write(str, off = 0, len, enc) {
  if (typeof off === 'string') { enc = off; off = 0; }
  const src = Buffer.from(str, enc);
  const n = Math.min(src.length, this.length - off, len === undefined ? Infinity : len);
  this.set(src.subarray(0, n), off);
  return n;
};
proto.toJSON = function toJSON() { return { type: 'Buffer', data: Array.from(this) }; };
const inspectSym = Symbol.for('nodejs.util.inspect.custom');
proto[inspectSym] = function inspect() {
  let s = '';
  const n = Math.min(this.length, 50);
  for (let i = 0; i < n; i++) s += ' ' + (this[i] < 16 ? '0' : '') + this[i].toString(16);
  if (this.length > 50) s += ` ... ${this.length - 50} more bytes`;
  return `<Buffer${s}>`;
};

module.exports = { Buffer, FastBuffer, kMaxLength: 2 ** 32, constants: { MAX_LENGTH: 2 ** 32 } };
