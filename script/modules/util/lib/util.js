'use strict';
// node:util. format and inspect come from internal/util/inspect, deep
// equality from internal/util/comparisons; the rest is here or in
// internal/util.

const errors = require('internal/errors');
const { ERR_FALSY_VALUE_REJECTION, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } = errors.codes;
// internal/util/inspect is loaded on first use: loading util does not need it.
let inspectModule;
function lazyInspect() {
  return inspectModule ??= require('internal/util/inspect');
}
const debuglogModule = require('internal/util/debuglog');
const debuglog = debuglogModule.debuglog;
const v = require('internal/validators');
const { validateBoolean, validateFunction, validateObject, validateString } = v;
const types = require('internal/util/types');
const {
  defineLazyProperties,
  deprecate: deprecateInternal,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  promisify,
} = require('internal/util');
const callsite = binding('callsite');

// --- Errors with errno --------------------------------------------------------

// _errnoException and _exceptionWithHostPort build the errors net and fs
// report (code, errno, syscall, address, port).
function _errnoException(err, syscall, original) {
  return new errors.ErrnoException(err, syscall, original);
}

function _exceptionWithHostPort(err, syscall, address, port, additional) {
  return new errors.ExceptionWithHostPort(err, syscall, address, port, additional);
}

// --- Functions ----------------------------------------------------------------

function deprecate(fn, msg, code, options) {
  return deprecateInternal(fn, msg, code, options);
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  // Bad ctor values fail as V8's Object.defineProperty and
  // Object.setPrototypeOf would.
  if (typeof ctor !== 'function' && (typeof ctor !== 'object' || ctor === null)) {
    throw new TypeError('Object.defineProperty called on non-object');
  }
  Object.defineProperty(ctor, 'super_', {
    __proto__: null, value: superCtor, writable: true, configurable: true,
  });
  if (ctor.prototype === undefined || ctor.prototype === null) {
    throw new TypeError('Object.setPrototypeOf called on null or undefined');
  }
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function deliverRejection(reason, cb) {
  if (!reason) {
    const err = new ERR_FALSY_VALUE_REJECTION(reason);
    err.reason = reason;
    reason = err;
  }
  cb(reason);
}

// callbackify turns an async function into one taking a Node-style
// callback last; results arrive on the next tick.
function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const last = args.pop();
    validateFunction(last, 'last argument');
    const self = this;
    const settled = Reflect.apply(original, this, args);
    settled.then(
      (value) => process.nextTick(() => Reflect.apply(last, self, [null, value])),
      (reason) => process.nextTick(deliverRejection, reason, (err) => Reflect.apply(last, self, [err])),
    );
  }
  const own = Object.getOwnPropertyDescriptors(original);
  if (own.length !== undefined && typeof own.length.value === 'number') own.length.value += 1;
  if (own.name !== undefined && typeof own.name.value === 'string') {
    own.name.value += 'Callbackified';
  }
  Object.defineProperties(callbackified, own);
  return callbackified;
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  for (let i = 0; i < keys.length; i++) target[keys[i]] = source[keys[i]];
  return target;
}

let deepStrictEqual;
function isDeepStrictEqual(a, b, skipPrototype) {
  deepStrictEqual ??= require('internal/util/comparisons').isDeepStrictEqual;
  return deepStrictEqual(a, b, skipPrototype);
}

const surrogate = /[\ud800-\udfff]/;
// toUSVString replaces each lone surrogate of a string with U+FFFD.
function toUSVString(input) {
  const str = `${input}`;
  if (!surrogate.test(str)) return str;
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += str[i] + str[i + 1];
        i++;
        continue;
      }
    }
    out += c >= 0xd800 && c <= 0xdfff ? '\ufffd' : str[i];
  }
  return out;
}

// ANSI escape sequences: CSI (ESC [ or 0x9B, parameters, final byte), OSC
// (ESC ], ended by BEL or ESC \), and two-byte ESC sequences.
const controlSequences = new RegExp(
  '(?:\\x1b\\[|\\x9b)[0-?]*[ -/]*[@-~]' +
  '|\\x1b\\][^\\x07\\x1b]*(?:\\x07|\\x1b\\\\)' +
  '|\\x1b[@-Z\\\\-_]', 'g');

function stripVTControlCharacters(str) {
  validateString(str, 'str');
  return str.replace(controlSequences, '');
}

function markPromiseAsHandled(promise) {
  if (!types.isPromise(promise)) {
    throw new ERR_INVALID_ARG_TYPE('promise', 'Promise', promise);
  }
  promise.then(undefined, () => {});
}

// --- styleText ----------------------------------------------------------------

function colorsEnabled(stream) {
  const env = process.env;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined) return false;
  if (stream === null || typeof stream !== 'object' || !stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function isStreamLike(stream) {
  if (stream === null || typeof stream !== 'object') return false;
  if (typeof stream.on !== 'function') {
    // A web stream.
    return typeof stream.getReader === 'function' || typeof stream.getWriter === 'function';
  }
  return typeof stream.pipe === 'function' || typeof stream.write === 'function';
}

function styleText(format, text, options) {
  validateString(text, 'text');
  let validateStream = true;
  let stream = process.stdout;
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.validateStream !== undefined) validateStream = options.validateStream;
    if (options.stream !== undefined) stream = options.stream;
  }
  validateBoolean(validateStream, 'options.validateStream');
  let plain = false;
  if (validateStream) {
    if (!isStreamLike(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    plain = !colorsEnabled(stream);
  }
  const formats = Array.isArray(format) ? format : [format];
  const colors = lazyInspect().inspect.colors;
  let open = '';
  let close = '';
  let body = text;
  for (let i = 0; i < formats.length; i++) {
    const name = formats[i];
    if (name === 'none') continue;
    const codes = typeof name === 'string' && Object.hasOwn(colors, name) ? colors[name] : undefined;
    if (codes === undefined) {
      const allowed = Object.getOwnPropertyNames(colors).map((k) => `'${k}'`).join(', ');
      throw new errors.codes.ERR_INVALID_ARG_VALUE('format', name, `must be one of: ${allowed}`);
    }
    if (plain) continue;
    const start = `\u001b[${codes[0]}m`;
    const end = `\u001b[${codes[1]}m`;
    // Text that ends this style inside the string must not end it for the
    // rest of the string: start it again there (bold and dim share their
    // end code, so that one stays).
    // An end code closing the text itself is kept as it is.
    const reopen = codes[1] === 22 ? end + start : start;
    const closesText = body.endsWith(end);
    if (closesText) body = body.slice(0, body.length - end.length);
    body = body.replaceAll(end, reopen);
    if (closesText) body += end;
    open += start;
    close = end + close;
  }
  return plain ? text : open + body + close;
}

// --- Call sites -----------------------------------------------------------------

function getCallSites(frameCount = 10, options) {
  if (options === undefined && frameCount !== null && typeof frameCount === 'object') {
    options = frameCount;
    frameCount = 10;
  }
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.sourceMap !== undefined) validateBoolean(options.sourceMap, 'options.sourceMap');
  }
  v.validateNumber(frameCount, 'frameCount');
  if (!Number.isInteger(frameCount)) {
    throw new ERR_OUT_OF_RANGE('frameCount', 'an integer', frameCount);
  }
  if (frameCount < 1 || frameCount > 200) {
    throw new ERR_OUT_OF_RANGE('frameCount', '>= 1 && <= 200', frameCount);
  }
  return callsite.stack('getCallSites', frameCount);
}

// --- Lazily loaded members --------------------------------------------------------

// AbortSignal helpers live with AbortController.
function fromAbortController(name) {
  return require('internal/abort_controller')[name];
}

function setTraceSigInt(enable) {}

const SIGNALS = binding('constants').os.signals;
function convertProcessSignalToExitCode(signalCode) {
  v.validateOneOf(signalCode, 'signalCode', Object.keys(SIGNALS));
  return 128 + SIGNALS[signalCode];
}

// parseEnv reads dotenv text: KEY=value lines, '#' comments, an optional
// 'export ' prefix, values in '', "" (with \n escapes) or `` quotes,
// which may span lines.
function parseEnv(content) {
  validateString(content, 'content');
  const result = { __proto__: null };
  const text = content.replace(/\r\n?/g, '\n');
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = n;
    let line = text.slice(pos, eol).trimStart();
    pos = eol + 1;
    if (line === '' || line[0] === '#') continue;
    if (line.startsWith('export ')) line = line.slice(7).trimStart();
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line.slice(0, eq).trim();
    // line ends at eol: find where its value starts in text.
    let start = eol - (line.length - eq - 1);
    while (start < eol && (text[start] === ' ' || text[start] === '\t')) start++;
    const quote = text[start];
    let value;
    const close = quote === '"' || quote === "'" || quote === '`' ?
      text.indexOf(quote, start + 1) : -1;
    if (close !== -1) {
      value = text.slice(start + 1, close);
      if (quote === '"') value = value.replace(/\\n/g, '\n');
      const next = text.indexOf('\n', close);
      pos = next === -1 ? n : next + 1;
    } else {
      value = text.slice(start, eol);
      const hash = value.indexOf('#');
      if (hash !== -1) value = value.slice(0, hash);
      value = value.trim();
    }
    if (key !== '') result[key] = value;
  }
  return result;
}

const util = module.exports;
defineLazyProperties(util, 'internal/util/inspect', ['format', 'formatWithOptions', 'inspect']);
util.promisify = promisify;
util.callbackify = callbackify;
util.inherits = inherits;
util.deprecate = deprecate;
util.debuglog = debuglog;
util.debug = debuglog;
util.types = types;
util.isDeepStrictEqual = isDeepStrictEqual;
util.styleText = styleText;
util.stripVTControlCharacters = stripVTControlCharacters;
util.toUSVString = toUSVString;
util.getSystemErrorName = getSystemErrorName;
util.getSystemErrorMap = getSystemErrorMap;
util.getSystemErrorMessage = getSystemErrorMessage;
util.getCallSites = getCallSites;
util.markPromiseAsHandled = markPromiseAsHandled;
util.parseEnv = parseEnv;
util.setTraceSigInt = setTraceSigInt;
util.convertProcessSignalToExitCode = convertProcessSignalToExitCode;
util._errnoException = _errnoException;
util._exceptionWithHostPort = _exceptionWithHostPort;
util._extend = deprecateInternal(_extend,
  'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060');
util.isArray = deprecateInternal(Array.isArray,
  'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044');
for (const name of ['aborted', 'transferableAbortController', 'transferableAbortSignal']) {
  Object.defineProperty(util, name, {
    __proto__: null, enumerable: true, configurable: true,
    get: { [name]() { return fromAbortController(name); } }[name],
  });
}

defineLazyProperties(module.exports, 'internal/util/parse_args/parse_args', ['parseArgs']);
defineLazyProperties(module.exports, 'internal/encoding', ['TextDecoder', 'TextEncoder']);
defineLazyProperties(module.exports, 'internal/mime', ['MIMEType', 'MIMEParams']);
defineLazyProperties(module.exports, 'internal/util/diff', ['diff']);
