'use strict';

// finished(stream[, options], callback): calls back once when the stream is
// done for the sides asked for (readable: 'end', writable: 'finish'), with
// the stream's error, or with ERR_STREAM_PREMATURE_CLOSE when it closed
// before. A stream that emits 'close' by itself after those is waited for
// until 'close'.

const errors = require('internal/errors');
const v = require('internal/validators');
const u = require('internal/streams/utils');

const kEosNodeSynchronousCallback = Symbol('kEosNodeSynchronousCallback');
let addAbortListener;

function nop() {}

function isRequest(stream) {
  return typeof stream.setHeader === 'function' && typeof stream.abort === 'function';
}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    v.validateObject(options, 'options');
  }
  v.validateFunction(callback, 'callback');
  v.validateAbortSignal(options.signal, 'options.signal');
  if (options[kEosNodeSynchronousCallback] !== undefined) {
    v.validateBoolean(options[kEosNodeSynchronousCallback], 'options[kEosNodeSynchronousCallback]');
  }

  if (u.isReadableStream(stream) || u.isWritableStream(stream)) return eosWeb(stream, options, callback);
  if (!u.isNodeStream(stream)) {
    throw new errors.codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }

  let called = false;
  let cb = callback;
  function done(err) {
    if (called) return;
    called = true;
    if (err === undefined) cb.call(stream);
    else cb.call(stream, err);
  }

  const wantRead = options.readable ?? u.isReadableNodeStream(stream);
  const wantWrite = options.writable ?? u.isWritableNodeStream(stream);
  const w = stream._writableState;
  const r = stream._readableState;

  // Wait for 'close' when the stream will emit it and the sides asked for
  // are the ones it has.
  let waitClose = u.willEmitClose(stream) &&
    u.isReadableNodeStream(stream) === wantRead && u.isWritableNodeStream(stream) === wantWrite;
  let readDone = u.isReadableFinished(stream, false);
  let writeDone = u.isWritableFinished(stream, false);
  let closed = u.isClosed(stream);

  function onfinish() {
    writeDone = true;
    if (stream.destroyed) waitClose = false;
    if (waitClose && (!stream.readable || wantRead)) return;
    if (!wantRead || readDone) done();
  }
  function onend() {
    readDone = true;
    if (stream.destroyed) waitClose = false;
    if (waitClose && (!stream.writable || wantWrite)) return;
    if (!wantWrite || writeDone) done();
  }
  function onlegacyfinish() {
    if (!stream.writable) onfinish();
  }
  function onerror(err) {
    done(err);
  }
  function erroredOf() {
    const e = u.isWritableErrored(stream) || u.isReadableErrored(stream);
    return e && typeof e !== 'boolean' ? e : null;
  }
  function onclose() {
    closed = true;
    const e = erroredOf();
    if (e) return done(e);
    if (wantRead && !readDone && u.isReadableNodeStream(stream, true) && !u.isReadableFinished(stream, false)) {
      return done(new errors.codes.ERR_STREAM_PREMATURE_CLOSE());
    }
    if (wantWrite && !writeDone && !u.isWritableFinished(stream, false)) {
      return done(new errors.codes.ERR_STREAM_PREMATURE_CLOSE());
    }
    done();
  }
  function onclosed() {
    closed = true;
    const e = erroredOf();
    if (e) return done(e);
    done();
  }
  function onrequest() {
    stream.req.on('finish', onfinish);
  }

  // An already closed stream gets no listeners: its 'error' and 'close' are
  // out already or on their way, and the callback follows them.
  if (!closed) {
    const request = isRequest(stream);
    if (request) {
      stream.on('complete', onfinish);
      if (!waitClose) stream.on('abort', onclose);
      if (stream.req) onrequest();
      else stream.on('request', onrequest);
    } else if (wantWrite && !w) {
      stream.on('end', onlegacyfinish);
      stream.on('close', onlegacyfinish);
    }
    if (!waitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);

    stream.on('end', onend);
    stream.on('finish', onfinish);
    if (options.error !== false) stream.on('error', onerror);
    stream.on('close', onclose);
  }

  if (closed) {
    process.nextTick(onclose);
  } else if ((w && w.errorEmitted) || (r && r.errorEmitted)) {
    if (!waitClose) process.nextTick(onclosed);
  } else if (!wantRead && (!waitClose || u.isReadable(stream)) && (writeDone || u.isWritable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (!wantWrite && (!waitClose || u.isWritable(stream)) && (readDone || u.isReadable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (r && stream.req && stream.aborted) {
    process.nextTick(onclosed);
  }

  const attached = [
    'aborted', onclose, 'complete', onfinish, 'abort', onclose, 'request', onrequest,
    'end', onlegacyfinish, 'close', onlegacyfinish, 'finish', onfinish, 'end', onend,
    'error', onerror, 'close', onclose,
  ];
  function cleanup() {
    cb = nop;
    for (let i = 0; i < attached.length; i += 2) stream.removeListener(attached[i], attached[i + 1]);
    if (stream.req) stream.req.removeListener('finish', onfinish);
  }

  if (options.signal && !closed) {
    const signal = options.signal;
    const abort = () => {
      const user = cb;
      cleanup();
      user.call(stream, new errors.AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      addAbortListener ??= require('events').addAbortListener;
      const disposable = addAbortListener(signal, abort);
      const user = cb;
      cb = function(...args) {
        disposable[Symbol.dispose]();
        user.apply(stream, args);
      };
    }
  }
  return cleanup;
}

function eosWeb(stream, options, callback) {
  let onAbort = nop;
  let called = false;
  const settle = (err) => {
    if (called) return;
    called = true;
    onAbort();
    if (err === undefined) callback.call(stream);
    else callback.call(stream, err);
  };
  if (options.signal) {
    const signal = options.signal;
    const abort = () => settle(new errors.AbortError(undefined, { cause: signal.reason }));
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      addAbortListener ??= require('events').addAbortListener;
      const disposable = addAbortListener(signal, abort);
      onAbort = () => disposable[Symbol.dispose]();
    }
  }
  const closing = stream[u.kIsClosedPromise];
  if (closing && typeof closing.promise?.then === 'function') {
    closing.promise.then(() => process.nextTick(settle), (err) => process.nextTick(settle, err));
  }
  return nop;
}

// finished(stream[, options]) is the promise form (stream/promises); given
// a callback it is eos.
function finished(stream, opts) {
  if (typeof opts === 'function') return eos(stream, opts);
  const cleanupAfter = opts != null && opts.cleanup;
  if (cleanupAfter) v.validateBoolean(opts.cleanup, 'cleanup');
  const executor = function(resolve, reject) {
    const stop = eos(stream, opts, function(err) {
      if (cleanupAfter) stop();
      if (err) reject(err);
      else resolve();
    });
  };
  return new Promise(executor);
}

module.exports = {
  finished,
  eos,
  kEosNodeSynchronousCallback,
};
