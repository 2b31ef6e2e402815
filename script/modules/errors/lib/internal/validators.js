'use strict';

// internal/validators: argument checks with Node's errors. They sit on hot
// paths, so the success path only tests types and ranges and allocates
// nothing; messages are composed only when a check fails.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
    ERR_SOCKET_BAD_PORT,
    ERR_UNKNOWN_SIGNAL,
  },
} = require('internal/errors');

const kMaxSafe = Number.MAX_SAFE_INTEGER;
const kMinSafe = Number.MIN_SAFE_INTEGER;
const kInt32Min = -2147483648;
const kInt32Max = 2147483647;
const kUint32Max = 4294967295;

// Flags of validateObject.
const kValidateObjectNone = 0;
const kValidateObjectAllowNullable = 1;
const kValidateObjectAllowArray = 2;
const kValidateObjectAllowFunction = 4;
const kValidateObjectAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
const kValidateObjectAllowObjectsAndNull = kValidateObjectAllowObjects | kValidateObjectAllowNullable;

const isInt32 = (value) => (value | 0) === value;
const isUint32 = (value) => (value >>> 0) === value;

function validateString(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

// validatePlainFunction accepts a function that is neither async nor a
// generator.
function validatePlainFunction(value, name) {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
  const tag = value[Symbol.toStringTag];
  if (tag === 'AsyncFunction' || tag === 'AsyncGeneratorFunction') {
    throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
  }
}

function validateUndefined(value, name) {
  if (value !== undefined) throw new ERR_INVALID_ARG_TYPE(name, 'undefined', value);
}

// rangeText words the bounds of validateNumber: ">= 0 && <= 3", ">= 0",
// "<= 3".
function rangeText(min, max) {
  if (min != null && max != null) return `>= ${min} && <= ${max}`;
  if (min != null) return `>= ${min}`;
  return `<= ${max}`;
}

function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (min == null && max == null) return;
  if ((min != null && value < min) || (max != null && value > max) || value !== value) {
    throw new ERR_OUT_OF_RANGE(name, rangeText(min, max), value);
  }
}

// checkInteger is the shared part of the integer validators.
function checkInteger(value, name, min, max) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateInteger(value, name, min = kMinSafe, max = kMaxSafe) {
  checkInteger(value, name, min, max);
}

function validateInt32(value, name, min = kInt32Min, max = kInt32Max) {
  if (typeof value === 'number' && value === (value | 0) && value >= min && value <= max) return;
  checkInteger(value, name, min, max);
}

function validateUint32(value, name, positive = false) {
  if (typeof value === 'number' && value === (value >>> 0) && (value !== 0 || !positive)) return;
  checkInteger(value, name, positive ? 1 : 0, kUint32Max);
}

// validateFiniteNumber returns whether number is finite; undefined and NaN
// are false, infinities and non-numbers throw.
function validateFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (number !== number && typeof number === 'number') return false;
  validateNumber(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

// checkRangesOrGetDefault returns number when it lies in [lower, upper],
// def when it is undefined or NaN, and throws otherwise.
function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
}

function validateObject(value, name, options = kValidateObjectNone) {
  if (options === kValidateObjectNone) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
    }
    return;
  }
  let ok;
  if (value === null) ok = (options & kValidateObjectAllowNullable) !== 0;
  else if (typeof value === 'function') ok = (options & kValidateObjectAllowFunction) !== 0;
  else if (typeof value !== 'object') ok = false;
  else ok = (options & kValidateObjectAllowArray) !== 0 || !Array.isArray(value);
  if (!ok) throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
}

function validateDictionary(value, name) {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'a dictionary', value);
  }
}

function validateArray(value, name, minLength = 0) {
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
  if (value.length < minLength) {
    throw new ERR_INVALID_ARG_VALUE(name, value, `must have a length of at least ${minLength}`);
  }
}

function validateStringArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string') validateString(value[i], `${name}[${i}]`);
  }
}

function validateBooleanArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'boolean') validateBoolean(value[i], `${name}[${i}]`);
  }
}

// oneOfText lists the allowed values as Node's message shows them.
function oneOfText(values) {
  let out = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) out += ', ';
    out += typeof v === 'string' ? `'${v}'` : String(v);
  }
  return out;
}

function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    throw new ERR_INVALID_ARG_VALUE(name, value, `must be one of: ${oneOfText(oneOf)}`);
  }
}

function validateUnion(value, name, union) {
  if (!union.includes(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, `('${union.join('|')}')`, value);
  }
}

function validateStringWithoutNullBytes(value, name) {
  validateString(value, name);
  if (value.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string without null bytes');
  }
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function validateAbortSignalArray(signals, name) {
  validateArray(signals, name);
  for (let i = 0; i < signals.length; i++) validateAbortSignal(signals[i], `${name}[${i}]`);
}

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

// validateEncoding rejects hex data of odd length.
function validateEncoding(data, encoding) {
  if (typeof encoding === 'string' && data.length % 2 !== 0 &&
      (encoding === 'hex' || encoding.toLowerCase() === 'hex')) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
}

// validatePort accepts a number or numeric string in [0, 65535] (1 up
// when allowZero is false) and returns it as a number.
function validatePort(port, name = 'Port', allowZero = true) {
  const kind = typeof port;
  if (kind === 'number' || (kind === 'string' && port.trim().length > 0)) {
    const n = +port;
    if (n === (n >>> 0) && n <= 0xFFFF && (n !== 0 || allowZero)) return n | 0;
  }
  throw new ERR_SOCKET_BAD_PORT(name, port, allowZero);
}

let signalNumbers;
function validateSignalName(signal, name = 'signal') {
  validateString(signal, name);
  if (signalNumbers === undefined) signalNumbers = require('os').constants.signals;
  if (signalNumbers[signal] === undefined) {
    if (signalNumbers[signal.toUpperCase()] !== undefined) {
      throw new ERR_UNKNOWN_SIGNAL(`${signal} (signals must use all capital letters)`);
    }
    throw new ERR_UNKNOWN_SIGNAL(signal);
  }
}

function validateThisInternalField(object, fieldKey, className) {
  if (typeof object !== 'object' || object === null || !(fieldKey in object)) {
    throw new ERR_INVALID_THIS(className);
  }
}

// parseFileMode reads a mode given as a number or an octal string (def
// when it is null or undefined).
function parseFileMode(value, name, def) {
  if (value == null) value = def;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

// Every validator, in alphabetical order.
const validators = {
  checkRangesOrGetDefault,
  parseFileMode,
  validateAbortSignal,
  validateAbortSignalArray,
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateBuffer,
  validateDictionary,
  validateEncoding,
  validateFiniteNumber,
  validateFunction,
  validateInteger,
  validateInt32,
  validateNumber,
  validateObject,
  validateOneOf,
  validatePlainFunction,
  validatePort,
  validateSignalName,
  validateString,
  validateStringArray,
  validateStringWithoutNullBytes,
  validateThisInternalField,
  validateUint32,
  validateUndefined,
  validateUnion,
};
// Callers may use v.withoutStackTrace(...): the frames of this file are
// dropped from the errors' stacks in any case.
for (const key of Object.keys(validators)) validators[key].withoutStackTrace = validators[key];

module.exports = {
  ...validators,
  isInt32,
  isUint32,
  // The flags of validateObject.
  kValidateObjectNone,
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowObjects,
  kValidateObjectAllowFunction,
  kValidateObjectAllowObjectsAndNull,
};
