'use strict';
// nodenet: helpers standing in for `for await` and AbortController, which
// the streams code needs and goja (or this host) may not have.
const { SymbolAsyncIterator, SymbolIterator } = primordials;

// getAsyncIterator returns the async iterator `for await` would use: the
// object's own, or one over its sync iterator that awaits each value.
function getAsyncIterator(obj) {
  const m = obj[SymbolAsyncIterator];
  if (m != null) return m.call(obj);
  const it = obj[SymbolIterator]();
  return {
    async next() {
      const r = it.next();
      return { done: r.done, value: await r.value };
    },
    async return(v) {
      if (typeof it.return === 'function') {
        const r = it.return(v);
        return { done: true, value: await r?.value };
      }
      return { done: true, value: v };
    },
  };
}

// forAwait runs `for await (const x of iterable) await body(x)`; body
// returns true to break.
async function forAwait(iterable, body) {
  const it = getAsyncIterator(iterable);
  let finished = false;
  try {
    for (;;) {
      let r;
      try {
        r = await it.next();
      } catch (err) {
        finished = true;
        throw err;
      }
      if (r.done) {
        finished = true;
        return;
      }
      if (await body(r.value) === true) return;
    }
  } finally {
    if (!finished && typeof it.return === 'function') await it.return();
  }
}

let AbortController;
// lazyAbortController returns internal/abort_controller's AbortController,
// or a minimal one (signal with aborted, reason, throwIfAborted and 'abort'
// listeners) when the host has none.
function lazyAbortController() {
  if (AbortController) return AbortController;
  try {
    ({ AbortController } = require('internal/abort_controller'));
    return AbortController;
  } catch {
    // Fall through to the stand-in.
  }
  const { AbortError } = require('internal/errors');
  class Signal {
    aborted = false;
    reason = undefined;
    #listeners = [];
    addEventListener(type, fn, opts) {
      if (type === 'abort') this.#listeners.push({ fn, once: !!opts?.once });
    }
    removeEventListener(type, fn) {
      this.#listeners = this.#listeners.filter((l) => l.fn !== fn);
    }
    throwIfAborted() {
      if (this.aborted) throw this.reason;
    }
    _abort(reason) {
      if (this.aborted) return;
      this.aborted = true;
      this.reason = reason === undefined ? new AbortError('This operation was aborted') : reason;
      const ls = this.#listeners;
      this.#listeners = ls.filter((l) => !l.once);
      const ev = { type: 'abort', target: this };
      for (const l of ls) {
        if (typeof l.fn === 'function') l.fn.call(this, ev);
        else l.fn.handleEvent(ev);
      }
    }
  }
  AbortController = class AbortController {
    signal = new Signal();
    abort(reason) { this.signal._abort(reason); }
  };
  return AbortController;
}

module.exports = { getAsyncIterator, forAwait, lazyAbortController };
