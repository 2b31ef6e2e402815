'use strict';
// stream.duplexPair: two Duplex streams joined back to back; what one side
// writes the other reads. A write completes when the other side reads it
// (at once while its buffer has room).

const { Duplex } = require('stream');

const kOther = Symbol('kOther');
const kWaiting = Symbol('kWaiting');

class DuplexSide extends Duplex {
  constructor(options) {
    super(options);
    this[kOther] = null;
    this[kWaiting] = null;
  }

  _read() {
    const cb = this[kWaiting];
    if (cb !== null) {
      this[kWaiting] = null;
      cb();
    }
  }

  _write(chunk, encoding, cb) {
    const other = this[kOther];
    if (chunk.length === 0) {
      process.nextTick(cb);
      return;
    }
    if (other.push(chunk)) cb();
    else other[kWaiting] = cb;
  }

  _final(cb) {
    this[kOther].push(null);
    process.nextTick(cb);
  }

  // Destroying one side destroys the other on the next tick.
  _destroy(err, cb) {
    process.nextTick(destroyOther, this[kOther]);
    cb(err);
  }
}

function destroyOther(other) {
  if (other !== null && !other.destroyed) other.destroy();
}

function duplexPair(options) {
  const a = new DuplexSide(options);
  const b = new DuplexSide(options);
  a[kOther] = b;
  b[kOther] = a;
  return [a, b];
}

module.exports = duplexPair;
