'use strict';
// Readable.from: a Readable over an iterable or an async iterable. A string
// or a Buffer is one chunk. Values are pulled only while the stream asks for
// more; a promise among the values is awaited; destroying the stream closes
// the iterator (throw() with the error, else return()).

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_NULL_VALUES },
} = require('internal/errors');

// Source drives one iterator for one stream; its three callbacks are made
// once per stream, so pulling a value allocates no closure.
class Source {
  constructor(stream, it, isAsync) {
    this.stream = stream;
    this.it = it;
    this.isAsync = isAsync;
    this.reading = false;
    this.done = false;
    this.onNext = (r) => this.gotNext(r);
    this.onValue = (v) => this.gotValue(v);
    this.onError = (err) => this.fail(err);
    this.onDestroy = undefined;
  }

  pull() {
    if (this.reading || this.done) return;
    const it = this.it;
    if (this.isAsync) {
      this.reading = true;
      let p;
      try {
        p = it.next();
      } catch (err) {
        this.fail(err);
        return;
      }
      if (p != null && typeof p.then === 'function') p.then(this.onNext, this.onError);
      else this.gotNext(p);
      return;
    }
    for (;;) {
      let r;
      try {
        r = it.next();
      } catch (err) {
        this.fail(err);
        return;
      }
      if (r.done) {
        this.done = true;
        this.stream.push(null);
        return;
      }
      const v = r.value;
      if (v != null && typeof v.then === 'function') {
        this.reading = true;
        v.then(this.onValue, this.onError);
        return;
      }
      if (!this.deliver(v)) return;
    }
  }

  gotNext(r) {
    if (this.done) return;
    if (r == null || typeof r !== 'object') {
      this.fail(new ERR_INVALID_ARG_TYPE('iterator result', 'Object', r));
      return;
    }
    if (r.done) {
      this.reading = false;
      this.done = true;
      this.stream.push(null);
      return;
    }
    const v = r.value;
    if (v != null && typeof v.then === 'function') {
      v.then(this.onValue, this.onError);
      return;
    }
    this.gotValue(v);
  }

  gotValue(v) {
    this.reading = false;
    if (this.done) return;
    if (this.deliver(v)) this.pull();
  }

  // deliver pushes one value and tells whether the stream wants another.
  deliver(v) {
    if (v === null) {
      this.fail(new ERR_STREAM_NULL_VALUES());
      return false;
    }
    if (this.stream.destroyed) return false;
    return this.stream.push(v);
  }

  fail(err) {
    this.reading = false;
    this.stream.destroy(err);
  }

  // close ends the iterator early: throw(err) when the stream failed and
  // the iterator can take it, then return() unless throw() finished it.
  async close(err) {
    this.done = true;
    const it = this.it;
    if (err != null && typeof it.throw === 'function') {
      const r = await it.throw(err);
      if (r != null && r.done) return;
    }
    if (typeof it.return === 'function') await it.return();
  }
}

const kSource = Symbol('kSource');

// hide keeps the stream's source out of enumeration (and out of inspect).
function hide(stream, value) {
  Object.defineProperty(stream, kSource, { value, writable: true, configurable: true });
}

function readFromSource() {
  this[kSource].pull();
}

function destroyFromSource(err, cb) {
  const src = this[kSource];
  if (src.onDestroy !== undefined) src.onDestroy();
  src.close(err).then(
    () => process.nextTick(cb, err),
    (e) => process.nextTick(cb, e || err));
}

function readWhole() {
  this.push(this[kSource]);
  this.push(null);
}

// from makes the stream; onDestroy, when given, runs first when the stream
// is destroyed (Duplex.from uses it to stop its writable side).
function from(Readable, iterable, opts, onDestroy) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    const s = new Readable({ objectMode: true, ...opts, read: readWhole });
    hide(s, iterable);
    return s;
  }
  let it;
  let isAsync = false;
  if (iterable != null && typeof iterable[Symbol.asyncIterator] === 'function') {
    it = iterable[Symbol.asyncIterator]();
    isAsync = true;
  } else if (iterable != null && typeof iterable[Symbol.iterator] === 'function') {
    it = iterable[Symbol.iterator]();
  } else {
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }
  const s = new Readable({
    objectMode: true,
    highWaterMark: 1,
    ...opts,
    read: readFromSource,
    destroy: destroyFromSource,
  });
  const src = new Source(s, it, isAsync);
  src.onDestroy = onDestroy;
  hide(s, src);
  return s;
}

module.exports = from;
