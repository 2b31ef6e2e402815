'use strict';
// node:timers on the loop's timers (eventloop.Timer keeps Node's lists,
// order and ids; this file keeps Node's JavaScript surface).
const core = binding('core');
const { validateFunction } = require('internal/validators');

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

// Immediate objects are made and queued by the Go side as well; own
// properties are Node's: _idleNext, _idlePrev, _onImmediate, _argv,
// _destroyed.
class Immediate {
  ref() {
    return core.immediateRefJS.call(this, true);
  }

  unref() {
    return core.immediateRefJS.call(this, false);
  }

  hasRef() {
    return core.immediateHasRefJS.call(this);
  }

  [Symbol.dispose || Symbol.for('nodejs.dispose')]() {
    clearImmediate(this);
  }
}

const ImmediatePrototype = Immediate.prototype;
function makeImmediate(callback, args) {
  return {
    __proto__: ImmediatePrototype,
    _idleNext: null,
    _idlePrev: null,
    _onImmediate: callback,
    _argv: args,
    _destroyed: false,
  };
}

const [setImmediate, clearImmediate] = core.setupImmediates(makeImmediate);

function clearInterval(timer) {
  clearTimeout(timer);
}

// timers/promises is loaded on first use: through util.promisify of
// setTimeout or setImmediate (which give its functions, as in Node) and
// through the module's `promises` property.
const kPromisify = Symbol.for('nodejs.util.promisify.custom');
function lazyGetter(target, key, pick) {
  Object.defineProperty(target, key, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get: pick,
  });
}
lazyGetter(setTimeout, kPromisify, () => require('timers/promises').setTimeout);
lazyGetter(setImmediate, kPromisify, () => require('timers/promises').setImmediate);

// (in Node's key order)
const api = {};
for (const [name, fn] of [['setTimeout', setTimeout], ['clearTimeout', clearTimeout],
  ['setImmediate', setImmediate], ['clearImmediate', clearImmediate],
  ['setInterval', setInterval], ['clearInterval', clearInterval]]) {
  api[name] = fn;
}
lazyGetter(api, 'promises', () => require('timers/promises'));
module.exports = api;
