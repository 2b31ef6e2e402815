'use strict';
// internal/util: small helpers the library shares (symbols, frozen
// descriptors, deprecation warnings, promisify, encodings, errno names).

const { codes } = require('internal/errors');
const jstypes = binding('jstypes');
const uv = binding('uv');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kCustomPromisified = Symbol.for('nodejs.util.promisify.custom');
const customPromisifyArgs = Symbol('customPromisifyArgs');
const kIsEncodingSymbol = Symbol('kIsEncodingSymbol');
const kEmptyObject = Object.freeze({ __proto__: null });
const kEnumerableProperty = Object.freeze({ __proto__: null, enumerable: true });
const isWindows = process.platform === 'win32';
const isMacOS = process.platform === 'darwin';

let validators;
function lazyValidators() {
  if (validators === undefined) validators = require('internal/validators');
  return validators;
}

// --- Deprecation -----------------------------------------------------------

// Codes whose warning was already given: one warning per code per process.
const warnedCodes = new Set();

function warnDeprecated(state) {
  if (state.warned || process.noDeprecation) return;
  state.warned = true;
  if (state.code !== undefined) {
    if (warnedCodes.has(state.code)) return;
    warnedCodes.add(state.code);
  }
  process.emitWarning(state.msg, 'DeprecationWarning', state.code, state.wrapper);
}

// deprecate wraps fn so that its first call emits a DeprecationWarning with
// msg (and code, shared by every wrapper with that code). The wrapper keeps
// fn's prototype chain, length and constructor behaviour.
function deprecate(fn, msg, code, options) {
  if (code !== undefined) lazyValidators().validateString(code, 'code');
  const modifyPrototype = options === undefined || options === null ||
    options.modifyPrototype === undefined ? true : options.modifyPrototype;
  const state = { warned: false, msg, code, wrapper: undefined };
  function deprecated(...args) {
    warnDeprecated(state);
    if (new.target !== undefined) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  state.wrapper = deprecated;
  if (modifyPrototype) {
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype !== undefined) deprecated.prototype = fn.prototype;
    Object.defineProperty(deprecated, 'length', {
      __proto__: null, value: fn.length, configurable: true,
    });
  }
  return deprecated;
}

// --- promisify -------------------------------------------------------------

function promisify(original) {
  lazyValidators().validateFunction(original, 'original');
  if (original[kCustomPromisified] !== undefined) {
    const custom = original[kCustomPromisified];
    lazyValidators().validateFunction(custom, 'util.promisify.custom');
    return Object.defineProperty(custom, kCustomPromisified, {
      __proto__: null, value: custom, enumerable: false, writable: false, configurable: true,
    });
  }
  const names = original[customPromisifyArgs];
  function promisified(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) {
          reject(err);
        } else if (names !== undefined && values.length > 1) {
          const result = {};
          for (let i = 0; i < names.length; i++) result[names[i]] = values[i];
          resolve(result);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(promisified, Object.getPrototypeOf(original));
  Object.defineProperty(promisified, kCustomPromisified, {
    __proto__: null, value: promisified, enumerable: false, writable: false, configurable: true,
  });
  Object.defineProperties(promisified, Object.getOwnPropertyDescriptors(original));
  return promisified;
}
promisify.custom = kCustomPromisified;

// --- Errno names -----------------------------------------------------------

function checkErrno(err) {
  lazyValidators().validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
}

function getSystemErrorName(err) {
  checkErrno(err);
  return uv.errname(err);
}

function getSystemErrorMessage(err) {
  checkErrno(err);
  return uv.getErrorMessage(err);
}

// getSystemErrorMap builds a new Map on each call, as Node does.
function getSystemErrorMap() {
  return uv.getErrorMap();
}

// --- Encodings -------------------------------------------------------------

const encodingsMap = { __proto__: null };
{
  const list = binding('string_decoder').encodings;
  for (let i = 0; i < list.length; i++) encodingsMap[list[i]] = i;
}

const encodingNames = {
  __proto__: null,
  'utf8': 'utf8', 'utf-8': 'utf8', '': 'utf8',
  'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le',
  'latin1': 'latin1', 'binary': 'latin1',
  'base64': 'base64', 'base64url': 'base64url', 'hex': 'hex', 'ascii': 'ascii',
};

// normalizeEncoding gives the canonical name of an encoding label
// ('UTF-8' -> 'utf8', 'binary' -> 'latin1'); undefined when unknown.
function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === 'utf8') return 'utf8';
  if (typeof enc !== 'string') return undefined;
  const found = encodingNames[enc];
  if (found !== undefined) return found;
  return encodingNames[enc.toLowerCase()];
}

// --- Objects and functions -------------------------------------------------

function defineLazyProperties(target, id, keys, enumerable = true) {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const replace = (value) => {
      Object.defineProperty(target, key, {
        __proto__: null, value, writable: true, enumerable, configurable: true,
      });
    };
    Object.defineProperty(target, key, {
      __proto__: null,
      enumerable,
      configurable: true,
      get: { [key]() { const v = require(id)[key]; replace(v); return v; } }[key],
      set: { [key](v) { replace(v); } }[key],
    });
  }
}

function getLazy(load) {
  let loaded = false;
  let value;
  return function lazy() {
    if (!loaded) {
      value = load();
      loaded = true;
    }
    return value;
  };
}

function once(fn) {
  let done = false;
  return function onlyOnce(...args) {
    if (done) return undefined;
    done = true;
    return Reflect.apply(fn, this, args);
  };
}

// setOwnProperty defines key on obj as a plain data property (whatever
// setters the prototype has) and returns value.
function setOwnProperty(obj, key, value) {
  Object.defineProperty(obj, key, {
    __proto__: null, value, writable: true, enumerable: true, configurable: true,
  });
  return value;
}

function assignFunctionName(name, fn) {
  const text = typeof name === 'symbol' ? `[${name.description}]` : `${name}`;
  Object.defineProperty(fn, 'name', { __proto__: null, value: text, configurable: true });
  return fn;
}

function getConstructorOf(obj) {
  for (let o = obj; o !== null && o !== undefined; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, 'constructor');
    if (d !== undefined && typeof d.value === 'function' && d.value.name !== '') return d.value;
  }
  return null;
}

function isError(e) {
  return jstypes.kind(e) === 'Error' || e instanceof Error;
}

function spliceOne(list, index) {
  const last = list.length - 1;
  for (let i = index; i < last; i++) list[i] = list[i + 1];
  list.pop();
}

function join(parts, separator) {
  let out = '';
  const n = parts.length;
  if (n === 0) return out;
  for (let i = 0; i < n - 1; i++) out += parts[i] + separator;
  return out + parts[n - 1];
}

const colorCodes = /\x1b\[[0-9]{1,2}m/g;
function removeColors(text) {
  return String.prototype.replace.call(text, colorCodes, '');
}

// SideEffectFreeRegExpPrototypeSymbolReplace replaces with a private copy
// of regex, so neither its lastIndex nor user patches are involved.
const nativeReplace = RegExp.prototype[Symbol.replace];
function SideEffectFreeRegExpPrototypeSymbolReplace(regex, text, replacement) {
  return nativeReplace.call(new RegExp(regex.source, regex.flags), text, replacement);
}

let DOMExceptionClass;
function lazyDOMException(message, name) {
  if (DOMExceptionClass === undefined) DOMExceptionClass = binding('messaging').DOMException;
  return new DOMExceptionClass(message, name);
}

// getCIDR gives 'address/prefix' from an interface's address and netmask,
// or null when the netmask's one bits are not contiguous.
function getCIDR(address, netmask, family) {
  let groups;
  let width;
  if (family === 'IPv4') {
    groups = netmask.split('.');
    width = 8;
  } else {
    width = 16;
    const halves = netmask.split('::');
    const head = halves[0] === '' ? [] : halves[0].split(':');
    const tail = halves.length > 1 && halves[1] !== '' ? halves[1].split(':') : [];
    groups = head.concat(new Array(8 - head.length - tail.length).fill('0'), tail);
  }
  let ones = 0;
  let ended = false;
  for (let i = 0; i < groups.length; i++) {
    const bits = width === 8 ? Number(groups[i]) : parseInt(groups[i], 16);
    for (let b = width - 1; b >= 0; b--) {
      if ((bits >> b) & 1) {
        if (ended) return null;
        ones++;
      } else {
        ended = true;
      }
    }
  }
  return `${address}/${ones}`;
}

module.exports = {
  SideEffectFreeRegExpPrototypeSymbolReplace,
  assignFunctionName,
  customInspectSymbol,
  customPromisifyArgs,
  defineLazyProperties,
  deprecate,
  encodingsMap,
  getCIDR,
  getConstructorOf,
  getLazy,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  isError,
  isMacOS,
  isWindows,
  join,
  kEmptyObject,
  kEnumerableProperty,
  kIsEncodingSymbol,
  lazyDOMException,
  normalizeEncoding,
  once,
  promisify,
  removeColors,
  setOwnProperty,
  spliceOne,
};
