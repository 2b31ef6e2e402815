'use strict';
// What the tree takes from internalBinding('messaging'): the web platform's
// DOMException (a global, and the reason of aborted AbortSignals) and
// QuotaExceededError, its subclass. The legacy numeric codes come from
// nodeerr's table in Go (binding('domexception')), so both sides agree.
// MessagePort and MessageChannel are in internal/worker/io.

const { legacyCodes } = binding('domexception');

const codeOfName = new Map();
const legacyConstants = {};
for (let i = 0; i < legacyCodes.length; i++) {
  const row = legacyCodes[i];
  legacyConstants[row[0]] = row[2];
  if (row[1] !== '') codeOfName.set(row[1], row[2]);
}

// The name and message of each exception, out of reach of user code; an
// object is a DOMException when it has an entry here.
const slots = new WeakMap();

function invalidThis(what) {
  const err = new TypeError(`Value of "this" must be of ${what}`);
  err.code = 'ERR_INVALID_THIS';
  return err;
}

function slotsOf(obj) {
  const s = slots.get(obj);
  if (s === undefined) throw invalidThis('DOMException');
  return s;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    message = `${message}`;
    let name;
    let cause;
    let hasCause = false;
    if (options !== null && typeof options === 'object') {
      name = `${options.name}`;
      if ('cause' in options) {
        hasCause = true;
        cause = options.cause;
      }
    } else {
      name = `${options}`;
    }
    // An Error object (so that it has a stack and Error's internal slot)
    // that takes the prototype of the class constructed.
    const self = new Error();
    Object.setPrototypeOf(self, new.target.prototype);
    slots.set(self, { name, message });
    // The stack's header is taken when it is captured: capture it again now
    // that name and message answer, without the constructor's own frame.
    if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(self, new.target);
    if (hasCause) {
      Object.defineProperty(self, 'cause', {
        __proto__: null, value: cause, writable: true, enumerable: false, configurable: true,
      });
    }
    return self;
  }

  get name() { return slotsOf(this).name; }

  get message() { return slotsOf(this).message; }

  get code() { return codeOfName.get(slotsOf(this).name) ?? 0; }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
const accessors = { __proto__: null, enumerable: true, configurable: true };
Object.defineProperties(DOMException.prototype, {
  name: accessors,
  message: accessors,
  code: accessors,
  [Symbol.toStringTag]: { __proto__: null, value: 'DOMException', configurable: true },
});
for (const constant of Object.keys(legacyConstants)) {
  const desc = { __proto__: null, value: legacyConstants[constant], enumerable: true };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
}

// QuotaExceededError: a DOMException named "QuotaExceededError" with the
// optional quota and requested numbers of its options.
const quotaSlots = new WeakMap();

function quotaNumber(options, key) {
  if (!(key in options) || options[key] === undefined) return null;
  const n = +options[key];
  if (!Number.isFinite(n)) {
    throw new TypeError(`Cannot convert options.${key} to a double: the value is ${n}`);
  }
  if (n < 0) throw new RangeError(`options.${key} must not be negative`);
  return n;
}

class QuotaExceededError extends DOMException {
  constructor(message = '', options = undefined) {
    super(message, 'QuotaExceededError');
    let quota = null;
    let requested = null;
    if (options !== undefined && options !== null) {
      quota = quotaNumber(options, 'quota');
      requested = quotaNumber(options, 'requested');
      if (quota !== null && requested !== null && requested < quota) {
        throw new RangeError('options.requested must not be less than options.quota');
      }
    }
    quotaSlots.set(this, { quota, requested });
  }

  get quota() {
    const s = quotaSlots.get(this);
    if (s === undefined) throw invalidThis('QuotaExceededError');
    return s.quota;
  }

  get requested() {
    const s = quotaSlots.get(this);
    if (s === undefined) throw invalidThis('QuotaExceededError');
    return s.requested;
  }
}

Object.defineProperties(QuotaExceededError.prototype, {
  quota: accessors,
  requested: accessors,
  [Symbol.toStringTag]: { __proto__: null, value: 'QuotaExceededError', configurable: true },
});

module.exports = { DOMException, QuotaExceededError };
