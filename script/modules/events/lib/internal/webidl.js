'use strict';
// The few WebIDL conversions the event and abort classes apply to their
// arguments, with Node's errors: a TypeError with code
// ERR_INVALID_ARG_TYPE whose message names the argument (`${prefix}: ` and
// the context when given).

function codedTypeError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function fail(opts, what) {
  const context = opts?.context ?? 'Value';
  const prefix = opts?.prefix ? `${opts.prefix}: ` : '';
  return codedTypeError(`${prefix}${context} ${what}`);
}

// type(V) is the ECMAScript type of V in the spec's words.
function type(value) {
  if (value === null) return 'Null';
  switch (typeof value) {
    case 'undefined': return 'Undefined';
    case 'boolean': return 'Boolean';
    case 'number': return 'Number';
    case 'string': return 'String';
    case 'symbol': return 'Symbol';
    case 'bigint': return 'BigInt';
    default: return 'Object';
  }
}

const converters = {
  any(value) { return value; },
  boolean(value) { return !!value; },
  DOMString(value, opts = undefined) {
    if (typeof value === 'string') return value;
    if (typeof value === 'symbol') {
      throw fail(opts, 'is a Symbol and cannot be converted to a string.');
    }
    return `${value}`;
  },
  object(value, opts = undefined) {
    if (type(value) !== 'Object') throw fail(opts, 'is not an object.');
    return value;
  },
};

// createInterfaceConverter(name, test) converts to interface name: the
// value must pass test (a brand check).
function createInterfaceConverter(name, test) {
  return (value, opts = undefined) => {
    if (!test(value)) throw fail(opts, `is not of type ${name}.`);
    return value;
  };
}

// createSequenceConverter(convert) converts an iterable into an array of
// converted items; item i is reported as `${context}[i]`.
function createSequenceConverter(convert) {
  return (value, opts = undefined) => {
    if (type(value) !== 'Object') throw fail(opts, 'cannot be converted to sequence.');
    const method = value[Symbol.iterator];
    if (typeof method !== 'function') throw fail(opts, 'cannot be converted to sequence.');
    const iter = method.call(value);
    const out = [];
    const context = opts?.context ?? 'Value';
    const itemOpts = { prefix: opts?.prefix, context: '' };
    for (let r = iter.next(); !r.done; r = iter.next()) {
      itemOpts.context = `${context}[${out.length}]`;
      out.push(convert(r.value, itemOpts));
    }
    return out;
  };
}

// requiredArguments throws unless at least required arguments were given.
function requiredArguments(length, required, opts = undefined) {
  if (length >= required) return;
  const prefix = opts?.prefix ? `${opts.prefix}: ` : '';
  const args = required === 1 ? 'argument' : 'arguments';
  const err = new TypeError(`${prefix}${required} ${args} required, but only ${length} present.`);
  err.code = 'ERR_MISSING_ARGS';
  throw err;
}

module.exports = {
  converters, createInterfaceConverter, createSequenceConverter, requiredArguments, type,
};
