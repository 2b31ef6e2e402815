'use strict';
// node:timers on the loop's timers (eventloop.Timer keeps Node's lists,
// order and ids; this file keeps Node's JavaScript surface).
const core = binding('core');
const { validateFunction } = require('internal/validators');

const kHandle = Symbol('handle');
const kRefed = Symbol('refed');
const kId = Symbol('asyncId');
const kIdleStart = Symbol('idleStart');
const kIdlePrev = Symbol('idlePrev');
const kIdleNext = Symbol('idleNext');

// Timeout objects are made by the Go side (setTimeout, setInterval): the
// timer lives on the loop and calls _onTimeout with the Timeout as this.
// Own properties: Node's _idleTimeout, _onTimeout, _timerArgs, _repeat and
// _destroyed; _idlePrev, _idleNext and _idleStart are read through the
// prototype. kRefed is only set by ref()/unref(), kId once the numeric id
// was asked for.
class Timeout {
  get _idleStart() {
    return this[kIdleStart] ?? core.timerStart.call(this);
  }

  set _idleStart(value) {
    this[kIdleStart] = value;
  }

  get _idlePrev() {
    return this[kIdlePrev] ?? null;
  }

  set _idlePrev(value) {
    this[kIdlePrev] = value;
  }

  get _idleNext() {
    return this[kIdleNext] ?? null;
  }

  set _idleNext(value) {
    this[kIdleNext] = value;
  }

  refresh() {
    return core.timerRefresh.call(this, this[kRefed] !== false);
  }

  unref() {
    this[kRefed] = false;
    return core.timerRef.call(this, false);
  }

  ref() {
    this[kRefed] = true;
    return core.timerRef.call(this, true);
  }

  hasRef() {
    return this[kRefed] !== false;
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = core.timerId.call(this);
    if (id !== 0) {
      this[kId] = id;
      return id;
    }
    const known = this[kId];
    if (known !== undefined) return known;
    return (this[kId] = core.newTimerId());
  }

  [Symbol.dispose || Symbol.for('nodejs.dispose')]() {
    clearTimeout(this);
  }
}

const TimeoutPrototype = Timeout.prototype;
function makeTimeout(callback, after, args, repeat) {
  return {
    __proto__: TimeoutPrototype,
    _idleTimeout: after,
    _onTimeout: callback,
    _timerArgs: args,
    _repeat: repeat,
    _destroyed: false,
  };
}

const [setTimeout, setInterval, clearTimeout] = core.setupTimers(makeTimeout, validateFunction);

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

core.setRunners(runImmediate);

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
