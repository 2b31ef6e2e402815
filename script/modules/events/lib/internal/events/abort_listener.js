'use strict';

// events.addAbortListener(signal, listener): run listener once when signal
// aborts, even if another 'abort' listener stops the event's propagation
// (or on the next microtask when it has aborted already). The result is a
// Disposable whose Symbol.dispose takes the listener off again.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

let resistKey;
function listenOnce(signal, listener) {
  if (resistKey === undefined) {
    resistKey = require('internal/event_target').kResistStopPropagation || null;
  }
  const opts = { __proto__: null, once: true };
  if (resistKey !== null) opts[resistKey] = true;
  signal.addEventListener('abort', listener, opts);
}

function addAbortListener(signal, listener) {
  if (signal == null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  if (typeof listener !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('listener', 'Function', listener);
  }

  let attached = false;
  if (signal.aborted) {
    queueMicrotask(function callLate() {
      listener();
    });
  } else {
    listenOnce(signal, listener);
    attached = true;
  }
  return {
    __proto__: null,
    [Symbol.dispose]() {
      if (!attached) return;
      attached = false;
      signal.removeEventListener('abort', listener);
    },
  };
}

module.exports = { addAbortListener };
