'use strict';
// node:timers on the loop's timers (eventloop.Timer keeps Node's lists,
// order and ids; this file keeps Node's JavaScript surface).
const core = binding('core');
const { validateFunction } = require('internal/validators');

// A Timeout is made by the Go side (setTimeout, setInterval): the timer
// lives on the loop and calls _onTimeout with the Timeout as this. Its own
// properties are Node's _idleTimeout, _onTimeout, _timerArgs, _repeat and
// _destroyed, kept in Go; _idlePrev, _idleNext and _idleStart are read
// through the prototype.
class Timeout {
  get _idleStart() {
    return core.timerIdle.call(this, 0);
  }

  set _idleStart(value) {
    core.setTimerIdle.call(this, 0, value);
  }

  get _idlePrev() {
    return core.timerIdle.call(this, 1);
  }

  set _idlePrev(value) {
    core.setTimerIdle.call(this, 1, value);
  }

  get _idleNext() {
    return core.timerIdle.call(this, 2);
  }

  set _idleNext(value) {
    core.setTimerIdle.call(this, 2, value);
  }

  refresh() {
    return core.timerRefresh.call(this);
  }

  unref() {
    return core.timerRef.call(this, false);
  }

  ref() {
    return core.timerRef.call(this, true);
  }

  hasRef() {
    return core.timerHasRef.call(this);
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    return core.timerPrimitive.call(this);
  }

  [Symbol.dispose || Symbol.for('nodejs.dispose')]() {
    clearTimeout(this);
  }
}

const [setTimeout, setInterval, clearTimeout] = core.setupTimers(Timeout.prototype, validateFunction);

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

const [setImmediate, clearImmediate] = core.setupImmediates(Immediate.prototype);

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
