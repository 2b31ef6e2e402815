'use strict';
// node:timers on the loop's timers (eventloop.Timer keeps Node's lists,
// order and ids; this file keeps Node's JavaScript surface).
const core = binding('core');
const { validateFunction } = require('internal/validators');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kHandle = Symbol('handle');
const kRefed = Symbol('refed');
let timeoutNegativeWarned = false;
let timeoutNaNWarned = false;

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into` +
                            ' a 32-bit signed integer.' +
                            '\nTimeout duration was set to 1.',
                            'TimeoutOverflowWarning');
      } else if (after < 0 && !timeoutNegativeWarned) {
        timeoutNegativeWarned = true;
        process.emitWarning(`${after} is a negative number.` +
                            '\nTimeout duration was set to 1.',
                            'TimeoutNegativeWarning');
      } else if (Number.isNaN(after) && !timeoutNaNWarned) {
        timeoutNaNWarned = true;
        process.emitWarning(`${after} is not a number.` +
                            '\nTimeout duration was set to 1.',
                            'TimeoutNaNWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    Object.defineProperty(this, kHandle, { value: null, writable: true });
    Object.defineProperty(this, kRefed, { value: isRefed, writable: true });
  }

  refresh() {
    if (this[kHandle] !== null) core.timerRefresh(this[kHandle]);
    return this;
  }

  unref() {
    this[kRefed] = false;
    if (this[kHandle] !== null) core.timerRef(this[kHandle], false);
    return this;
  }

  ref() {
    this[kRefed] = true;
    if (this[kHandle] !== null) core.timerRef(this[kHandle], true);
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    return this[kHandle] === null ? NaN : core.timerId(this[kHandle]);
  }

  [Symbol.dispose || Symbol.for('nodejs.dispose')]() {
    clearTimeout(this);
  }
}

function start(timeout) {
  timeout[kHandle] = core.timerStart(timeout, timeout._idleTimeout, timeout._repeat !== null);
  if (!timeout[kRefed]) core.timerRef(timeout[kHandle], false);
  return timeout;
}

function runTimeout(timer) {
  if (timer._repeat === null) timer._destroyed = true;
  const args = timer._timerArgs;
  if (args === undefined) timer._onTimeout();
  else Reflect.apply(timer._onTimeout, timer, args);
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    Object.defineProperty(this, kHandle, { value: null, writable: true });
    Object.defineProperty(this, kRefed, { value: true, writable: true });
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (this[kHandle] !== null && !this._destroyed) core.immediateRef(this[kHandle], true);
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (this[kHandle] !== null && !this._destroyed) core.immediateRef(this[kHandle], false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [Symbol.dispose || Symbol.for('nodejs.dispose')]() {
    clearImmediate(this);
  }
}

function runImmediate(immediate) {
  immediate._destroyed = true;
  immediate[kRefed] = null;
  const argv = immediate._argv;
  const fn = immediate._onImmediate;
  immediate._onImmediate = null;
  if (argv === undefined) fn();
  else Reflect.apply(fn, immediate, argv);
}

core.setRunners(runTimeout, runImmediate);

function setTimeout(callback, after, ...args) {
  validateFunction(callback, 'callback');
  return start(new Timeout(callback, after, args.length ? args : undefined, false, true));
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    timer._destroyed = true;
    if (timer[kHandle] !== null) core.timerClose(timer[kHandle]);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    core.clearTimeoutId(+timer);
  }
}

function setInterval(callback, repeat, ...args) {
  validateFunction(callback, 'callback');
  return start(new Timeout(callback, repeat, args.length ? args : undefined, true, true));
}

function clearInterval(timer) {
  clearTimeout(timer);
}

function setImmediate(callback, ...args) {
  validateFunction(callback, 'callback');
  const im = new Immediate(callback, args.length ? args : undefined);
  im[kHandle] = core.immediateStart(im);
  return im;
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed || immediate[kHandle] === null) return;
  immediate._destroyed = true;
  immediate._onImmediate = null;
  immediate[kRefed] = null;
  core.immediateClear(immediate[kHandle]);
}

// util.promisify(setTimeout) and util.promisify(setImmediate) are
// timers/promises' functions, as in Node.
for (const [fn, name] of [[setTimeout, 'setTimeout'], [setImmediate, 'setImmediate']]) {
  Object.defineProperty(fn, Symbol.for('nodejs.util.promisify.custom'), {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() { return require('timers/promises')[name]; },
  });
}

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
};
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() { return require('timers/promises'); },
});
