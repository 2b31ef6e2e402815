'use strict';

// events.addAbortListener(signal, listener): run listener once when signal
// aborts, even if another 'abort' listener stops the event's propagation.
// The result is a Disposable that takes the listener off again.

const { validateAbortSignal, validateFunction } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

let resistKey;
function abortOptions() {
  if (resistKey === undefined) {
    resistKey = require('internal/event_target').kResistStopPropagation || null;
  }
  const opts = { __proto__: null, once: true };
  if (resistKey !== null) opts[resistKey] = true;
  return opts;
}

function addAbortListener(signal, listener) {
  if (signal === undefined) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');

  let detach;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, abortOptions());
    detach = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [Symbol.dispose]() {
      if (detach !== undefined) {
        const d = detach;
        detach = undefined;
        d();
      }
    },
  };
}

module.exports = { addAbortListener };
