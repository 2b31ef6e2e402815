'use strict';

// Destruction and construction shared by Readable, Writable and Duplex.
// Both states of a duplex are marked together; 'error' and 'close' are
// emitted once, on a later tick, after _destroy calls back.

const errors = require('internal/errors');
const utils = require('internal/streams/utils');

const kDestroy = Symbol('kDestroy');
// The tick queue's own entry, as Node's streams use theirs: a script that
// replaces process.nextTick does not change when streams run.
const { nextTick } = process;
const kConstruct = Symbol('kConstruct');

// stateList gives the states of a stream, writable first.
function stateList(stream) {
  const rd = stream._readableState;
  const wr = stream._writableState;
  if (rd && wr) return [wr, rd];
  if (wr) return [wr];
  if (rd) return [rd];
  return [];
}

function anyState(stream, field) {
  const rd = stream._readableState;
  const wr = stream._writableState;
  return !!((wr && wr[field]) || (rd && rd[field]));
}

function setBoth(stream, field, value) {
  const rd = stream._readableState;
  const wr = stream._writableState;
  if (wr) wr[field] = value;
  if (rd) rd[field] = value;
}

function recordError(stream, err) {
  if (!err) return;
  err.stack; // eslint-disable-line no-unused-expressions
  const list = stateList(stream);
  for (let i = 0; i < list.length; i++) {
    if (!list[i].errored) list[i].errored = err;
  }
}

// destroy is Readable/Writable/Duplex.prototype.destroy's core.
function destroy(err, cb) {
  if (anyState(this, 'destroyed')) {
    if (typeof cb === 'function') cb();
    return this;
  }
  recordError(this, err);
  setBoth(this, 'destroyed', true);
  const first = this._writableState || this._readableState;
  if (!first.constructed) {
    // _construct has not called back yet: destroy once it has.
    this.once(kDestroy, function(constructErr) {
      callDestroy(this, errors.aggregateTwoErrors(constructErr, err), cb);
    });
  } else {
    callDestroy(this, err, cb);
  }
  return this;
}

function callDestroy(stream, err, cb) {
  let settled = false;
  const onDestroyed = (er) => {
    if (settled) return;
    settled = true;
    recordError(stream, er);
    setBoth(stream, 'closed', true);
    if (typeof cb === 'function') cb(er);
    if (er) nextTick(emitErrorAndClose, stream, er);
    else nextTick(emitClose, stream);
  };
  try {
    stream._destroy(err || null, onDestroyed);
  } catch (e) {
    onDestroyed(e);
  }
}

function emitErrorAndClose(stream, err) {
  emitError(stream, err);
  emitClose(stream);
}

function emitClose(stream) {
  setBoth(stream, 'closeEmitted', true);
  if (anyState(stream, 'emitClose')) stream.emit('close');
}

function emitError(stream, err) {
  if (anyState(stream, 'errorEmitted')) return;
  setBoth(stream, 'errorEmitted', true);
  stream.emit('error', err);
}

// undestroy puts the states back as they were built (options readable /
// writable false keep their side ended).
const resetCommon = [
  ['constructed', true], ['destroyed', false], ['closed', false], ['closeEmitted', false],
  ['errored', null], ['errorEmitted', false],
];
const resetWritable = [['finalCalled', false], ['prefinished', false]];

function undestroy() {
  const list = stateList(this);
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    for (let k = 0; k < resetCommon.length; k++) s[resetCommon[k][0]] = resetCommon[k][1];
  }
  const rd = this._readableState;
  if (rd) {
    const off = rd.readable === false;
    rd.reading = false;
    rd.ended = off;
    rd.endEmitted = off;
  }
  const wr = this._writableState;
  if (wr) {
    const off = wr.writable === false;
    for (let k = 0; k < resetWritable.length; k++) wr[resetWritable[k][0]] = resetWritable[k][1];
    wr.ending = off;
    wr.ended = off;
    wr.finished = off;
  }
}

// errorOrDestroy reports err on stream: destroys it when it destroys itself
// on error (autoDestroy), else records it and emits 'error'.
function errorOrDestroy(stream, err, sync) {
  if (anyState(stream, 'destroyed')) return;
  if (anyState(stream, 'autoDestroy')) {
    stream.destroy(err);
    return;
  }
  if (!err) return;
  recordError(stream, err);
  if (sync) nextTick(emitError, stream, err);
  else emitError(stream, err);
}

// construct runs stream._construct on the next tick; cb runs once it has
// called back without error.
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  setBoth(stream, 'constructed', false);
  stream.once(kConstruct, cb);
  if (stream.listenerCount(kConstruct) === 1) nextTick(startConstruct, stream);
}

function startConstruct(stream) {
  let calls = 0;
  const constructed = (err) => {
    if (++calls > 1) {
      errorOrDestroy(stream, err ?? new errors.codes.ERR_MULTIPLE_CALLBACK());
      return;
    }
    setBoth(stream, 'constructed', true);
    if (anyState(stream, 'destroyed')) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else stream.emit(kConstruct);
  };
  try {
    stream._construct((err) => { nextTick(constructed, err); });
  } catch (err) {
    nextTick(constructed, err);
  }
}

function looksLikeRequest(obj) {
  return obj != null && typeof obj.setHeader === 'function' && typeof obj.abort === 'function';
}

function closeLater(stream, err) {
  if (err) stream.emit('error', err);
  if (err) nextTick(closeLater, stream, null);
  else stream.emit('close');
}

// destroyer ends any kind of stream with err: a request is aborted, a stream
// destroyed, an old-style one closed or sent 'error' and 'close'.
function destroyer(stream, err) {
  if (!stream || utils.isDestroyed(stream)) return;
  if (!err && !utils.isFinished(stream)) err = new errors.AbortError();
  const req = stream.req;
  if (utils.isServerRequest(stream)) {
    stream.socket = null;
    stream.destroy(err);
  } else if (looksLikeRequest(stream)) {
    stream.abort();
  } else if (looksLikeRequest(req)) {
    req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else {
    nextTick(closeLater, stream, err || null);
  }
  if (!stream.destroyed) stream[utils.kIsDestroyed] = true;
}

module.exports = {
  errorOrDestroy,
  destroy,
  undestroy,
  construct,
  destroyer,
};
