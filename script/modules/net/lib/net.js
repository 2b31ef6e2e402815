'use strict';
// node:net as a thin binding over Go's netmod: Socket and Server are
// JavaScript classes that own a Go socket or server (binding('net')) and
// get its events forwarded to their emit, one Go listener per event name
// that has JavaScript listeners. The argument layer (normalizeArgs, the
// listen/connect overloads, validation and their errors) is Node's
// lib/net.js.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const stream = require('stream');
const {
  kSetNoDelay,
  kSetKeepAlive,
  kSetKeepAliveInitialDelay,
  kSetKeepAliveInterval,
  kSetKeepAliveCount,
  isIP,
  isIPv4,
  isIPv6,
  normalizedArgsSymbol,
} = require('internal/net');
const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_IP_ADDRESS,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING,
    ERR_SOCKET_HANDLE_ADOPTED,
    ERR_STREAM_NULL_VALUES,
    ERR_STREAM_PREMATURE_CLOSE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { normalizeEncoding } = require('internal/util');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateNumber,
  validateObject,
  validatePort,
  validateString,
  validateStringWithoutNullBytes,
} = require('internal/validators');

const b = binding('net');

const kHandle = Symbol('kGoHandle');
const kTracked = Symbol('kTracked');
const kAccepted = Symbol('kAccepted');
const kSetTOS = Symbol('kSetTOS');
const kEncoding = Symbol('kEncoding');
// A Socket whose handle is an adopted BoundSocket (Node's kBoundSource).
const kBoundSource = Symbol('kBoundSource');
// The Go handle of a BoundSocket (Node's #handle), null once adopted or
// closed.
const kBoundHandle = Symbol('kBoundHandle');
const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');
const isLinux = process.platform === 'linux';

// nodenet: goja has no Symbol.asyncIterator; net's async iteration uses
// the well-known symbol once the host defines it, else this one.
const SymbolAsyncIterator = Symbol.asyncIterator || Symbol.for('nodejs.asyncIterator');
const SymbolAsyncDispose = Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose');

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 500;
const kDefaultHighWaterMark = 65536;

let BlockList;
let SocketAddress;
function lazyBuffer() {
  return Buffer;
}

// ---- listener tracking -------------------------------------------------
// The Go object gets one forwarding listener per event name while the
// JavaScript object has listeners for it, so that what listener counts mean
// to Go (a 'data' listener starts the flow, no 'error' listener makes the
// error uncaught, ...) holds for JavaScript listeners too.

const listenerCount = EventEmitter.prototype.listenerCount;

function sync(self, name) {
  // An errorMonitor listener sees errors through the 'error' forwarder
  // (emit('error') then runs the monitors and throws when no 'error'
  // listener takes it, as Node does).
  if (name === EventEmitter.errorMonitor) name = 'error';
  if (typeof name !== 'string') return;
  const h = self[kHandle];
  if (h === undefined || h === null) return;
  let tracked = self[kTracked];
  if (tracked === undefined) {
    tracked = self[kTracked] = { __proto__: null };
  }
  const on = listenerCount.call(self, name) > 0 ||
    (name === 'error' && listenerCount.call(self, EventEmitter.errorMonitor) > 0);
  if (on !== (tracked[name] === true)) {
    tracked[name] = on;
    b.track(h, name, on);
  }
}

function syncAll(self) {
  const tracked = self[kTracked];
  if (tracked === undefined) return;
  for (const name of Object.keys(tracked)) sync(self, name);
}

function syncNames(self) {
  for (const name of EventEmitter.prototype.eventNames.call(self)) sync(self, name);
}

function installTracking(proto) {
  const EE = EventEmitter.prototype;
  proto.on = proto.addListener = function addListener(type, listener) {
    EE.addListener.call(this, type, listener);
    sync(this, type);
    return this;
  };
  proto.prependListener = function prependListener(type, listener) {
    EE.prependListener.call(this, type, listener);
    sync(this, type);
    return this;
  };
  proto.off = proto.removeListener = function removeListener(type, listener) {
    EE.removeListener.call(this, type, listener);
    sync(this, type);
    return this;
  };
  // Node's own listeners (the socket's 'end' listener, pipe's, ...) are
  // the Go object's: counted with the JavaScript ones.
  proto.listenerCount = function listenerCount(type, listener) {
    const n = EE.listenerCount.call(this, type, listener);
    const h = this[kHandle];
    if (listener !== undefined || typeof type !== 'string' || h == null) return n;
    return n + b.extraListeners(h, type);
  };
  proto.eventNames = function eventNames() {
    const names = EE.eventNames.call(this);
    const h = this[kHandle];
    if (h == null) return names;
    for (const name of b.extraEventNames(h)) {
      if (!names.includes(name)) names.push(name);
    }
    return names;
  };
  proto.removeAllListeners = function removeAllListeners(type) {
    EE.removeAllListeners.apply(this, arguments);
    if (arguments.length === 0) syncAll(this);
    else sync(this, type);
    return this;
  };
}

// ---- Node's argument layer ---------------------------------------------

function toNumber(x) { return (x = Number(x)) >= 0 ? x : false; }

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);

  if (options.timeout) {
    socket.setTimeout(options.timeout);
  }

  return socket.connect(normalized);
}

function getDefaultAutoSelectFamily() {
  return autoSelectFamilyDefault;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeoutDefault;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);

  if (value < 10) {
    value = 10;
  }

  autoSelectFamilyAttemptTimeoutDefault = value;
}

function normalizeArgs(args) {
  let arr;

  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }

  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    // (options[...][, cb])
    options = arg0;
  } else if (isPipeName(arg0)) {
    // (path[...][, cb])
    options.path = arg0;
  } else {
    // ([port][, host][...][, cb])
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') {
      options.host = args[1];
    }
  }

  const cb = args[args.length - 1];
  if (typeof cb !== 'function')
    arr = [options, null];
  else
    arr = [options, cb];

  arr[normalizedArgsSymbol] = true;
  return arr;
}

// ---- BoundSocket -------------------------------------------------------

// A socket bound to a local address (a numeric IP for TCP, or a path) but
// neither listening nor connecting until exactly one Server
// (server.listen(bound)) or Socket (new net.Socket({ handle: bound }))
// adopts it. Node's class, with the Go BoundSocket as its handle.
class BoundSocket {
  constructor(options = {}) {
    Object.defineProperty(this, kBoundHandle, {
      __proto__: null, value: null, writable: true, enumerable: false, configurable: false,
    });
    validateObject(options, 'options');

    if (options.path !== undefined) {
      const { path, host, port, ipv6Only, reusePort } = options;
      if (host !== undefined || port !== undefined ||
          ipv6Only !== undefined || reusePort !== undefined) {
        throw new ERR_INVALID_ARG_VALUE(
          'options', options,
          'path is mutually exclusive with host, port, ipv6Only, and reusePort');
      }
      validateString(path, 'options.path');
      if (path[0] === '\0' && !isLinux) {
        throw new ERR_INVALID_ARG_VALUE(
          'options.path', path,
          'abstract socket paths are only supported on Linux');
      }
      this[kBoundHandle] = b.newBound({ path });
      Object.defineProperty(this, kBoundIsPipe, { __proto__: null, value: true });
      return;
    }

    const port = validatePort(options.port ?? 0, 'options.port');

    const ipv6Only = options.ipv6Only ?? false;
    validateBoolean(ipv6Only, 'options.ipv6Only');

    const reusePort = options.reusePort ?? false;
    validateBoolean(reusePort, 'options.reusePort');

    let { host } = options;
    if (host === undefined || host === null) {
      host = ipv6Only ? '::' : '0.0.0.0';
    } else {
      validateString(host, 'options.host');
      if (isIP(host) === 0) {
        throw new ERR_INVALID_ARG_VALUE(
          'options.host', host,
          'must be a numeric IP address; net.BoundSocket does not perform DNS resolution');
      }
    }
    this[kBoundHandle] = b.newBound({ host, port, ipv6Only, reusePort });
  }

  address() {
    if (this[kBoundHandle] === null) {
      throw new ERR_SOCKET_HANDLE_ADOPTED();
    }
    return b.boundAddress(this[kBoundHandle]);
  }

  fd() {
    if (this[kBoundHandle] === null) {
      throw new ERR_SOCKET_HANDLE_ADOPTED();
    }
    return b.boundFD(this[kBoundHandle]);
  }

  close() {
    if (this[kBoundHandle] === null) {
      throw new ERR_SOCKET_HANDLE_ADOPTED();
    }
    b.boundClose(this[kBoundHandle]);
    this[kBoundHandle] = null;
  }

  [SymbolDispose]() {
    if (this[kBoundHandle] !== null) {
      b.boundDispose(this[kBoundHandle]);
      this[kBoundHandle] = null;
    }
  }

  get isPipe() {
    // nodenet: the Go handle knows its kind after adoption too.
    return this[kBoundIsPipe] === true;
  }
}
const kBoundIsPipe = Symbol('kBoundIsPipe');

// consumeBound hands a BoundSocket's Go handle to its adopter (Node's
// [kBoundSocketConsume]).
function consumeBound(bound) {
  const h = bound[kBoundHandle];
  if (h === null) {
    throw new ERR_SOCKET_HANDLE_ADOPTED();
  }
  bound[kBoundHandle] = null;
  return h;
}

// ---- Socket ------------------------------------------------------------

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options?.objectMode) {
    throw new ERR_INVALID_ARG_VALUE(
      'options.objectMode',
      options.objectMode,
      'is not supported',
    );
  } else if (options?.readableObjectMode || options?.writableObjectMode) {
    throw new ERR_INVALID_ARG_VALUE(
      `options.${
        options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode'
      }`,
      options.readableObjectMode || options.writableObjectMode,
      'is not supported',
    );
  }
  if (options?.keepAliveInitialDelay !== undefined) {
    validateNumber(
      options?.keepAliveInitialDelay, 'options.keepAliveInitialDelay',
    );

    if (options.keepAliveInitialDelay < 0) {
      options.keepAliveInitialDelay = 0;
    }
  }

  // nodenet: Node's Socket passes its options on through Duplex and Stream
  // to EventEmitter (captureRejections).
  EventEmitter.call(this, options);
  this._hadError = false;
  this._parent = null;
  this._host = null;

  if (typeof options === 'number')
    options = { fd: options }; // Legacy interface.
  else
    options = { ...options };

  options.allowHalfOpen = Boolean(options.allowHalfOpen);

  if (options.typeOfService !== undefined) {
    validateInt32(options.typeOfService, 'options.typeOfService', 0, 255);
  }
  this[kSetTOS] = options.typeOfService;
  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);
  if (options.blockList) {
    if (!module.exports.BlockList.isBlockList(options.blockList)) {
      throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
    }
    this.blockList = options.blockList;
  }
  if (options.highWaterMark === undefined) {
    options.highWaterMark = options.readableHighWaterMark ?? options.writableHighWaterMark;
  }

  this[kTracked] = { __proto__: null };
  if (options[kAccepted] !== undefined) {
    this[kHandle] = b.adopt(this, options[kAccepted]);
  } else if (options.handle instanceof BoundSocket) {
    const goBound = consumeBound(options.handle);
    this[kBoundSource] = true;
    this[kHandle] = b.newSocket(this, { ...options, handle: goBound, fd: undefined });
  } else {
    this[kHandle] = b.newSocket(this, options);
  }
  // Listeners added before the handle existed (none for a plain Socket; a
  // subclass constructor may add some before calling Socket).
  syncNames(this);
  if (this.emit !== EventEmitter.prototype.emit) b.forwardAll(this[kHandle]);

  if (options.signal) {
    addClientAbortSignalOption(this, options);
  }

  // Reserve properties
  this.server = null;
  this._server = null;
}
// A Socket is a stream.Duplex for instanceof and the stream helpers
// (pipeline, finished, Readable.from(...).pipe(socket)), but its stream state
// machines are netmod's: the constructor does not build Node's
// _readableState/_writableState and every method and state property of the
// Duplex that reads them is overridden here.
Object.setPrototypeOf(Socket.prototype, stream.Duplex.prototype);
Object.setPrototypeOf(Socket, stream.Duplex);
installTracking(Socket.prototype);
b.defineSocketProps(Socket.prototype, kHandle);

const kAbortedAtStart = Symbol('kAbortedAtStart');

function addClientAbortSignalOption(self, options) {
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  const onAbort = () => {
    self.destroy(new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    // nodenet: Node's Duplex constructor destroys its first stream state
    // for an aborted signal and then builds the second afresh: 'error' and
    // 'close' (without an argument) follow, but the socket is not
    // destroyed, only no longer readable.
    const err = new AbortError(undefined, { cause: signal.reason });
    process.nextTick(() => {
      self[kAbortedAtStart] = true;
      self.emit('error', err);
      self.emit('close');
    });
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    self.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}

{
  const desc = Object.getOwnPropertyDescriptor(Socket.prototype, 'readyState');
  Object.defineProperty(Socket.prototype, 'readyState', {
    __proto__: null,
    get() {
      if (this[kAbortedAtStart] === true && !this.connecting) return 'writeOnly';
      return desc.get.call(this);
    },
    configurable: true,
    enumerable: false,
  });
}

Object.defineProperty(Socket.prototype, '_connecting', {
  __proto__: null,
  get: function() {
    return this.connecting;
  },
});

Object.defineProperty(Socket.prototype, '_handle', {
  __proto__: null,
  get() {
    return this.pending && !this.connecting ? null : this[kHandle];
  },
  set(v) {},
  configurable: true,
  enumerable: false,
});

Socket.prototype.connect = function(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0][normalizedArgsSymbol]) {
    normalized = args[0];
  } else {
    normalized = normalizeArgs(args);
  }
  const options = normalized[0];
  const cb = normalized[1];

  if (cb !== null) {
    this.once('connect', cb);
  }

  // options.port === null will be checked later.
  if (options.port === undefined && options.path == null)
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);

  if (this.write !== Socket.prototype.write)
    this.write = Socket.prototype.write;

  const { path } = options;
  if (path && !this[kBoundSource]) {
    validateString(path, 'options.path');
    b.connect(this[kHandle], { path });
    return this;
  }
  lookupAndConnect(this, options);
  return this;
};

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port, autoSelectFamilyAttemptTimeout, autoSelectFamily } = options;

  // nodenet: an adopted BoundSocket decides between pipe and TCP in Go,
  // which checks its options as Node does (after marking it connecting).
  if (self[kBoundSource] && (options.path || localAddress !== undefined || localPort !== undefined)) {
    b.connect(self[kHandle], {
      path: options.path,
      host: options.host,
      port: options.port,
      localAddress,
      localPort,
    });
    return;
  }

  validateStringWithoutNullBytes(host, 'options.host');

  if (localAddress && !isIP(localAddress)) {
    throw new ERR_INVALID_IP_ADDRESS(localAddress);
  }

  if (localPort) {
    validateNumber(localPort, 'options.localPort');
  }

  if (port !== undefined) {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port',
                                     ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;

  if (autoSelectFamily != null) {
    validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  } else {
    autoSelectFamily = autoSelectFamilyDefault;
  }

  if (autoSelectFamilyAttemptTimeout != null) {
    validateInt32(autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);

    if (autoSelectFamilyAttemptTimeout < 10) {
      autoSelectFamilyAttemptTimeout = 10;
    }
  } else {
    autoSelectFamilyAttemptTimeout = autoSelectFamilyAttemptTimeoutDefault;
  }

  if (options.lookup != null)
    validateFunction(options.lookup, 'options.lookup');

  // Node passes the family on to the lookup as given (dns.lookup is what
  // refuses a bad one).
  let family = options.family;
  switch (family) {
    case 'IPv4': family = 4; break;
    case 'IPv6': family = 6; break;
  }
  // Node keeps the host name only when it looks it up.
  if (!isIP(host)) self._host = host;
  b.connect(self[kHandle], {
    host: options.host,
    port,
    localAddress,
    localPort,
    family,
    lookup: options.lookup,
    hints: options.hints,
    autoSelectFamily,
    autoSelectFamilyAttemptTimeout,
  });
}

function validChunk(chunk, encoding) {
  if (chunk === null) {
    throw new ERR_STREAM_NULL_VALUES();
  }
  if (typeof chunk === 'string') {
    if (encoding === 'buffer') throw new ERR_UNKNOWN_ENCODING(encoding);
  } else if (!ArrayBuffer.isView(chunk)) {
    throw new ERR_INVALID_ARG_TYPE(
      'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
  }
  if (encoding && encoding !== 'buffer' && typeof chunk !== 'string' &&
      !lazyBuffer().isEncoding(encoding)) {
    throw new ERR_UNKNOWN_ENCODING(encoding);
  }
}

function writeGeneric(chunk, encoding, cb) {
  if (encoding != null && typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  if (typeof chunk !== 'string') validChunk(chunk, encoding);
  return b.write(this[kHandle], chunk, encoding, cb);
}

// nodenet: write is a Go function that hands a Buffer (or Uint8Array)
// written without an encoding straight to the Go socket and calls
// writeGeneric for everything else.
Socket.prototype.write = b.socketWrite(writeGeneric, kHandle);

Socket.prototype.end = function end(chunk, encoding, cb) {
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  if (chunk != null) validChunk(chunk, encoding);
  b.end(this[kHandle], chunk, encoding, cb);
  return this;
};

Socket.prototype.destroy = function destroy(err, cb) {
  if (typeof cb === 'function') {
    if (this.destroyed) {
      process.nextTick(cb, err);
    } else {
      this.once('close', () => cb(err));
    }
  }
  b.destroy(this[kHandle], err);
  return this;
};

Socket.prototype.destroySoon = function destroySoon() {
  b.destroySoon(this[kHandle]);
};

Socket.prototype.resetAndDestroy = function resetAndDestroy() {
  b.resetAndDestroy(this[kHandle]);
  return this;
};

Socket.prototype.pause = function pause() {
  b.pause(this[kHandle]);
  return this;
};

Socket.prototype.resume = function resume() {
  b.resume(this[kHandle]);
  return this;
};

Socket.prototype.isPaused = function isPaused() {
  return b.isPaused(this[kHandle]);
};

Socket.prototype.read = function read(n) {
  return b.read(this[kHandle], n);
};

Socket.prototype.setEncoding = function setEncoding(enc) {
  b.setEncoding(this[kHandle], enc === undefined ? 'utf8' : String(enc));
  this[kEncoding] = normalizeEncoding(enc === undefined ? 'utf8' : enc);
  return this;
};

Object.defineProperty(Socket.prototype, 'readableEncoding', {
  __proto__: null,
  get() {
    return this[kEncoding] ?? null;
  },
  configurable: true,
  enumerable: false,
});

Socket.prototype.cork = function cork() {
  b.cork(this[kHandle]);
};

Socket.prototype.uncork = function uncork() {
  b.uncork(this[kHandle]);
};

const TIMEOUT_MAX = 2 ** 31 - 1;

function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }

  // Ensure that msecs fits into signed int32
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
                        `\nTimer duration was truncated to ${TIMEOUT_MAX}.`,
                        'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }

  return msecs;
}

// Node's setStreamTimeout; the timer itself is the Go socket's.
Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this.destroyed)
    return this;

  this.timeout = msecs;

  msecs = getTimerDuration(msecs, 'msecs');
  b.setTimeout(this[kHandle], msecs);

  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else if (callback !== undefined) {
    validateFunction(callback, 'callback');
    this.once('timeout', callback);
  }
  return this;
};

Socket.prototype.setNoDelay = function setNoDelay(enable) {
  // Backwards compatibility: assume true when `enable` is omitted
  enable = Boolean(enable === undefined ? true : enable);
  b.setNoDelay(this[kHandle], enable);
  return this;
};

Socket.prototype.setKeepAlive = function setKeepAlive(enable, initialDelayMsecs,
                                                      intervalMsecs, count) {
  if (enable !== null && typeof enable === 'object') {
    const options = enable;
    b.setKeepAliveOptions(this[kHandle], {
      enable: Boolean(options.enable),
      initialDelay: options.initialDelay,
      interval: options.interval,
      count: options.count,
    });
    return this;
  }
  if (intervalMsecs !== undefined || count !== undefined) {
    b.setKeepAliveOptions(this[kHandle], {
      enable: Boolean(enable), initialDelay: initialDelayMsecs, interval: intervalMsecs, count,
    });
    return this;
  }
  b.setKeepAlive(this[kHandle], Boolean(enable), initialDelayMsecs || 0);
  return this;
};

Socket.prototype.setTypeOfService = function setTypeOfService(tos) {
  if (Number.isNaN(tos)) {
    throw new ERR_INVALID_ARG_TYPE('tos', 'number', tos);
  }
  validateInt32(tos, 'tos', 0, 255);
  b.setTypeOfService(this[kHandle], tos);
  return this;
};

Socket.prototype.getTypeOfService = function getTypeOfService() {
  return b.getTypeOfService(this[kHandle]);
};

Socket.prototype.address = function address() {
  return b.address(this[kHandle]);
};

Socket.prototype.ref = function ref() {
  b.ref(this[kHandle]);
  return this;
};

Socket.prototype.unref = function unref() {
  b.unref(this[kHandle]);
  return this;
};

Socket.prototype.pipe = function pipe(dest, options) {
  const end = !options || options.end !== false;
  if (dest instanceof Socket) {
    b.pipe(this[kHandle], dest[kHandle], end);
    return dest;
  }
  // Any other writable: Readable.prototype.pipe's core.
  const src = this;
  const ondata = (chunk) => {
    if (dest.write(chunk) === false) {
      src.pause();
    }
  };
  const ondrain = () => src.resume();
  const onend = () => dest.end();
  const cleanup = () => {
    src.removeListener('data', ondata);
    src.removeListener('end', onend);
    if (typeof dest.removeListener === 'function') dest.removeListener('drain', ondrain);
  };
  src.on('data', ondata);
  if (typeof dest.on === 'function') {
    dest.on('drain', ondrain);
    dest.once('close', cleanup);
  }
  if (end) src.once('end', onend);
  if (typeof dest.emit === 'function') dest.emit('pipe', src);
  src.resume();
  return dest;
};

Socket.prototype.unpipe = function unpipe(dest) {
  b.unpipe(this[kHandle], dest instanceof Socket ? dest[kHandle] : undefined);
  return this;
};

Socket.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string')
    encoding = encoding.toLowerCase();
  if (!lazyBuffer().isEncoding(encoding))
    throw new ERR_UNKNOWN_ENCODING(encoding);
  return this;
};

// Duplex state that lives in Go: what Node keeps buffered is not exposed.
Object.defineProperty(Socket.prototype, 'writableBuffer', {
  __proto__: null,
  get() { return []; },
  configurable: true,
  enumerable: false,
});
Object.defineProperty(Socket.prototype, 'readableBuffer', {
  __proto__: null,
  get() { return []; },
  configurable: true,
  enumerable: false,
});

// Readable's async iterator (createAsyncIterator): chunks through
// 'readable' and read(), done at 'end', the error of 'error' thrown; return()
// destroys the socket unless destroyOnReturn is false.
function createAsyncIterator(socket, options) {
  const waiting = [];
  let error;
  let ended = false;
  const wake = () => {
    for (const resume of waiting.splice(0)) resume();
  };
  const onReadable = () => wake();
  const onEnd = () => { ended = true; wake(); };
  const onError = (err) => { error ??= err; wake(); };
  const onClose = () => {
    if (!ended && error === undefined && !socket.readableEnded) {
      error = new ERR_STREAM_PREMATURE_CLOSE();
    }
    ended = true;
    wake();
  };
  socket.on('readable', onReadable);
  socket.on('end', onEnd);
  socket.on('error', onError);
  socket.on('close', onClose);
  let finished = false;
  const cleanup = (destroy) => {
    if (finished) return;
    finished = true;
    socket.removeListener('readable', onReadable);
    socket.removeListener('end', onEnd);
    socket.removeListener('error', onError);
    socket.removeListener('close', onClose);
    if (destroy && !socket.destroyed) socket.destroy();
  };
  const destroyOnReturn = options?.destroyOnReturn !== false;
  return {
    next() {
      return new Promise(function step(resolve, reject) {
        if (finished) return resolve({ value: undefined, done: true });
        const chunk = socket.destroyed ? null : socket.read();
        if (chunk !== null) return resolve({ value: chunk, done: false });
        if (error !== undefined) {
          const err = error;
          cleanup(true);
          return reject(err);
        }
        if (ended) {
          cleanup(true);
          return resolve({ value: undefined, done: true });
        }
        waiting.push(() => step(resolve, reject));
      });
    },
    return() {
      cleanup(destroyOnReturn);
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      cleanup(true);
      return Promise.reject(err);
    },
    [SymbolAsyncIterator]() { return this; },
  };
}

Socket.prototype[SymbolAsyncIterator] = function() {
  return createAsyncIterator(this);
};

Socket.prototype.iterator = function iterator(options) {
  if (options !== undefined) {
    validateObject(options, 'options');
  }
  return createAsyncIterator(this, options);
};

Socket.prototype[SymbolAsyncDispose] = function() {
  if (!this.destroyed) {
    return new Promise((resolve) => {
      this.once('close', () => resolve());
      this.destroy();
    });
  }
  return Promise.resolve();
};

// Accepted sockets: the binding asks for a JavaScript Socket.
b.setFactory((handle, server) => {
  const socket = new Socket({ [kAccepted]: handle });
  socket.server = server;
  socket._server = server;
  return socket;
});

// ---- Server ------------------------------------------------------------

function Server(options, connectionListener) {
  if (!(this instanceof Server))
    return new Server(options, connectionListener);

  EventEmitter.call(this);

  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (options.keepAliveInitialDelay !== undefined) {
    validateNumber(
      options.keepAliveInitialDelay, 'options.keepAliveInitialDelay',
    );

    if (options.keepAliveInitialDelay < 0) {
      options.keepAliveInitialDelay = 0;
    }
  }
  if (options.highWaterMark !== undefined) {
    validateNumber(
      options.highWaterMark, 'options.highWaterMark',
    );

    if (options.highWaterMark < 0) {
      options.highWaterMark = kDefaultHighWaterMark;
    }
  }

  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;

  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? kDefaultHighWaterMark;
  if (options.blockList) {
    if (!module.exports.BlockList.isBlockList(options.blockList)) {
      throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
    }
    this.blockList = options.blockList;
  }
  this[kTracked] = { __proto__: null };
  this[kHandle] = b.newServer(this, {
    allowHalfOpen: this.allowHalfOpen,
    pauseOnConnect: this.pauseOnConnect,
    noDelay: this.noDelay,
    keepAlive: this.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: this.highWaterMark,
    blockList: options.blockList,
  });
  syncNames(this);
  if (this.emit !== EventEmitter.prototype.emit) b.forwardAll(this[kHandle]);
  if (typeof connectionListener === 'function') {
    this.on('connection', connectionListener);
  }
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);
installTracking(Server.prototype);

function addServerAbortSignalOption(self, options) {
  if (options?.signal === undefined) {
    return;
  }
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  const onAborted = () => {
    self.close();
  };
  if (signal.aborted) {
    process.nextTick(onAborted);
  } else {
    signal.addEventListener('abort', onAborted, { once: true });
    self.once('close', () => signal.removeEventListener('abort', onAborted));
  }
}

Server.prototype.listen = function(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];

  if (b.listening(this[kHandle])) {
    throw new ERR_SERVER_ALREADY_LISTEN();
  }

  if (cb !== null) {
    this.once('listening', cb);
  }
  const backlogFromArgs =
    // (handle, backlog) or (path, backlog) or (port, backlog)
    toNumber(args.length > 1 && args[1]) ||
    toNumber(args.length > 2 && args[2]);  // (port, host, backlog)

  // (boundSocket[, ...]) or ({ handle: boundSocket }[, ...]): adopt the bound
  // handle, transferring ownership so the BoundSocket can no longer close it.
  let boundSocket = null;
  if (options instanceof BoundSocket) {
    boundSocket = options;
  } else if (options.handle instanceof BoundSocket) {
    boundSocket = options.handle;
  }
  if (boundSocket !== null) {
    const goBound = consumeBound(boundSocket);
    this._listeningId++;
    b.listen(this[kHandle], { handle: goBound, backlog: backlogFromArgs });
    return this;
  }
  options = options._handle || options.handle || options;
  //  Refresh the id to make the previous call invalid
  this._listeningId++;
  addServerAbortSignalOption(this, options);
  // (handle[, backlog][, cb]) where handle is an object with a fd
  if (typeof options.fd === 'number' && options.fd >= 0) {
    b.listen(this[kHandle], { fd: options.fd, backlog: backlogFromArgs });
    return this;
  }

  // ([port][, host][, backlog][, cb]) where port is omitted,
  // that is, listen(), listen(null), listen(cb), or listen(null, cb)
  // or (options[, cb]) where options.port is explicitly set as undefined or
  // null, bind to an arbitrary unused port
  if (args.length === 0 || typeof args[0] === 'function' ||
      (options.port === undefined && 'port' in options) ||
      options.port === null) {
    options.port = 0;
  }
  // ([port][, host][, backlog][, cb]) where port is specified
  // or (options[, cb]) where options.port is specified
  // or if options.port is normalized as 0 before
  let backlog;
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    backlog = options.backlog || backlogFromArgs;
    b.listen(this[kHandle], {
      port: options.port | 0,
      host: options.host || undefined,
      backlog,
      ipv6Only: options.ipv6Only,
      exclusive: options.exclusive,
      reusePort: options.reusePort,
    });
    return this;
  }

  // (path[, backlog][, cb]) or (options[, cb])
  // where path or options.path is a UNIX domain socket or Windows pipe
  if (options.path && isPipeName(options.path)) {
    // We can not call fchmod on abstract unix socket
    if (options.path[0] === '\0' &&
        (options.readableAll || options.writableAll)) {
      const msg = 'can not set readableAll or writableAllt to true when path is abstract unix socket';
      throw new ERR_INVALID_ARG_VALUE('options', options, msg);
    }
    backlog = options.backlog || backlogFromArgs;
    b.listen(this[kHandle], {
      path: options.path,
      backlog,
      readableAll: options.readableAll === true,
      writableAll: options.writableAll === true,
      exclusive: options.exclusive,
    });
    return this;
  }

  if (!(('port' in options) || ('path' in options))) {
    throw new ERR_INVALID_ARG_VALUE('options', options,
                                    'must have the property "port" or "path"');
  }

  throw new ERR_INVALID_ARG_VALUE('options', options);
};

Object.defineProperty(Server.prototype, 'listening', {
  __proto__: null,
  get: function() {
    return b.listening(this[kHandle]);
  },
  configurable: true,
  enumerable: true,
});

Object.defineProperty(Server.prototype, 'maxConnections', {
  __proto__: null,
  get: function() {
    return b.getMaxConnections(this[kHandle]);
  },
  set: function(v) {
    b.setMaxConnections(this[kHandle], v);
  },
  configurable: true,
  enumerable: true,
});

Object.defineProperty(Server.prototype, '_connections', {
  __proto__: null,
  get: function() {
    return b.connections(this[kHandle]);
  },
  set(v) {},
  configurable: true,
  enumerable: false,
});

// Node's server._handle: null unless listening; its fd is the listening
// descriptor.
Object.defineProperty(Server.prototype, '_handle', {
  __proto__: null,
  get() {
    if (!b.listening(this[kHandle])) return null;
    return { fd: b.serverFD(this[kHandle]) };
  },
  set(v) {},
  configurable: true,
  enumerable: false,
});

Server.prototype.address = function() {
  return b.serverAddress(this[kHandle]);
};

Server.prototype.getConnections = function(cb) {
  process.nextTick(cb, null, b.connections(this[kHandle]));
  return this;
};

Server.prototype.close = function(cb) {
  this._listeningId++;
  if (typeof cb === 'function') {
    if (!b.listening(this[kHandle])) {
      this.once('close', function close() {
        cb(new ERR_SERVER_NOT_RUNNING());
      });
    } else {
      this.once('close', cb);
    }
  }
  b.close(this[kHandle]);
  return this;
};

Server.prototype[SymbolAsyncDispose] = function() {
  if (!b.listening(this[kHandle])) {
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    this.close((err) => (err ? reject(err) : resolve()));
  });
};

Server.prototype.ref = function() {
  this._unref = false;
  b.serverRef(this[kHandle], true);
  return this;
};

Server.prototype.unref = function() {
  this._unref = true;
  b.serverRef(this[kHandle], false);
  return this;
};

// nodenet: async iteration of a server yields the sockets it accepts, as
// events.on(server, 'connection') would (the socket only), and ends when
// the server closes; an 'error' rejects the pending next(). return()
// stops the iteration without closing the server.
Server.prototype[SymbolAsyncIterator] = function() {
  const server = this;
  const queue = [];
  const waiting = [];
  let error = null;
  let done = false;
  const onConnection = (socket) => {
    if (waiting.length > 0) waiting.shift().resolve({ value: socket, done: false });
    else queue.push(socket);
  };
  const onError = (err) => {
    if (waiting.length > 0) waiting.shift().reject(err);
    else error = err;
    finish();
  };
  const onClose = () => finish();
  function finish() {
    if (done) return;
    done = true;
    server.removeListener('connection', onConnection);
    server.removeListener('error', onError);
    server.removeListener('close', onClose);
    while (waiting.length > 0) waiting.shift().resolve({ value: undefined, done: true });
  }
  server.on('connection', onConnection);
  server.on('error', onError);
  server.on('close', onClose);
  return {
    next() {
      if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
      if (error !== null) {
        const err = error;
        error = null;
        return Promise.reject(err);
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      finish();
      return Promise.reject(err);
    },
    [SymbolAsyncIterator]() { return this; },
  };
};

module.exports = {
  _normalizeArgs: normalizeArgs,
  get BlockList() {
    BlockList ??= require('internal/blocklist').BlockList;
    return BlockList;
  },
  get SocketAddress() {
    SocketAddress ??= require('internal/socketaddress').SocketAddress;
    return SocketAddress;
  },
  BoundSocket,
  connect,
  createConnection: connect,
  createServer,
  isIP: isIP,
  isIPv4: isIPv4,
  isIPv6: isIPv6,
  Server,
  Socket,
  Stream: Socket, // Legacy naming
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
// nodenet: net.promises, as node:net/promises.
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return require('net/promises'); },
});
