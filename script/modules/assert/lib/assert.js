'use strict';

// node:assert. The checks live in plain functions taking a settings object
// (diff mode, strictness, prototype checks); the module's functions use the
// defaults, and Assert instances their own settings.

// What only a failed check needs (inspect, AssertionError) and the deep
// comparisons are loaded on first use, not when assert is.
function inspect(value, options) {
  return require('internal/util/inspect').inspect(value, options);
}
const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_CONSTRUCT_CALL_REQUIRED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateOneOf } = require('internal/validators');
const { types } = require('util');
let AssertionErrorClass;
function assertionError() {
  return AssertionErrorClass ??= require('internal/assert/assertion_error');
}
let comparisons;
function isDeepEqual(a, b, skipPrototype) {
  return (comparisons ??= require('internal/util/comparisons')).isDeepEqual(a, b, skipPrototype);
}
function isDeepStrictEqual(a, b, skipPrototype) {
  return (comparisons ??= require('internal/util/comparisons')).isDeepStrictEqual(a, b, skipPrototype);
}
function isPartialStrictEqual(a, b) {
  return (comparisons ??= require('internal/util/comparisons')).isPartialStrictEqual(a, b);
}

const assertBinding = binding('assert');

const defaults = { diff: 'simple', strict: false, skipPrototype: false };
const kSettings = Symbol('kSettings');

// No exception was thrown (or no rejection happened).
const NOTHING = Symbol('nothing');

function settingsOf(self) {
  return self !== null && typeof self === 'object' && self[kSettings] !== undefined ?
    self[kSettings] : defaults;
}

// userText turns the message argument of a failed check into the text to
// use (undefined for a generated one); an Error given as message is thrown
// as it is.
function userText(message, actual, expected) {
  if (typeof message === 'string') return message;
  if (message instanceof Error) throw message;
  if (typeof message === 'function') {
    const text = message(actual, expected);
    return typeof text === 'string' ? text : undefined;
  }
  throw new ERR_INVALID_ARG_TYPE('message', ['string', 'function'], message);
}

// report throws the AssertionError of a failed comparison. given tells
// whether a message argument was passed at all.
function report(settings, actual, expected, operator, message, given) {
  const text = given ? userText(message, actual, expected) : undefined;
  throw new (assertionError())({ actual, expected, operator, message: text, diff: settings.diff });
}

function needTwo(argc) {
  if (argc < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
}

// okCheck is assert(), assert.ok() and assert.strict().
function okCheck(settings, argc, value, message) {
  if (value) return;
  let text;
  if (argc === 0) {
    text = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    text = falsyText(value);
  } else {
    const own = userText(message, value, true);
    if (own !== undefined) {
      throw new (assertionError())({ actual: value, expected: true, operator: '==', message: own, diff: settings.diff });
    }
    text = falsyText(value);
  }
  const err = new (assertionError())({ actual: value, expected: true, operator: '==', message: text, diff: settings.diff });
  err.generatedMessage = true;
  throw err;
}

// falsyText quotes the failing call from the caller's source.
function falsyText(value) {
  const call = assertBinding.callText();
  if (typeof call !== 'string') return `${inspect(value)} == true`;
  const nl = call.indexOf('\n');
  let line = nl === -1 ? call : call.slice(0, nl);
  if (line.endsWith('\r')) line = line.slice(0, -1);
  return `The expression evaluated to a falsy value:\n\n  ${line}\n`;
}

function isLooselyEqual(a, b) {
  // eslint-disable-next-line eqeqeq
  return a == b || (a !== a && b !== b);
}

function equalCheck(settings, argc, actual, expected, message) {
  needTwo(argc);
  if (settings.strict) return strictCheck(settings, argc, actual, expected, message);
  if (!isLooselyEqual(actual, expected)) report(settings, actual, expected, '==', message, argc > 2);
}

function notEqualCheck(settings, argc, actual, expected, message) {
  needTwo(argc);
  if (settings.strict) return notStrictCheck(settings, argc, actual, expected, message);
  if (isLooselyEqual(actual, expected)) report(settings, actual, expected, '!=', message, argc > 2);
}

function strictCheck(settings, argc, actual, expected, message) {
  needTwo(argc);
  if (!Object.is(actual, expected)) {
    report(settings, actual, expected, 'strictEqual', message, argc > 2);
  }
}

function notStrictCheck(settings, argc, actual, expected, message) {
  needTwo(argc);
  if (Object.is(actual, expected)) {
    report(settings, actual, expected, 'notStrictEqual', message, argc > 2);
  }
}

function deepCheck(settings, argc, actual, expected, message) {
  needTwo(argc);
  if (settings.strict) return deepStrictCheck(settings, argc, actual, expected, message);
  if (!isDeepEqual(actual, expected)) {
    report(settings, actual, expected, 'deepEqual', message, argc > 2);
  }
}

function notDeepCheck(settings, argc, actual, expected, message) {
  needTwo(argc);
  if (settings.strict) return notDeepStrictCheck(settings, argc, actual, expected, message);
  if (isDeepEqual(actual, expected)) {
    report(settings, actual, expected, 'notDeepEqual', message, argc > 2);
  }
}

function deepStrictCheck(settings, argc, actual, expected, message) {
  needTwo(argc);
  if (!isDeepStrictEqual(actual, expected, settings.skipPrototype)) {
    report(settings, actual, expected, 'deepStrictEqual', message, argc > 2);
  }
}

function notDeepStrictCheck(settings, argc, actual, expected, message) {
  needTwo(argc);
  if (isDeepStrictEqual(actual, expected, settings.skipPrototype)) {
    report(settings, actual, expected, 'notDeepStrictEqual', message, argc > 2);
  }
}

function partialCheck(settings, argc, actual, expected, message) {
  needTwo(argc);
  if (!isPartialStrictEqual(actual, expected)) {
    report(settings, actual, expected, 'partialDeepStrictEqual', message, argc > 2);
  }
}

function matchCheck(settings, argc, string, regexp, message, negated) {
  if (!types.isRegExp(regexp)) {
    throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  }
  const operator = negated ? 'doesNotMatch' : 'match';
  if (typeof string === 'string' && regexp.test(string) !== negated) return;
  let text = argc > 2 ? userText(message, string, regexp) : undefined;
  let generated = false;
  if (text === undefined) {
    generated = true;
    if (typeof string !== 'string') {
      // The text names the received value's typeof and its full inspection,
      // whatever kind of value it is.
      text = 'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})`;
    } else if (negated) {
      text = `The input was expected to not match the regular expression ${inspect(regexp)}. ` +
        `Input:\n\n${inspect(string)}\n`;
    } else {
      text = `The input did not match the regular expression ${inspect(regexp)}. ` +
        `Input:\n\n${inspect(string)}\n`;
    }
  }
  const err = new (assertionError())({ actual: string, expected: regexp, operator, message: text, diff: settings.diff });
  err.generatedMessage = generated;
  throw err;
}

function failCheck(settings, argc, message) {
  if (message instanceof Error) throw message;
  const err = new (assertionError())({
    operator: 'fail',
    message: argc === 0 || message === undefined ? 'Failed' : message,
    diff: settings.diff,
  });
  // Any falsy message counts as one the assertion made up itself.
  if (argc === 0 || !message) err.generatedMessage = true;
  throw err;
}

function ifErrorCheck(settings, err) {
  if (err === null || err === undefined) return;
  let shown;
  if (typeof err === 'object' && typeof err.message === 'string') {
    shown = err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  } else {
    shown = inspect(err);
  }
  throw new (assertionError())({
    actual: err,
    expected: null,
    operator: 'ifError',
    message: `ifError got unwanted exception: ${shown}`,
    diff: settings.diff,
  });
}

// --- throws, rejects and their negations ---------------------------------

// Comparison holds the keys of a validation object that a thrown error is
// compared on, so that the diff shows only those.
class Comparison {
  constructor(source, keys, actual) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (!(key in source)) continue;
      const value = source[key];
      if (actual !== undefined && typeof actual[key] === 'string' &&
          types.isRegExp(value) && value.test(actual[key])) {
        this[key] = actual[key];
      } else {
        this[key] = value;
      }
    }
  }
}

function checkErrorArg(error) {
  if (error !== undefined && error !== null && typeof error !== 'object' &&
      typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Function', 'Error', 'RegExp', 'Object'], error);
  }
}

function throwAs(operator, settings, options, generated) {
  const err = new (assertionError())({ ...options, diff: settings.diff });
  err.operator = operator;
  if (generated !== undefined) err.generatedMessage = generated;
  throw err;
}

// checkObject compares a caught value with a validation object: every key
// of it (and name and message for an Error) must be deep-equal, or match
// when the expected value is a RegExp and the actual one a string.
function checkObject(operator, settings, actual, expected, message) {
  const keys = Object.keys(expected);
  if (expected instanceof Error) {
    keys.push('name', 'message');
  } else if (keys.length === 0) {
    throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
  }
  if (actual === null || typeof actual !== 'object') {
    const err = new (assertionError())({
      actual, expected, operator: 'deepStrictEqual', message, diff: settings.diff,
    });
    err.operator = operator;
    throw err;
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const want = expected[key];
    if (typeof actual[key] === 'string' && types.isRegExp(want) && want.test(actual[key])) {
      continue;
    }
    if (key in actual && isDeepStrictEqual(actual[key], want)) continue;
    if (message) {
      throwAs(operator, settings, { actual, expected, message }, false);
    }
    const err = new (assertionError())({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      message,
      diff: settings.diff,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = operator;
    throw err;
  }
}

const functionText = Function.prototype.toString;

function isClass(fn) {
  try {
    return /^class\b/.test(functionText.call(fn));
  } catch {
    return false;
  }
}

// isErrorClass tells whether fn is a subclass of Error (Error itself is taken
// as a validation function, as Node does).
function isErrorClass(fn) {
  return Error.isPrototypeOf(fn);
}

// checkCaught validates what fn threw (or a promise rejected with) against
// the error argument of throws() or rejects().
function checkCaught(operator, settings, actual, expected, message) {
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) {
      const str = String(actual);
      if (expected.test(str)) return;
      throwAs(operator, settings, {
        actual,
        expected,
        message: message || `The input did not match the regular expression ${inspect(expected)}. ` +
          `Input:\n\n${inspect(str)}\n`,
      }, !message);
    }
    checkObject(operator, settings, actual, expected, message);
    return;
  }
  if (expected.prototype !== undefined && actual instanceof expected) return;
  if (isErrorClass(expected)) {
    let text = message;
    if (!text) {
      const isErr = actual instanceof Error || types.isNativeError(actual);
      const received = isErr && actual.constructor ? actual.constructor.name :
        inspect(actual, { depth: -1 });
      text = `The error is expected to be an instance of "${expected.name}". Received "${received}"`;
      if (isErr && actual.message) {
        text += `\n\nError message:\n\n${actual.message}`;
      }
    }
    throwAs(operator, settings, { actual, expected, message: text }, !message);
  }
  if (isClass(expected)) {
    throw new TypeError(`Class constructor ${expected.name} cannot be invoked without 'new'`);
  }
  const result = expected.call({}, actual);
  if (result === true) return;
  let text = message;
  if (!text) {
    const name = expected.name ? `"${expected.name}" ` : '';
    text = `The ${name}validation function is expected to return "true". Received ${inspect(result)}`;
    if (actual instanceof Error) text += `\n\nCaught error:\n\n${actual}`;
  }
  throwAs(operator, settings, { actual, expected, message: text }, !message);
}

// settle sorts out the (error, message) pair of throws() and rejects().
function settleErrorArg(caught, error, message, argc) {
  if (typeof error === 'string') {
    if (argc > 2) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (caught !== null && typeof caught === 'object') {
      if (caught.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
          `The error message "${caught.message}" is identical to the message.`);
      }
    } else if (caught === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
        `The error "${caught}" is identical to the message.`);
    }
    return { error: undefined, message: error };
  }
  checkErrorArg(error);
  return { error, message };
}

function expectCaught(operator, settings, caught, errorArg, messageArg, argc) {
  const { error, message } = settleErrorArg(caught, errorArg, messageArg, argc);
  if (caught === NOTHING) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const what = operator === 'rejects' ? 'rejection' : 'exception';
    throwAs(operator, settings, {
      actual: undefined, expected: error, message: `Missing expected ${what}${details}`,
    }, false);
  }
  if (error) checkCaught(operator, settings, caught, error, message);
}

// matchesForbidden tells whether doesNotThrow's error argument matches.
function matchesForbidden(actual, expected) {
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) return expected.test(String(actual));
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (isErrorClass(expected)) return false;
  return expected.call({}, actual) === true;
}

function expectNothing(operator, settings, caught, error, message) {
  if (caught === NOTHING) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || matchesForbidden(caught, error)) {
    const what = operator === 'doesNotReject' ? 'rejection' : 'exception';
    const details = message ? `: ${message}` : '.';
    throwAs(operator, settings, {
      actual: caught,
      expected: error,
      message: `Got unwanted ${what}${details}\nActual message: "${caught == null ? undefined : caught.message}"`,
    }, false);
  }
  throw caught;
}

function catchFrom(fn) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NOTHING;
}

function isThenable(v) {
  return types.isPromise(v) ||
    (v !== null && typeof v === 'object' && typeof v.then === 'function' &&
     typeof v.catch === 'function');
}

async function rejectionOf(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isThenable(promise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
    }
  } else if (isThenable(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (e) {
    return e;
  }
  return NOTHING;
}

async function rejectsCheck(settings, argc, promiseFn, error, message) {
  expectCaught('rejects', settings, await rejectionOf(promiseFn), error, message, argc);
}

async function doesNotRejectCheck(settings, promiseFn, error, message) {
  expectNothing('doesNotReject', settings, await rejectionOf(promiseFn), error, message);
}

// --- the module ------------------------------------------------------------

function ok() {
  okCheck(defaults, arguments.length, arguments[0], arguments[1]);
}

function assert() {
  okCheck(defaults, arguments.length, arguments[0], arguments[1]);
}

function strict() {
  okCheck(defaults, arguments.length, arguments[0], arguments[1]);
}

function fail(message) {
  failCheck(defaults, arguments.length, message);
}

function equal(actual, expected, message = undefined) {
  equalCheck(defaults, arguments.length, actual, expected, message);
}

function notEqual(actual, expected, message = undefined) {
  notEqualCheck(defaults, arguments.length, actual, expected, message);
}

function deepEqual(actual, expected, message = undefined) {
  deepCheck(defaults, arguments.length, actual, expected, message);
}

function notDeepEqual(actual, expected, message = undefined) {
  notDeepCheck(defaults, arguments.length, actual, expected, message);
}

function deepStrictEqual(actual, expected, message = undefined) {
  deepStrictCheck(defaults, arguments.length, actual, expected, message);
}

function notDeepStrictEqual(actual, expected, message = undefined) {
  notDeepStrictCheck(defaults, arguments.length, actual, expected, message);
}

function strictEqual(actual, expected, message = undefined) {
  strictCheck(defaults, arguments.length, actual, expected, message);
}

function notStrictEqual(actual, expected, message = undefined) {
  notStrictCheck(defaults, arguments.length, actual, expected, message);
}

function partialDeepStrictEqual(actual, expected, message = undefined) {
  partialCheck(defaults, arguments.length, actual, expected, message);
}

function match(string, regexp, message = undefined) {
  matchCheck(defaults, arguments.length, string, regexp, message, false);
}

function doesNotMatch(string, regexp, message = undefined) {
  matchCheck(defaults, arguments.length, string, regexp, message, true);
}

function throws(fn) {
  const error = arguments[1];
  const message = arguments[2];
  expectCaught('throws', defaults, catchFrom(fn), error, message, arguments.length);
}

async function rejects(promiseFn) {
  const error = arguments[1];
  const message = arguments[2];
  return rejectsCheck(defaults, arguments.length, promiseFn, error, message);
}

function doesNotThrow(fn) {
  const error = arguments[1];
  const message = arguments[2];
  expectNothing('doesNotThrow', defaults, catchFrom(fn), error, message);
}

async function doesNotReject(promiseFn) {
  const error = arguments[1];
  const message = arguments[2];
  return doesNotRejectCheck(defaults, promiseFn, error, message);
}

function ifError(err) {
  ifErrorCheck(defaults, err);
}

// Assert groups the checks under settings of its own: diff ('simple' or
// 'full'), strict (the loose checks act as the strict ones; the default)
// and skipPrototype (deep-equal checks ignore prototypes).
function Assert(options) {
  if (new.target === undefined) throw new ERR_CONSTRUCT_CALL_REQUIRED('Assert');
  const opts = options !== null && typeof options === 'object' ? options : {};
  if (opts.diff !== undefined) validateOneOf(opts.diff, 'options.diff', ['simple', 'full']);
  const settings = {
    diff: opts.diff === 'full' ? 'full' : 'simple',
    strict: opts.strict !== false,
    skipPrototype: opts.skipPrototype === true,
  };
  Object.defineProperty(this, kSettings, { __proto__: null, value: settings });
  this.AssertionError = assertionError();
  if (settings.strict) {
    this.equal = this.strictEqual;
    this.deepEqual = this.deepStrictEqual;
    this.notEqual = this.notStrictEqual;
    this.notDeepEqual = this.notDeepStrictEqual;
  }
}

// The methods are enumerable, as plain properties of the prototype.
Object.assign(Assert.prototype, {
  fail(message) {
    failCheck(settingsOf(this), arguments.length, message);
  },

  ok() {
    okCheck(settingsOf(this), arguments.length, arguments[0], arguments[1]);
  },

  equal(actual, expected, message = undefined) {
    equalCheck(settingsOf(this), arguments.length, actual, expected, message);
  },

  notEqual(actual, expected, message = undefined) {
    notEqualCheck(settingsOf(this), arguments.length, actual, expected, message);
  },

  deepEqual(actual, expected, message = undefined) {
    deepCheck(settingsOf(this), arguments.length, actual, expected, message);
  },

  notDeepEqual(actual, expected, message = undefined) {
    notDeepCheck(settingsOf(this), arguments.length, actual, expected, message);
  },

  deepStrictEqual(actual, expected, message = undefined) {
    deepStrictCheck(settingsOf(this), arguments.length, actual, expected, message);
  },

  notDeepStrictEqual(actual, expected, message = undefined) {
    notDeepStrictCheck(settingsOf(this), arguments.length, actual, expected, message);
  },

  strictEqual(actual, expected, message = undefined) {
    strictCheck(settingsOf(this), arguments.length, actual, expected, message);
  },

  notStrictEqual(actual, expected, message = undefined) {
    notStrictCheck(settingsOf(this), arguments.length, actual, expected, message);
  },

  partialDeepStrictEqual(actual, expected, message = undefined) {
    partialCheck(settingsOf(this), arguments.length, actual, expected, message);
  },

  throws(fn) {
    const settings = settingsOf(this);
    expectCaught('throws', settings, catchFrom(fn), arguments[1], arguments[2], arguments.length);
  },

  async rejects(promiseFn) {
    return rejectsCheck(settingsOf(this), arguments.length, promiseFn, arguments[1], arguments[2]);
  },

  doesNotThrow(fn) {
    expectNothing('doesNotThrow', settingsOf(this), catchFrom(fn), arguments[1], arguments[2]);
  },

  async doesNotReject(promiseFn) {
    return doesNotRejectCheck(settingsOf(this), promiseFn, arguments[1], arguments[2]);
  },

  ifError(err) {
    ifErrorCheck(settingsOf(this), err);
  },

  match(string, regexp, message = undefined) {
    matchCheck(settingsOf(this), arguments.length, string, regexp, message, false);
  },

  doesNotMatch(string, regexp, message = undefined) {
    matchCheck(settingsOf(this), arguments.length, string, regexp, message, true);
  },
});

const shared = {
  ok,
  fail,
  equal,
  notEqual,
  deepEqual,
  notDeepEqual,
  deepStrictEqual,
  notDeepStrictEqual,
  strictEqual,
  notStrictEqual,
  partialDeepStrictEqual,
  match,
  doesNotMatch,
  throws,
  rejects,
  doesNotThrow,
  doesNotReject,
  ifError,
};

// AssertionError first, as in Node, and loaded on first use; it becomes a
// plain data property then.
for (const target of [assert, strict]) {
  const settle = (value) => Object.defineProperty(target, 'AssertionError', {
    __proto__: null, value, writable: true, enumerable: true, configurable: true,
  });
  Object.defineProperty(target, 'AssertionError', {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get: function AssertionError() { const value = assertionError(); settle(value); return value; },
    set: function AssertionError(value) { settle(value); },
  });
}
Object.assign(assert, shared);
assert.strict = strict;
assert.Assert = Assert;

Object.assign(strict, shared, {
  equal: strictEqual,
  deepEqual: deepStrictEqual,
  notEqual: notStrictEqual,
  notDeepEqual: notDeepStrictEqual,
});
strict.Assert = Assert;
strict.strict = strict;

module.exports = assert;
