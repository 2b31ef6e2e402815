'use strict';
// AbortController and AbortSignal, with util.aborted and the
// transferable* helpers of util (nodenet has no MessagePort: a
// transferable signal is the signal itself).
//
// A signal made by AbortSignal.any() depends directly on the plain
// signals it follows (the sources of a composite given to it are taken in
// its place). When a signal aborts, it and every signal depending on it
// take the reason first; then each fires its 'abort' event, the source
// first and the dependents in the order they were made.

const { codes } = require('internal/errors');
const { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS } = codes;
const validators = require('internal/validators');
const { validateObject, validateUint32, kValidateObjectAllowObjects } = validators;
const { inspect } = require('internal/util/inspect');
const eventTarget = require('internal/event_target');
const { Event, EventTarget, defineEventHandler, kResistStopPropagation, kTrustEvent } = eventTarget;
const { DOMException } = require('internal/bindings/messaging');
const webidl = require('internal/webidl');
const events = require('events');
const timers = require('timers');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kInternal = Symbol('kInternal');

let signalOps;

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  // Signals made by any() that follow this one; for such a signal, the
  // signals it follows.
  #dependents = undefined;
  #sources = undefined;
  #timer = undefined;

  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[events.kMaxEventTargetListeners] = 0;
  }

  static {
    signalOps = {
      is(obj) { return obj !== null && typeof obj === 'object' && #aborted in obj; },
      // abort runs the abort steps of signal with reason.
      abort(signal, reason) {
        if (signal.#aborted) return;
        signal.#aborted = true;
        signal.#reason = reason;
        let follow;
        if (signal.#dependents !== undefined) {
          follow = [];
          for (const dep of signal.#dependents) {
            if (dep.#aborted) continue;
            dep.#aborted = true;
            dep.#reason = reason;
            follow.push(dep);
          }
          signal.#dependents = undefined;
        }
        signalOps.fire(signal);
        if (follow !== undefined) {
          for (let i = 0; i < follow.length; i++) signalOps.fire(follow[i]);
        }
      },
      fire(signal) {
        if (signal.#timer !== undefined) {
          timers.clearTimeout(signal.#timer);
          signal.#timer = undefined;
        }
        if (signal.#sources !== undefined) {
          for (const src of signal.#sources) src.#dependents?.delete(signal);
          signal.#sources = undefined;
        }
        signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
      },
      preAborted(reason) {
        const s = new AbortSignal(kInternal);
        s.#aborted = true;
        s.#reason = reason;
        return s;
      },
      follow(result, signal) {
        const list = signal.#sources !== undefined ? signal.#sources : [signal];
        for (const src of list) {
          if (src.#aborted) continue;
          result.#sources ??= new Set();
          result.#sources.add(src);
          src.#dependents ??= new Set();
          src.#dependents.add(result);
        }
        // A composite with no sources yet is still a composite.
        result.#sources ??= new Set();
      },
      setTimer(signal, timer) { signal.#timer = timer; },
    };
  }

  get aborted() {
    if (!signalOps.is(this)) throw new ERR_INVALID_THIS('AbortSignal');
    return this.#aborted;
  }

  get reason() {
    if (!signalOps.is(this)) throw new ERR_INVALID_THIS('AbortSignal');
    return this.#reason;
  }

  throwIfAborted() {
    if (!signalOps.is(this)) throw new ERR_INVALID_THIS('AbortSignal');
    if (this.#aborted) throw this.#reason;
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return signalOps.preAborted(reason);
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kInternal);
    const timer = timers.setTimeout(onTimeout, delay, signal);
    timer.unref();
    signalOps.setTimer(signal, timer);
    return signal;
  }

  static any(signals) {
    const list = toSignalList(signals, { context: 'signals' });
    for (let i = 0; i < list.length; i++) {
      if (list[i].aborted) return signalOps.preAborted(list[i].reason);
    }
    const result = new AbortSignal(kInternal);
    for (let i = 0; i < list.length; i++) signalOps.follow(result, list[i]);
    if (list.length === 0) signalOps.follow(result, result);
    return result;
  }

  [kInspect](depth, options) {
    if (depth < 0) {
      return typeof options?.stylize === 'function' ?
        options.stylize('[AbortSignal]', 'special') : '[AbortSignal]';
    }
    return `${this.constructor.name} ${inspect({ aborted: this.#aborted }, options)}`;
  }
}

const toSignalList = webidl.createSequenceConverter(
  webidl.createInterfaceConverter('AbortSignal', (v) => signalOps.is(v)));

function onTimeout(signal) {
  signalOps.setTimer(signal, undefined);
  signalOps.abort(signal,
                  new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
}

function enumerableMembers(proto, names) {
  for (let i = 0; i < names.length; i++) {
    const d = Object.getOwnPropertyDescriptor(proto, names[i]);
    d.enumerable = true;
    Object.defineProperty(proto, names[i], d);
  }
}

enumerableMembers(AbortSignal.prototype, ['aborted', 'reason', 'throwIfAborted']);
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'AbortSignal', configurable: true,
});
Object.defineProperty(AbortSignal.prototype, kInspect, { __proto__: null, enumerable: false });

class AbortController {
  #signal = new AbortSignal(kInternal);

  get signal() { return this.#signal; }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    signalOps.abort(this.#signal, reason);
  }

  [kInspect](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) {
      return name === 'AbortController' ? 'AbortController {}' : `${name} [AbortController] {}`;
    }
    return `${name} ${inspect({ signal: this.#signal }, options)}`;
  }
}

enumerableMembers(AbortController.prototype, ['signal', 'abort']);
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'AbortController', configurable: true,
});
Object.defineProperty(AbortController.prototype, kInspect, { __proto__: null, enumerable: false });

const toAbortSignal = webidl.createInterfaceConverter('AbortSignal', (v) => signalOps.is(v));

// util.aborted(signal, resource): settles when signal aborts (with the
// 'abort' event), at once when it already has.
async function aborted(signal, resource) {
  toAbortSignal(signal, { context: 'signal' });
  validateObject(resource, 'resource', kValidateObjectAllowObjects);
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    signal.addEventListener('abort', resolve, { once: true, [kResistStopPropagation]: true });
  });
}

function transferableAbortSignal(signal) {
  if (!signalOps.is(signal)) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  return signal;
}

function transferableAbortController() {
  return new AbortController();
}

module.exports = {
  AbortController, AbortSignal, aborted, transferableAbortSignal, transferableAbortController,
};
