'use strict';
// node:worker_threads, minimal: a Worker runs a file (or, with eval: true,
// source text) in a second host on its own loop and goroutine
// (binding('worker')). Messages and workerData cross as strings: a
// structured clone of the value, serialized here and rebuilt on the other
// side. parentPort keeps a worker alive while it has 'message' listeners.

const EventEmitter = require('events');
const path = require('path');
const { structuredClone } = require('internal/structured_clone');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');

const b = binding('worker');
const info = b.info();
const isMainThread = info === null;
const threadId = isMainThread ? 0 : info.threadId;

// ---- serialization -----------------------------------------------------

const typedArrays = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, Float32Array, Float64Array,
  BigInt64Array, BigUint64Array, DataView,
};
const errorCtors = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

function encode(v, memo) {
  switch (typeof v) {
    case 'undefined': return { t: 'u' };
    case 'number':
      if (Number.isFinite(v) && !Object.is(v, -0)) return v;
      return { t: 'n', v: Object.is(v, -0) ? '-0' : String(v) };
    case 'bigint': return { t: 'b', v: String(v) };
    case 'string':
    case 'boolean':
      return v;
  }
  if (v === null) return null;
  if (memo.has(v)) return { t: 'r', id: memo.get(v) };
  const id = memo.size;
  memo.set(v, id);
  if (Array.isArray(v)) {
    const out = [];
    for (let i = 0; i < v.length; i++) out.push(encode(v[i], memo));
    return { t: 'a', id, v: out };
  }
  if (v instanceof Date) return { t: 'd', id, v: v.getTime() };
  if (v instanceof RegExp) return { t: 're', id, s: v.source, f: v.flags };
  if (v instanceof Map) {
    const out = [];
    for (const [k, x] of v) out.push([encode(k, memo), encode(x, memo)]);
    return { t: 'm', id, v: out };
  }
  if (v instanceof Set) {
    const out = [];
    for (const x of v) out.push(encode(x, memo));
    return { t: 's', id, v: out };
  }
  if (v instanceof ArrayBuffer) return { t: 'ab', id, v: Array.from(new Uint8Array(v)) };
  if (ArrayBuffer.isView(v)) {
    const k = v instanceof DataView ? 'DataView' : Object.getPrototypeOf(Object.getPrototypeOf(v)) === Uint8Array.prototype ? 'Uint8Array' : v.constructor.name;
    return { t: 'ta', id, k, o: v.byteOffset, l: v instanceof DataView ? v.byteLength : v.length, b: encode(v.buffer, memo) };
  }
  if (v instanceof Error) {
    const e = { t: 'e', id, n: v.name, m: v.message, s: v.stack };
    if ('cause' in v) e.c = encode(v.cause, memo);
    return e;
  }
  if (v instanceof Number || v instanceof String || v instanceof Boolean) {
    return { t: 'x', id, v: encode(v.valueOf(), memo) };
  }
  const out = [];
  for (const k of Object.keys(v)) out.push([k, encode(v[k], memo)]);
  return { t: 'o', id, v: out };
}

function decode(v, ids) {
  if (v === null || typeof v !== 'object') return v;
  let out;
  switch (v.t) {
    case 'u': return undefined;
    case 'n': return v.v === '-0' ? -0 : Number(v.v);
    case 'b': return BigInt(v.v);
    case 'r': return ids[v.id];
    case 'a':
      out = ids[v.id] = new Array(v.v.length);
      for (let i = 0; i < v.v.length; i++) out[i] = decode(v.v[i], ids);
      return out;
    case 'd': return (ids[v.id] = new Date(v.v));
    case 're': return (ids[v.id] = new RegExp(v.s, v.f));
    case 'm':
      out = ids[v.id] = new Map();
      for (const [k, x] of v.v) out.set(decode(k, ids), decode(x, ids));
      return out;
    case 's':
      out = ids[v.id] = new Set();
      for (const x of v.v) out.add(decode(x, ids));
      return out;
    case 'ab':
      out = ids[v.id] = new ArrayBuffer(v.v.length);
      new Uint8Array(out).set(v.v);
      return out;
    case 'ta': {
      const buf = decode(v.b, ids);
      const Ctor = typedArrays[v.k] || Uint8Array;
      return (ids[v.id] = new Ctor(buf, v.o, v.l));
    }
    case 'e': {
      const Ctor = errorCtors[v.n] || Error;
      out = ids[v.id] = new Ctor(v.m);
      if (!(v.n in errorCtors)) out.name = v.n;
      Object.defineProperty(out, 'stack', { __proto__: null, value: v.s, writable: true, configurable: true });
      if ('c' in v) {
        Object.defineProperty(out, 'cause', { __proto__: null, value: decode(v.c, ids), writable: true, configurable: true });
      }
      return out;
    }
    case 'x': {
      const p = decode(v.v, ids);
      return (ids[v.id] = Object(p));
    }
    case 'o':
      out = ids[v.id] = {};
      for (const [k, x] of v.v) out[k] = decode(x, ids);
      return out;
  }
  return undefined;
}

function serialize(value) {
  return JSON.stringify(encode(structuredClone(value), new Map()));
}

function deserialize(s) {
  if (s === '' || s === undefined) return undefined;
  return decode(JSON.parse(s), []);
}

// An uncaught exception of a worker: a clone when it can be cloned, else
// what Node sends for it (an Error with its text).
function serializeError(err) {
  try {
    return serialize(err);
  } catch {
    return serialize(new Error(String(err)));
  }
}

// ---- Worker ------------------------------------------------------------

const kHandle = Symbol('kHandle');
const kOnEvent = Symbol('kOnEvent');
const kExitCode = Symbol('kExitCode');

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    validateObject(options, 'options');
    let code = '';
    let file = '';
    if (options.eval) {
      if (typeof filename !== 'string') {
        throw new ERR_INVALID_ARG_TYPE('filename', 'string', filename);
      }
      code = filename;
    } else {
      if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
        filename = decodeURIComponent(new URL(filename.href).pathname);
      } else if (typeof filename !== 'string') {
        throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
      }
      file = path.resolve(filename);
    }
    const workerData = serialize(options.workerData);
    this[kExitCode] = undefined;
    this[kHandle] = b.spawn({ code, filename: file, eval: Boolean(options.eval), workerData },
                            (type, data) => this[kOnEvent](type, data));
    this.threadId = b.threadId(this[kHandle]);
  }

  [kOnEvent](type, data) {
    switch (type) {
      case 'online':
        this.emit('online');
        break;
      case 'message':
        this.emit('message', deserialize(data));
        break;
      case 'error':
        this.emit('error', data ? deserialize(data) : new Error('worker failed to start'));
        break;
      case 'exit':
        this[kExitCode] = data;
        this.threadId = -1;
        this.emit('exit', data);
        break;
    }
  }

  postMessage(value) {
    b.postToChild(this[kHandle], serialize(value));
  }

  ref() {
    this[kUnref] = false;
    syncWorker(this);
  }

  unref() {
    this[kUnref] = true;
    syncWorker(this);
  }

  terminate(callback) {
    if (this[kExitCode] !== undefined) {
      return Promise.resolve(undefined);
    }
    const p = new Promise((resolve) => this.once('exit', resolve));
    if (typeof callback === 'function') {
      p.then((code) => callback(null, code));
    }
    b.terminate(this[kHandle]);
    return p;
  }
}

// As in Node, 'message' listeners keep even an unref'd worker's parent
// alive.
function syncWorker(worker) {
  b.ref(worker[kHandle], worker[kUnref] !== true ||
        EventEmitter.prototype.listenerCount.call(worker, 'message') > 0);
}

const kUnref = Symbol('kUnref');

for (const name of ['on', 'addListener', 'prependListener', 'off', 'removeListener', 'removeAllListeners']) {
  Worker.prototype[name] = function(...args) {
    EventEmitter.prototype[name].apply(this, args);
    if (this[kHandle] !== undefined) syncWorker(this);
    return this;
  };
}

// ---- parentPort --------------------------------------------------------

const io = require('internal/worker/io');
const { EventTarget } = require('internal/event_target');
const kMessageListeners = Symbol('kMessageListeners');
const kHandler = Symbol('kHandler'); // onmessage's listener, once set
const kSettingHandler = Symbol('kSettingHandler');

// The worker's end of its channel to the parent: a MessagePort whose
// messages cross to the parent's loop (binding('worker')), and which keeps
// the worker alive while it has 'message' listeners (unless unref'd).
class ParentPort extends io.MessagePort {
  constructor() {
    super(io.kCreate);
    this[kUnref] = false;
    this[kMessageListeners] = new Set();
  }

  postMessage(value) {
    b.postToParent(serialize(value));
  }

  ref() {
    this[kUnref] = false;
    syncPort(this);
  }

  unref() {
    this[kUnref] = true;
    syncPort(this);
  }

  start() {}

  close() {
    this.removeAllListeners('message');
    for (const l of this[kMessageListeners]) EventTarget.prototype.removeEventListener.call(this, 'message', l);
    this[kMessageListeners].clear();
    syncPort(this);
  }

  addEventListener(type, listener, options) {
    EventTarget.prototype.addEventListener.call(this, type, listener, options);
    if (type === 'message' && listener !== null && listener !== undefined) {
      if (this[kSettingHandler]) this[kHandler] = listener;
      this[kMessageListeners].add(listener);
      syncPort(this);
    }
  }

  removeEventListener(type, listener, options) {
    EventTarget.prototype.removeEventListener.call(this, type, listener, options);
    if (type === 'message') {
      this[kMessageListeners].delete(listener);
      syncPort(this);
    }
  }
}

// onmessage = null leaves its listener in place, calling nothing: it does
// not count then.
{
  const desc = Object.getOwnPropertyDescriptor(io.MessagePort.prototype, 'onmessage');
  Object.defineProperty(ParentPort.prototype, 'onmessage', {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get: desc.get,
    set(value) {
      this[kSettingHandler] = true;
      try {
        desc.set.call(this, value);
      } finally {
        this[kSettingHandler] = false;
      }
      syncPort(this);
    },
  });
}

function syncPort(port) {
  let n = port[kMessageListeners].size;
  const handler = port[kHandler];
  if (handler !== undefined && port[kMessageListeners].has(handler) && port.onmessage === null) n--;
  b.portRef(port[kUnref] !== true && n > 0);
}

let parentPort = null;
let workerData = null;
if (!isMainThread) {
  parentPort = new ParentPort();
  workerData = deserialize(info.workerData);
  b.setPort((data) => parentPort.emit('message', deserialize(data)), serializeError);
}

module.exports = {
  BroadcastChannel: io.BroadcastChannel,
  isMainThread,
  MessageChannel: io.MessageChannel,
  MessagePort: io.MessagePort,
  parentPort,
  receiveMessageOnPort: io.receiveMessageOnPort,
  threadId,
  Worker,
  workerData,
};
