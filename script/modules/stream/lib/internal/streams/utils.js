'use strict';

// Predicates over streams. A Node stream here is anything with the shape of
// one (pipe/on for the readable side, write/on for the writable side): our
// own Readable/Writable with their _readableState/_writableState, a
// net.Socket whose state lives in Go and shows through its public
// properties, or a legacy stream.

const kIsDestroyed = Symbol.for('nodejs.stream.destroyed');
const kIsErrored = Symbol('kIsErrored');
const kIsReadable = Symbol('kIsReadable');
const kIsWritable = Symbol('kIsWritable');
const kIsDisturbed = Symbol('kIsDisturbed');
const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');
const kOnConstructed = Symbol('kOnConstructed');

function isReadableNodeStream(obj, strict = false) {
  if (obj == null || typeof obj.pipe !== 'function' || typeof obj.on !== 'function') return false;
  if (strict && (typeof obj.pause !== 'function' || typeof obj.resume !== 'function')) return false;
  const w = obj._writableState;
  if (!w) return true;
  const r = obj._readableState;
  return r != null && r.readable !== false;
}

function isWritableNodeStream(obj) {
  if (obj == null || typeof obj.write !== 'function' || typeof obj.on !== 'function') return false;
  const r = obj._readableState;
  return !r || (obj._writableState != null && obj._writableState.writable !== false);
}

function isDuplexNodeStream(obj) {
  return obj != null && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
    typeof obj.write === 'function';
}

function isNodeStream(obj) {
  if (obj == null || typeof obj !== 'object') return false;
  if (obj._readableState || obj._writableState) return true;
  if (typeof obj.on !== 'function') return false;
  return typeof obj.write === 'function' || typeof obj.pipe === 'function';
}

function isReadableStream(obj) {
  return obj != null && typeof obj === 'object' && !isNodeStream(obj) &&
    typeof obj.pipeThrough === 'function' && typeof obj.getReader === 'function' &&
    typeof obj.cancel === 'function';
}

function isWritableStream(obj) {
  return obj != null && typeof obj === 'object' && !isNodeStream(obj) &&
    typeof obj.getWriter === 'function' && typeof obj.abort === 'function';
}

function isTransformStream(obj) {
  return obj != null && typeof obj === 'object' && !isNodeStream(obj) &&
    typeof obj.readable === 'object' && typeof obj.writable === 'object';
}

function isWebStream(obj) {
  return isTransformStream(obj) || isWritableStream(obj) || isReadableStream(obj);
}

// isIterable: async iterable (isAsync true), sync iterable (false), or
// either (undefined).
function isIterable(obj, isAsync) {
  const asyncOk = isAsync !== false && obj != null && typeof obj[Symbol.asyncIterator] === 'function';
  const syncOk = isAsync !== true && obj != null && typeof obj[Symbol.iterator] === 'function';
  return asyncOk || syncOk;
}

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  const s = stream._writableState || stream._readableState;
  return !!(stream.destroyed || stream[kIsDestroyed] || (s && s.destroyed));
}

// The writable side has ended (end() was called).
function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  const w = stream._writableState;
  if (w == null || w.errored) return false;
  return typeof w.ended === 'boolean' ? w.ended : null;
}

// The writable side has finished; strict also asks that nothing is still
// buffered.
function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  const w = stream._writableState;
  if (w == null || w.errored) return false;
  if (typeof w.finished !== 'boolean') return null;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}

function isReadableEnded(stream) {
  if (!isReadableNodeStream(stream)) return null;
  if (stream.readableEnded === true) return true;
  const r = stream._readableState;
  if (r == null || r.errored) return false;
  return typeof r.ended === 'boolean' ? r.ended : null;
}

// The readable side has emitted 'end'; strict false also accepts an ended
// stream whose buffer is empty.
function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  const r = stream._readableState;
  if (r == null) return stream.readableEnded === true ? true : null;
  if (r.errored) return false;
  if (typeof r.endEmitted !== 'boolean') return null;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}

// isReadable/isWritable: null when the object has no such side (no
// boolean readable/writable property), else whether it can still be read
// from / written to.
function isReadable(stream) {
  const marked = stream ? stream[kIsReadable] : undefined;
  if (marked != null) return marked;
  if (stream == null || typeof stream.readable !== 'boolean') return null;
  return !isDestroyed(stream) && isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}

function isWritable(stream) {
  const marked = stream ? stream[kIsWritable] : undefined;
  if (marked != null) return marked;
  if (stream == null || typeof stream.writable !== 'boolean') return null;
  return !isDestroyed(stream) && isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}

function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  if (opts?.readable !== false && isReadable(stream)) return false;
  if (opts?.writable !== false && isWritable(stream)) return false;
  return true;
}

function isWritableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.writableErrored) return stream.writableErrored;
  const w = stream._writableState;
  if (w) return w.errored ?? null;
  return stream._readableState ? null : stream.errored ?? null;
}

function isReadableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.readableErrored) return stream.readableErrored;
  const r = stream._readableState;
  if (r) return r.errored ?? null;
  return stream._writableState ? null : stream.errored ?? null;
}

function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  if (typeof stream.closed === 'boolean') return stream.closed;
  const w = stream._writableState;
  const r = stream._readableState;
  if (typeof w?.closed === 'boolean' || typeof r?.closed === 'boolean') {
    return w?.closed || r?.closed;
  }
  if (typeof stream._closed === 'boolean' && isOutgoingMessage(stream)) return stream._closed;
  return null;
}

function isOutgoingMessage(stream) {
  return typeof stream._closed === 'boolean' && typeof stream._defaultKeepAlive === 'boolean' &&
    typeof stream._removedConnection === 'boolean' && typeof stream._removedContLen === 'boolean';
}

function isServerResponse(stream) {
  return typeof stream._sent100 === 'boolean' && isOutgoingMessage(stream);
}

function isServerRequest(stream) {
  return typeof stream._consuming === 'boolean' && typeof stream._dumped === 'boolean' &&
    stream.req?.upgradeOrConnect === undefined;
}

// willEmitClose: the stream will emit 'close' by itself once both of its
// sides are done.
function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  const s = stream._writableState || stream._readableState;
  if (!s) return isServerResponse(stream);
  return !!(s.autoDestroy && s.emitClose && s.closed === false);
}

function isDisturbed(stream) {
  if (stream == null) return false;
  if (stream[kIsDisturbed] != null) return !!stream[kIsDisturbed];
  return !!(stream.readableDidRead || stream.readableAborted);
}

// isErrored: the first of these that is known decides (an 'error' emitted,
// or for a state without that flag an error recorded).
function isErrored(stream) {
  if (stream == null) return false;
  const r = stream._readableState;
  const w = stream._writableState;
  const v = stream[kIsErrored] ?? stream.readableErrored ?? stream.writableErrored ??
    r?.errorEmitted ?? w?.errorEmitted ?? r?.errored ?? w?.errored;
  return !!v;
}

// initEvents gives a stream under construction its _events object preset
// with names (so that EventEmitter keeps their slots), unless a subclass
// set one already.
function initEvents(stream, names) {
  const own = stream._events;
  if (own !== undefined && own !== Object.getPrototypeOf(stream)._events) return;
  const events = {};
  for (let i = 0; i < names.length; i++) events[names[i]] = undefined;
  stream._events = events;
}

// takeMethods copies the implementation functions given as options
// (pairs of option name and method name) onto the stream.
function takeMethods(stream, options, pairs) {
  for (let i = 0; i < pairs.length; i += 2) {
    const fn = options[pairs[i]];
    if (typeof fn === 'function') stream[pairs[i + 1]] = fn;
  }
}

module.exports = {
  initEvents,
  takeMethods,
  kOnConstructed,
  kIsDestroyed,
  kIsDisturbed,
  kIsErrored,
  kIsReadable,
  kIsWritable,
  kIsClosedPromise,
  kControllerErrorFunction,
  isClosed,
  isDestroyed,
  isDisturbed,
  isDuplexNodeStream,
  isErrored,
  isFinished,
  isIterable,
  isNodeStream,
  isReadable,
  isReadableEnded,
  isReadableErrored,
  isReadableFinished,
  isReadableNodeStream,
  isReadableStream,
  isServerRequest,
  isServerResponse,
  isTransformStream,
  isWebStream,
  isWritable,
  isWritableEnded,
  isWritableErrored,
  isWritableFinished,
  isWritableNodeStream,
  isWritableStream,
  willEmitClose,
};
