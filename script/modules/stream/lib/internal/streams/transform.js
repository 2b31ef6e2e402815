'use strict';

// Transform: a Duplex whose written chunks go through _transform to its
// readable side. One write is in flight at a time; its callback is held
// back while the readable side is over its mark and released by _read;
// once the readable side has ended it completes on the next tick.
// At end, _flush runs before 'prefinish', then the readable side ends.

module.exports = Transform;

const Duplex = require('internal/streams/duplex');
const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');
// Taken once, like the other stream modules: a script that replaces
// process.nextTick does not change when streams run.
const { nextTick } = process;

Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

const kHeld = Symbol('kHeld');
const kWriteCb = Symbol('kWriteCb');
const kLengthBefore = Symbol('kLengthBefore');
const kDone = Symbol('kDone');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  Duplex.call(this, options);
  // Chunks pushed by _transform go out at once in flowing mode.
  this._readableState.sync = false;
  this[kHeld] = null;
  this[kWriteCb] = null;
  this[kLengthBefore] = 0;
  this[kDone] = null;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', prefinish);
}

function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((err, data) => {
      if (err) {
        if (cb) cb(err);
        else this.destroy(err);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

// A subclass with its own _final still flushes before 'finish'.
function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function _transform(chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

// makeTransformDone makes the callback _transform gets, once per stream on
// its first write (an idle stream does not pay for it): a closure, a plain
// call per chunk where a bound function costs more.
function makeTransformDone(stream) {
  const r = stream._readableState;
  return function transformDone(err, val) {
    const callback = stream[kWriteCb];
    if (err) {
      callback(err);
      return;
    }
    if (val != null) stream.push(val);
    const length = r.length;
    if (r.ended) {
      // Once the readable side has ended (push(null), or readable: false),
      // a write completes on the next tick: no _read will release it.
      nextTick(callback);
    } else if (length < r.highWaterMark || stream[kLengthBefore] === length || stream._writableState.ended) {
      callback();
    } else {
      stream[kHeld] = callback;
    }
  };
}

Transform.prototype._write = function(chunk, encoding, callback) {
  this[kWriteCb] = callback;
  this[kLengthBefore] = this._readableState.length;
  let done = this[kDone];
  if (done === null) done = this[kDone] = makeTransformDone(this);
  this._transform(chunk, encoding, done);
};

Transform.prototype._read = function() {
  const held = this[kHeld];
  if (held) {
    this[kHeld] = null;
    held();
  }
};
