'use strict';
// structuredClone for plain data, as V8's ValueSerializer clones it:
// primitives, plain objects and arrays (own enumerable properties; the
// prototype is not kept), Map, Set, Date, RegExp, boxed primitives,
// ArrayBuffer, typed arrays, DataView and errors, with cycles and shared
// references preserved. Anything else (functions, symbols, WeakMap,
// Promise, ...) throws a DataCloneError.
const {
  codes: { ERR_MISSING_ARGS },
} = require('internal/errors');
const { lazyDOMException } = require('internal/util');
const types = require('internal/util/types');

const errorNames = new Set(['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError']);
const errorCtors = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

function fail(value, message) {
  if (message !== undefined) throw lazyDOMException(message, 'DataCloneError');
  let s;
  if (typeof value === 'symbol') s = value.toString();
  else if (typeof value === 'function') s = Function.prototype.toString.call(value);
  else {
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    s = `#<${tag === 'Object' ? (value.constructor?.name ?? 'Object') : tag}>`;
  }
  throw lazyDOMException(`${s} could not be cloned.`, 'DataCloneError');
}

function clone(value, memo) {
  if (typeof value === 'symbol' || typeof value === 'function') fail(value);
  if (value === null || typeof value !== 'object') return value;
  if (memo.has(value)) return memo.get(value);
  if (ports !== null && ports.isPort(value)) {
    fail(value, 'Object that needs transfer was found in message but not listed in transferList');
  }
  let out;
  if (Array.isArray(value)) {
    out = new Array(value.length);
    memo.set(value, out);
    for (const k of Object.keys(value)) out[k] = clone(value[k], memo);
    return out;
  }
  if (types.isDate(value)) {
    out = new Date(value.getTime());
  } else if (types.isRegExp(value)) {
    out = new RegExp(value.source, value.flags);
  } else if (types.isBooleanObject(value)) {
    out = Object(Boolean.prototype.valueOf.call(value));
  } else if (types.isNumberObject(value)) {
    out = Object(Number.prototype.valueOf.call(value));
  } else if (types.isStringObject(value)) {
    out = Object(String.prototype.valueOf.call(value));
  } else if (types.isBigIntObject(value)) {
    out = Object(BigInt.prototype.valueOf.call(value));
  } else if (types.isArrayBuffer(value)) {
    if (binding('worker').detached(value)) fail(value, 'An ArrayBuffer is detached and could not be cloned.');
    out = value.slice(0);
  } else if (types.isArrayBufferView(value)) {
    const buf = clone(value.buffer, memo);
    if (types.isDataView(value)) {
      out = new DataView(buf, value.byteOffset, value.byteLength);
    } else {
      // A Buffer comes back as a plain Uint8Array, as in Node.
      const Ctor = globalThis[Object.prototype.toString.call(value).slice(8, -1)] ||
        Object.getPrototypeOf(Uint8Array.prototype).constructor;
      out = new Ctor(buf, value.byteOffset, value.length);
    }
    memo.set(value, out);
    return out;
  } else if (types.isMap(value)) {
    out = new Map();
    memo.set(value, out);
    for (const [k, v] of value) out.set(clone(k, memo), clone(v, memo));
    return out;
  } else if (types.isSet(value)) {
    out = new Set();
    memo.set(value, out);
    for (const v of value) out.add(clone(v, memo));
    return out;
  } else if (types.isNativeError(value) || value instanceof Error) {
    let name = value.name;
    if (!errorNames.has(name)) name = 'Error';
    out = Object.create(errorCtors[name].prototype);
    memo.set(value, out);
    const msg = Object.getOwnPropertyDescriptor(value, 'message');
    if (msg !== undefined) {
      Object.defineProperty(out, 'message', { __proto__: null, value: `${value.message}`, writable: true, configurable: true });
    }
    if (typeof value.stack === 'string') {
      Object.defineProperty(out, 'stack', { __proto__: null, value: value.stack, writable: true, configurable: true });
    }
    if (Object.prototype.hasOwnProperty.call(value, 'cause')) {
      Object.defineProperty(out, 'cause', { __proto__: null, value: clone(value.cause, memo), writable: true, configurable: true });
    }
    return out;
  } else if (types.isPromise(value) || types.isWeakMap(value) || types.isWeakSet(value) ||
             types.isProxy(value) || types.isGeneratorObject(value) || types.isMapIterator(value) ||
             types.isSetIterator(value)) {
    fail(value);
  } else {
    out = {};
    memo.set(value, out);
    for (const k of Object.keys(value)) out[k] = clone(value[k], memo);
    return out;
  }
  memo.set(value, out);
  return out;
}

function typeError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function cloneError(message) {
  return lazyDOMException(message, 'DataCloneError');
}

// transferred checks a transfer list and returns its ArrayBuffers (which
// the clone copies and then detaches); a MessagePort in it stays itself.
// forPort words the errors as postMessage does, else as structuredClone.
function transferred(list, memo, forPort) {
  if (list === undefined || list === null) return null;
  if ((typeof list !== 'object' && typeof list !== 'function') || typeof list[Symbol.iterator] !== 'function') {
    if (forPort) throw typeError(forPort === 'options' ? 'Optional options.transfer argument must be an iterable' : 'Optional transferList argument must be an iterable');
    throw typeError("Failed to execute 'structuredClone': transfer in Options cannot be converted to sequence.");
  }
  const buffers = [];
  let i = 0;
  for (const item of list) {
    if (types.isArrayBuffer(item)) {
      if (buffers.includes(item)) throw cloneError('Transfer list contains duplicate ArrayBuffer');
      buffers.push(item);
    } else if (ports !== null && ports.isPort(item)) {
      // the clone holds a new port, which takes the old one's place once
      // the clone is made
      if (memo.has(item)) throw cloneError('Transfer list contains duplicate MessagePort');
      memo.set(item, ports.newPort());
    } else if (!forPort && (item === null || (typeof item !== 'object' && typeof item !== 'function'))) {
      throw typeError(`Failed to execute 'structuredClone': transfer in Options[${i}] is not an object.`);
    } else {
      throw cloneError('Found invalid value in transferList.');
    }
    i++;
  }
  return buffers;
}

// structuredCloneWith(value, transfer, forPort): the clone of value, the
// ArrayBuffers of the transfer list detached after it.
function structuredCloneWith(value, transfer, forPort) {
  const memo = new Map();
  const buffers = transferred(transfer, memo, forPort);
  const out = clone(value, memo);
  if (buffers !== null) {
    const b = binding('worker');
    for (let i = 0; i < buffers.length; i++) b.detach(buffers[i]);
    for (const [from, to] of memo) {
      if (from !== to && ports !== null && ports.isPort(from)) ports.move(from, to);
    }
  }
  return out;
}

// MessagePort's part in cloning (set by internal/worker/io): isPort(v),
// newPort() and move(from, to), which hands a port's channel to another.
let ports = null;
function setPortHooks(hooks) {
  ports = hooks;
}

function structuredClone(value, options) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('The value argument must be specified');
  if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function') {
    throw typeError("Failed to execute 'structuredClone': Options cannot be converted to a dictionary");
  }
  return structuredCloneWith(value, options?.transfer, false);
}

module.exports = { structuredClone, structuredCloneWith, setPortHooks };
