'use strict';

// Readable. Its state (_readableState) is a plain object of the fields
// below; 'data' flows when state.flowing is true, 'readable' is emitted
// when something was buffered and a reader waits (needReadable).
//
//   buffer, length     buffered chunks and their size (bytes, or chunks in
//                      object mode); highWaterMark bounds what _read fills
//   flowing            null (no consumer yet), true ('data' flows), false
//                      (paused, or read() through 'readable')
//   ended, endEmitted  push(null) seen; 'end' emitted
//   reading, sync      a _read call is outstanding; it has not returned yet
//   needReadable, emittedReadable, readableListening, resumeScheduled
//   readingMore        a maybeReadMore tick is scheduled
//   pipes, awaitDrainWriters, multiAwaitDrain   pipe() destinations and the
//                      ones whose 'drain' flow waits for
//   constructed, destroyed, closed, closeEmitted, errored, errorEmitted,
//   autoDestroy, emitClose       shared with destroy.js
//   decoder, encoding  setEncoding's StringDecoder
//   dataEmitted        some 'data' went out (readableDidRead)

const { Buffer } = require('buffer');
const EE = require('events');
const { Stream, prependListener } = require('internal/streams/legacy');

module.exports = Readable;
Readable.ReadableState = ReadableState;
const { addAbortSignal, addAbortSignalNoValidate } = require('internal/streams/add-abort-signal');
const { eos } = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const { getHighWaterMark } = require('internal/streams/state');
const { AbortError, aggregateTwoErrors, codes } = require('internal/errors');
const { validateObject } = require('internal/validators');
const { kOnConstructed, initEvents, takeMethods } = require('internal/streams/utils');

const readableEvents = ['close', 'error', 'data', 'end', 'readable'];
const readableMethods = ['read', '_read', 'destroy', '_destroy', 'construct', '_construct'];

const errorOrDestroy = destroyImpl.errorOrDestroy;
const chunkBinding = binding('stream');
chunkBinding.setup(Buffer.prototype);
// bufferLength(chunk) is a Buffer's length, or -1 for anything else.
const bufferLength = chunkBinding.bufferLength;
// The tick queue's own entry, as Node's streams use theirs: a script that
// replaces process.nextTick does not change when streams run.
const { nextTick } = process;
let StringDecoder;
let from;
let Duplex;

Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

function nop() {}

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') {
    Duplex ??= require('internal/streams/duplex');
    isDuplex = stream instanceof Duplex;
  }
  // Only what differs from the defaults on the prototype is an own
  // property: a goja object keeps each own property in a map (about 130
  // bytes each), and an idle stream should cost little.
  if (options && (options.objectMode || (isDuplex && options.readableObjectMode))) this.objectMode = true;
  this.highWaterMark = getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex);
  this.buffer = [];
  this.pipes = [];
  if (options) {
    if (options.emitClose === false) this.emitClose = false;
    if (options.autoDestroy === false) this.autoDestroy = false;
    if (options.defaultEncoding) this.defaultEncoding = options.defaultEncoding;
    if (options.encoding) {
      StringDecoder ??= require('string_decoder').StringDecoder;
      this.decoder = new StringDecoder(options.encoding);
      this.encoding = options.encoding;
    }
  }
}

// The defaults of a ReadableState's fields.
Object.assign(ReadableState.prototype, {
  objectMode: false,
  length: 0,
  // buffer[bufferIndex:] holds what is buffered: taking from the front
  // moves the index instead of shifting the array, which costs the whole
  // array each time (a long backlog drained chunk by chunk).
  bufferIndex: 0,
  awaitDrainWriters: null,
  multiAwaitDrain: false,
  flowing: null,
  paused: null,
  ended: false,
  endEmitted: false,
  reading: false,
  constructed: true,
  sync: true,
  needReadable: false,
  emittedReadable: false,
  readableListening: false,
  resumeScheduled: false,
  readingMore: false,
  dataEmitted: false,
  errorEmitted: false,
  emitClose: true,
  autoDestroy: true,
  destroyed: false,
  errored: null,
  closed: false,
  closeEmitted: false,
  defaultEncoding: 'utf8',
  decoder: null,
  encoding: null,
});

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  initEvents(this, readableEvents);
  this._readableState = new ReadableState(options, this, false);
  if (options) {
    takeMethods(this, options, readableMethods);
    if (options.signal) addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  if (typeof this._construct === 'function') destroyImpl.construct(this, afterConstruct);
}

function afterConstruct() {
  const state = this._readableState;
  if (state.needReadable) maybeReadMore(this, state);
}
Readable[kOnConstructed] = afterConstruct;

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};

Readable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Readable.prototype[Symbol.asyncDispose] = function() {
  // Destroyed here with an AbortError unless it has ended; that error is
  // not a failure of the disposal.
  const reason = this.destroyed ? undefined : (this.readableEnded ? null : new AbortError());
  if (reason !== undefined) this.destroy(reason);
  return new Promise((resolve, reject) => {
    eos(this, (err) => {
      if (err && err !== reason) reject(err);
      else resolve(null);
    });
  });
};

Readable.prototype.push = function push(chunk, encoding) {
  const state = this._readableState;
  // The common push: a non-empty Buffer into a byte stream that runs,
  // without addChunk's sorting of the chunk.
  if (!state.objectMode) {
    const size = bufferLength(chunk);
    if (size > 0 && state.decoder === null && !state.ended && !state.destroyed && !state.errored) {
      state.reading = false;
      bufferChunk(this, state, chunk, size, false);
      const length = state.length;
      return !state.ended && (length < state.highWaterMark || length === 0);
    }
  }
  return addChunk(this, state, chunk, encoding, false);
};

Readable.prototype.unshift = function unshift(chunk, encoding) {
  return addChunk(this, this._readableState, chunk, encoding, true);
};

// addChunk is push's and unshift's core: chunk converted to what the
// state buffers (Buffer, string through the decoder, or any value in object
// mode), then emitted at once or buffered.
function addChunk(stream, state, chunk, encoding, front) {
  // size: the chunk's length in bytes or characters (1 in object mode).
  let size = 1;
  if (!state.objectMode) {
    size = chunk == null ? 0 : bufferLength(chunk);
    if (size >= 0) {
      encoding = '';
    } else if (typeof chunk === 'string') {
      const enc = encoding || state.defaultEncoding;
      if (state.encoding === enc) {
        encoding = enc;
      } else if (front && state.encoding) {
        // Unshifted text goes back in the reader's encoding.
        chunk = Buffer.from(chunk, enc).toString(state.encoding);
        encoding = enc;
      } else {
        chunk = Buffer.from(chunk, enc);
        encoding = '';
      }
      size = chunk.length;
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = '';
      size = chunk.length;
    } else {
      errorOrDestroy(stream, new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
      return false;
    }
  }
  if (chunk === null) {
    state.reading = false;
    onEof(stream, state);
  } else if (size > 0) {
    if (front) {
      if (state.endEmitted) {
        errorOrDestroy(stream, new codes.ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
      } else if (state.destroyed || state.errored) {
        return false;
      } else {
        bufferChunk(stream, state, chunk, size, true);
      }
    } else if (state.ended) {
      errorOrDestroy(stream, new codes.ERR_STREAM_PUSH_AFTER_EOF());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder !== null && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) {
          bufferChunk(stream, state, chunk, state.objectMode ? 1 : chunk.length, false);
        } else {
          maybeReadMore(stream, state);
        }
      } else {
        bufferChunk(stream, state, chunk, size, false);
      }
    }
  } else if (!front) {
    state.reading = false;
    maybeReadMore(stream, state);
  }
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

// hasDataListener is listenerCount('data') > 0 without the call: an
// emitter's _events keeps a name only while it has listeners (or holds
// undefined for it).
function hasDataListener(stream) {
  const events = stream._events;
  return events != null && events.data !== undefined;
}

function bufferChunk(stream, state, chunk, size, front) {
  if (state.flowing && state.length === 0 && !state.sync && hasDataListener(stream)) {
    // Straight through: nothing is waiting in the buffer.
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += size;
    if (!front) state.buffer.push(chunk);
    else if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
    else state.buffer.unshift(chunk);
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function isPaused() {
  const state = this._readableState;
  return state.paused === true || state.flowing === false;
};

Readable.prototype.setEncoding = function setEncoding(enc) {
  StringDecoder ??= require('string_decoder').StringDecoder;
  const decoder = new StringDecoder(enc);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  let text = '';
  const buf = state.buffer;
  for (let i = state.bufferIndex; i < buf.length; i++) text += decoder.write(buf[i]);
  state.buffer = text !== '' ? [text] : [];
  state.bufferIndex = 0;
  state.length = text.length;
  return this;
};

const kMaxHighWaterMark = 0x40000000;

function grownHighWaterMark(n) {
  if (n > kMaxHighWaterMark) throw new codes.ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  let m = 1;
  while (m < n) m *= 2;
  return m;
}

// amountToRead is how much read(n) takes from a buffer of state.length:
// everything (n NaN) or the first chunk when flowing, n when that much is
// there, what is left once ended, else nothing yet.
function amountToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  // read() without a size takes the first buffered chunk, or all the
  // decoded text when not flowing.
  if (n !== n) {
    if (state.length === 0) return 0;
    return state.decoder !== null && !state.flowing ? state.length : state.buffer[state.bufferIndex].length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function read(n) {
  if (n === 0) return readNothing(this, this._readableState);
  if (n === undefined) n = NaN;
  else if (n !== 0 && !Number.isInteger(n)) n = Number.parseInt(n, 10);
  const state = this._readableState;
  const asked = n;
  if (n > state.highWaterMark) state.highWaterMark = grownHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;

  // read(0) with enough buffered (or ended) only signals 'readable'/'end'.
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = amountToRead(n, state);
  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Ask _read for more when what remains would be under the mark.
  let fill = state.needReadable || state.length === 0 || state.length - n < state.highWaterMark;
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) fill = false;
  if (fill) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (thrown) {
      errorOrDestroy(this, thrown);
    }
    state.sync = false;
    if (!state.reading) n = amountToRead(asked, state);
  }

  let ret = null;
  if (n > 0) ret = takeFromBuffer(n, state);
  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (asked !== n && state.ended) endReadable(this);
  }
  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }
  return ret;
};

// readNothing is read(0), which the stream runs itself after every push
// (readMore) and on resume: what read(n) does for n = 0 without the steps
// that only a size needs. It signals 'readable' (or 'end') when enough is
// buffered (or nothing more will come), else asks _read for more while the
// buffer is under the mark; it returns null.
function readNothing(stream, state) {
  if (state.needReadable) {
    const length = state.length;
    const hwm = state.highWaterMark;
    if ((hwm !== 0 ? length >= hwm : length > 0) || state.ended) {
      if (length === 0 && state.ended) endReadable(stream);
      else emitReadable(stream);
      return null;
    }
  }
  if (state.ended) {
    if (state.length === 0) endReadable(stream);
    return null;
  }
  if (!state.reading && !state.destroyed && !state.errored && state.constructed) {
    const length = state.length;
    if (state.needReadable || length === 0 || length < state.highWaterMark) {
      state.reading = true;
      state.sync = true;
      if (length === 0) state.needReadable = true;
      try {
        stream._read(state.highWaterMark);
      } catch (thrown) {
        errorOrDestroy(stream, thrown);
      }
      state.sync = false;
    }
  }
  const length = state.length;
  state.needReadable = length <= state.highWaterMark || (length === 0 && !state.ended);
  return null;
}

// takeFromBuffer removes n (bytes, characters or one object) from the
// front of the buffer; the caller has checked that they are there. Taken
// chunks leave null in their slots until more than 1024 have been taken,
// when the slots are dropped from the array: each chunk is moved a bounded
// number of times (readableBuffer shows the array as it is).
function takeFromBuffer(n, state) {
  const out = take(n, state);
  if (state.bufferIndex > 1024) {
    state.buffer.splice(0, state.bufferIndex);
    state.bufferIndex = 0;
  }
  return out;
}

function take(n, state) {
  const buf = state.buffer;
  const at = state.bufferIndex;
  if (buf.length === at) return null;
  if (state.objectMode) return shiftBuffer(state);
  const first = buf[at];
  if (n === first.length) return shiftBuffer(state);
  if (n < first.length) {
    if (state.decoder !== null) {
      buf[at] = first.slice(n);
      return first.slice(0, n);
    }
    buf[at] = first.subarray(n);
    return first.subarray(0, n);
  }
  if (n >= state.length) {
    let out;
    if (buf.length - at === 1) out = first;
    else {
      const live = at === 0 ? buf : buf.slice(at);
      out = state.decoder !== null ? live.join('') : Buffer.concat(live, state.length);
    }
    buf.length = 0;
    state.bufferIndex = 0;
    return out;
  }
  if (state.decoder !== null) {
    let out = '';
    while (out.length < n) {
      const i = state.bufferIndex;
      const c = buf[i];
      const need = n - out.length;
      if (c.length <= need) {
        out += c;
        shiftBuffer(state);
      } else {
        out += c.slice(0, need);
        buf[i] = c.slice(need);
      }
    }
    return out;
  }
  const out = Buffer.allocUnsafe(n);
  let filled = 0;
  while (filled < n) {
    const i = state.bufferIndex;
    const c = buf[i];
    const need = n - filled;
    if (c.length <= need) {
      out.set(c, filled);
      filled += c.length;
      shiftBuffer(state);
    } else {
      out.set(c.subarray(0, need), filled);
      buf[i] = c.subarray(need);
      filled = n;
    }
  }
  return out;
}

// shiftBuffer takes the first buffered chunk and leaves null in its slot.
function shiftBuffer(state) {
  const buf = state.buffer;
  const i = state.bufferIndex;
  const chunk = buf[i];
  if (i + 1 === buf.length) {
    buf.length = 0;
    state.bufferIndex = 0;
  } else {
    buf[i] = null;
    state.bufferIndex = i + 1;
  }
  return chunk;
}

function onEof(stream, state) {
  if (state.ended) return;
  if (state.decoder !== null) {
    const rest = state.decoder.end();
    if (rest && rest.length) {
      state.buffer.push(rest);
      state.length += state.objectMode ? 1 : rest.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadableNow(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    nextTick(emitReadableNow, stream);
  }
}

function emitReadableNow(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
  flow(stream);
}

// maybeReadMore fills the buffer up to the mark on a later tick, so that a
// source that pushes less than asked keeps being read.
function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    nextTick(readMore, stream, state);
  }
}

function readMore(stream, state) {
  while (!state.reading && !state.ended) {
    const before = state.length;
    if (!(before < state.highWaterMark) && !(state.flowing && before === 0)) break;
    stream.read(0);
    if (before === state.length) break;
  }
  state.readingMore = false;
}

Readable.prototype._read = function _read(n) {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

Readable.prototype.pipe = function pipe(dest, options) {
  const src = this;
  const state = this._readableState;
  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const doEnd = (!options || options.end !== false) && dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) nextTick(endFn);
  else src.once('end', endFn);

  let ondrain = null;
  let cleanedUp = false;

  function onunpipe(readable, info) {
    if (readable === src && info && info.hasUnpiped === false) {
      info.hasUnpiped = true;
      cleanup();
    }
  }
  function onend() {
    dest.end();
  }
  function cleanup() {
    for (let i = 0; i < destListeners.length; i += 2) dest.removeListener(destListeners[i], destListeners[i + 1]);
    if (ondrain !== null) dest.removeListener('drain', ondrain);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // A destination that went away while its 'drain' was awaited no longer
    // holds the source back.
    const waited = ondrain !== null && state.awaitDrainWriters;
    if (waited && (!dest._writableState || dest._writableState.needDrain)) ondrain();
  }
  // Wait for dest's 'drain' before more data flows.
  function pause() {
    if (!cleanedUp) {
      const pipes = state.pipes;
      if (pipes.length === 1) {
        if (pipes[0] === dest) {
          state.multiAwaitDrain = false;
          state.awaitDrainWriters = dest;
        }
      } else if (pipes.length > 1 && pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (ondrain === null) {
      ondrain = drainFor(src, dest);
      dest.on('drain', ondrain);
    }
  }
  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }
  // An error of dest stops the pipe; dest still reports it when nobody
  // else listens.
  function onerror(err) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') !== 0) return;
    const st = dest._writableState || dest._readableState;
    if (!st || st.errorEmitted) dest.emit('error', err);
    else errorOrDestroy(dest, err);
  }
  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  function unpipe() {
    src.unpipe(dest);
  }

  const destListeners = ['close', onclose, 'finish', onfinish, 'error', onerror, 'unpipe', onunpipe];
  src.on('data', ondata);
  prependListener(dest, 'error', onerror);
  dest.once('close', onclose);
  dest.once('finish', onfinish);
  dest.on('unpipe', onunpipe);
  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();
  return dest;
};

function drainFor(src, dest) {
  return function pipeOnDrain() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
    else if (state.multiAwaitDrain) state.awaitDrainWriters.delete(dest);
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function unpipe(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;
  if (!dest) {
    const all = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < all.length; i++) all[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  const at = state.pipes.indexOf(dest);
  if (at === -1) return this;
  state.pipes.splice(at, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

Readable.prototype.on = function on(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    state.readableListening = this.listenerCount('readable') > 0;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) nextTick(readZero, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function removeListener(ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') nextTick(recheckReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) nextTick(recheckReadableListening, this);
  return res;
};

function recheckReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state.paused === false) state.flowing = true;
  else if (self.listenerCount('data') > 0) self.resume();
  else if (!state.readableListening) state.flowing = null;
}

function readZero(self) {
  self.read(0);
}

Readable.prototype.resume = function resume() {
  const state = this._readableState;
  // A destroyed stream keeps the mode it had: resume() changes nothing.
  if (state.destroyed) return this;
  if (!state.flowing) {
    // With a 'readable' listener the stream stays in read() mode.
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      nextTick(resumeNow, this, state);
    }
  }
  state.paused = false;
  return this;
};

function resumeNow(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function pause() {
  const state = this._readableState;
  // Like resume(), pause() is a no-op once the stream is destroyed.
  if (state.destroyed) return this;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state.paused = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// wrap makes this Readable the new-style face of an old-style stream
// (one that only emits 'data' and 'end').
Readable.prototype.wrap = function wrap(stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk) && typeof stream.pause === 'function') {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => { this.push(null); });
  stream.on('error', (err) => { errorOrDestroy(this, err); });
  stream.on('close', () => { this.destroy(); });
  stream.on('destroy', () => { this.destroy(); });
  this._read = () => {
    if (paused && typeof stream.resume === 'function') {
      paused = false;
      stream.resume();
    }
  };
  const keys = Object.keys(stream);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (this[k] === undefined && typeof stream[k] === 'function') this[k] = stream[k].bind(stream);
  }
  return this;
};

// ---- async iteration -------------------------------------------------
// The iterator reads with read() and waits for 'readable' or the end of
// the stream (finished); leaving early (return) destroys the stream unless
// destroyOnReturn is false.

function IteratorState(stream, destroyOnReturn) {
  this.stream = stream;
  this.destroyOnReturn = destroyOnReturn;
  this.error = undefined; // undefined: running, null: ended, else the error
  this.done = false;
  this.queue = [];
  this.pumping = false;
  const self = this;
  this.wake = function wake() { pumpIterator(self); };
  stream.on('readable', this.wake);
  this.stopEos = eos(stream, { writable: false }, function(err) {
    self.error = err ? aggregateTwoErrors(self.error, err) : null;
    pumpIterator(self);
  });
}

function doneResult(value) {
  return { done: true, value };
}

function pumpIterator(it) {
  if (it.pumping) return;
  it.pumping = true;
  const q = it.queue;
  while (q.length > 0) {
    if (it.done) {
      q.shift().resolve(doneResult(undefined));
      continue;
    }
    const stream = it.stream;
    let chunk;
    try {
      chunk = stream.destroyed ? null : stream.read();
    } catch (err) {
      it.error = aggregateTwoErrors(it.error, err);
      chunk = null;
    }
    if (chunk !== null) {
      q.shift().resolve({ done: false, value: chunk });
    } else if (it.error) {
      const err = it.error;
      finishIterator(it);
      q.shift().reject(err);
    } else if (it.error === null) {
      finishIterator(it);
      q.shift().resolve(doneResult(undefined));
    } else {
      break;
    }
  }
  it.pumping = false;
}

function finishIterator(it) {
  if (it.done) return;
  it.done = true;
  const stream = it.stream;
  const err = it.error;
  if ((err || it.destroyOnReturn) && (err === undefined || stream._readableState?.autoDestroy)) {
    destroyImpl.destroyer(stream, null);
  } else {
    stream.removeListener('readable', it.wake);
    it.stopEos();
  }
}

// The iterators' prototype, as the engine's AsyncIteratorPrototype: the
// iterator is itself async iterable, and disposable.
let iteratorProto;
function getIteratorProto() {
  if (iteratorProto !== undefined) return iteratorProto;
  iteratorProto = {};
  Object.defineProperty(iteratorProto, Symbol.asyncIterator, {
    __proto__: null, value: function() { return this; }, writable: true, configurable: true,
  });
  Object.defineProperty(iteratorProto, Symbol.asyncDispose, {
    __proto__: null,
    value: function() { return this.return(undefined).then(nop); },
    writable: true,
    configurable: true,
  });
  return iteratorProto;
}

function iterate(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const st = new IteratorState(stream, !options || options.destroyOnReturn !== false);
  return {
    __proto__: getIteratorProto(),
    next() {
      return new Promise((resolve, reject) => {
        st.queue.push({ resolve, reject });
        pumpIterator(st);
      });
    },
    return(value) {
      finishIterator(st);
      return Promise.resolve(doneResult(value));
    },
    throw(err) {
      if (!st.done) {
        st.error = aggregateTwoErrors(st.error, err);
        finishIterator(st);
      }
      return Promise.reject(err);
    },
    stream,
  };
}

Readable.prototype[Symbol.asyncIterator] = function() {
  return iterate(this);
};

Readable.prototype.iterator = function iterator(options) {
  if (options !== undefined) validateObject(options, 'options');
  return iterate(this, options);
};

Readable.prototype.compose = function compose(stream, options) {
  if (options != null) validateObject(options, 'options');
  const composed = require('internal/streams/compose')(this, stream);
  if (options && options.signal) addAbortSignalNoValidate(options.signal, composed);
  return composed;
};

// ---- state accessors -------------------------------------------------

function rs(self) {
  return self._readableState;
}

Object.defineProperties(Readable.prototype, {
  readable: {
    __proto__: null,
    get() {
      const st = this._readableState;
      return !!st && st.readable !== false && !st.destroyed && !st.errorEmitted && !st.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: { __proto__: null, enumerable: false, get() { return rs(this).dataEmitted; } },
  readableAborted: {
    __proto__: null,
    enumerable: false,
    get() {
      const r = rs(this);
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
  },
  readableHighWaterMark: { __proto__: null, enumerable: false, get() { return rs(this).highWaterMark; } },
  readableBuffer: { __proto__: null, enumerable: false, get() { return rs(this)?.buffer; } },
  readableFlowing: {
    __proto__: null,
    enumerable: false,
    get() { return rs(this).flowing; },
    set(v) { if (this._readableState) this._readableState.flowing = v; },
  },
  readableLength: { __proto__: null, enumerable: false, get() { return rs(this).length; } },
  readableObjectMode: { __proto__: null, enumerable: false, get() { return rs(this) ? rs(this).objectMode : false; } },
  readableEncoding: { __proto__: null, enumerable: false, get() { return rs(this) ? rs(this).encoding : null; } },
  errored: { __proto__: null, enumerable: false, get() { return rs(this) ? rs(this).errored : null; } },
  closed: { __proto__: null, get() { return rs(this) ? rs(this).closed : false; } },
  destroyed: {
    __proto__: null,
    enumerable: false,
    get() { return rs(this) ? rs(this).destroyed : false; },
    set(v) { if (this._readableState) this._readableState.destroyed = v; },
  },
  readableEnded: { __proto__: null, enumerable: false, get() { return rs(this) ? rs(this).endEmitted : false; } },
});

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    nextTick(emitEnd, state, stream);
  }
}

function emitEnd(state, stream) {
  if (state.errored || state.closeEmitted || state.endEmitted || state.length !== 0) return;
  state.endEmitted = true;
  stream.emit('end');
  const w = stream._writableState;
  if (w && stream.allowHalfOpen === false && !w.ending && !w.destroyed) {
    // A duplex that is not half-open ends its writable side with its readable.
    nextTick(endWritable, stream);
  } else if (state.autoDestroy) {
    if (!w || (w.autoDestroy && (w.finished || w.writable === false))) stream.destroy();
  }
}

function endWritable(stream) {
  stream.end();
}

Readable._fromList = takeFromBuffer;

Readable.from = function(iterable, opts) {
  from ??= require('internal/streams/from');
  return from(Readable, iterable, opts);
};

function webAdapters() {
  return require('internal/webstreams/adapters');
}

Readable.fromWeb = function(readableStream, options) {
  return webAdapters().newStreamReadableFromReadableStream(readableStream, options);
};

Readable.toWeb = function(streamReadable, options) {
  return webAdapters().newReadableStreamFromStreamReadable(streamReadable, options);
};

// Readable.wrap(src): a Readable over an old-style stream; destroying it
// destroys src.
Readable.wrap = function(src, options) {
  const opts = { objectMode: src.readableObjectMode ?? src.objectMode ?? true };
  if (options) Object.assign(opts, options);
  opts.destroy = function(err, callback) {
    destroyImpl.destroyer(src, err);
    callback(err);
  };
  return new Readable(opts).wrap(src);
};
