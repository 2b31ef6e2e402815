'use strict';
// node:stream/promises: pipeline and finished returning promises.
// pipeline's last argument may be its options ({ signal, end }).

const { pipelineImpl } = require('internal/streams/pipeline');
const { isIterable, isNodeStream } = require('internal/streams/utils');
const { validateBoolean, validateObject } = require('internal/validators');

function pipeline() {
  const streams = [];
  for (let i = 0; i < arguments.length; i++) streams.push(arguments[i]);
  let options;
  const last = streams[streams.length - 1];
  if (last != null && typeof last === 'object' && !Array.isArray(last) &&
      !isNodeStream(last) && !isIterable(last)) {
    options = streams.pop();
  }
  return new Promise((resolve, reject) => {
    pipelineImpl(streams, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    }, options);
  });
}

function finished(stream, opts) {
  return new Promise((resolve, reject) => {
    if (opts != null) {
      validateObject(opts, 'options');
      if (opts.cleanup !== undefined) validateBoolean(opts.cleanup, 'cleanup');
    }
    const cleanup = require('stream').finished(stream, opts, (err) => {
      if (opts?.cleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}

module.exports = {
  finished,
  pipeline,
};
