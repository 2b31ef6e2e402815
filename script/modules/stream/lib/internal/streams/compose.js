'use strict';
// stream.compose: one Duplex out of a chain of stages (streams and
// functions, as pipeline takes them). Writes go into the first stage,
// reads come out of the last, and the chain runs as a pipeline.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { isNodeStream, isReadable, isWritable } = require('internal/streams/utils');
const duplexify = require('internal/streams/duplexify');

module.exports = function compose() {
  const n = arguments.length;
  if (n === 0) throw new ERR_MISSING_ARGS('streams');
  if (n === 1) return duplexify(arguments[0], 'streams[0]');
  const given = [];
  for (let i = 0; i < n; i++) given.push(arguments[i]);
  const stages = given.slice();
  if (typeof stages[0] === 'function') stages[0] = duplexify(stages[0], 'streams[0]');
  if (typeof stages[n - 1] === 'function') stages[n - 1] = duplexify(stages[n - 1], `streams[${n - 1}]`);
  for (let i = 0; i < n; i++) {
    const s = stages[i];
    if (!isNodeStream(s)) continue;
    if (i < n - 1 && !isReadable(s)) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${i}]`, given[i], 'must be readable');
    }
    if (i > 0 && !isWritable(s)) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${i}]`, given[i], 'must be writable');
    }
  }
  const { Duplex, pipeline, destroy } = require('stream');
  const head = stages[0];
  let d = null;
  let onclose; // undefined while the chain runs; the destroy callback once destroyed
  const tail = pipeline(stages, (err) => {
    const cb = onclose;
    onclose = null;
    if (typeof cb === 'function') cb(err);
    else if (err && d !== null) d.destroy(err);
    else if (d !== null && !d.readable && !d.writable) d.destroy();
  });
  // The composed stream finishes when the chain's last stage does.
  d = duplexify.combine(head, tail, Duplex, false, isWritable(tail) ? tail : head);
  d._destroy = (err, cb) => {
    if (!err && onclose !== null) err = new AbortError();
    if (onclose === null) {
      cb(err);
      return;
    }
    onclose = cb;
    destroy(tail, err);
  };
  return d;
};
