'use strict';
// stream.pipeline: connect a source, any number of transforms and a
// destination, report the first error (or success) once every stage has
// settled, and destroy the stages still running when one fails.
//
// Stages are Node streams, iterables (first stage only) and functions: the
// first is called with { signal } and returns an iterable or a stream, the
// others with (source, { signal }) and return an async iterable; the last
// may return a promise, whose value the callback receives.

const {
  AbortError,
  aggregateTwoErrors,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
    ERR_STREAM_DESTROYED,
  },
} = require('internal/errors');
const { validateAbortSignal, validateFunction } = require('internal/validators');
const {
  isIterable,
  isNodeStream,
  isReadableNodeStream,
  isReadableFinished,
} = require('internal/streams/utils');
const { getAsyncIterator, lazyAbortController } = require('internal/streams/nodenet_iter');

let S; // node:stream, loaded on the first pipeline (it loads this module lazily)

function stream() {
  if (S === undefined) S = require('stream');
  return S;
}

function isAsyncIterable(v) {
  return v != null && typeof v[Symbol.asyncIterator] === 'function';
}

// Run is one pipeline's bookkeeping: how many stages are still to settle,
// the first error, and how to destroy the stages that are still running.
class Run {
  constructor(callback, signal) {
    this.callback = callback;
    this.signal = signal;
    this.pending = 0;
    this.error = undefined;
    this.value = undefined;
    this.done = false;
    this.stops = [];
    const AC = lazyAbortController();
    this.ac = new AC();
    this.onAbort = null;
    this.finish = (err) => this.settle(err, --this.pending === 0);
  }

  settle(err, last) {
    if (err && (this.error === undefined || this.error.code === 'ERR_STREAM_PREMATURE_CLOSE')) {
      this.error = err;
    }
    if (this.error === undefined && !last) return;
    const stops = this.stops;
    this.stops = [];
    for (let i = 0; i < stops.length; i++) stops[i].stop(this.error);
    if (this.onAbort !== null) {
      this.signal.removeEventListener('abort', this.onAbort);
      this.onAbort = null;
    }
    this.ac.abort();
    if (last && !this.done) {
      this.done = true;
      process.nextTick(this.callback, this.error, this.value);
    }
  }

  // watch counts a stream's end (its readable and/or writable side) as one
  // stage to settle, and lets a failing pipeline destroy it.
  watch(s, reading, writing) {
    this.pending++;
    this.stops.push(new Stop(this, s, reading, writing));
  }
}

// Stop destroys one stream when the pipeline fails, unless the stream has
// already finished the part the pipeline uses.
class Stop {
  constructor(run, s, reading, writing) {
    this.s = s;
    this.finished = false;
    stream().finished(s, { readable: reading, writable: writing }, (err) => {
      this.finished = !err;
      run.finish(err);
    });
  }

  stop(err) {
    if (this.finished) return;
    this.finished = true;
    stream().destroy(this.s, err || new ERR_STREAM_DESTROYED('pipe'));
  }
}

// pipeStreams pipes one Node stream into the next; the destination is ended
// when the source ends, unless end is false.
function pipeStreams(run, src, dst, end) {
  const { finished } = stream();
  src.pipe(dst, { end: false });
  run.pending++;
  if (end) {
    const onEnd = () => { dst.end(); };
    if (isReadableFinished(src)) process.nextTick(onEnd);
    else src.once('end', onEnd);
    run.pending++;
    finished(dst, { readable: false, writable: true }, run.finish);
  }
  finished(src, { readable: true, writable: false }, run.finish);
}

// pumpToStream writes an iterable's values into a writable stream, waiting
// for 'drain' when it asks to, and ends it unless end is false.
async function pumpToStream(run, iterable, dst, end) {
  let error;
  let wake = null;
  const resume = (err) => {
    if (err) error = err;
    if (wake !== null) {
      const w = wake;
      wake = null;
      w();
    }
  };
  const ready = (resolve) => { wake = resolve; };
  const cleanup = stream().finished(dst, { readable: false }, resume);
  dst.on('drain', resume);
  run.pending++;
  let it = null;
  let completed = false;
  try {
    if (dst.writableNeedDrain === true) await new Promise(ready);
    if (error) throw error;
    it = getAsyncIterator(iterable);
    for (;;) {
      const r = await it.next();
      if (r.done) break;
      if (error) throw error;
      if (!dst.write(r.value)) {
        await new Promise(ready);
        if (error) throw error;
      }
    }
    completed = true;
    if (end) {
      dst.end();
      if (!dst.writableFinished && !error) await new Promise(ready);
      if (error) throw error;
    }
    run.finish();
  } catch (err) {
    run.finish(error !== undefined && error !== err ? aggregateTwoErrors(error, err) : err);
  } finally {
    cleanup();
    dst.removeListener('drain', resume);
    if (!completed && it !== null && typeof it.return === 'function') {
      try {
        await it.return();
      } catch {
        // The pipeline already failed; this error adds nothing.
      }
    }
  }
}

// asSource gives a function stage what it iterates: a stream's async
// iterator, or the previous stage's iterable as it is.
function asSource(prev) {
  if (isReadableNodeStream(prev)) return stream().Readable.prototype[Symbol.asyncIterator].call(prev);
  return prev;
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw new ERR_MISSING_ARGS('streams');
  const signal = opts?.signal;
  if (signal != null) validateAbortSignal(signal, 'options.signal');
  const endLast = opts?.end !== false;
  const run = new Run(callback, signal);
  if (signal != null) {
    run.onAbort = () => run.settle(new AbortError(undefined, { cause: signal.reason }), false);
    if (signal.aborted) queueMicrotask(run.onAbort);
    else signal.addEventListener('abort', run.onAbort, { once: true });
  }
  const fnOptions = { signal: run.ac.signal };
  const n = streams.length;
  let prev;
  for (let i = 0; i < n; i++) {
    let s = streams[i];
    const reading = i < n - 1;
    const writing = i > 0;
    const isLast = i === n - 1;
    const end = reading || endLast;
    if (i > 0 && typeof s !== 'function' && !isNodeStream(s)) {
      s = stream().Duplex.from(s);
    }
    if (isNodeStream(s) && (reading || (writing && end))) {
      run.watch(s, reading, writing && end);
    }
    if (i === 0) {
      if (typeof s === 'function') {
        prev = s(fnOptions);
        if (!isIterable(prev) && !isNodeStream(prev)) {
          throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or Stream', 'source', prev);
        }
      } else if (isNodeStream(s) || isIterable(s)) {
        prev = s;
      } else {
        prev = stream().Duplex.from(s);
        run.watch(prev, true, false);
      }
      continue;
    }
    if (typeof s === 'function') {
      const out = s(asSource(prev), fnOptions);
      if (reading) {
        if (!isAsyncIterable(out)) {
          throw new ERR_INVALID_RETURN_VALUE('AsyncIterable', `transform[${i - 1}]`, out);
        }
        prev = out;
        continue;
      }
      const pt = new (stream().PassThrough)({ objectMode: true });
      if (out != null && typeof out.then === 'function') {
        run.pending++;
        out.then((value) => {
          run.value = value;
          if (value != null) pt.write(value);
          if (end) pt.end();
          process.nextTick(run.finish);
        }, (err) => {
          pt.destroy(err);
          process.nextTick(run.finish, err);
        });
      } else if (isAsyncIterable(out)) {
        pumpToStream(run, out, pt, end);
      } else {
        throw new ERR_INVALID_RETURN_VALUE('AsyncIterable or Promise', 'destination', out);
      }
      run.watch(pt, false, true);
      prev = pt;
      continue;
    }
    if (isReadableNodeStream(prev)) {
      pipeStreams(run, prev, s, end);
    } else if (isIterable(prev)) {
      pumpToStream(run, prev, s, end);
    } else {
      throw new ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable'], prev);
    }
    prev = s;
  }
  return prev;
}

function pipeline() {
  const streams = [];
  for (let i = 0; i < arguments.length; i++) streams.push(arguments[i]);
  const callback = streams.pop();
  validateFunction(callback, 'streams[stream.length - 1]');
  return pipelineImpl(streams, callback);
}

module.exports = { pipelineImpl, pipeline };
