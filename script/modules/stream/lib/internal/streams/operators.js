'use strict';
// The Readable operators (map, filter, flatMap, drop, take, forEach, toArray,
// reduce, some, every, find). Those that give a stream return an async
// iterable here, which stream.js turns into a Readable; the others return a
// promise. They read the stream through its own async iterator, so leaving
// early (an error, take's end, some's answer) destroys the stream.

const {
  AbortError,
  codes: { ERR_MISSING_ARGS, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateFunction,
  validateInteger,
  validateObject,
} = require('internal/validators');
const { getAsyncIterator, lazyAbortController } = require('internal/streams/nodenet_iter');

// resolved schedules a callback as a microtask (cheaper here than
// queueMicrotask, which wraps each callback).
const resolved = Promise.resolve();

const MAP = 0;
const FILTER = 1;
const DISCARD = 2;

function checkOptions(options) {
  if (options != null) validateObject(options, 'options');
  const signal = options?.signal;
  if (signal != null) validateAbortSignal(signal, 'options.signal');
  return signal;
}

// checkCount gives drop's and take's count: a number, NaN counting as 0
// (a fraction counts as the next integer up, as the loops compare with 0).
function checkCount(n) {
  n = Number(n);
  if (n !== n) return 0;
  if (n < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', n);
  return n;
}

function abortError(signal, withCause) {
  return withCause ? new AbortError(undefined, { cause: signal.reason }) : new AbortError();
}

// Entry is one value in a MapIter's queue: pending, settled or failed.
class Entry {
  constructor() {
    this.state = 0; // 0 pending, 1 value, 2 error, 3 dropped
    this.value = undefined;
    this.input = undefined; // what a filter gives when it keeps the value
  }
}

// MapIter runs fn over the stream's values with at most `concurrency` calls
// pending and at most concurrency + highWaterMark results waiting for the
// reader, and gives the results in the stream's order.
class MapIter {
  constructor(stream, fn, concurrency, hwm, signal, kind) {
    this.stream = stream;
    this.fn = fn;
    this.kind = kind;
    this.concurrency = concurrency;
    this.limit = concurrency + hwm;
    this.signal = signal;
    this.src = null;
    this.queue = [];
    this.active = 0;
    this.pulling = false;
    this.srcDone = false;
    this.closed = false;
    this.resolve = null;
    this.reject = null;
    this.handed = false; // the head was given to the reader, who has not asked again
    const AC = lazyAbortController();
    this.ac = new AC();
    this.fnOptions = { signal: this.ac.signal };
    this.onSrc = (r) => this.gotSource(r);
    this.onSrcError = (err) => this.sourceFailed(err);
    this.onAbort = null;
    this.onFill = () => this.fill();
    this.executor = (resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    };
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  start() {
    this.src = this.stream[Symbol.asyncIterator]();
    const signal = this.signal;
    if (signal != null) {
      if (signal.aborted) {
        this.sourceFailed(abortError(signal, false));
        return;
      }
      this.onAbort = () => this.sourceFailed(abortError(signal, false));
      signal.addEventListener('abort', this.onAbort, { once: true });
    }
    this.fill();
  }

  fill() {
    if (this.pulling || this.srcDone || this.closed) return;
    if (this.active >= this.concurrency || this.queue.length >= this.limit) return;
    this.pulling = true;
    let p;
    try {
      p = this.src.next();
    } catch (err) {
      this.sourceFailed(err);
      return;
    }
    p.then(this.onSrc, this.onSrcError);
  }

  gotSource(r) {
    this.pulling = false;
    if (this.closed) return;
    if (r.done) {
      this.srcDone = true;
      this.wake();
      return;
    }
    const e = new Entry();
    if (this.kind === FILTER) e.input = r.value;
    this.queue.push(e);
    this.active++;
    let v;
    try {
      v = this.fn.call(undefined, r.value, this.fnOptions);
    } catch (err) {
      this.settle(e, 2, err);
      return;
    }
    if (v != null && typeof v.then === 'function') {
      this.await(e, v);
      this.fill();
    } else {
      this.settle(e, this.keep(v), v);
    }
  }

  async await(e, p) {
    let v;
    try {
      v = await p;
    } catch (err) {
      this.settle(e, 2, err);
      return;
    }
    this.settle(e, this.keep(v), v);
  }

  keep(v) {
    if (this.kind === FILTER) return v ? 1 : 3;
    if (this.kind === DISCARD) return 3;
    return 1;
  }

  settle(e, state, v) {
    this.active--;
    e.state = state;
    if (state === 2) e.value = v;
    else if (this.kind === FILTER) e.value = state === 1 ? e.input : undefined;
    else e.value = v;
    this.wake();
    this.fill();
  }

  sourceFailed(err) {
    this.pulling = false;
    if (this.srcDone || this.closed) return;
    this.srcDone = true;
    const e = new Entry();
    e.state = 2;
    e.value = err;
    this.queue.push(e);
    this.wake();
  }

  // wake answers a waiting next() when the head of the queue is ready.
  wake() {
    if (this.resolve === null) return;
    const q = this.queue;
    for (;;) {
      const head = q[0];
      if (head === undefined) {
        if (!this.srcDone) return;
        this.answer(true, undefined);
        this.finish();
        return;
      }
      if (head.state === 0) return;
      if (head.state === 3) {
        q.shift();
        continue;
      }
      if (head.state === 2) {
        const reject = this.reject;
        this.resolve = this.reject = null;
        this.finish();
        reject(head.value);
        return;
      }
      this.handed = true;
      this.answer(false, head.value);
      return;
    }
  }

  answer(done, value) {
    const resolve = this.resolve;
    this.resolve = this.reject = null;
    resolve({ done, value });
  }

  next() {
    if (this.closed) return Promise.resolve({ done: true, value: undefined });
    const p = new Promise(this.executor);
    if (this.src === null) {
      this.start();
    } else {
      if (this.handed) {
        this.handed = false;
        this.queue.shift();
      }
      resolved.then(this.onFill);
    }
    this.wake();
    return p;
  }

  // finish stops the work: fn's signal aborts and the stream is destroyed
  // unless it ended.
  finish() {
    if (this.closed) return undefined;
    this.closed = true;
    if (this.onAbort !== null) this.signal.removeEventListener('abort', this.onAbort);
    this.ac.abort();
    this.queue.length = 0;
    const src = this.src;
    if (src !== null && typeof src.return === 'function') {
      return src.return().then(undefined, () => {});
    }
    return undefined;
  }

  async return(value) {
    await this.finish();
    return { done: true, value };
  }
}

function makeMapIter(stream, fn, options, kind) {
  validateFunction(fn, 'fn');
  if (options != null) validateObject(options, 'options');
  let concurrency = 1;
  if (options?.concurrency != null) concurrency = Math.floor(options.concurrency);
  let hwm = concurrency - 1;
  if (options?.highWaterMark != null) hwm = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(hwm, 'options.highWaterMark', 0);
  const signal = options?.signal;
  if (signal != null) validateAbortSignal(signal, 'options.signal');
  return new MapIter(stream, fn, concurrency, hwm, signal, kind);
}

function map(fn, options) {
  return makeMapIter(this, fn, options, MAP);
}

function filter(fn, options) {
  return makeMapIter(this, fn, options, FILTER);
}

// FlatIter gives every value of every iterable the mapped values are.
class FlatIter {
  constructor(outer) {
    this.outer = outer;
    this.inner = null;
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  async next() {
    for (;;) {
      if (this.inner !== null) {
        const r = await this.inner.next();
        if (!r.done) return r;
        this.inner = null;
      }
      const o = await this.outer.next();
      if (o.done) return o;
      this.inner = getAsyncIterator(o.value);
    }
  }

  async return(value) {
    const inner = this.inner;
    this.inner = null;
    if (inner !== null && typeof inner.return === 'function') await inner.return();
    return this.outer.return(value);
  }
}

function flatMap(fn, options) {
  return new FlatIter(makeMapIter(this, fn, options, MAP));
}

// CountIter is drop (skip n values) and take (end after n values).
class CountIter {
  constructor(stream, n, signal, take) {
    this.stream = stream;
    this.left = n;
    this.signal = signal;
    this.take = take;
    this.src = null;
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  async next() {
    const signal = this.signal;
    if (signal?.aborted) {
      await this.return();
      throw abortError(signal, false);
    }
    if (this.src === null) this.src = this.stream[Symbol.asyncIterator]();
    if (this.take) {
      if (this.left <= 0) return this.return();
      this.left--;
      return this.src.next();
    }
    while (this.left > 0) {
      const r = await this.src.next();
      if (r.done) return r;
      this.left--;
    }
    return this.src.next();
  }

  async return(value) {
    if (this.src === null) this.src = this.stream[Symbol.asyncIterator]();
    await this.src.return();
    return { done: true, value };
  }
}

function drop(number, options) {
  number = checkCount(number);
  return new CountIter(this, number, checkOptions(options), false);
}

function take(number, options) {
  number = checkCount(number);
  return new CountIter(this, number, checkOptions(options), true);
}

// drain reads it to its end; found(value) returning true stops early.
async function drain(it, found) {
  try {
    for (;;) {
      const r = await it.next();
      if (r.done) return undefined;
      if (found !== undefined && found(r.value)) return r;
    }
  } finally {
    await it.return();
  }
}

async function forEach(fn, options) {
  await drain(makeMapIter(this, fn, options, DISCARD));
}

function pickTrue() {
  return true;
}

async function some(fn, options) {
  return (await drain(makeMapIter(this, fn, options, FILTER), pickTrue)) !== undefined;
}

async function every(fn, options) {
  validateFunction(fn, 'fn');
  const not = async (v, o) => !(await fn(v, o));
  return (await drain(makeMapIter(this, not, options, FILTER), pickTrue)) === undefined;
}

async function find(fn, options) {
  const r = await drain(makeMapIter(this, fn, options, FILTER), pickTrue);
  return r === undefined ? undefined : r.value;
}

// Reader reads a stream for toArray and reduce, checking the signal before
// every value; a signal aborted while it waits ends the stream's iterator.
class Reader {
  constructor(stream, signal) {
    this.it = stream[Symbol.asyncIterator]();
    this.signal = signal;
    this.onAbort = null;
    if (signal != null && !signal.aborted) {
      this.onAbort = () => { this.it.return(); };
      signal.addEventListener('abort', this.onAbort, { once: true });
    }
  }

  async next() {
    const signal = this.signal;
    if (signal?.aborted) throw abortError(signal, true);
    const r = await this.it.next();
    if (signal?.aborted) throw abortError(signal, true);
    return r;
  }

  async close() {
    if (this.onAbort !== null) this.signal.removeEventListener('abort', this.onAbort);
    await this.it.return();
  }
}

async function toArray(options) {
  const signal = checkOptions(options);
  const out = [];
  const rd = new Reader(this, signal);
  try {
    for (;;) {
      const r = await rd.next();
      if (r.done) return out;
      out.push(r.value);
    }
  } finally {
    await rd.close();
  }
}

function emptyReduce() {
  const err = new ERR_MISSING_ARGS('reduce');
  err.message = 'Reduce of an empty stream requires an initial value';
  return err;
}

async function reduce(reducer, initialValue, options) {
  validateFunction(reducer, 'reducer');
  const signal = checkOptions(options);
  let acc = initialValue;
  let has = arguments.length > 1;
  const AC = lazyAbortController();
  const ac = new AC();
  const fnOptions = { signal: ac.signal };
  const rd = new Reader(this, signal);
  try {
    for (;;) {
      const r = await rd.next();
      if (r.done) break;
      if (has) {
        acc = await reducer(acc, r.value, fnOptions);
      } else {
        acc = r.value;
        has = true;
      }
    }
  } catch (err) {
    ac.abort(err);
    throw err;
  } finally {
    await rd.close();
  }
  if (!has) throw emptyReduce();
  return acc;
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
