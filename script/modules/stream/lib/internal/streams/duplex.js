'use strict';

// Duplex: a Readable that is also a Writable. It carries both states and
// takes Writable's methods and accessors onto its prototype; destroy() and
// 'destroyed' cover both sides.

module.exports = Duplex;

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const { kOnConstructed, initEvents, takeMethods } = require('internal/streams/utils');

const duplexEvents = ['close', 'error', 'prefinish', 'finish', 'drain', 'data', 'end', 'readable'];
const duplexMethods = [
  'read', '_read', 'write', '_write', 'writev', '_writev', 'destroy', '_destroy',
  'final', '_final', 'construct', '_construct',
];

Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

{
  const names = ['write', 'cork', 'uncork', 'setDefaultEncoding', '_write', '_writev', 'end', 'destroy',
                 'writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer',
                 'writableLength', 'writableFinished', 'writableCorked', 'writableEnded',
                 'writableNeedDrain'];
  for (let i = 0; i < names.length; i++) {
    Object.defineProperty(Duplex.prototype, names[i],
                          Object.getOwnPropertyDescriptor(Writable.prototype, names[i]));
  }
}

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  initEvents(this, duplexEvents);
  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);
  this.allowHalfOpen = !options || options.allowHalfOpen !== false;
  if (options) {
    // A side switched off is built as already over.
    if (options.readable === false) {
      const rd = this._readableState;
      rd.readable = false;
      rd.endEmitted = rd.ended = true;
    }
    if (options.writable === false) {
      const wr = this._writableState;
      wr.writable = false;
      wr.finished = wr.ended = wr.ending = true;
    }
    takeMethods(this, options, duplexMethods);
    if (options.signal) addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  if (typeof this._construct === 'function') destroyImpl.construct(this, afterConstruct);
}

function afterConstruct() {
  Readable[kOnConstructed].call(this);
  Writable[kOnConstructed].call(this);
}

Object.defineProperties(Duplex.prototype, {
  destroyed: {
    __proto__: null,
    get() {
      const r = this._readableState;
      const w = this._writableState;
      if (r === undefined || w === undefined) return false;
      return r.destroyed && w.destroyed;
    },
    set(v) {
      const r = this._readableState;
      const w = this._writableState;
      if (r && w) {
        r.destroyed = v;
        w.destroyed = v;
      }
    },
  },
});

Duplex.from = function(body) {
  return require('internal/streams/duplexify')(body, 'body');
};

function webAdapters() {
  return require('internal/webstreams/adapters');
}

Duplex.fromWeb = function(pair, options) {
  return webAdapters().newStreamDuplexFromReadableWritablePair(pair, options);
};

Duplex.toWeb = function(duplex, options) {
  return webAdapters().newReadableWritablePairFromDuplex(duplex, options);
};
