'use strict';
// node:fs over the fs binding (script/modules/fs/fs.go), which makes the
// system calls. The synchronous calls check their arguments with Node's
// errors (internal/fs/utils) and call the binding; the callback and
// promise forms run the synchronous call and report its outcome in the
// loop's poll phase, where Node's thread-pool requests complete.
const fsBinding = internalBinding('fs');
const { Buffer } = require('buffer');
const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
const { isArrayBufferView } = require('internal/util/types');
const { kEmptyObject } = require('internal/util');
const {
  isInt32, kValidateObjectAllowNullable, parseFileMode, validateBoolean, validateBuffer, validateEncoding,
  validateFunction, validateInteger, validateObject, validateOneOf,
} = require('internal/validators');
const {
  Dirent, Stats, copyObject, getDirents, getOptions, getStatsFromBinding, getValidatedFd, getValidatedPath,
  stringToFlags, toUnixTimestamp, validateOffsetLengthRead, validateOffsetLengthWrite, validatePosition,
  validateRmOptionsSync, validateRmdirOptions, validateStringAfterArrayBufferView, warnOnNonPortableTemplate,
} = require('internal/fs/utils');
const { toPathIfFileURL } = require('internal/url');
const pathModule = require('path');

const constants = { __proto__: null, ...fsBinding.constants };
const { F_OK = 0, R_OK = 4, W_OK = 2, X_OK = 1 } = constants;

// codedError is an error as Node's native layer throws it: a plain
// message and a code.
function codedError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

// checkIntMode checks the mode of access and copyFile: nothing, or a
// finite number whose integer part is from 0 to max.
function checkIntMode(mode, max) {
  if (mode == null) return mode;
  if (typeof mode !== 'number') throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  if (!Number.isFinite(mode)) throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range');
  mode = Math.trunc(mode);
  if (mode < 0 || mode > max) throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `mode is out of range: >= 0 && <= ${max}`);
  return mode | 0;
}

// A path argument that is a descriptor (readFile and writeFile take one).
const isFd = isInt32;

// --- descriptors ---------------------------------------------------------

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  return fsBinding.open(path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
}

function closeSync(fd) {
  fsBinding.close(getValidatedFd(fd));
}

// readSync(fd, buffer[, offset[, length[, position]]]) or
// readSync(fd, buffer[, options]): the bytes read into buffer.
// The descriptor is checked last, as Node's binding checks it.
function readSync(fd, buffer, offsetOrOptions, length, position) {
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    const o = offsetOrOptions ?? kEmptyObject;
    offset = o.offset === undefined ? 0 : o.offset;
    length = o.length === undefined ? buffer.byteLength - offset : o.length;
    position = o.position === undefined ? null : o.position;
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (position == null) position = -1;
  else validatePosition(position, 'position', length);
  if (length === 0) return 0;
  if (buffer.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  return fsBinding.read(getValidatedFd(fd), buffer, offset, length, Number(position));
}

// writeSync(fd, buffer[, offset[, length[, position]]]),
// writeSync(fd, buffer[, options]) or writeSync(fd, string[, position[,
// encoding]]): the bytes written.
function writeSync(fd, buffer, offsetOrOptions, length, position) {
  if (!isArrayBufferView(buffer)) {
    validateStringAfterArrayBufferView(buffer, 'buffer');
    validateEncoding(buffer, length);
    return fsBinding.writeString(getValidatedFd(fd), buffer, offsetOrOptions === undefined ? null : offsetOrOptions, length);
  }
  let offset = offsetOrOptions;
  if (typeof offsetOrOptions === 'object') {
    const o = offsetOrOptions ?? kEmptyObject;
    offset = o.offset === undefined ? 0 : o.offset;
    length = o.length === undefined ? buffer.byteLength - offset : o.length;
    position = o.position === undefined ? null : o.position;
  }
  if (position === undefined) position = null;
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (typeof length !== 'number') length = buffer.byteLength - offset;
  validateOffsetLengthWrite(offset, length, buffer.byteLength);
  return fsBinding.writeBuffer(getValidatedFd(fd), buffer, offset, length, position);
}

function fstatSync(fd, options) {
  const a = fsBinding.fstat(getValidatedFd(fd), options?.bigint ?? false, undefined, false);
  return a === undefined ? undefined : getStatsFromBinding(a);
}

function fsyncSync(fd) {
  fsBinding.fsync(getValidatedFd(fd));
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  fsBinding.ftruncate(fd, Math.max(0, len));
}

// --- whole files ---------------------------------------------------------

// readAllFrom reads fd from its offset to its end: into one buffer of the
// file's size for a regular file, else chunk by chunk.
function readAllFrom(fd) {
  const st = fsBinding.fstat(fd, false);
  const isRegular = (st[1] & constants.S_IFMT) === constants.S_IFREG;
  if (isRegular && st[8] > 0) {
    const size = st[8];
    const buf = Buffer.allocUnsafeSlow(size);
    let got = 0;
    let n;
    while (got < size && (n = fsBinding.read(fd, buf, got, size - got, -1)) !== 0) got += n;
    return got < size ? buf.subarray(0, got) : buf;
  }
  const chunks = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(8192);
    const n = fsBinding.read(fd, chunk, 0, 8192, -1);
    if (n === 0) break;
    chunks.push(n < 8192 ? chunk.subarray(0, n) : chunk);
    total += n;
  }
  return Buffer.concat(chunks, total);
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const enc = options.encoding;
  const byFd = isFd(path);
  if (byFd) getValidatedFd(path);
  else path = getValidatedPath(path);
  if (enc === 'utf8' || enc === 'utf-8') return fsBinding.readFileUtf8(path, stringToFlags(options.flag));
  const fd = byFd ? path : openSync(path, options.flag, 0o666);
  let data;
  try {
    data = readAllFrom(fd);
  } finally {
    if (!byFd) fsBinding.close(fd);
  }
  return enc ? data.toString(enc) : data;
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  validateBoolean(options.flush ?? false, 'options.flush');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const flag = options.flag || 'w';
  const enc = options.encoding;
  const byFd = isFd(path);
  if (typeof data === 'string' && (enc === 'utf8' || enc === 'utf-8')) {
    if (!byFd) path = getValidatedPath(path);
    fsBinding.writeFileUtf8(path, data, stringToFlags(flag), mode);
    return;
  }
  if (!isArrayBufferView(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    data = Buffer.from(data, enc || 'utf8');
  }
  const fd = byFd ? path : openSync(path, flag, mode);
  try {
    for (let off = 0; off < data.byteLength;) off += writeSync(fd, data, off, data.byteLength - off);
  } finally {
    if (!byFd) closeSync(fd);
  }
}

function appendFileSync(path, data, options) {
  options = copyObject(getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }));
  parseFileMode(options.mode, 'mode', 0o666);
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFileSync(path, data, options);
}

function truncateSync(path, len = 0) {
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}

// --- paths -----------------------------------------------------------------

function accessSync(path, mode) {
  path = getValidatedPath(path);
  fsBinding.access(path, checkIntMode(mode, 7));
}

let warnExistsArgs = true;
function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch (err) {
    // Node warns, once, when the argument is not a path at all.
    if (warnExistsArgs && err?.code === 'ERR_INVALID_ARG_TYPE') {
      warnExistsArgs = false;
      process.emitWarning('Passing invalid argument types to fs.existsSync is deprecated',
        'DeprecationWarning', 'DEP0187');
    }
    return false;
  }
  return fsBinding.existsSync(path);
}

// statOf makes the Stats of a stat or lstat answer: undefined when the
// path is missing and options.throwIfNoEntry is false.
function statOf(call, path, options) {
  path = getValidatedPath(path);
  const a = call(path, options?.bigint ?? false, undefined, options?.throwIfNoEntry ?? true);
  return a === undefined ? undefined : getStatsFromBinding(a);
}

function statSync(path, options) {
  return statOf(fsBinding.stat, path, options);
}

function lstatSync(path, options) {
  return statOf(fsBinding.lstat, path, options);
}

function mkdirSync(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) validateBoolean(recursive = options.recursive, 'options.recursive');
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  const first = fsBinding.mkdir(getValidatedPath(path), mode, recursive);
  return recursive ? first : undefined;
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  const made = fsBinding.mkdtemp(`${prefix}`);
  return options.encoding === 'buffer' ? Buffer.from(made) : made;
}

function rmSync(path, options) {
  const o = validateRmOptionsSync(path, options, false);
  fsBinding.rmSync(getValidatedPath(path), o.maxRetries, o.recursive, o.retryDelay);
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive !== undefined) {
    throw new ERR_INVALID_ARG_VALUE('options.recursive', options.recursive, 'is no longer supported');
  }
  validateRmdirOptions(options);
  fsBinding.rmdir(path);
}

function unlinkSync(path) {
  fsBinding.unlink(getValidatedPath(path));
}

// readdirTree lists dir and everything under it, level by level, with
// names relative to dir (or Dirents).
function readdirTree(dir, options) {
  const out = [];
  const pending = [''];
  while (pending.length > 0) {
    const rel = pending.shift();
    const at = rel === '' ? dir : pathModule.join(dir, rel);
    const [names, types] = fsBinding.readdir(at, undefined, true);
    for (let i = 0; i < names.length; i++) {
      const name = rel === '' ? names[i] : pathModule.join(rel, names[i]);
      if (options.withFileTypes) out.push(getDirents(at, [[names[i]], [types[i]]])[0]);
      else out.push(options.encoding === 'buffer' ? Buffer.from(name) : name);
      if (types[i] === constants.UV_DIRENT_DIR) pending.push(name);
    }
  }
  return out;
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirTree(path, options);
  const withTypes = !!options.withFileTypes;
  const listed = fsBinding.readdir(path, options.encoding, withTypes);
  return withTypes && listed !== undefined ? getDirents(path, listed) : listed;
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  fsBinding.rename(oldPath, getValidatedPath(newPath, 'newPath'));
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  fsBinding.copyFile(src, dest, checkIntMode(mode, 7));
}

function realpathSync(path, options) {
  options = getOptions(options);
  path = toPathIfFileURL(path);
  if (typeof path !== 'string') path = `${path}`;
  path = getValidatedPath(path);
  return fsBinding.realpath(pathModule.resolve(path), options.encoding);
}

function symlinkSync(target, path, type) {
  validateOneOf(type, 'type', ['dir', 'file', 'junction', null, undefined]);
  target = getValidatedPath(target, 'target');
  fsBinding.symlink(target, getValidatedPath(path));
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  fsBinding.link(existingPath, getValidatedPath(newPath, 'newPath'));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  return fsBinding.readlink(getValidatedPath(path), options.encoding);
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  fsBinding.chmod(path, parseFileMode(mode, 'mode'));
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  fsBinding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

const syncs = {
  chmodSync, fsyncSync, ftruncateSync, linkSync, readlinkSync, symlinkSync, truncateSync, utimesSync,
  accessSync, appendFileSync, closeSync, copyFileSync, existsSync, fstatSync, lstatSync, mkdirSync,
  mkdtempSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, rmdirSync,
  rmSync, statSync, unlinkSync, writeFileSync, writeSync,
};

// The callback forms: the synchronous call, reported as a thread-pool
// request completes (in the poll phase of the loop).
function callbackForm(name, sync) {
  return {
    [name](...args) {
      // A missing callback is reported as undefined, as Node's checks do.
      const cb = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
      validateFunction(cb, 'cb');
      let result;
      try {
        result = sync(...args);
      } catch (err) {
        fsBinding.later(() => cb(err));
        return;
      }
      fsBinding.later(() => cb(null, result));
    },
  }[name];
}

// ReadStream and WriteStream: file streams whose reads and writes complete
// in the poll phase, as Node's do on the thread pool.
let ReadStream, WriteStream;
function lazyStreams() {
  if (ReadStream) return;
  const { Readable, Writable } = require('stream');
  const kIoDone = Symbol('kIoDone');

  function openFor(stream, cb) {
    if (stream.fd != null) {
      cb();
      return;
    }
    fsBinding.later(() => {
      try {
        stream.fd = openSync(stream.path, stream.flags, stream.mode);
      } catch (err) {
        cb(err);
        return;
      }
      stream.emit('open', stream.fd);
      stream.emit('ready');
      cb();
    });
  }
  function closeFor(stream, err, cb) {
    if (stream.fd == null || !stream.autoClose) {
      cb(err);
      return;
    }
    const fd = stream.fd;
    stream.fd = null;
    fsBinding.later(() => {
      try {
        closeSync(fd);
      } catch (closeErr) {
        err ||= closeErr;
      }
      cb(err);
    });
  }

  ReadStream = class ReadStream extends Readable {
    constructor(path, options) {
      options = copyObject(getOptions(options, kEmptyObject));
      if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
      super(options);
      this.fd = options.fd ?? null;
      this.path = this.fd == null ? toPathIfFileURL(path) : undefined;
      if (this.path !== undefined) getValidatedPath(this.path);
      this.flags = options.flags === undefined ? 'r' : options.flags;
      this.mode = options.mode === undefined ? 0o666 : options.mode;
      this.start = options.start;
      this.end = options.end ?? Infinity;
      this.pos = this.start;
      this.bytesRead = 0;
      this.autoClose = options.autoClose === undefined ? true : options.autoClose;
      this[kIoDone] = false;
    }
    get pending() { return this.fd === null; }
    _construct(cb) { openFor(this, cb); }
    _read(n) {
      if (this.pos !== undefined || this.end !== Infinity) {
        const pos = this.pos ?? this.bytesRead;
        n = Math.min(this.end - pos + 1, n);
      }
      if (n <= 0) {
        this.push(null);
        return;
      }
      const buf = Buffer.allocUnsafeSlow(n);
      fsBinding.later(() => {
        let bytes;
        try {
          bytes = fsBinding.read(this.fd, buf, 0, n, this.pos ?? -1);
        } catch (err) {
          this.destroy(err);
          return;
        }
        if (this.pos !== undefined) this.pos += bytes;
        this.bytesRead += bytes;
        this.push(bytes > 0 ? (bytes < n ? buf.subarray(0, bytes) : buf) : null);
      });
    }
    _destroy(err, cb) { closeFor(this, err, cb); }
    close(cb) {
      if (typeof cb === 'function') require('internal/streams/end-of-stream').finished(this, cb);
      this.destroy();
    }
  };

  WriteStream = class WriteStream extends Writable {
    constructor(path, options) {
      options = copyObject(getOptions(options, kEmptyObject));
      options.decodeStrings = true;
      super(options);
      this.fd = options.fd ?? null;
      this.path = this.fd == null ? toPathIfFileURL(path) : undefined;
      if (this.path !== undefined) getValidatedPath(this.path);
      this.flags = options.flags === undefined ? 'w' : options.flags;
      this.mode = options.mode === undefined ? 0o666 : options.mode;
      this.start = options.start;
      this.pos = this.start;
      this.bytesWritten = 0;
      this.autoClose = options.autoClose === undefined ? true : options.autoClose;
      if (options.encoding) this.setDefaultEncoding(options.encoding);
    }
    get pending() { return this.fd === null; }
    _construct(cb) { openFor(this, cb); }
    _write(chunk, encoding, cb) {
      fsBinding.later(() => {
        try {
          let off = 0;
          while (off < chunk.byteLength) {
            const n = fsBinding.writeBuffer(this.fd, chunk, off, chunk.byteLength - off, this.pos ?? null);
            off += n;
            if (this.pos !== undefined) this.pos += n;
          }
          this.bytesWritten += off;
        } catch (err) {
          cb(err);
          return;
        }
        cb();
      });
    }
    _destroy(err, cb) { closeFor(this, err, cb); }
    close(cb) {
      if (cb) {
        if (this.closed) {
          process.nextTick(cb);
          return;
        }
        this.on('close', cb);
      }
      if (!this.autoClose) {
        this.on('finish', this.destroy);
      }
      this.end();
    }
    destroySoon() { this.end(); }
  };
}

function createReadStream(path, options) {
  lazyStreams();
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  lazyStreams();
  return new WriteStream(path, options);
}

const fs = module.exports = {
  createReadStream,
  createWriteStream,
  constants,
  F_OK, R_OK, W_OK, X_OK,
  Dirent,
  Stats,
  ...syncs,
};

for (const [name, sync] of Object.entries(syncs)) {
  if (name === 'existsSync') continue;
  fs[name.slice(0, -4)] = callbackForm(name.slice(0, -4), sync);
}
fs.exists = function exists(path, callback) {
  validateFunction(callback, 'cb');
  const r = existsSync(path);
  fsBinding.later(() => callback(r));
};

// settleLater runs a synchronous call now and settles the promise with
// its outcome in the poll phase, where Node's thread-pool requests
// complete.
function settleLater(call, self, args) {
  return new Promise((resolve, reject) => {
    let result;
    try {
      result = call.apply(self, args);
    } catch (err) {
      fsBinding.later(() => reject(err));
      return;
    }
    fsBinding.later(() => resolve(result));
  });
}

// FileHandle: fs.promises.open's answer, an open file whose methods are
// the descriptor calls as promises.
const kFd = Symbol('kFd');
let FileHandle;
function fileHandleClass() {
  if (FileHandle !== undefined) return FileHandle;
  const EventEmitter = require('events');
  function fdOf(handle, syscall) {
    const fd = handle[kFd];
    if (fd === -1) {
      const err = new Error('file closed');
      err.code = 'EBADF';
      err.syscall = syscall;
      throw err;
    }
    return fd;
  }
  function readAt(buffer, offset, length, position) {
    const fd = fdOf(this, 'read');
    if (!isArrayBufferView(buffer)) {
      const o = buffer ?? kEmptyObject;
      validateObject(o, 'options', kValidateObjectAllowNullable);
      buffer = o.buffer ?? Buffer.alloc(16384);
      offset = o.offset ?? 0;
      length = o.length ?? buffer.byteLength - offset;
      position = o.position ?? null;
    } else if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    } else {
      if (offset === undefined) offset = 0;
      if (length === undefined) length = buffer.byteLength - offset;
    }
    const bytesRead = readSync(fd, buffer, offset, length, position);
    return { __proto__: null, bytesRead, buffer };
  }
  function writeAt(buffer, offsetOrOptions, length, position) {
    const fd = fdOf(this, 'write');
    const bytesWritten = isArrayBufferView(buffer) && offsetOrOptions !== null && typeof offsetOrOptions === 'object' ?
      writeSync(fd, buffer, offsetOrOptions) :
      writeSync(fd, buffer, offsetOrOptions, length, position);
    return { __proto__: null, bytesWritten, buffer };
  }
  function writeAll(data, options) {
    writeFileSync(fdOf(this, 'write'), data, options);
  }
  const calls = {
    appendFile: writeAll,
    chmod(mode) { fsBinding.fchmod(fdOf(this, 'fchmod'), parseFileMode(mode, 'mode')); },
    datasync() { fsyncSync(fdOf(this, 'fdatasync')); },
    sync() { fsyncSync(fdOf(this, 'fsync')); },
    read: readAt,
    readFile(options) { return readFileSync(fdOf(this, 'read'), options); },
    stat(options) { return fstatSync(fdOf(this, 'fstat'), options); },
    truncate(len = 0) { ftruncateSync(fdOf(this, 'ftruncate'), len); },
    utimes(atime, mtime) {
      const fd = fdOf(this, 'futimes');
      fsBinding.futimes(fd, toUnixTimestamp(atime), toUnixTimestamp(mtime));
    },
    write: writeAt,
    writeFile: writeAll,
  };
  FileHandle = class FileHandle extends EventEmitter {
    constructor(fd) {
      super();
      this[kFd] = fd;
    }
    get fd() { return this[kFd]; }
    close() {
      const fd = this[kFd];
      if (fd === -1) return Promise.resolve();
      this[kFd] = -1;
      return new Promise((resolve, reject) => {
        fsBinding.later(() => {
          try {
            closeSync(fd);
          } catch (err) {
            reject(err);
            return;
          }
          this.emit('close');
          resolve();
        });
      });
    }
    createReadStream(options) {
      return createReadStream(undefined, { ...options, fd: this[kFd] });
    }
    createWriteStream(options) {
      return createWriteStream(undefined, { ...options, fd: this[kFd] });
    }
    [Symbol.asyncDispose]() { return this.close(); }
  };
  for (const name of Object.keys(calls)) {
    const call = calls[name];
    Object.defineProperty(FileHandle.prototype, name, {
      __proto__: null, writable: true, enumerable: false, configurable: true,
      value: { [name]() { return settleLater(call, this, arguments); } }[name],
    });
  }
  return FileHandle;
}

function openPromise(path, flags, mode) {
  return settleLater(() => new (fileHandleClass())(openSync(path, flags, mode)), undefined, []);
}

// fs.promises: the same calls as promises, in Node's order; open gives a
// FileHandle, whose methods are the descriptor calls (close, fstat, read,
// write, ftruncate, fsync).
const promises = {};
for (const short of ['access', 'copyFile', 'open', 'rename', 'truncate', 'rm', 'rmdir', 'mkdir', 'readdir',
  'readlink', 'symlink', 'lstat', 'stat', 'link', 'unlink', 'chmod', 'utimes', 'realpath', 'mkdtemp',
  'writeFile', 'appendFile', 'readFile']) {
  if (short === 'open') {
    promises.open = openPromise;
    Object.defineProperty(openPromise, 'name', { __proto__: null, value: 'open' });
    continue;
  }
  const sync = syncs[short + 'Sync'];
  promises[short] = {
    [short]() { return settleLater(sync, undefined, arguments); },
  }[short];
}
promises.constants = constants;
for (const name of ['ReadStream', 'WriteStream']) {
  Object.defineProperty(fs, name, {
    __proto__: null, configurable: true, enumerable: true,
    get() { lazyStreams(); return name === 'ReadStream' ? ReadStream : WriteStream; },
  });
}
Object.defineProperty(fs, 'promises', {
  __proto__: null, configurable: true, enumerable: true, get() { return promises; },
});
