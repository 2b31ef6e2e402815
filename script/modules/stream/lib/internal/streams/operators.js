'use strict';
// nodenet: Node's lib/internal/streams/operators.js is written with async
// generators and `for await`, which goja cannot run. These are the same
// operators written with explicit async iterators; map runs one item at a
// time (the concurrency option is validated but not used).

const {
  MathFloor,
  Number,
  NumberIsNaN,
  SymbolAsyncIterator,
} = primordials;

const {
  AbortError,
  codes: {
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateInteger,
  validateObject,
  validateFunction,
} = require('internal/validators');
const { getAsyncIterator, forAwait } = require('internal/streams/nodenet_iter');

const kEmpty = Symbol('kEmpty');

function validateOptions(options) {
  if (options != null) {
    validateObject(options, 'options');
  }
  if (options?.signal != null) {
    validateAbortSignal(options.signal, 'options.signal');
  }
}

function checkAborted(options) {
  if (options?.signal?.aborted) {
    throw new AbortError(undefined, { cause: options.signal.reason });
  }
}

// iterable builds an async iterable from a next() function.
function iterable(source, next) {
  let done = false;
  return {
    [SymbolAsyncIterator]() { return this; },
    async next() {
      if (done) return { done: true, value: undefined };
      try {
        const r = await next();
        if (r.done) done = true;
        return r;
      } catch (err) {
        done = true;
        throw err;
      }
    },
    async return(value) {
      if (!done) {
        done = true;
        if (typeof source.return === 'function') await source.return();
      }
      return { done: true, value };
    },
  };
}

function map(fn, options) {
  validateFunction(fn, 'fn');
  validateOptions(options);
  let concurrency = 1;
  if (options?.concurrency != null) {
    concurrency = MathFloor(options.concurrency);
  }
  let highWaterMark = concurrency - 1;
  if (options?.highWaterMark != null) {
    highWaterMark = MathFloor(options.highWaterMark);
  }
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  const source = getAsyncIterator(this);
  const signal = options?.signal;
  return iterable(source, async () => {
    for (;;) {
      checkAborted(options);
      const r = await source.next();
      if (r.done) return r;
      const value = await fn(r.value, { signal });
      if (value !== kEmpty) return { done: false, value };
    }
  });
}

async function some(fn, options = undefined) {
  let found = false;
  await forAwait(filter.call(this, fn, options), () => {
    found = true;
    return true;
  });
  return found;
}

async function every(fn, options = undefined) {
  validateFunction(fn, 'fn');
  // https://en.wikipedia.org/wiki/De_Morgan%27s_laws
  return !(await some.call(this, async (...args) => {
    return !(await fn(...args));
  }, options));
}

async function find(fn, options) {
  let result;
  await forAwait(filter.call(this, fn, options), (value) => {
    result = value;
    return true;
  });
  return result;
}

async function forEach(fn, options) {
  validateFunction(fn, 'fn');
  async function forEachFn(value, options) {
    await fn(value, options);
    return kEmpty;
  }
  await forAwait(map.call(this, forEachFn, options), () => {});
}

function filter(fn, options) {
  validateFunction(fn, 'fn');
  async function filterFn(value, options) {
    if (await fn(value, options)) {
      return value;
    }
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

// Specific to provide better error to reduce since the argument is only
// missing if the stream has no items in it - but the code is still appropriate
class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  validateFunction(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (options?.signal?.aborted) {
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {}); // The error is already propagated
    const { finished } = require('internal/streams/end-of-stream');
    await finished(this.destroy(err));
    throw err;
  }
  let gotAnyItemFromStream = false;
  await forAwait(this, async (value) => {
    gotAnyItemFromStream = true;
    if (options?.signal?.aborted) {
      throw new AbortError();
    }
    if (!hasInitialValue) {
      initialValue = value;
      hasInitialValue = true;
    } else {
      initialValue = await reducer(initialValue, value, { signal: options?.signal });
    }
  });
  if (!gotAnyItemFromStream && !hasInitialValue) {
    throw new ReduceAwareErrMissingArgs();
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  await forAwait(this, (val) => {
    checkAborted(options);
    result.push(val);
  });
  return result;
}

function flatMap(fn, options) {
  const values = getAsyncIterator(map.call(this, fn, options));
  let inner = null;
  return iterable(values, async () => {
    for (;;) {
      if (inner !== null) {
        const r = await inner.next();
        if (!r.done) return r;
        inner = null;
      }
      const r = await values.next();
      if (r.done) return r;
      inner = getAsyncIterator(r.value);
    }
  });
}

function toIntegerOrInfinity(number) {
  // We coerce here to align with the spec
  // https://github.com/tc39/proposal-iterator-helpers/issues/169
  number = Number(number);
  if (NumberIsNaN(number)) {
    return 0;
  }
  if (number < 0) {
    throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  }
  return number;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const source = getAsyncIterator(this);
  return iterable(source, async () => {
    checkAborted(options);
    for (;;) {
      const r = await source.next();
      checkAborted(options);
      if (r.done || number-- <= 0) return r;
    }
  });
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const source = getAsyncIterator(this);
  return iterable(source, async () => {
    checkAborted(options);
    if (number <= 0) {
      if (typeof source.return === 'function') await source.return();
      return { done: true, value: undefined };
    }
    const r = await source.next();
    checkAborted(options);
    if (!r.done) number--;
    return r;
  });
}

module.exports.streamReturningOperators = {
  drop,
  filter,
  flatMap,
  map,
  take,
};

module.exports.promiseReturningOperators = {
  every,
  forEach,
  reduce,
  toArray,
  some,
  find,
};
