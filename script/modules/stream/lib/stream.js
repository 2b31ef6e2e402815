'use strict';

// node:stream. The module is the legacy Stream constructor carrying every
// stream class and helper; Readable.prototype gets the iterator operators
// (map, filter, ... from internal/streams/operators).

const { promisify: { custom: customPromisify } } = require('internal/util');
const { streamReturningOperators, promiseReturningOperators } = require('internal/streams/operators');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
const { setDefaultHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const destroyImpl = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');
const utils = require('internal/streams/utils');
const { Buffer } = require('buffer');

const { Stream } = require('internal/streams/legacy');
module.exports = Stream;

for (const name of ['isDestroyed', 'isDisturbed', 'isErrored', 'isReadable', 'isWritable']) {
  Stream[name] = utils[name];
}

const Readable = require('internal/streams/readable');
Stream.Readable = Readable;

function defineOperator(name, op, returnsStream) {
  const fn = returnsStream ?
    function() {
      if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
      return Readable.from(op.apply(this, arguments));
    } :
    function() {
      if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
      return op.apply(this, arguments);
    };
  Object.defineProperty(fn, 'name', { __proto__: null, value: op.name });
  Object.defineProperty(fn, 'length', { __proto__: null, value: op.length });
  Object.defineProperty(Readable.prototype, name, {
    __proto__: null, value: fn, enumerable: false, configurable: true, writable: true,
  });
}

for (const name of Object.keys(streamReturningOperators)) {
  defineOperator(name, streamReturningOperators[name], true);
}
for (const name of Object.keys(promiseReturningOperators)) {
  defineOperator(name, promiseReturningOperators[name], false);
}

const classes = [
  'Writable', 'internal/streams/writable',
  'Duplex', 'internal/streams/duplex',
  'Transform', 'internal/streams/transform',
  'PassThrough', 'internal/streams/passthrough',
  'duplexPair', 'internal/streams/duplexpair',
];
for (let i = 0; i < classes.length; i += 2) Stream[classes[i]] = require(classes[i + 1]);
const { pipeline } = require('internal/streams/pipeline');
Stream.pipeline = pipeline;
const { addAbortSignal } = require('internal/streams/add-abort-signal');
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos.eos;
Stream.destroy = destroyImpl.destroyer;
Stream.compose = require('internal/streams/compose');
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

let promises;
function getPromises() {
  promises ??= require('stream/promises');
  return promises;
}
Object.defineProperty(Stream, 'promises', { __proto__: null, get: getPromises, configurable: true, enumerable: true });

Object.defineProperty(pipeline, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return Stream.promises.pipeline; },
});

Object.defineProperty(eos.eos, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return Stream.promises.finished; },
});

// The old stream module exported itself as Stream.
Stream.Stream = Stream;

Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = function isUint8Array(value) {
  return value instanceof Uint8Array;
};
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};
