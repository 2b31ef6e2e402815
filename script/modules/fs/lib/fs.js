'use strict';
// fs: the synchronous file system calls, ported from Node's lib/fs.js onto
// a Go binding (script/modules/fs/fs.go), with Node's argument validation
// (internal/fs/utils) and errors. The callback and promise forms run the
// synchronous call and report its outcome in the loop's poll phase, where
// Node's thread-pool requests complete.
const fsBinding = internalBinding('fs');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { isArrayBufferView } = require('internal/util/types');
const {
  validateBoolean,
  validateBuffer,
  validateEncoding,
  validateFunction,
  validateInteger,
  validateObject,
  validateOneOf,
  kValidateObjectAllowNullable,
} = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const { isInt32 } = require('internal/validators');
const {
  copyObject,
  Dirent,
  getDirents,
  getOptions,
  getValidatedFd,
  getValidatedPath,
  getStatsFromBinding,
  stringToFlags,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateRmdirOptions,
  validateRmOptionsSync,
  validateStringAfterArrayBufferView,
  warnOnNonPortableTemplate,
  toUnixTimestamp,
  Stats,
} = require('internal/fs/utils');
const { parseFileMode } = require('internal/validators');
const { toPathIfFileURL } = require('internal/url');
const pathModule = require('path');

const constants = { __proto__: null, ...fsBinding.constants };
const { F_OK = 0, R_OK = 4, W_OK = 2, X_OK = 1 } = constants;

function isFd(path) {
  return (path | 0) === path;
}

function accessSync(path, mode) {
  fsBinding.access(getValidatedPath(path), mode);
}

let showExistsDeprecation = true;
function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch (err) {
    if (showExistsDeprecation && err?.code === 'ERR_INVALID_ARG_TYPE') {
      process.emitWarning(
        'Passing invalid argument types to fs.existsSync is deprecated', 'DeprecationWarning', 'DEP0187',
      );
      showExistsDeprecation = false;
    }
    return false;
  }
  return fsBinding.existsSync(path);
}

function openSync(path, flags, mode) {
  flags = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return fsBinding.open(getValidatedPath(path), flags, mode);
}

function closeSync(fd) {
  fsBinding.close(getValidatedFd(fd));
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  validateBuffer(buffer);

  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    }

    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offsetOrOptions ?? kEmptyObject);
  }

  if (offset === undefined) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }

  length |= 0;

  if (position == null) {
    position = -1;
  } else {
    validatePosition(position, 'position', length);
  }

  if (length === 0) {
    return 0;
  }

  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer,
                                    'is empty and cannot be written');
  }

  validateOffsetLengthRead(offset, length, buffer.byteLength);
  return fsBinding.read(fd, buffer, offset, length, Number(position));
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (position === undefined)
      position = null;
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number')
      length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return fsBinding.writeBuffer(fd, buffer, offset, length, position);
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  if (offset === undefined)
    offset = null;
  return fsBinding.writeString(fd, buffer, offset, length);
}

function tryStatSync(fd, isUserFd) {
  try {
    return fsBinding.fstat(fd, false);
  } catch (err) {
    if (!isUserFd) fsBinding.close(fd);
    throw err;
  }
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (options.encoding === 'utf8' || options.encoding === 'utf-8') {
    if (!isInt32(path)) {
      path = getValidatedPath(path);
    }
    return fsBinding.readFileUtf8(path, stringToFlags(options.flag));
  }

  const isUserFd = isFd(path); // File descriptor ownership
  const fd = isUserFd ? path : openSync(path, options.flag, 0o666);

  const stats = tryStatSync(fd, isUserFd);
  const size = (stats[1] & constants.S_IFMT) === constants.S_IFREG ? stats[8] : 0;
  let pos = 0;
  let buffer;
  const buffers = [];
  let bytesRead;
  try {
    if (size !== 0) {
      buffer = Buffer.allocUnsafeSlow(size);
      do {
        bytesRead = fsBinding.read(fd, buffer, pos, size - pos, -1);
        pos += bytesRead;
      } while (bytesRead !== 0 && pos < size);
    } else {
      do {
        buffer = Buffer.allocUnsafe(8192);
        bytesRead = fsBinding.read(fd, buffer, 0, 8192, -1);
        if (bytesRead !== 0) buffers.push(buffer.slice(0, bytesRead));
        pos += bytesRead;
      } while (bytesRead !== 0);
    }
  } finally {
    if (!isUserFd) fsBinding.close(fd);
  }

  if (size === 0) {
    buffer = Buffer.concat(buffers, pos);
  } else if (pos < size) {
    buffer = buffer.slice(0, pos);
  }

  if (options.encoding) buffer = buffer.toString(options.encoding);
  return buffer;
}

function writeFileSync(path, data, options) {
  options = getOptions(options, {
    encoding: 'utf8',
    mode: 0o666,
    flag: 'w',
    flush: false,
  });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  parseFileMode(options.mode, 'mode', 0o666);

  const flag = options.flag || 'w';

  if (typeof data === 'string' && (options.encoding === 'utf8' || options.encoding === 'utf-8')) {
    if (!isInt32(path)) {
      path = getValidatedPath(path);
    }
    return fsBinding.writeFileUtf8(
      path,
      data,
      stringToFlags(flag),
      parseFileMode(options.mode, 'mode', 0o666),
    );
  }

  if (!isArrayBufferView(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    data = Buffer.from(data, options.encoding || 'utf8');
  }

  const isUserFd = isFd(path); // File descriptor ownership
  const fd = isUserFd ? path : openSync(path, flag, options.mode);

  let offset = 0;
  let length = data.byteLength;
  try {
    while (length > 0) {
      const written = writeSync(fd, data, offset, length);
      offset += written;
      length -= written;
    }
  } finally {
    if (!isUserFd) closeSync(fd);
  }
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  parseFileMode(options.mode, 'mode', 0o666);
  options = copyObject(options);
  if (!options.flag || isFd(path))
    options.flag = 'a';
  writeFileSync(path, data, options);
}

function mkdirSync(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) {
      recursive = options.recursive;
      validateBoolean(recursive, 'options.recursive');
    }
    if (options.mode !== undefined) {
      mode = parseFileMode(options.mode, 'options.mode');
    }
  }

  const result = fsBinding.mkdir(
    getValidatedPath(path),
    mode,
    recursive,
  );

  if (recursive) {
    return result;
  }
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  const p = fsBinding.mkdtemp(`${prefix}`);
  return options.encoding === 'buffer' ? Buffer.from(p) : p;
}

function rmSync(path, options) {
  const opts = validateRmOptionsSync(path, options, false);
  return fsBinding.rmSync(getValidatedPath(path), opts.maxRetries, opts.recursive, opts.retryDelay);
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive !== undefined) {
    throw new ERR_INVALID_ARG_VALUE(
      'options.recursive',
      options.recursive,
      'is no longer supported',
    );
  }
  validateRmdirOptions(options);
  fsBinding.rmdir(path);
}

function unlinkSync(path) {
  fsBinding.unlink(getValidatedPath(path));
}

function fstatSync(fd, options = { __proto__: null, bigint: false }) {
  const stats = fsBinding.fstat(fd, options.bigint, undefined, false);
  if (stats === undefined) {
    return;
  }
  return getStatsFromBinding(stats);
}

function lstatSync(path, options = { __proto__: null, bigint: false, throwIfNoEntry: true }) {
  const stats = fsBinding.lstat(
    getValidatedPath(path),
    options.bigint,
    undefined,
    options.throwIfNoEntry,
  );
  if (stats === undefined) {
    return;
  }
  return getStatsFromBinding(stats);
}

function statSync(path, options = { __proto__: null, bigint: false, throwIfNoEntry: true }) {
  const stats = fsBinding.stat(
    getValidatedPath(path),
    options.bigint,
    undefined,
    options.throwIfNoEntry,
  );
  if (stats === undefined) {
    return undefined;
  }
  return getStatsFromBinding(stats);
}

function readdirSyncRecursive(basePath, options) {
  const out = [];
  const walk = (rel) => {
    const dir = rel === '' ? basePath : pathModule.join(basePath, rel);
    const [names, types] = fsBinding.readdir(dir, undefined, true);
    for (let i = 0; i < names.length; i++) {
      const relName = rel === '' ? names[i] : pathModule.join(rel, names[i]);
      if (options.withFileTypes) {
        out.push(getDirents(dir, [[names[i]], [types[i]]])[0]);
      } else {
        out.push(options.encoding === 'buffer' ? Buffer.from(relName) : relName);
      }
      if (types[i] === constants.UV_DIRENT_DIR) walk(relName);
    }
  };
  walk('');
  return out;
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) {
    validateBoolean(options.recursive, 'options.recursive');
  }
  if (options.recursive) {
    return readdirSyncRecursive(path, options);
  }
  const result = fsBinding.readdir(
    path,
    options.encoding,
    !!options.withFileTypes,
  );
  return result !== undefined && options.withFileTypes ? getDirents(path, result) : result;
}

function renameSync(oldPath, newPath) {
  fsBinding.rename(
    getValidatedPath(oldPath, 'oldPath'),
    getValidatedPath(newPath, 'newPath'),
  );
}

function copyFileSync(src, dest, mode) {
  fsBinding.copyFile(
    getValidatedPath(src, 'src'),
    getValidatedPath(dest, 'dest'),
    mode,
  );
}

function realpathSync(p, options) {
  options = getOptions(options);
  p = toPathIfFileURL(p);
  if (typeof p !== 'string') {
    p += '';
  }
  p = getValidatedPath(p);
  return fsBinding.realpath(pathModule.resolve(p), options.encoding);
}

function symlinkSync(target, path, type) {
  validateOneOf(type, 'type', ['dir', 'file', 'junction', null, undefined]);
  fsBinding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path));
}

function linkSync(existingPath, newPath) {
  fsBinding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  return fsBinding.readlink(getValidatedPath(path), options.encoding);
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  fsBinding.chmod(path, mode);
}

function ftruncateSync(fd, len = 0) {
  validateInteger(len, 'len');
  fsBinding.ftruncate(fd, len < 0 ? 0 : len);
}

function truncateSync(path, len) {
  if (len === undefined) {
    len = 0;
  }
  if (isFd(path)) {
    return ftruncateSync(path, len);
  }
  // Allow error to be thrown, but still close fd.
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}

function fsyncSync(fd) {
  fsBinding.fsync(fd);
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
    chmod(mode) { fsBinding.chmod(`/proc/self/fd/${fdOf(this, 'fchmod')}`, parseFileMode(mode, 'mode')); },
    datasync() { fsyncSync(fdOf(this, 'fdatasync')); },
    sync() { fsyncSync(fdOf(this, 'fsync')); },
    read: readAt,
    readFile(options) { return readFileSync(fdOf(this, 'read'), options); },
    stat(options) { return fstatSync(fdOf(this, 'fstat'), options); },
    truncate(len = 0) { ftruncateSync(fdOf(this, 'ftruncate'), len); },
    utimes(atime, mtime) {
      const fd = fdOf(this, 'futime');
      fsBinding.utimes(`/proc/self/fd/${fd}`, toUnixTimestamp(atime), toUnixTimestamp(mtime));
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
