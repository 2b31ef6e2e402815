'use strict';
// node:timers/promises: the timers of node:timers as promises
// (setTimeout, setImmediate), setInterval as an async iterator, and the
// scheduler (wait, yield). Arguments are checked when the promise is made
// and a bad one rejects it; an abort of options.signal clears the timer
// and rejects with an AbortError whose cause is the signal's reason.

const { AbortError, codes } = require('internal/errors');
const { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } = codes;
const validators = require('internal/validators');
const { validateAbortSignal, validateBoolean, validateNumber, validateObject } = validators;
const { kResistStopPropagation } = require('internal/event_target');
const timers = require('timers');

const noOptions = Object.freeze({ __proto__: null });
const abortListenerOptions = Object.freeze({
  __proto__: null, once: true, [kResistStopPropagation]: true,
});

// checkOptions validates options and returns whether the timer keeps the
// loop alive; it throws Node's errors.
function checkOptions(options) {
  validateObject(options, 'options');
  validateAbortSignal(options.signal, 'options.signal');
  const ref = options.ref;
  if (ref !== undefined) validateBoolean(ref, 'options.ref');
  return ref !== false;
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// One pending timer promise: settle() runs when the timer fires, abort()
// when the signal does.
class TimerPromise {
  constructor(signal, value, resolve, reject) {
    this.signal = signal;
    this.value = value;
    this.resolve = resolve;
    this.reject = reject;
    this.timer = undefined;
    this.immediate = false;
    this.onAbort = signal === undefined ? undefined : () => this.abort();
  }

  settle() {
    if (this.onAbort !== undefined) this.signal.removeEventListener('abort', this.onAbort);
    this.resolve(this.value);
  }

  abort() {
    if (this.immediate) timers.clearImmediate(this.timer);
    else timers.clearTimeout(this.timer);
    this.reject(abortError(this.signal));
  }
}

function settleTimer(p) { p.settle(); }

function setTimeout(delay, value, options = noOptions) {
  let ref;
  try {
    if (delay !== undefined) validateNumber(delay, 'delay');
    ref = checkOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const signal = options.signal;
  if (signal !== undefined && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const p = new TimerPromise(signal, value, resolve, reject);
    p.timer = timers.setTimeout(settleTimer, delay, p);
    if (!ref) p.timer.unref();
    if (signal !== undefined) signal.addEventListener('abort', p.onAbort, abortListenerOptions);
  });
}

function setImmediate(value, options = noOptions) {
  let ref;
  try {
    ref = checkOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const signal = options.signal;
  if (signal !== undefined && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const p = new TimerPromise(signal, value, resolve, reject);
    p.immediate = true;
    p.timer = timers.setImmediate(settleTimer, p);
    if (!ref) p.timer.unref();
    if (signal !== undefined) signal.addEventListener('abort', p.onAbort, abortListenerOptions);
  });
}

// ---- setInterval -----------------------------------------------------------
//
// The iterator behaves as the async generator Node returns: requests
// (next, return, throw) are served one at a time in order; the interval
// starts with the first next(), which also checks the arguments; a next()
// with no tick pending waits for one; once finished (return, throw, an
// error or an abort) every next() gives { value: undefined, done: true }.

const START = 0;
const SUSPENDED = 1;
const WAITING = 2;
const DONE = 3;

class IntervalState {
  constructor(delay, value, options) {
    this.delay = delay;
    this.value = value;
    this.options = options;
    this.state = START;
    this.queue = [];
    this.ticks = 0;
    this.timer = undefined;
    this.signal = undefined;
    this.onAbort = undefined;
  }

  request(kind, arg) {
    return new Promise((resolve, reject) => {
      this.queue.push({ kind, arg, resolve, reject });
      if (this.state !== WAITING) this.serve();
    });
  }

  // serve answers queued requests until one has to wait for a tick.
  serve() {
    while (this.queue.length > 0 && this.state !== WAITING) {
      const req = this.queue[0];
      if (req.kind === 'next') {
        if (this.state === DONE) {
          this.answer({ value: undefined, done: true });
        } else if (this.state === START) {
          this.start();
        } else if (this.signal !== undefined && this.signal.aborted) {
          this.finish();
          this.fail(abortError(this.signal));
        } else if (this.ticks > 0) {
          this.ticks--;
          this.answer({ value: this.value, done: false });
        } else {
          this.state = WAITING;
        }
      } else {
        this.finish();
        if (req.kind === 'return') this.answer({ value: req.arg, done: true });
        else this.fail(req.arg);
      }
    }
  }

  answer(result) { this.queue.shift().resolve(result); }

  fail(err) { this.queue.shift().reject(err); }

  // start checks the arguments and starts the interval (first next()).
  start() {
    const options = this.options;
    let ref;
    try {
      if (this.delay !== undefined) validateNumber(this.delay, 'delay');
      ref = checkOptions(options);
    } catch (err) {
      this.finish();
      this.fail(err);
      return;
    }
    const signal = options.signal;
    if (signal !== undefined && signal.aborted) {
      this.finish();
      this.fail(abortError(signal));
      return;
    }
    this.state = SUSPENDED;
    this.timer = timers.setInterval(intervalTick, this.delay, this);
    if (!ref) this.timer.unref();
    if (signal !== undefined) {
      this.signal = signal;
      this.onAbort = () => this.aborted();
      signal.addEventListener('abort', this.onAbort, abortListenerOptions);
    }
  }

  tick() {
    this.ticks++;
    if (this.state === WAITING) {
      this.state = SUSPENDED;
      this.ticks--;
      this.answer({ value: this.value, done: false });
      this.serve();
    }
  }

  aborted() {
    if (this.state !== WAITING) return;
    this.finish();
    this.fail(abortError(this.signal));
    this.serve();
  }

  finish() {
    this.state = DONE;
    if (this.timer !== undefined) {
      timers.clearInterval(this.timer);
      this.timer = undefined;
    }
    if (this.onAbort !== undefined) {
      this.signal.removeEventListener('abort', this.onAbort);
      this.onAbort = undefined;
    }
  }
}

function intervalTick(st) { st.tick(); }

const intervalStates = new WeakMap();

function stateOf(it) {
  const st = intervalStates.get(it);
  if (st === undefined) throw new ERR_INVALID_THIS('AsyncGenerator');
  return st;
}

const asyncIteratorProto = {
  [Symbol.asyncIterator]() { return this; },
};

const intervalProto = Object.create(asyncIteratorProto);
const intervalMethods = {
  next(value) {
    try {
      return stateOf(this).request('next', value);
    } catch (err) {
      return Promise.reject(err);
    }
  },
  return(value) {
    try {
      return stateOf(this).request('return', value);
    } catch (err) {
      return Promise.reject(err);
    }
  },
  throw(err) {
    try {
      return stateOf(this).request('throw', err);
    } catch (e) {
      return Promise.reject(e);
    }
  },
};
for (const name of ['next', 'return', 'throw']) {
  Object.defineProperty(intervalProto, name, {
    __proto__: null, value: intervalMethods[name], writable: true, configurable: true,
  });
}
Object.defineProperty(intervalProto, Symbol.toStringTag, {
  __proto__: null, value: 'AsyncGenerator', configurable: true,
});

function setInterval(delay, value, options = noOptions) {
  const it = Object.create(intervalProto);
  intervalStates.set(it, new IntervalState(delay, value, options));
  return it;
}

// ---- scheduler ---------------------------------------------------------------

const kScheduler = Symbol('kScheduler');
let makingScheduler = false;

class Scheduler {
  constructor() {
    if (!makingScheduler) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kScheduler] = true;
  }

  yield() {
    if (this[kScheduler] !== true) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options = undefined) {
    if (this[kScheduler] !== true) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

makingScheduler = true;
const scheduler = new Scheduler();
makingScheduler = false;

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
