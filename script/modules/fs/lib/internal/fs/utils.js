'use strict';
// internal/fs/utils: what node:fs needs besides its binding: the Stats
// and Dirent classes, and the checks of paths, file descriptors, flags,
// offsets, times and options, each with Node's error for a bad value.
const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const { ERR_FS_EISDIR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } = codes;
const { isDate, isUint8Array } = require('internal/util/types');
const { deprecate, kEmptyObject } = require('internal/util');
const { toPathIfFileURL } = require('internal/url');
const {
  validateAbortSignal, validateBoolean, validateInt32, validateInteger, validateObject, validateUint32,
} = require('internal/validators');
const fsBinding = internalBinding('fs');
const C = fsBinding.constants;

// --- paths, descriptors, options ---------------------------------------

function validatePath(path, name = 'path') {
  let hasNull;
  if (typeof path === 'string') hasNull = path.includes('\u0000');
  else if (isUint8Array(path)) hasNull = path.includes(0);
  else throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  if (hasNull) {
    throw new ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
}

// getValidatedPath takes a path argument (a string, a Buffer or a file
// URL) and returns the path it names, or throws.
function getValidatedPath(path, name = 'path') {
  path = toPathIfFileURL(path);
  validatePath(path, name);
  return path;
}

function getValidatedFd(fd, name = 'fd') {
  if (fd === 0) return 0; // -0 as well
  validateInt32(fd, name, 0);
  return fd;
}

function assertEncoding(encoding) {
  if (encoding && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// getOptions reads an options argument: nothing (or a callback) gives the
// defaults, a string is the encoding, an object is checked.
function getOptions(options, defaults = kEmptyObject) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    options = Object.assign({}, defaults, { encoding: options });
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function copyObject(source) {
  const target = {};
  for (const key of Object.keys(source)) target[key] = source[key];
  return target;
}

// The open flags of each string fs accepts.
const kFlags = { __proto__: null };
{
  const add = (names, value) => { for (const n of names.split(' ')) kFlags[n] = value; };
  const create = C.O_CREAT;
  add('r', C.O_RDONLY);
  add('rs sr', C.O_RDONLY | C.O_SYNC);
  add('r+', C.O_RDWR);
  add('rs+ sr+', C.O_RDWR | C.O_SYNC);
  add('w', C.O_TRUNC | create | C.O_WRONLY);
  add('wx xw', C.O_TRUNC | create | C.O_WRONLY | C.O_EXCL);
  add('w+', C.O_TRUNC | create | C.O_RDWR);
  add('wx+ xw+', C.O_TRUNC | create | C.O_RDWR | C.O_EXCL);
  add('a', C.O_APPEND | create | C.O_WRONLY);
  add('ax xa', C.O_APPEND | create | C.O_WRONLY | C.O_EXCL);
  add('as sa', C.O_APPEND | create | C.O_WRONLY | C.O_SYNC);
  add('a+', C.O_APPEND | create | C.O_RDWR);
  add('ax+ xa+', C.O_APPEND | create | C.O_RDWR | C.O_EXCL);
  add('as+ sa+', C.O_APPEND | create | C.O_RDWR | C.O_SYNC);
}

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    validateInt32(flags, name);
    return flags;
  }
  if (flags == null) return C.O_RDONLY;
  const v = typeof flags === 'string' ? kFlags[flags] : undefined;
  if (v === undefined) throw new ERR_INVALID_ARG_VALUE(name, flags);
  return v;
}

function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

// validatePosition checks a file position: -1 (the current one) or more,
// a safe integer or a bigint that leaves room for length bytes.
function validatePosition(position, name, length) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    const max = 2n ** 63n - 1n - BigInt(length);
    if (position < -1n || position > max) throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${max}`, position);
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

// toUnixTimestamp converts a time argument (seconds as a number or a
// numeric string, or a Date) into seconds; a negative number is now.
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time; // eslint-disable-line eqeqeq
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (isDate(time)) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

let warnedTemplate = false;
function warnOnNonPortableTemplate(template) {
  if (warnedTemplate) return;
  const last = template[template.length - 1];
  if (last === 'X' || last === 0x58) {
    warnedTemplate = true;
    process.emitWarning('mkdtemp() templates ending with X are not portable. For details see: https://nodejs.org/api/fs.html');
  }
}

// --- rm and rmdir options ----------------------------------------------

function validateRmOptionsObject(options) {
  if (options === undefined) return { force: false, maxRetries: 0, recursive: false, retryDelay: 100 };
  validateObject(options, 'options');
  const o = { force: false, maxRetries: 0, recursive: false, retryDelay: 100 };
  Object.assign(o, options);
  validateBoolean(o.force, 'options.force');
  validateBoolean(o.recursive, 'options.recursive');
  validateInt32(o.retryDelay, 'options.retryDelay', 0);
  validateUint32(o.maxRetries, 'options.maxRetries');
  return o;
}

// validateRmOptionsSync checks rm's options and that path may be removed
// with them: a directory needs recursive, a missing path force.
function validateRmOptionsSync(path, options, expectDir) {
  options = validateRmOptionsObject(options);
  if (!options.force || expectDir || !options.recursive) {
    path = getValidatedPath(path);
    const st = fsBinding.lstat(path, false, undefined, !options.force);
    if (st !== undefined && (st[1] & C.S_IFMT) === C.S_IFDIR && !expectDir && !options.recursive) {
      throw new ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 });
    }
  }
  return options;
}

function validateRmdirOptions(options) {
  if (options !== undefined) validateObject(options, 'options');
  return options;
}

// --- Stats -------------------------------------------------------------

// The file type tests of Stats and Dirent: the method, the mode's file
// type and the dirent type it looks for.
const kTypeTests = [
  ['isDirectory', C.S_IFDIR, C.UV_DIRENT_DIR],
  ['isFile', C.S_IFREG, C.UV_DIRENT_FILE],
  ['isBlockDevice', C.S_IFBLK, C.UV_DIRENT_BLOCK],
  ['isCharacterDevice', C.S_IFCHR, C.UV_DIRENT_CHAR],
  ['isSymbolicLink', C.S_IFLNK, C.UV_DIRENT_LINK],
  ['isFIFO', C.S_IFIFO, C.UV_DIRENT_FIFO],
  ['isSocket', C.S_IFSOCK, C.UV_DIRENT_SOCKET],
];

function defineMethod(proto, name, fn) {
  Object.defineProperty(proto, name, {
    __proto__: null, value: fn, writable: true, enumerable: false, configurable: true,
  });
}

// StatsBase holds what Stats and BigIntStats share: the file type tests
// (each compares the mode through the subclass's _checkModeProperty).
class StatsBase {}
for (const [name, ifmt] of kTypeTests) {
  defineMethod(StatsBase.prototype, name, { [name]() { return this._checkModeProperty(ifmt); } }[name]);
}

// The nanoseconds within the millisecond of each time of a Stats (Node
// keeps them under these symbols, so they show in util.inspect).
const kAtimeNs = Symbol('partialAtimeNs');
const kMtimeNs = Symbol('partialMtimeNs');
const kCtimeNs = Symbol('partialCtimeNs');
const kBirthtimeNs = Symbol('kPartialBirthtimeNs');

// numberStats and bigintStats make the Stats of the binding's 18 numbers
// (a stat array from offset o: the ten fields, then seconds and
// nanoseconds of the four times) as one literal, the cheapest object to
// build per call.
function numberStats(a, o) {
  return {
    __proto__: Stats.prototype,
    dev: a[o], mode: a[o + 1], nlink: a[o + 2], uid: a[o + 3], gid: a[o + 4],
    rdev: a[o + 5], blksize: a[o + 6], ino: a[o + 7], size: a[o + 8], blocks: a[o + 9],
    atimeMs: a[o + 10] * 1e3 + a[o + 11] / 1e6,
    mtimeMs: a[o + 12] * 1e3 + a[o + 13] / 1e6,
    ctimeMs: a[o + 14] * 1e3 + a[o + 15] / 1e6,
    birthtimeMs: a[o + 16] * 1e3 + a[o + 17] / 1e6,
    [kAtimeNs]: a[o + 11], [kMtimeNs]: a[o + 13], [kCtimeNs]: a[o + 15], [kBirthtimeNs]: a[o + 17],
  };
}

function bigintStats(a, o) {
  const ns = 1000000000n;
  const perMs = 1000000n;
  return {
    __proto__: BigIntStats.prototype,
    dev: a[o], mode: a[o + 1], nlink: a[o + 2], uid: a[o + 3], gid: a[o + 4],
    rdev: a[o + 5], blksize: a[o + 6], ino: a[o + 7], size: a[o + 8], blocks: a[o + 9],
    atimeMs: a[o + 10] * 1000n + a[o + 11] / perMs,
    mtimeMs: a[o + 12] * 1000n + a[o + 13] / perMs,
    ctimeMs: a[o + 14] * 1000n + a[o + 15] / perMs,
    birthtimeMs: a[o + 16] * 1000n + a[o + 17] / perMs,
    atimeNs: a[o + 10] * ns + a[o + 11],
    mtimeNs: a[o + 12] * ns + a[o + 13],
    ctimeNs: a[o + 14] * ns + a[o + 15],
    birthtimeNs: a[o + 16] * ns + a[o + 17],
  };
}

// The constructors take the same 18 numbers as arguments (fs.Stats is
// public, if deprecated).
class Stats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
    atimeSec, atimeNsec, mtimeSec, mtimeNsec, ctimeSec, ctimeNsec, birthtimeSec, birthtimeNsec) {
    super();
    Object.assign(this, numberStats(arguments, 0));
  }

  _checkModeProperty(property) {
    return (this.mode & C.S_IFMT) === property;
  }
}

class BigIntStats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
    atimeSec, atimeNsec, mtimeSec, mtimeNsec, ctimeSec, ctimeNsec, birthtimeSec, birthtimeNsec) {
    super();
    Object.assign(this, bigintStats(arguments, 0));
  }

  _checkModeProperty(property) {
    return (this.mode & BigInt(C.S_IFMT)) === BigInt(property);
  }
}

// The Date of each time is made when first read and then kept as an own
// property, as is a value assigned to it. The Temporal.Instant forms are
// made where the engine has Temporal.
function ownValue(obj, key, value) {
  Object.defineProperty(obj, key, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
  return value;
}

function epochNs(stats, name, partial) {
  if (stats instanceof BigIntStats) return stats[name + 'Ns'];
  const ms = stats[name + 'Ms'];
  return BigInt(Math.floor(ms / 1000)) * 1000000000n + BigInt(stats[partial] ?? 0);
}

const kTimes = [['atime', kAtimeNs], ['mtime', kMtimeNs], ['ctime', kCtimeNs], ['birthtime', kBirthtimeNs]];
for (const [name] of kTimes) {
  const ms = name + 'Ms';
  for (const proto of [Stats.prototype, BigIntStats.prototype]) {
    Object.defineProperty(proto, name, {
      __proto__: null,
      enumerable: true,
      configurable: true,
      get() { return ownValue(this, name, new Date(Number(this[ms]))); },
      set(value) { ownValue(this, name, value); },
    });
  }
}
for (const [name, partial] of kTimes) {
  const instant = name + 'Instant';
  for (const proto of [Stats.prototype, BigIntStats.prototype]) {
    Object.defineProperty(proto, instant, {
      __proto__: null,
      enumerable: true,
      configurable: true,
      get() {
        if (typeof Temporal === 'undefined') return undefined;
        // eslint-disable-next-line no-undef
        return ownValue(this, instant, Temporal.Instant.fromEpochNanoseconds(epochNs(this, name, partial)));
      },
      set(value) { ownValue(this, instant, value); },
    });
  }
}
// _checkModeProperty comes last on each prototype, and is enumerable
// there, as in Node.
for (const cls of [Stats, BigIntStats]) {
  const fn = cls.prototype._checkModeProperty;
  delete cls.prototype._checkModeProperty;
  cls.prototype._checkModeProperty = fn;
}

// getStatsFromBinding makes the Stats (or BigIntStats, for a
// BigInt64Array) of the binding's 18 numbers from offset.
function getStatsFromBinding(a, offset = 0) {
  return a instanceof BigInt64Array ? bigintStats(a, offset) : numberStats(a, offset);
}

// --- Dirent ------------------------------------------------------------

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this[kType] = type;
  }
}
for (const [name, , dirent] of kTypeTests) {
  defineMethod(Dirent.prototype, name, { [name]() { return this[kType] === dirent; } }[name]);
}

// direntType is the dirent type of a file mode.
function direntType(mode) {
  switch (mode & C.S_IFMT) {
    case C.S_IFREG: return C.UV_DIRENT_FILE;
    case C.S_IFDIR: return C.UV_DIRENT_DIR;
    case C.S_IFLNK: return C.UV_DIRENT_LINK;
    case C.S_IFIFO: return C.UV_DIRENT_FIFO;
    case C.S_IFSOCK: return C.UV_DIRENT_SOCKET;
    case C.S_IFCHR: return C.UV_DIRENT_CHAR;
    case C.S_IFBLK: return C.UV_DIRENT_BLOCK;
  }
  return C.UV_DIRENT_UNKNOWN;
}

// getDirents makes the Dirents of a readdir answer ([names, types]) of
// the directory path; an entry of unknown type is looked at with lstat.
function getDirents(path, [names, types]) {
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    let type = types[i];
    if (type === C.UV_DIRENT_UNKNOWN) {
      const base = typeof path === 'string' ? path : Buffer.from(path).toString();
      const st = fsBinding.lstat(base + '/' + String(names[i]), false, undefined, false);
      if (st !== undefined) type = direntType(st[1]);
    }
    out[i] = new Dirent(names[i], type, path);
  }
  return out;
}

module.exports = {
  BigIntStats,
  Dirent,
  Stats: deprecate(Stats, 'fs.Stats constructor is deprecated.', 'DEP0180'),
  assertEncoding,
  copyObject,
  getDirents,
  getOptions,
  getStatsFromBinding,
  getValidatedFd,
  getValidatedPath,
  stringToFlags,
  toUnixTimestamp,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePath,
  validatePosition,
  validateRmOptionsSync,
  validateRmdirOptions,
  validateStringAfterArrayBufferView,
  warnOnNonPortableTemplate,
};
