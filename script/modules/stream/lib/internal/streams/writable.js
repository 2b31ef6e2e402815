'use strict';

// Writable. Its state (_writableState) is a plain object:
//
//   length, highWaterMark   bytes (or objects) written and not yet called
//                           back; write() returns false from the mark on and
//                           'drain' follows when the length is back to 0
//   writing, writecb, writelen, sync   the _write call outstanding
//   buffered, bufferedIndex  writes waiting behind it (or the cork), from
//                           bufferedIndex on; allBuffers/allNoop describe them
//   corked                  cork() depth
//   pendingcb               callbacks still owed; 'finish' waits for 0
//   ending, ended, finalCalled, prefinished, finished    end() to 'finish'
//   onFinished              end() callbacks waiting for 'finish'
//   afterWriteTick          the coalesced tick calling back synchronous writes
//   constructed, destroyed, closed, closeEmitted, errored, errorEmitted,
//   autoDestroy, emitClose  shared with destroy.js

module.exports = Writable;
Writable.WritableState = WritableState;

const EE = require('events');
const { Stream } = require('internal/streams/legacy');
const { Buffer } = require('buffer');
const destroyImpl = require('internal/streams/destroy');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const { getHighWaterMark } = require('internal/streams/state');
const { kOnConstructed, initEvents, takeMethods } = require('internal/streams/utils');

const writableEvents = ['close', 'error', 'prefinish', 'finish', 'drain'];
const writableMethods = [
  'write', '_write', 'writev', '_writev', 'destroy', '_destroy', 'final', '_final',
  'construct', '_construct',
];
const { AbortError, codes } = require('internal/errors');

const errorOrDestroy = destroyImpl.errorOrDestroy;
const chunkBinding = binding('stream');
chunkBinding.setup(Buffer.prototype);
// bufferLength(chunk) is a Buffer's length, or -1 for anything else.
const bufferLength = chunkBinding.bufferLength;
// The tick queue's own entry, as Node's streams use theirs: a script that
// replaces process.nextTick does not change when streams run.
const { nextTick } = process;
let Duplex;
let eos;

Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

function nop() {}

function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') {
    Duplex ??= require('internal/streams/duplex');
    isDuplex = stream instanceof Duplex;
  }
  // Only what differs from the defaults on the prototype is an own
  // property (see ReadableState).
  if (options && (options.objectMode || (isDuplex && options.writableObjectMode))) this.objectMode = true;
  this.highWaterMark = getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex);
  if (options) {
    if (options.decodeStrings === false) this.decodeStrings = false;
    const enc = options.defaultEncoding;
    if (enc != null) {
      if (enc !== 'buffer' && !Buffer.isEncoding(enc)) throw new codes.ERR_UNKNOWN_ENCODING(enc);
      this.defaultEncoding = enc;
    }
    if (options.emitClose === false) this.emitClose = false;
    if (options.autoDestroy === false) this.autoDestroy = false;
  }
  this.onwrite = makeOnwrite(stream, this);
  this.buffered = [];
  this.onFinished = [];
}

// The defaults of a WritableState's fields.
Object.assign(WritableState.prototype, {
  objectMode: false,
  finalCalled: false,
  needDrain: false,
  ending: false,
  ended: false,
  finished: false,
  destroyed: false,
  decodeStrings: true,
  defaultEncoding: 'utf8',
  length: 0,
  writing: false,
  corked: 0,
  sync: true,
  bufferProcessing: false,
  writecb: null,
  writelen: 0,
  afterWriteTick: null,
  tickRecord: null,
  bufferedIndex: 0,
  allBuffers: true,
  allNoop: true,
  pendingcb: 0,
  constructed: true,
  prefinished: false,
  errorEmitted: false,
  emitClose: true,
  autoDestroy: true,
  errored: null,
  closed: false,
  closeEmitted: false,
});

WritableState.prototype.getBuffer = function getBuffer() {
  return this.buffered.slice(this.bufferedIndex);
};

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  __proto__: null,
  get() { return this.buffered.length - this.bufferedIndex; },
});

function Writable(options) {
  if (!(this instanceof Writable) && !Function.prototype[Symbol.hasInstance].call(Writable, this)) {
    return new Writable(options);
  }
  initEvents(this, writableEvents);
  this._writableState = new WritableState(options, this, false);
  if (options) {
    takeMethods(this, options, writableMethods);
    if (options.signal) addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  if (typeof this._construct === 'function') destroyImpl.construct(this, afterConstruct);
}

function afterConstruct() {
  const state = this._writableState;
  if (!state.writing) flushBuffered(this, state);
  finishMaybe(this, state);
}
Writable[kOnConstructed] = afterConstruct;

// A Duplex (and so a net.Socket) is a Writable too.
Object.defineProperty(Writable, Symbol.hasInstance, {
  __proto__: null,
  value: function(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable || object == null) return false;
    if (object._writableState instanceof WritableState) return true;
    Duplex ??= require('internal/streams/duplex');
    return object instanceof Duplex;
  },
});

Writable.prototype.pipe = function pipe() {
  errorOrDestroy(this, new codes.ERR_STREAM_CANNOT_PIPE());
};

// writeChunk is write()'s core; it returns an error instead of throwing
// for a write after end or destroy (end() passes that on).
function writeChunk(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  const objectMode = state.objectMode;
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  if (!encoding) {
    // Object mode passes no encoding unless one was given.
    encoding = objectMode ? undefined : state.defaultEncoding;
  } else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  }
  if (typeof cb !== 'function') cb = nop;

  let len = 1;
  if (chunk === null) {
    throw new codes.ERR_STREAM_NULL_VALUES();
  } else if (!objectMode) {
    len = bufferLength(chunk);
    if (len >= 0) {
      encoding = 'buffer';
    } else if (typeof chunk === 'string') {
      if (state.decodeStrings !== false) {
        // Written as bytes in the given encoding.
        encoding = (chunk = Buffer.from(chunk, encoding), 'buffer');
      }
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = 'buffer';
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (len < 0) len = chunk.length;
  }

  if (state.ending || state.destroyed) {
    const err = state.ending ? new codes.ERR_STREAM_WRITE_AFTER_END() : new codes.ERR_STREAM_DESTROYED('write');
    nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }

  return addWrite(stream, state, chunk, encoding, cb, len);
}

// addWrite takes a sorted write of len units: it starts it, or buffers it
// behind the one in flight (or while corked, errored or constructing),
// and returns write()'s answer.
function addWrite(stream, state, chunk, encoding, cb, len) {
  state.pendingcb++;
  state.length += len;
  if (state.writing || state.corked || state.errored || !state.constructed) {
    state.buffered.push({ chunk, encoding, callback: cb });
    if (encoding !== 'buffer') state.allBuffers = false;
    if (cb !== nop) state.allNoop = false;
  } else {
    state.writelen = len;
    state.writecb = cb;
    state.writing = true;
    state.sync = true;
    stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }
  // (with a mark of 0, a write the stream took at once needs no drain)
  if (state.length >= state.highWaterMark && state.length !== 0) {
    state.needDrain = true;
    return false;
  }
  return !state.errored && !state.destroyed;
}

Writable.prototype.write = function write(chunk, encoding, cb) {
  const state = this._writableState;
  // The common call, write(buffer) on a byte stream that is not ending,
  // without writeChunk's argument sorting.
  if (encoding === undefined && cb === undefined && !state.objectMode) {
    const len = bufferLength(chunk);
    if (len >= 0 && !state.ending && !state.destroyed) return addWrite(this, state, chunk, 'buffer', nop, len);
  }
  return writeChunk(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function cork() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function uncork() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) flushBuffered(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

function startWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  if (state.destroyed) state.onwrite(new codes.ERR_STREAM_DESTROYED('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function onwriteError(stream, state, err, cb) {
  --state.pendingcb;
  cb(err);
  failBuffered(state);
  errorOrDestroy(stream, err);
}

// makeOnwrite makes the callback _write gets, once per stream: a closure
// over the stream (a plain call, where a bound function costs more per
// write).
function makeOnwrite(stream, state) {
  return function onwrite(err) {
    const cb = state.writecb;
    if (typeof cb !== 'function') {
      errorOrDestroy(stream, new codes.ERR_MULTIPLE_CALLBACK());
      return;
    }
    const sync = state.sync;
    state.writing = false;
    state.writecb = null;
    // (writelen is only read here, and set again by the next write.)
    state.length -= state.writelen;
    if (err) {
      err.stack; // eslint-disable-line no-unused-expressions
      if (!state.errored) state.errored = err;
      const r = stream._readableState;
      if (r && !r.errored) r.errored = err;
      if (sync) nextTick(onwriteError, stream, state, err, cb);
      else onwriteError(stream, state, err, cb);
      return;
    }
    if (state.buffered.length > state.bufferedIndex) flushBuffered(stream, state);
    if (sync) {
      // Callbacks of synchronous writes run on the next tick, one tick for
      // a run of writes with the same callback (its record is reused).
      const tick = state.afterWriteTick;
      if (tick !== null && tick.cb === cb) {
        tick.count++;
      } else {
        let rec = state.tickRecord;
        if (rec === null || rec.count !== 0) rec = state.tickRecord = { count: 0, cb: null, stream, state };
        rec.count = 1;
        rec.cb = cb;
        state.afterWriteTick = rec;
        nextTick(afterWriteTick, rec);
      }
    } else {
      afterWrite(stream, state, 1, cb);
    }
  };
}

function afterWriteTick(rec) {
  const state = rec.state;
  const count = rec.count;
  const cb = rec.cb;
  if (state.afterWriteTick === rec) state.afterWriteTick = null;
  rec.count = 0;
  rec.cb = null;
  afterWrite(rec.stream, state, count, cb);
}

function afterWrite(stream, state, count, cb) {
  if (state.needDrain && state.length === 0 && !state.ending && !state.destroyed) {
    state.needDrain = false;
    stream.emit('drain');
  }
  if (cb === nop) {
    // Writes without a callback: nothing to call.
    state.pendingcb -= count;
  } else {
    for (; count > 0; count--) {
      state.pendingcb--;
      cb(null);
    }
  }
  if (state.destroyed) failBuffered(state);
  if (state.ending) finishMaybe(stream, state);
}

// failBuffered calls back every buffered write (and end() callback) with
// the stream's error once it is destroyed or errored.
function failBuffered(state) {
  if (state.writing) return;
  const buf = state.buffered;
  for (let i = state.bufferedIndex; i < buf.length; i++) {
    const entry = buf[i];
    state.length -= state.objectMode ? 1 : entry.chunk.length;
    entry.callback(state.errored ?? new codes.ERR_STREAM_DESTROYED('write'));
  }
  const waiting = state.onFinished;
  state.onFinished = [];
  for (let i = 0; i < waiting.length; i++) {
    waiting[i](state.errored ?? new codes.ERR_STREAM_DESTROYED('end'));
  }
  clearBuffered(state);
}

function clearBuffered(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

// flushBuffered writes what waits in the buffer: all of it through _writev
// when there is one, else one by one while _write calls back synchronously.
function flushBuffered(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
  const buf = state.buffered;
  let i = state.bufferedIndex;
  const count = buf.length - i;
  if (count === 0) return;
  state.bufferProcessing = true;
  if (count > 1 && stream._writev) {
    state.pendingcb -= count - 1;
    const entries = i === 0 ? buf : buf.slice(i);
    const callback = state.allNoop ? nop : function writevDone(err) {
      for (let k = 0; k < entries.length; k++) entries[k].callback(err);
    };
    entries.allBuffers = state.allBuffers;
    startWrite(stream, state, true, state.length, entries, '', callback);
    clearBuffered(state);
  } else {
    do {
      const entry = buf[i];
      buf[i++] = null;
      startWrite(stream, state, false, state.objectMode ? 1 : entry.chunk.length,
                 entry.chunk, entry.encoding, entry.callback);
    } while (i < buf.length && !state.writing);
    if (i === buf.length) {
      clearBuffered(state);
    } else if (i > 256) {
      buf.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function _write(chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk, encoding }], cb);
  else throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_write()');
};

Writable.prototype._writev = null;

Writable.prototype.end = function end(chunk, encoding, cb) {
  const state = this._writableState;
  const destroyedBefore = state.destroyed;
  // end([chunk[, encoding]][, cb])
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  } else if (typeof chunk === 'function') {
    cb = chunk;
    encoding = chunk = null;
  }
  let err;
  if (chunk !== null && chunk !== undefined) {
    const ret = writeChunk(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }
  if (err) {
    // Reported by the write already.
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishMaybe(this, state);
    state.ended = true;
  } else if (state.finished) {
    err = new codes.ERR_STREAM_ALREADY_FINISHED('end');
  } else if (state.destroyed) {
    err = new codes.ERR_STREAM_DESTROYED('end');
  }
  if (typeof cb === 'function') {
    if (err) nextTick(cb, err);
    else if (state.finished) nextTick(cb, null);
    else if (state.destroyed && !destroyedBefore) {
      // Destroyed while ending (a _final that failed at once): called back
      // with the error after 'error' and 'close'.
      nextTick(cb, state.errored ?? new codes.ERR_STREAM_DESTROYED('end'));
    } else {
      // Also the first end() of a stream destroyed without an error: the
      // callback waits, and only a write still in flight failing on
      // completion calls it (with ERR_STREAM_DESTROYED).
      state.onFinished.push(cb);
    }
  }
  return this;
};

function readyToFinish(state) {
  return state.ending && !state.destroyed && state.constructed && state.length === 0 &&
    !state.errored && state.buffered.length === state.bufferedIndex && !state.finished &&
    !state.writing && !state.errorEmitted && !state.closeEmitted;
}

function callFinal(stream, state) {
  let called = false;
  function onFinal(err) {
    if (called) {
      errorOrDestroy(stream, err ?? new codes.ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    state.pendingcb--;
    if (err) {
      const waiting = state.onFinished;
      state.onFinished = [];
      for (let i = 0; i < waiting.length; i++) waiting[i](err);
      errorOrDestroy(stream, err, state.sync);
    } else if (readyToFinish(state)) {
      state.prefinished = true;
      stream.emit('prefinish');
      state.pendingcb++;
      nextTick(finish, stream, state);
    }
  }
  state.sync = true;
  state.pendingcb++;
  try {
    stream._final(onFinal);
  } catch (err) {
    onFinal(err);
  }
  state.sync = false;
}

function prefinish(stream, state) {
  if (state.prefinished || state.finalCalled) return;
  if (typeof stream._final === 'function' && !state.destroyed) {
    state.finalCalled = true;
    callFinal(stream, state);
  } else {
    state.prefinished = true;
    stream.emit('prefinish');
  }
}

// finishMaybe emits 'prefinish' (or runs _final) once everything written
// was called back after end(), and 'finish' on a later tick.
function finishMaybe(stream, state) {
  if (!readyToFinish(state)) return;
  prefinish(stream, state);
  if (state.pendingcb !== 0) return;
  state.pendingcb++;
  nextTick(finishLater, stream, state);
}

function finishLater(stream, state) {
  if (readyToFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  const waiting = state.onFinished;
  state.onFinished = [];
  for (let i = 0; i < waiting.length; i++) waiting[i](null);
  stream.emit('finish');
  if (state.autoDestroy) {
    const r = stream._readableState;
    if (!r || (r.autoDestroy && (r.endEmitted || r.readable === false))) stream.destroy();
  }
}

function ws(self) {
  return self._writableState;
}

Object.defineProperties(Writable.prototype, {
  closed: { __proto__: null, get() { return ws(this) ? ws(this).closed : false; } },
  destroyed: {
    __proto__: null,
    get() { return ws(this) ? ws(this).destroyed : false; },
    set(v) { if (this._writableState) this._writableState.destroyed = v; },
  },
  writable: {
    __proto__: null,
    get() {
      const st = this._writableState;
      return !!st && st.writable !== false && !st.destroyed && !st.errored && !st.ending && !st.ended;
    },
    set(v) {
      if (this._writableState) this._writableState.writable = !!v;
    },
  },
  writableFinished: { __proto__: null, get() { return ws(this) ? ws(this).finished : false; } },
  writableObjectMode: { __proto__: null, get() { return ws(this) ? ws(this).objectMode : false; } },
  writableBuffer: { __proto__: null, get() { return ws(this) && ws(this).getBuffer(); } },
  writableEnded: { __proto__: null, get() { return ws(this) ? ws(this).ending : false; } },
  writableNeedDrain: {
    __proto__: null,
    get() {
      const w = this._writableState;
      return !!w && !w.destroyed && !w.ending && w.needDrain;
    },
  },
  writableHighWaterMark: { __proto__: null, get() { return ws(this) && ws(this).highWaterMark; } },
  writableCorked: { __proto__: null, get() { return ws(this) ? ws(this).corked : 0; } },
  writableLength: { __proto__: null, get() { return ws(this) && ws(this).length; } },
  errored: { __proto__: null, enumerable: false, get() { return ws(this) ? ws(this).errored : null; } },
  writableAborted: {
    __proto__: null,
    get() {
      const w = this._writableState;
      return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
    },
  },
});

Writable.prototype.destroy = function destroy(err, cb) {
  const state = this._writableState;
  if (!state.destroyed && (state.bufferedIndex < state.buffered.length || state.onFinished.length)) {
    nextTick(failBuffered, state);
  }
  destroyImpl.destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};

Writable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Writable.prototype[Symbol.asyncDispose] = function() {
  if (!this.destroyed) this.destroy(this.writableFinished ? null : new AbortError());
  eos ??= require('internal/streams/end-of-stream').eos;
  return new Promise((resolve, reject) => {
    eos(this, (err) => (err && err.name !== 'AbortError' ? reject(err) : resolve(null)));
  });
};

function webAdapters() {
  return require('internal/webstreams/adapters');
}

Writable.fromWeb = function(writableStream, options) {
  return webAdapters().newStreamWritableFromWritableStream(writableStream, options);
};

Writable.toWeb = function(streamWritable) {
  return webAdapters().newWritableStreamFromStreamWritable(streamWritable);
};
