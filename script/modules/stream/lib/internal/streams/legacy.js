'use strict';

// Stream: the base of every stream class, an EventEmitter with the
// pipe() streams had before Readable existed (data/drain flow control, the
// destination ended or destroyed with the source).

const EE = require('events');

function Stream(opts) {
  EE.call(this, opts);
}
Object.setPrototypeOf(Stream.prototype, EE.prototype);
Object.setPrototypeOf(Stream, EE);

Stream.prototype.pipe = function pipe(dest, options) {
  const source = this;
  let ended = false;

  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && typeof source.pause === 'function') source.pause();
  }
  function ondrain() {
    if (source.readable && typeof source.resume === 'function') source.resume();
  }
  function onend() {
    if (ended) return;
    ended = true;
    dest.end();
  }
  function onclose() {
    if (ended) return;
    ended = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }
  function onerror(err) {
    cleanup();
    // Rethrow when nobody else handles it, as an unhandled 'error' does.
    if (EE.listenerCount(this, 'error') === 0) this.emit('error', err);
  }
  // [emitter, event, listener] triples pipe() attached, for cleanup.
  const attached = [];
  function listen(emitter, event, fn, first) {
    if (first) prependListener(emitter, event, fn);
    else emitter.on(event, fn);
    attached.push(emitter, event, fn);
  }
  function cleanup() {
    for (let i = 0; i < attached.length; i += 3) attached[i].removeListener(attached[i + 1], attached[i + 2]);
  }

  listen(source, 'data', ondata);
  listen(dest, 'drain', ondrain);
  if (!dest._isStdio && (!options || options.end !== false)) {
    listen(source, 'end', onend);
    listen(source, 'close', onclose);
  }
  listen(source, 'error', onerror, true);
  listen(dest, 'error', onerror, true);
  listen(source, 'end', cleanup);
  listen(source, 'close', cleanup);
  listen(dest, 'close', cleanup);
  dest.emit('pipe', source);
  return dest;
};

// prependListener puts fn first among emitter's listeners for event, also
// on an emitter that predates prependListener.
function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') return emitter.prependListener(event, fn);
  const events = emitter._events;
  if (!events || !events[event]) emitter.on(event, fn);
  else if (Array.isArray(events[event])) events[event].unshift(fn);
  else events[event] = [fn, events[event]];
  return emitter;
}

module.exports = { Stream, prependListener };
