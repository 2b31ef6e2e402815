'use strict';
// Duplex.from: a Duplex out of a stream, an iterable, an async generator
// function, a promise, or a { readable, writable } pair. combine, also used
// by compose, joins a writable and a readable into one Duplex.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE },
} = require('internal/errors');
const {
  isDuplexNodeStream,
  isIterable,
  isNodeStream,
  isReadable,
  isReadableNodeStream,
  isWritable,
  isWritableNodeStream,
} = require('internal/streams/utils');
const from = require('internal/streams/from');
const { lazyAbortController } = require('internal/streams/nodenet_iter');

let S;
function stream() {
  if (S === undefined) S = require('stream');
  return S;
}

let DuplexifyClass;
function Duplexify() {
  if (DuplexifyClass === undefined) {
    DuplexifyClass = class Duplexify extends stream().Duplex {};
  }
  return DuplexifyClass;
}

// Joint is the state of a Duplex made of a writable w and a readable r:
// writes go to w with its backpressure, reads come from r.
class Joint {
  constructor(d, w, r) {
    this.d = d;
    this.w = w;
    this.r = r;
    this.ondrain = null;
    this.onfinish = null;
    this.reading = false;
  }

  write(chunk, encoding, cb) {
    if (this.w.write(chunk, encoding)) cb();
    else this.ondrain = cb;
  }

  final(cb) {
    this.onfinish = cb;
    this.w.end();
  }

  drained() {
    const cb = this.ondrain;
    if (cb !== null) {
      this.ondrain = null;
      cb();
    }
  }

  finished(err) {
    const cb = this.onfinish;
    this.onfinish = null;
    if (cb !== null) cb(err);
  }

  read() {
    const r = this.r;
    const d = this.d;
    for (;;) {
      const chunk = r.read();
      if (chunk === null) {
        this.reading = true;
        return;
      }
      if (!d.push(chunk)) return;
    }
  }

  readable() {
    if (this.reading) {
      this.reading = false;
      this.read();
    }
  }
}

function jointWrite(chunk, encoding, cb) {
  this[kJoint].write(chunk, encoding, cb);
}

function jointFinal(cb) {
  this[kJoint].final(cb);
}

function jointRead() {
  this[kJoint].read();
}

const kJoint = Symbol('kJoint');

// combine makes a Duplex writing into w and reading from r (either may be
// missing); its writable side finishes when finishOn (w if not given)
// finishes. With owned set (a pair given to Duplex.from) the Duplex fails
// and is destroyed with its parts; compose watches its parts itself.
function combine(w, r, Class, owned, finishOn) {
  const writable = w != null && !!isWritable(w);
  const readable = r != null && !!isReadable(r);
  const d = new Class({
    writableObjectMode: !!w?.writableObjectMode,
    readableObjectMode: !!r?.readableObjectMode,
    writable,
    readable,
  });
  const j = new Joint(d, w, r);
  Object.defineProperty(d, kJoint, { value: j, configurable: true });
  const { finished, destroy } = stream();
  if (writable) {
    d._write = jointWrite;
    d._final = jointFinal;
    w.on('drain', () => j.drained());
    finished(finishOn || w, { readable: false, writable: true }, (err) => {
      if (err && owned) destroy(d, err);
      j.finished(err);
    });
  }
  if (readable) {
    d._read = jointRead;
    r.on('readable', () => j.readable());
    finished(r, { readable: true, writable: false }, (err) => {
      if (err) {
        if (owned) destroy(d, err);
        return;
      }
      d.push(null);
    });
  }
  if (owned) {
    d._destroy = (err, cb) => {
      j.ondrain = j.onfinish = null;
      j.reading = false;
      if (w != null && !w.destroyed) destroy(w, err);
      if (r != null && !r.destroyed) destroy(r, err);
      cb(err);
    };
  }
  return d;
}

// WriteSource is what an async generator function given to Duplex.from
// iterates: the chunks written to the Duplex, one at a time; each write
// completes when the function takes its chunk.
class WriteSource {
  constructor(signal) {
    this.signal = signal;
    this.pending = null;
    this.resolve = null;
    this.reject = null;
    this.ended = false;
    this.executor = (resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    };
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  next() {
    if (this.ended) return Promise.resolve({ done: true, value: undefined });
    const p = this.pending;
    if (p !== null) {
      this.pending = null;
      try {
        return Promise.resolve(this.take(p));
      } catch (err) {
        return Promise.reject(err);
      }
    }
    if (this.signal.aborted) return Promise.reject(this.abortError());
    return new Promise(this.executor);
  }

  abortError() {
    this.ended = true;
    return new AbortError(undefined, { cause: this.signal.reason });
  }

  take(p) {
    process.nextTick(p.cb);
    if (p.done) {
      this.ended = true;
      return { done: true, value: undefined };
    }
    if (this.signal.aborted) throw this.abortError();
    return { done: false, value: p.chunk };
  }

  put(p) {
    const resolve = this.resolve;
    if (resolve === null) {
      this.pending = p;
      return;
    }
    const reject = this.reject;
    this.resolve = this.reject = null;
    let r;
    try {
      r = this.take(p);
    } catch (err) {
      reject(err);
      return;
    }
    resolve(r);
  }

  // abort ends a function waiting for a chunk when the Duplex is destroyed.
  abort() {
    const reject = this.reject;
    if (reject === null) return;
    this.resolve = this.reject = null;
    reject(this.abortError());
  }

  return() {
    this.ended = true;
    return Promise.resolve({ done: true, value: undefined });
  }
}

function fromFunction(fn, name) {
  const AC = lazyAbortController();
  const ac = new AC();
  const src = new WriteSource(ac.signal);
  const value = fn(src, { signal: ac.signal });
  const write = (chunk, encoding, cb) => { src.put({ chunk, cb, done: false }); };
  const stop = () => {
    ac.abort();
    src.abort();
  };
  const Class = Duplexify();
  if (isIterable(value)) {
    return from(Class, value, {
      objectMode: true,
      highWaterMark: 1,
      write,
      final(cb) { src.put({ chunk: undefined, cb, done: true }); },
    }, stop);
  }
  if (value != null && typeof value.then === 'function') {
    const d = new Class({
      objectMode: true,
      highWaterMark: 1,
      readable: false,
      write,
      final(cb) {
        src.put({
          chunk: undefined,
          done: true,
          cb() {
            value.then(() => process.nextTick(cb, null), (err) => process.nextTick(cb, err));
          },
        });
      },
      destroy(err, cb) {
        stop();
        cb(err);
      },
    });
    value.then(undefined, (err) => stream().destroy(d, err));
    return d;
  }
  throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
}

function fromPromise(p) {
  const d = new (Duplexify())({ objectMode: true, writable: false, read() {} });
  p.then((value) => {
    if (value != null) d.push(value);
    d.push(null);
  }, (err) => stream().destroy(d, err));
  return d;
}

function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return combine(null, body, Duplexify(), true);
  if (isWritableNodeStream(body)) return combine(body, null, Duplexify(), true);
  if (isNodeStream(body)) return combine(null, null, Duplexify(), true);
  if (typeof body === 'function') return fromFunction(body, name);
  if (isIterable(body)) return from(Duplexify(), body, { objectMode: true, writable: false });
  if (body != null && typeof body.then === 'function') return fromPromise(body);
  if (body != null && (typeof body.readable === 'object' || typeof body.writable === 'object')) {
    let r = body.readable;
    let w = body.writable;
    if (r != null && !isReadableNodeStream(r)) r = duplexify(r);
    if (w != null && !isWritableNodeStream(w)) w = duplexify(w);
    return combine(w, r, Duplexify(), true);
  }
  throw new ERR_INVALID_ARG_TYPE(name, [
    'Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable',
    'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise',
  ], body);
}

duplexify.combine = combine;
module.exports = duplexify;
