'use strict';

// node:net over Go's netmod (the 'net' binding, script/modules/net).
//
// A Socket or Server here is a JavaScript shape around a Go object that
// keeps all of its state: connecting, reading, writing, timeouts, the
// readable and writable state the stream properties report. This file
// gives Node's JavaScript face: the overloads of connect and listen and
// their argument errors, option checks, the EventEmitter side.
//
// Events: the Go object emits them; the binding forwards an event name to
// the JavaScript emit only while the JavaScript object has listeners for it
// (track), so that a socket nobody reads from costs no calls. The methods
// that add and remove listeners below tell the binding when a name gets
// its first listener or loses its last. A subclass that overrides emit
// sees every event (forwardAll).

const EventEmitter = require('events');
const stream = require('stream');
const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_IP_ADDRESS,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING,
    ERR_STREAM_NULL_VALUES,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
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
const { isIP, isIPv4, isIPv6 } = require('internal/net');

const b = binding('net');

// A server keeps its binding handle in a non-enumerable, read-only own
// property the binding defines (_nodenetHandle). A socket needs none: the
// binding finds its Go state from the Socket object itself, so socket
// methods hand it `this`, and _events, _eventsCount and _nodenetHandle are
// accessors on Socket.prototype over that state. A connection's Socket
// starts with no own property at all (each object with own properties
// costs a property table), and its listeners stay in Go until a script
// reads _events (see addLazy).
const kBound = Symbol('kBound');
const kEncoding = Symbol('kEncoding');
const kDefaultEncoding = Symbol('kDefaultEncoding');
const kTimeout = Symbol('kTimeout');
const kPipes = Symbol('kPipes');
const kNormalized = Symbol('normalizedArgs');

const eeProto = EventEmitter.prototype;
const errorMonitor = EventEmitter.errorMonitor;
const eeEmit = eeProto.emit;
const eeOn = eeProto.on;
const eePrepend = eeProto.prependListener;
const eeRemove = eeProto.removeListener;
const eeRemoveAll = eeProto.removeAllListeners;
const eeCount = eeProto.listenerCount;
const eeNames = eeProto.eventNames;

let perfObserve;
let BlockListClass;
function isBlockList(v) {
  if (BlockListClass === undefined) BlockListClass = require('internal/blocklist').BlockList;
  return BlockListClass.isBlockList(v);
}

// The process-wide defaults of connect's autoSelectFamily options, read
// from Go once; setting them here changes this script's connects only.
const defaults = b.autoSelectDefaults();
let autoSelectFamily = defaults[0];
let autoSelectFamilyAttemptTimeout = defaults[1];

function getDefaultAutoSelectFamily() {
  return autoSelectFamily;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamily = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeout;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
}

// ---------------------------------------------------------------------------
// Arguments

// isPipeName: a string that is not a number names an IPC path.
function isPipeName(s) {
  return typeof s === 'string' && !(Number(s) >= 0);
}

// normalizeArgs turns the arguments of connect and listen into
// [options, callback] ((port[, host][, ...]), (path), (options), each with
// an optional trailing callback).
function normalizeArgs(args) {
  let out;
  if (args.length === 0) {
    out = [{}, null];
  } else {
    const first = args[0];
    let options;
    if (typeof first === 'object' && first !== null) {
      options = first;
    } else if (isPipeName(first)) {
      options = { path: first };
    } else {
      options = { port: first };
      if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
    }
    const last = args[args.length - 1];
    out = [options, typeof last === 'function' ? last : null];
  }
  out[kNormalized] = true;
  return out;
}

// ---------------------------------------------------------------------------
// Listener bookkeeping shared by Socket and Server

// sync tells the binding whether type has JavaScript listeners now.
// An events.errorMonitor listener needs the 'error' events too.
// (The binding ignores an object it has no state for.)
function sync(self, type) {
  if (type === errorMonitor || type === 'error') {
    b.track(self, 'error', eeCount.call(self, 'error') + eeCount.call(self, errorMonitor) > 0);
  } else if (typeof type === 'string') {
    b.track(self, type, eeCount.call(self, type) > 0);
  }
}

// trackFirst tells the binding that type just got its first listener
// (sync without counting: there is one now).
function trackFirst(self, type) {
  if (type === errorMonitor) b.track(self, 'error', true);
  else if (typeof type === 'string') b.track(self, type, true);
}

// _events holds a lone listener as the function itself: the first one
// added, or the last one removed, is seen without counting.
// A socket's first listener of a name goes to the binding (addLazy),
// which keeps it in Go until _events is read.
function on(type, listener) {
  if (typeof listener === 'function' && b.addLazy(this, type, listener)) return this;
  if (addFirst(this, type, listener)) return this;
  eeOn.call(this, type, listener);
  if (typeof this._events[type] === 'function') trackFirst(this, type);
  return this;
}

function prependListener(type, listener) {
  if (typeof listener === 'function' && b.addLazy(this, type, listener)) return this;
  if (addFirst(this, type, listener)) return this;
  eePrepend.call(this, type, listener);
  if (typeof this._events[type] === 'function') trackFirst(this, type);
  return this;
}

// addFirst adds the first listener of type the way EventEmitter's on
// does when nobody listens to 'newListener' (a connection's listeners,
// added one per event name), and reports whether it did; anything else
// is EventEmitter's.
function addFirst(self, type, listener) {
  const events = self._events;
  if (typeof listener !== 'function' || events === undefined ||
      events.newListener !== undefined || events[type] !== undefined) {
    return false;
  }
  events[type] = listener;
  self._eventsCount++;
  trackFirst(self, type);
  return true;
}

function removeListener(type, listener) {
  eeRemove.call(this, type, listener);
  const events = this._events;
  if (events === undefined || events[type] === undefined) sync(this, type);
  return this;
}

function removeAllListeners(type) {
  const names = arguments.length === 0 ? eeNames.call(this) : null;
  if (names === null) eeRemoveAll.call(this, type);
  else eeRemoveAll.call(this);
  if (names === null) {
    sync(this, type);
  } else {
    for (let i = 0; i < names.length; i++) sync(this, names[i]);
  }
  return this;
}

// listenerCount and eventNames count the Go object's own listeners too,
// as Node counts its internal ones.
function listenerCount(type, listener) {
  const n = eeCount.call(this, type, listener);
  if (listener != null) return n;
  return n + b.extraListeners(this, type);
}

function eventNames() {
  const names = eeNames.call(this);
  const extra = b.extraEventNames(this);
  for (let i = 0; i < extra.length; i++) {
    if (!names.includes(extra[i])) names.push(extra[i]);
  }
  return names;
}

function defineListenerMethods(proto) {
  proto.on = on;
  proto.addListener = on;
  proto.prependListener = prependListener;
  proto.removeListener = removeListener;
  proto.off = removeListener;
  proto.removeAllListeners = removeAllListeners;
  proto.listenerCount = listenerCount;
  proto.eventNames = eventNames;
}

// initEmitter gives a new Server its EventEmitter fields; the
// rest (_maxListeners, capture of rejections, shape) comes from
// EventEmitter.prototype until set.
function initEmitter(self) {
  self._events = { __proto__: null };
  self._eventsCount = 0;
}

// ---------------------------------------------------------------------------
// Socket

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  else if (options == null || typeof options !== 'object') options = {};
  checkSocketOptions(options);
  // captureRejections goes to EventEmitter, as a Duplex passes it on.
  let o = options;
  if (o.handle instanceof BoundSocket) o = Object.assign({}, o, { handle: o.handle[kBound] });
  // The signal goes to Go (a context the binding cancels on 'abort').
  // The binding's state comes first: _events and _eventsCount are its.
  b.newSocket(this, o);
  if (options.captureRejections !== undefined) EventEmitter.init.call(this, options);
  if (this.emit !== eeEmit) b.forwardAll(this);
}
Object.setPrototypeOf(Socket.prototype, stream.Duplex.prototype);
Object.setPrototypeOf(Socket, stream.Duplex);

// checkSocketOptions throws for the first bad option in the order Node
// checks them: object modes, keepAliveInitialDelay, the high-water marks,
// signal, fd (unless a handle is given), typeOfService, blockList, onread.
function checkSocketOptions(o) {
  for (const k of ['objectMode', 'readableObjectMode', 'writableObjectMode']) {
    if (o[k]) throw new ERR_INVALID_ARG_VALUE(`options.${k}`, o[k], 'is not supported');
  }
  if (o.keepAliveInitialDelay !== undefined) validateNumber(o.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
  // highWaterMark stands for both marks, and is reported under the
  // readable one's name.
  checkMark(o.highWaterMark ?? o.readableHighWaterMark, 'options.readableHighWaterMark');
  checkMark(o.highWaterMark ?? o.writableHighWaterMark, 'options.writableHighWaterMark');
  if (o.signal !== undefined) validateAbortSignal(o.signal, 'signal');
  if (o.fd !== undefined && o.handle == null) validateInt32(o.fd, 'fd', 0);
  if (o.typeOfService !== undefined) validateInt32(o.typeOfService, 'options.typeOfService', 0, 255);
  if (o.blockList != null && !isBlockList(o.blockList)) {
    throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', o.blockList);
  }
  if (o.onread != null) {
    validateObject(o.onread, 'options.onread');
    validateFunction(o.onread.callback, 'options.onread.callback');
  }
}

// checkMark throws Node's error for a high-water mark that is given and
// is not an integer >= 0.
function checkMark(v, name) {
  if (v != null && (!Number.isInteger(v) || v < 0)) throw new ERR_INVALID_ARG_VALUE(name, v);
}

// The binding builds the Socket of a connection a server accepted (or of
// a Go socket handed to the script) itself, on Socket.prototype.
const proto = Socket.prototype;
defineListenerMethods(proto);
b.defineSocketProps(proto, eeEmit);

proto.connect = function connect() {
  const args = Array.isArray(arguments[0]) && arguments[0][kNormalized] ? arguments[0] : normalizeArgs(arguments);
  const options = args[0];
  const cb = args[1];
  if (options.port === undefined && options.path == null) {
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  const o = connectOptions(options);
  if (cb !== null) this.once('connect', cb);
  if (options.timeout) this.setTimeout(options.timeout);
  if (o.path === undefined) this._host = o.host === undefined ? 'localhost' : (isIP(o.host) ? null : o.host);
  // As in Node, connect puts the socket's own write back on the object
  // (over a subclass's too).
  if (this.write !== proto.write) this.write = proto.write;
  if (o.path === undefined) {
    // perf_hooks' 'net' entries: a 'connect' entry when this connects.
    if (perfObserve === undefined) perfObserve = require('internal/perf/observe');
    perfObserve.netConnectObserve(this);
  }
  b.connect(this, o);
  if (options.noDelay) this.setNoDelay(true);
  if (options.keepAlive) this.setKeepAlive(true, options.keepAliveInitialDelay);
  return this;
};

// connectOptions checks connect's options and gives the binding's.
function connectOptions(options) {
  const path = options.path;
  if (path != null) {
    validateString(path, 'options.path');
    return { path };
  }
  // The checks run in Node's order: host, localAddress, localPort, port,
  // autoSelectFamily, its attempt timeout, lookup. A falsy host (0, NaN,
  // '', false, null) means localhost.
  const host = options.host || undefined;
  if (host !== undefined) {
    validateString(host, 'options.host');
    validateStringWithoutNullBytes(host, 'options.host');
  }
  const localAddress = options.localAddress;
  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (options.localPort) validateNumber(options.localPort, 'options.localPort');
  let port = options.port;
  if (typeof port !== 'number' && typeof port !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
  }
  port = validatePort(port);
  // family and hints are the lookup's to judge.
  const family = options.family == null ? 0 : options.family;
  let auto = options.autoSelectFamily;
  if (auto != null) validateBoolean(auto, 'options.autoSelectFamily');
  else auto = autoSelectFamily;
  let attempt = options.autoSelectFamilyAttemptTimeout;
  if (attempt != null) {
    validateInt32(attempt, 'options.autoSelectFamilyAttemptTimeout', 1);
    if (attempt < 10) attempt = 10;
  } else {
    attempt = autoSelectFamilyAttemptTimeout;
  }
  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  return {
    port,
    host,
    localAddress,
    localPort: options.localPort,
    family,
    hints: options.hints,
    lookup: options.lookup,
    autoSelectFamily: auto,
    autoSelectFamilyAttemptTimeout: attempt,
  };
}

// checkChunk throws Node's error for what write and end cannot take.
function checkChunk(chunk, encoding) {
  // A null chunk is reported before a bad encoding, as in Node.
  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
  if (encoding != null && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  if (typeof chunk === 'string') {
    if (encoding === 'buffer') throw new ERR_UNKNOWN_ENCODING(encoding);
    return;
  }
  if (!ArrayBuffer.isView(chunk)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
  }
}

// write is Socket.prototype.write for every call but the common ones (a
// Buffer alone, a string alone or with 'utf8'), which the binding's
// wrapper sends straight to Go.
function write(chunk, encoding, cb) {
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = undefined;
  }
  if (encoding == null && typeof chunk === 'string') encoding = this[kDefaultEncoding];
  checkChunk(chunk, encoding);
  return b.write(this, chunk, encoding, cb);
}
proto.write = b.socketWrite(write);

proto.end = function end(data, encoding, cb) {
  if (typeof data === 'function') {
    cb = data;
    data = undefined;
    encoding = undefined;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = undefined;
  }
  if (data != null) {
    if (encoding == null && typeof data === 'string') encoding = this[kDefaultEncoding];
    checkChunk(data, encoding);
  }
  b.end(this, data, encoding, cb);
  return this;
};

proto.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  this[kDefaultEncoding] = encoding;
  b.defaultEncodingSet(this);
  return this;
};

proto.destroy = function destroy(err, cb) {
  if (typeof err === 'function') {
    cb = err;
    err = undefined;
  }
  b.destroy(this, err);
  // As in Node, the callback runs at once; 'error' and 'close' come later.
  if (typeof cb === 'function') cb(err == null ? null : err);
  return this;
};

proto.destroySoon = function destroySoon() {
  b.destroySoon(this);
};

proto.resetAndDestroy = function resetAndDestroy() {
  b.resetAndDestroy(this);
  return this;
};

proto.pause = function pause() {
  b.pause(this);
  return this;
};

proto.resume = function resume() {
  b.resume(this);
  return this;
};

proto.isPaused = function isPaused() {
  return b.isPaused(this);
};

proto.read = function read(n) {
  return b.read(this, n);
};

proto.setEncoding = function setEncoding(encoding) {
  // A StringDecoder judges the name as a Readable's setEncoding does
  // (null, undefined and '' are utf8; anything else unknown throws).
  encoding = new StringDecoder(encoding).encoding;
  b.setEncoding(this, encoding);
  this[kEncoding] = normalEncoding(encoding);
  return this;
};

function normalEncoding(e) {
  const l = `${e}`.toLowerCase();
  switch (l) {
    case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf-16le': return 'utf16le';
    case 'binary': return 'latin1';
    default: return l;
  }
}

proto.setTimeout = function setTimeout(msecs, callback) {
  if (typeof msecs !== 'number') throw new ERR_INVALID_ARG_TYPE('msecs', 'number', msecs);
  if (!(msecs >= 0) || msecs === Infinity) {
    throw new ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  }
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    if (msecs === 0) this.removeListener('timeout', callback);
    else this.once('timeout', callback);
  }
  this[kTimeout] = msecs;
  b.setTimeout(this, msecs);
  return this;
};

proto.setNoDelay = function setNoDelay(enable) {
  b.setNoDelay(this, enable === undefined ? true : !!enable);
  return this;
};

// wholeSeconds is a keep-alive time in milliseconds cut to whole seconds
// (as a 32-bit integer count of them, as the kernel takes it), still in
// milliseconds.
function wholeSeconds(ms) {
  return ~~(ms / 1000) * 1000;
}

proto.setKeepAlive = function setKeepAlive(enable, initialDelay, interval, count) {
  if (interval === undefined && count === undefined) {
    b.setKeepAlive(this, !!enable, wholeSeconds(initialDelay));
  } else {
    b.setKeepAliveOptions(this, {
      enable: !!enable, initialDelay: wholeSeconds(initialDelay), interval: ~~interval, count: ~~count,
    });
  }
  return this;
};

proto.setTypeOfService = function setTypeOfService(tos) {
  if (typeof tos !== 'number' || tos !== tos) throw new ERR_INVALID_ARG_TYPE('tos', 'number', tos);
  validateInt32(tos, 'tos', 0, 255);
  b.setTypeOfService(this, tos);
  return this;
};

proto.getTypeOfService = function getTypeOfService() {
  return b.getTypeOfService(this);
};

proto.address = function address() {
  return b.address(this);
};

proto.ref = function ref() {
  b.ref(this);
  return this;
};

proto.unref = function unref() {
  b.unref(this);
  return this;
};

proto.cork = function cork() {
  b.cork(this);
};

proto.uncork = function uncork() {
  b.uncork(this);
};

// pipe: socket to socket runs in Go; to any other Writable through its
// public methods (write's answer pauses the socket, 'drain' resumes it).
proto.pipe = function pipe(dest, options) {
  const end = !options || options.end !== false;
  if (dest instanceof Socket) {
    b.pipe(this, dest, end);
    return dest;
  }
  const src = this;
  const onData = (chunk) => {
    if (dest.write(chunk) === false) src.pause();
  };
  const onDrain = () => src.resume();
  const onClose = () => src.unpipe(dest);
  const onEnd = () => {
    if (end) dest.end();
    process.nextTick(onClose);
  };
  const p = { dest, onData, onDrain, onEnd, onClose };
  if (this[kPipes] === undefined) this[kPipes] = [];
  this[kPipes].push(p);
  dest.on('drain', onDrain);
  this.on('data', onData);
  this.once('end', onEnd);
  this.once('close', onClose);
  dest.emit('pipe', this);
  return dest;
};

proto.unpipe = function unpipe(dest) {
  if (dest instanceof Socket) {
    b.unpipe(this, dest);
    return this;
  }
  const pipes = this[kPipes];
  if (pipes === undefined) {
    if (dest === undefined) b.unpipe(this, undefined);
    return this;
  }
  for (let i = pipes.length - 1; i >= 0; i--) {
    const p = pipes[i];
    if (dest !== undefined && p.dest !== dest) continue;
    pipes.splice(i, 1);
    this.removeListener('data', p.onData);
    this.removeListener('end', p.onEnd);
    this.removeListener('close', p.onClose);
    p.dest.removeListener('drain', p.onDrain);
    p.dest.emit('unpipe', this, { hasUnpiped: false });
  }
  if (dest === undefined) b.unpipe(this, undefined);
  return this;
};

// The async iterator: chunks read in paused mode ('readable') until 'end';
// an error rejects; return() (and the end) destroy the socket unless
// destroyOnReturn is false.
proto.iterator = function iterator(options) {
  let destroyOnReturn = true;
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.destroyOnReturn !== undefined) {
      validateBoolean(options.destroyOnReturn, 'options.destroyOnReturn');
      destroyOnReturn = options.destroyOnReturn;
    }
  }
  return socketIterator(this, destroyOnReturn);
};

proto[Symbol.asyncIterator] = function () {
  return socketIterator(this, true);
};

function socketIterator(socket, destroyOnReturn) {
  let wake = null;
  let error = null;
  let ended = false;
  let finished = false;
  const signal = () => {
    if (wake !== null) {
      const w = wake;
      wake = null;
      w();
    }
  };
  const onEnd = () => {
    ended = true;
    signal();
  };
  const onError = (err) => {
    error = err;
    signal();
  };
  socket.on('readable', signal);
  socket.on('end', onEnd);
  socket.on('error', onError);
  socket.on('close', onEnd);
  const cleanup = () => {
    finished = true;
    socket.removeListener('readable', signal);
    socket.removeListener('end', onEnd);
    socket.removeListener('error', onError);
    socket.removeListener('close', onEnd);
  };
  const step = (resolve, reject) => {
    if (finished) {
      resolve({ value: undefined, done: true });
      return;
    }
    if (error !== null) {
      cleanup();
      if (destroyOnReturn) socket.destroy();
      reject(error);
      return;
    }
    const chunk = socket.read();
    if (chunk !== null) {
      resolve({ value: chunk, done: false });
      return;
    }
    if (ended || socket.readableEnded || socket.destroyed) {
      cleanup();
      if (destroyOnReturn) socket.destroy();
      resolve({ value: undefined, done: true });
      return;
    }
    wake = () => step(resolve, reject);
  };
  const it = {
    next() {
      return new Promise(step);
    },
    return(value) {
      if (!finished) {
        cleanup();
        if (destroyOnReturn) socket.destroy();
      }
      signal();
      return Promise.resolve({ value, done: true });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return it;
}

proto[Symbol.asyncDispose] = function () {
  const socket = this;
  return new Promise((resolve) => {
    if (socket.closed) {
      resolve();
      return;
    }
    socket.once('close', () => resolve());
    socket.destroy();
  });
};

function getter(obj, name, get) {
  Object.defineProperty(obj, name, { __proto__: null, get, enumerable: false, configurable: true });
}

getter(proto, 'readableEncoding', function () {
  const e = this[kEncoding];
  return e === undefined ? null : e;
});
getter(proto, 'readableBuffer', function () { return []; });
getter(proto, 'writableBuffer', function () { return []; });
getter(proto, '_connecting', function () { return this.connecting; });
// A connection's own properties are few (a socket is mostly Go state):
// _host and the accepting server come from the prototype and the binding
// until set.
proto._host = null;
for (const name of ['server', '_server']) {
  Object.defineProperty(proto, name, {
    __proto__: null,
    get() {
      return b.socketServer(this);
    },
    set(v) {
      Object.defineProperty(this, name, { __proto__: null, value: v, writable: true, enumerable: true, configurable: true });
    },
    enumerable: false,
    configurable: true,
  });
}
getter(proto, 'timeout', function () { return this[kTimeout]; });
getter(proto, '_handle', function () {
  const h = this._nodenetHandle;
  if (h === undefined || this.destroyed || (this.pending && !this.connecting)) return null;
  return h;
});

// ---------------------------------------------------------------------------
// Server

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  if (options.keepAliveInitialDelay !== undefined) validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
  if (options.highWaterMark !== undefined) validateNumber(options.highWaterMark, 'options.highWaterMark');
  if (options.blockList !== undefined && !isBlockList(options.blockList)) {
    throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
  }
  initEmitter(this);
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark !== undefined ? options.highWaterMark : stream.getDefaultHighWaterMark();
  b.newServer(this, options);
  if (this.emit !== eeEmit) b.forwardAll(this._nodenetHandle);
  if (typeof connectionListener === 'function') this.on('connection', connectionListener);
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

const sproto = Server.prototype;
defineListenerMethods(sproto);

// backlogOf is the backlog of listen(port, host, backlog) or
// listen(port, backlog).
function backlogOf(args) {
  for (let i = 1; i < 3 && i < args.length; i++) {
    const n = Number(args[i]);
    if (typeof args[i] !== 'function' && args[i] !== null && n >= 0) return n;
  }
  return 0;
}

sproto.listen = function listen() {
  const args = normalizeArgs(arguments);
  const options = args[0];
  const cb = args[1];
  const h = this._nodenetHandle;
  if (b.listening(h)) throw new ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);
  // The signal is checked before any other option, as Node does.
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  let backlog = options.backlog;
  if (backlog === undefined) backlog = typeof arguments[0] === 'object' ? 0 : backlogOf(arguments);
  const o = { backlog, exclusive: !!options.exclusive };
  const hd = options._handle || options.handle;
  const target = hd || options;
  if (options instanceof BoundSocket) {
    o.handle = options[kBound];
  } else if (hd instanceof BoundSocket) {
    o.handle = hd[kBound];
  } else if (typeof target.fd === 'number' && target.fd >= 0) {
    o.fd = target.fd;
  } else if (hd) {
    throw new ERR_INVALID_ARG_VALUE('options', hd, 'must have the property "port" or "path"');
  } else if (arguments.length === 0 || typeof arguments[0] === 'function') {
    o.port = 0;
  } else if ('port' in options && (options.port == null || typeof options.port === 'number' ||
                                   typeof options.port === 'string')) {
    const port = options.port;
    o.port = port == null ? 0 : validatePort(port, 'options.port');
    if (options.host != null) {
      validateString(options.host, 'hostname');
      o.host = options.host;
    }
    o.ipv6Only = !!options.ipv6Only;
    o.reusePort = !!options.reusePort;
  } else if (typeof options.path === 'string' && !('port' in options)) {
    const path = options.path;
    if (path[0] === '\0' && (options.readableAll || options.writableAll)) {
      throw new ERR_INVALID_ARG_VALUE('options', options,
                                      'can not set readableAll or writableAllt to true when path is abstract unix socket');
    }
    o.path = path;
    o.readableAll = !!options.readableAll;
    o.writableAll = !!options.writableAll;
  } else if (!('port' in options) && options.path === undefined) {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  } else {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'is invalid');
  }
  if (options.signal !== undefined) {
    const signal = options.signal;
    const server = this;
    const abort = () => server.close();
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      signal.addEventListener('abort', abort, { once: true });
      this.once('close', () => signal.removeEventListener('abort', abort));
    }
  }
  b.listen(h, o);
  return this;
};

sproto.close = function close(cb) {
  const h = this._nodenetHandle;
  if (typeof cb === 'function') {
    if (b.listening(h)) this.once('close', cb);
    else this.once('close', function onClose() { cb(new ERR_SERVER_NOT_RUNNING()); });
  }
  b.close(h);
  return this;
};

sproto.address = function address() {
  return b.serverAddress(this._nodenetHandle);
};

sproto.getConnections = function getConnections(cb) {
  const n = b.connections(this._nodenetHandle);
  if (typeof cb === 'function') process.nextTick(cb, null, n);
  return this;
};

sproto.ref = function ref() {
  b.serverRef(this._nodenetHandle, true);
  this._unref = false;
  return this;
};

sproto.unref = function unref() {
  b.serverRef(this._nodenetHandle, false);
  this._unref = true;
  return this;
};

sproto[Symbol.asyncDispose] = function () {
  const server = this;
  return new Promise((resolve, reject) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close((err) => (err ? reject(err) : resolve()));
  });
};

getter(sproto, 'listening', function () { return b.listening(this._nodenetHandle); });
getter(sproto, '_connections', function () { return b.connections(this._nodenetHandle); });
getter(sproto, '_handle', function () {
  const h = this._nodenetHandle;
  return h !== undefined && b.listening(h) ? { fd: b.serverFD(h) } : null;
});
Object.defineProperty(sproto, 'maxConnections', {
  __proto__: null,
  get() { return b.getMaxConnections(this._nodenetHandle); },
  set(v) { b.setMaxConnections(this._nodenetHandle, v); },
  enumerable: true,
  configurable: true,
});

// ---------------------------------------------------------------------------
// BoundSocket: a socket bound now, for a Server or Socket to adopt later.

class BoundSocket {
  constructor(options = {}) {
    validateObject(options, 'options');
    const { path, host, port, ipv6Only, reusePort } = options;
    if (path !== undefined) validateString(path, 'options.path');
    if (host !== undefined) validateString(host, 'options.host');
    if (ipv6Only !== undefined) validateBoolean(ipv6Only, 'options.ipv6Only');
    if (reusePort !== undefined) validateBoolean(reusePort, 'options.reusePort');
    const p = port === undefined ? 0 : validatePort(port, 'options.port');
    if (path !== undefined) {
      if (host !== undefined || port !== undefined || ipv6Only !== undefined || reusePort !== undefined) {
        throw new ERR_INVALID_ARG_VALUE('options', options,
                                        'path is mutually exclusive with host, port, ipv6Only, and reusePort');
      }
    } else if (host !== undefined && !isIP(host)) {
      throw new ERR_INVALID_ARG_VALUE('options.host', host,
                                      'must be a numeric IP address; net.BoundSocket does not perform DNS resolution');
    }
    Object.defineProperty(this, kBound, {
      __proto__: null,
      value: b.newBound({ path, host, port: p, ipv6Only: !!ipv6Only, reusePort: !!reusePort }),
      writable: false,
      enumerable: false,
      configurable: false,
    });
  }

  address() {
    return b.boundAddress(this[kBound]);
  }

  fd() {
    return b.boundFD(this[kBound]);
  }

  close() {
    b.boundClose(this[kBound]);
  }

  get isPipe() {
    return b.boundIsPipe(this[kBound]);
  }

  [Symbol.dispose]() {
    b.boundDispose(this[kBound]);
  }
}

// ---------------------------------------------------------------------------
// Module functions

function connect() {
  const args = normalizeArgs(arguments);
  const options = args[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(args);
}

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

module.exports = {
  _normalizeArgs: normalizeArgs,
  get BlockList() {
    return require('internal/blocklist').BlockList;
  },
  get SocketAddress() {
    return require('internal/socketaddress').SocketAddress;
  },
  BoundSocket,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};

Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return require('net/promises'); },
});
