'use strict';

// node:events. EventEmitter keeps Node's observable state on each instance:
//   _events       a null-prototype object: event name -> the listener itself
//                 when there is one, an array of listeners when there are
//                 several (the array carries kEmitting, a count of emits
//                 running over it: while it is non-zero a change makes a new
//                 array instead of editing that one, and `warned` once the
//                 max-listeners warning was given for it)
//   _eventsCount  how many names have listeners
//   _maxListeners undefined (use defaultMaxListeners) or a number
//   kShapeMode    true when _events came from the object itself (streams
//                 preset it with its common names set to undefined): names
//                 are then set to undefined instead of deleted
//   kCapture      captureRejections for this emitter
// emit is the Go binding's (script/modules/events/events.go): it calls a lone
// listener itself and hands every other case to emitSlow below.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ASYNC_ID,
    ERR_UNHANDLED_ERROR,
  },
  AbortError,
  kEnhanceStackBeforeInspector,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
  validateObject,
  validateString,
} = require('internal/validators');
// inspect is loaded when a message needs it, not with events (start-up).
function inspect(value, options) {
  return require('internal/util/inspect').inspect(value, options);
}
const { addAbortListener } = require('internal/events/abort_listener');
const FixedQueue = require('internal/fixed_queue');

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kEmitting = Symbol('events.emitting');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');

let defaultMaxListeners = 10;

let eventTargetModule;
function eventTargetExports() {
  if (eventTargetModule === undefined) eventTargetModule = require('internal/event_target');
  return eventTargetModule;
}
function isTarget(obj) {
  return obj != null && typeof obj === 'object' &&
    typeof obj.addEventListener === 'function' &&
    eventTargetExports().isEventTarget(obj);
}

// ---------------------------------------------------------------------------
// The constructor and its state

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
Object.defineProperty(EventEmitter.prototype, kCapture, {
  __proto__: null, value: false, writable: true, enumerable: false, configurable: false,
});

function init(opts) {
  const own = this._events;
  if (own === undefined || own === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts != null && opts.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = opts.captureRejections;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
}

function freshEvents(self) {
  const events = { __proto__: null };
  self._events = events;
  self._eventsCount = 0;
  return events;
}

function maxOf(self) {
  const m = self._maxListeners;
  return m === undefined ? defaultMaxListeners : m;
}

// A listener array: the elements, a zero emit count, and the warned flag of
// the array it replaces.
function listOf2(first, second) {
  const list = [first, second];
  list[kEmitting] = 0;
  return list;
}

function copyList(list, skip) {
  const out = [];
  for (let i = 0; i < list.length; i++) {
    if (i !== skip) out.push(list[i]);
  }
  out[kEmitting] = 0;
  if (list.warned) out.warned = true;
  return out;
}

// ---------------------------------------------------------------------------
// Adding listeners

function addListenerTo(self, type, listener, atFront) {
  validateFunction(listener, 'listener');
  let events = self._events;
  if (events === undefined) {
    events = freshEvents(self);
  } else if (events.newListener !== undefined) {
    self.emit('newListener', type, listener.listener ? listener.listener : listener);
    events = self._events;
  }
  const existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    self._eventsCount++;
    return self;
  }
  let list;
  if (typeof existing === 'function') {
    list = atFront ? listOf2(listener, existing) : listOf2(existing, listener);
    events[type] = list;
  } else {
    list = existing[kEmitting] > 0 ? copyList(existing, -1) : existing;
    if (atFront) list.unshift(listener);
    else list.push(listener);
    if (list !== existing) events[type] = list;
  }
  const max = maxOf(self);
  if (max > 0 && list.length > max && !list.warned) {
    list.warned = true;
    warnTooMany(self, type, list.length, max);
  }
  return self;
}

function warnTooMany(self, type, count, max) {
  const w = new Error('Possible EventEmitter memory leak detected. ' +
    `${count} ${String(type)} listeners added to ${inspect(self, { depth: -1 })}. ` +
    `MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`);
  w.name = 'MaxListenersExceededWarning';
  w.emitter = self;
  w.type = type;
  w.count = count;
  process.emitWarning(w);
}

// The once wrapper: takes itself off, then calls the listener with the
// emitter as this and hands back its result.
function wrapOnce(self, type, listener) {
  let fired = false;
  const wrapper = function() {
    if (fired) return undefined;
    fired = true;
    self.removeListener(type, wrapper);
    switch (arguments.length) {
      case 0: return listener.call(self);
      case 1: return listener.call(self, arguments[0]);
      case 2: return listener.call(self, arguments[0], arguments[1]);
      default: return listener.apply(self, arguments);
    }
  };
  wrapper.listener = listener;
  return wrapper;
}

// ---------------------------------------------------------------------------
// Emitting

// The result of a listener, when it is an object and captureRejections is
// on: a rejected thenable becomes a call of the emitter's
// Symbol.for('nodejs.rejection') method or an 'error' event, on a later tick.
function afterListener(self, result, type, args) {
  if (!self[kCapture]) return;
  try {
    const then = result.then;
    if (typeof then === 'function') {
      then.call(result, undefined, function(err) {
        process.nextTick(deliverRejection, self, err, type, args);
      });
    }
  } catch (err) {
    self.emit('error', err);
  }
}

function deliverRejection(self, err, type, args) {
  const handler = self[kRejection];
  if (typeof handler === 'function') {
    handler.apply(self, [err, type].concat(args));
    return;
  }
  const previous = self[kCapture];
  try {
    // An 'error' listener that rejects again must not loop.
    self[kCapture] = false;
    self.emit('error', err);
  } finally {
    self[kCapture] = previous;
  }
}

function argsAfterType(all) {
  const out = [];
  for (let i = 1; i < all.length; i++) out.push(all[i]);
  return out;
}

function throwUnhandled(emitter, er) {
  if (er instanceof Error) {
    // The uncaught-exception report adds where the event was emitted.
    const site = {};
    Error.captureStackTrace(site);
    Object.defineProperty(er, kEnhanceStackBeforeInspector, {
      __proto__: null, configurable: true, value: () => emittedAt(emitter, er, site.stack),
    });
    // The report shows this line as Node shows its own.
    throw er; // Unhandled 'error' event
  }
  let shown;
  try {
    shown = inspect(er);
  } catch {
    shown = er;
  }
  const err = new ERR_UNHANDLED_ERROR(shown);
  err.context = er;
  throw err;
}

// emittedAt is an unhandled error's stack followed by the frames of the
// emit call (those of the library left out).
function emittedAt(emitter, er, siteStack) {
  let on = '';
  try {
    const name = emitter.constructor.name;
    if (name !== 'EventEmitter') on = ` on ${name} instance`;
  } catch {
    // No constructor to name.
  }
  const own = [];
  const lines = String(siteStack).split('\n');
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i].includes('node:events') && !lines[i].includes('(native)')) own.push(lines[i]);
  }
  return `${er.stack}\nEmitted 'error' event${on} at:\n${own.join('\n')}`;
}

function callOne(fn, self, n, a1, a2, a3, all) {
  switch (n) {
    case 0: return fn.call(self);
    case 1: return fn.call(self, a1);
    case 2: return fn.call(self, a1, a2);
    case 3: return fn.call(self, a1, a2, a3);
    default: return fn.apply(self, argsAfterType(all));
  }
}

// emit for every case: several listeners, 'error', no listener table.
function emitSlow(type, a1, a2, a3) {
  const n = arguments.length - 1;
  const events = this._events;
  if (type === 'error') {
    if (events !== undefined && events[kErrorMonitor] !== undefined) {
      this.emit.apply(this, [kErrorMonitor].concat(argsAfterType(arguments)));
    }
    if (events === undefined || events.error === undefined) {
      throwUnhandled(this, n > 0 ? a1 : undefined);
    }
  } else if (events === undefined) {
    return false;
  }
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = callOne(handler, this, n, a1, a2, a3, arguments);
    if (result !== undefined && result !== null && this[kCapture]) {
      afterListener(this, result, type, argsAfterType(arguments));
    }
    return true;
  }
  const len = handler.length;
  handler[kEmitting]++;
  try {
    for (let i = 0; i < len; i++) {
      const result = callOne(handler[i], this, n, a1, a2, a3, arguments);
      if (result !== undefined && result !== null && this[kCapture]) {
        afterListener(this, result, type, argsAfterType(arguments));
      }
    }
  } finally {
    handler[kEmitting]--;
  }
  return true;
}

const native = binding('events');
native.setup(emitSlow, afterListener, kCapture);
// The net binding calls a socket's lone 'data' listener itself and then
// hands an object result here, as emit does.
binding('core').setEmitResult(afterListener);

// ---------------------------------------------------------------------------
// The prototype's methods

const proto = EventEmitter.prototype;

proto.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

proto.getMaxListeners = function getMaxListeners() {
  return maxOf(this);
};

const emit = native.emit;
Object.defineProperty(emit, 'name', { __proto__: null, value: 'emit', configurable: true });
Object.defineProperty(emit, 'length', { __proto__: null, value: 1, configurable: true });
proto.emit = emit;

proto.addListener = function addListener(type, listener) {
  return addListenerTo(this, type, listener, false);
};
proto.on = proto.addListener;

proto.prependListener = function prependListener(type, listener) {
  return addListenerTo(this, type, listener, true);
};

proto.once = function once(type, listener) {
  validateFunction(listener, 'listener');
  this.on(type, wrapOnce(this, type, listener));
  return this;
};

proto.prependOnceListener = function prependOnceListener(type, listener) {
  validateFunction(listener, 'listener');
  this.prependListener(type, wrapOnce(this, type, listener));
  return this;
};

proto.removeListener = function removeListener(type, listener) {
  validateFunction(listener, 'listener');
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount--;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      freshEvents(this);
    } else {
      delete events[type];
    }
    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, list.listener || listener);
    }
    return this;
  }
  if (typeof list === 'function') return this;

  let at = -1;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i] === listener || list[i].listener === listener) {
      at = i;
      break;
    }
  }
  if (at < 0) return this;
  if (list.length === 2) {
    events[type] = list[at === 0 ? 1 : 0];
  } else if (list[kEmitting] > 0) {
    events[type] = copyList(list, at);
  } else if (at === 0) {
    list.shift();
  } else {
    list.splice(at, 1);
  }
  if (events.removeListener !== undefined) {
    this.emit('removeListener', type, listener);
  }
  return this;
};
proto.off = proto.removeListener;

proto.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  const all = arguments.length === 0;

  if (events.removeListener === undefined) {
    if (all) {
      freshEvents(this);
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) freshEvents(this);
      else delete events[type];
    }
    return this;
  }

  if (all) {
    const names = Reflect.ownKeys(events);
    for (let i = 0; i < names.length; i++) {
      if (names[i] !== 'removeListener') this.removeAllListeners(names[i]);
    }
    this.removeAllListeners('removeListener');
    freshEvents(this);
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) {
      this.removeListener(type, listeners[i]);
    }
  }
  return this;
};

function listenersOf(self, type, unwrap) {
  const events = self._events;
  if (events === undefined) return [];
  const l = events[type];
  if (l === undefined) return [];
  if (typeof l === 'function') return [unwrap ? (l.listener || l) : l];
  const out = new Array(l.length);
  for (let i = 0; i < l.length; i++) out[i] = unwrap ? (l[i].listener || l[i]) : l[i];
  return out;
}

proto.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

proto.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function countListeners(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const l = events[type];
  if (l === undefined) return 0;
  if (typeof l === 'function') {
    if (listener == null) return 1;
    return (l === listener || l.listener === listener) ? 1 : 0;
  }
  if (listener == null) return l.length;
  let n = 0;
  for (let i = 0; i < l.length; i++) {
    if (l[i] === listener || l[i].listener === listener) n++;
  }
  return n;
}
Object.defineProperty(countListeners, 'name', { __proto__: null, value: 'listenerCount', configurable: true });
proto.listenerCount = countListeners;

proto.eventNames = function eventNames() {
  const events = this._events;
  if (events === undefined || !(this._eventsCount > 0)) return [];
  const keys = Reflect.ownKeys(events);
  if (!this[kShapeMode]) return keys;
  const out = [];
  for (let i = 0; i < keys.length; i++) {
    if (events[keys[i]] !== undefined) out.push(keys[i]);
  }
  return out;
};

// ---------------------------------------------------------------------------
// Statics

function listenerCount(emitter, type) {
  if (emitter != null && typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  if (isTarget(emitter)) {
    const table = emitter[eventTargetExports().kEvents];
    const head = table === undefined ? undefined : table.get(type);
    return head === undefined ? 0 : head.size;
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitter);
}

function getEventListeners(emitterOrTarget, type) {
  if (emitterOrTarget != null && typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  if (isTarget(emitterOrTarget)) {
    const out = [];
    const table = emitterOrTarget[eventTargetExports().kEvents];
    const root = table === undefined ? undefined : table.get(type);
    let rec = root === undefined ? undefined : root.next;
    while (rec !== undefined && rec !== null && rec.listener !== undefined) {
      const l = rec.weak && rec.callback ? rec.callback.deref() : rec.listener;
      if (l !== undefined) out.push(l);
      rec = rec.next;
    }
    return out;
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (emitterOrTarget != null && typeof emitterOrTarget.getMaxListeners === 'function') {
    return maxOf(emitterOrTarget);
  }
  if (isTarget(emitterOrTarget)) {
    return emitterOrTarget[kMaxEventTargetListeners];
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (let i = 0; i < eventTargets.length; i++) {
    const t = eventTargets[i];
    if (isTarget(t)) {
      t[kMaxEventTargetListeners] = n;
      t[kMaxEventTargetListenersWarned] = false;
    } else if (t != null && typeof t.setMaxListeners === 'function') {
      t.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], t);
    }
  }
}

// addEventListener options of once(): a listener that another listener's
// stopImmediatePropagation() does not skip.
function onceOptions() {
  const opts = { __proto__: null, once: true };
  const resist = eventTargetExports().kResistStopPropagation;
  if (resist !== undefined) opts[resist] = true;
  return opts;
}

function abortedError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// events.once(emitter, name[, options]): a promise of the next emit's
// arguments; an 'error' event (for other names) or an abort rejects it.
async function once(emitter, name, options = { __proto__: null }) {
  validateObject(options, 'options');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal !== undefined && signal.aborted) throw abortedError(signal);
  // Duck-typed as Node does: `on` makes an emitter, `addEventListener` a
  // target.
  const isEE = typeof emitter.on === 'function';
  if (!isEE && typeof emitter.addEventListener !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
  let resolve, reject;
  const settled = new Promise((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  let stopAbort;
  const onError = (err) => {
    emitter.removeListener(name, onEvent);
    if (stopAbort !== undefined) stopAbort();
    reject(err);
  };
  const onEvent = function() {
    if (isEE && name !== 'error') emitter.removeListener('error', onError);
    if (stopAbort !== undefined) stopAbort();
    const args = [];
    for (let i = 0; i < arguments.length; i++) args.push(arguments[i]);
    resolve(args);
  };
  // Listening happens in the async body itself, so that an emitter whose
  // methods throw rejects the result at once.
  if (isEE) {
    emitter.once(name, onEvent);
    if (name !== 'error') emitter.once('error', onError);
  } else {
    emitter.addEventListener(name, onEvent, onceOptions());
  }
  if (signal !== undefined) {
    const onAbort = () => {
      if (isEE) {
        emitter.removeListener(name, onEvent);
        emitter.removeListener('error', onError);
      } else {
        emitter.removeEventListener(name, onEvent);
      }
      reject(abortedError(signal));
    };
    const disposable = addAbortListener(signal, onAbort);
    stopAbort = () => disposable[Symbol.dispose]();
  }
  return settled;
}

// The interpreter has no async generators to take %AsyncIteratorPrototype%
// from: an object of the same shape.
const AsyncIteratorPrototype = {
  [Symbol.asyncIterator]() {
    return this;
  },
  async [Symbol.asyncDispose]() {
    const end = this.return;
    if (end !== undefined) await end.call(this);
  },
};

// events.on(emitter, name[, options]): an async iterator of the emits'
// argument arrays, buffered until read.
function on(emitter, event, options = { __proto__: null }) {
  validateObject(options, 'options');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal !== undefined && signal.aborted) throw abortedError(signal);
  const highWaterMark = options.highWaterMark === undefined ?
    Number.MAX_SAFE_INTEGER : options.highWaterMark;
  validateInteger(highWaterMark, 'options.highWaterMark', 1);
  const lowWaterMark = options.lowWaterMark === undefined ? 1 : options.lowWaterMark;
  validateInteger(lowWaterMark, 'options.lowWaterMark', 1);
  const closeNames = options.close;

  const isEE = typeof emitter.on === 'function';
  if (!isEE && typeof emitter.addEventListener !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
  const values = new FixedQueue();   // argument arrays not read yet
  const waiting = new FixedQueue();  // { resolve, reject } of pending next()
  let failure = null;
  let done = false;
  let paused = false;
  let stopAbort;

  const listen = (name, fn) => {
    if (isEE) emitter.on(name, fn);
    else emitter.addEventListener(name, fn);
  };
  const unlisten = (name, fn) => {
    if (isEE) emitter.removeListener(name, fn);
    else emitter.removeEventListener(name, fn);
  };

  function finish() {
    if (done) return;
    done = true;
    unlisten(event, onEvent);
    if (isEE && event !== 'error') unlisten('error', onError);
    if (Array.isArray(closeNames)) {
      for (let i = 0; i < closeNames.length; i++) unlisten(closeNames[i], finish);
    }
    if (stopAbort !== undefined) {
      stopAbort();
      stopAbort = undefined;
    }
    while (!waiting.isEmpty()) waiting.shift().resolve({ done: true, value: undefined });
  }

  function onEvent() {
    const args = [];
    for (let i = 0; i < arguments.length; i++) args.push(arguments[i]);
    if (!waiting.isEmpty()) {
      waiting.shift().resolve({ done: false, value: args });
      return;
    }
    values.push(args);
    if (!paused && values.length >= highWaterMark && typeof emitter.pause === 'function') {
      paused = true;
      emitter.pause();
    }
  }

  function onError(err) {
    if (!waiting.isEmpty()) waiting.shift().reject(err);
    else failure = err;
    finish();
  }

  const iterator = Object.create(AsyncIteratorPrototype);
  iterator.next = function next() {
    if (!values.isEmpty()) {
      const value = values.shift();
      if (paused && values.length <= lowWaterMark && typeof emitter.resume === 'function') {
        paused = false;
        emitter.resume();
      }
      return Promise.resolve({ done: false, value });
    }
    if (failure !== null) {
      const err = failure;
      failure = null;
      return Promise.reject(err);
    }
    if (done) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  };
  iterator.return = function() {
    values.clear();
    finish();
    return Promise.resolve({ done: true, value: undefined });
  };
  iterator.throw = function(err) {
    if (!(err instanceof Error)) {
      throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
    }
    onError(err);
  };

  listen(event, onEvent);
  if (isEE && event !== 'error') emitter.on('error', onError);
  if (Array.isArray(closeNames)) {
    for (let i = 0; i < closeNames.length; i++) listen(closeNames[i], finish);
  }
  if (signal !== undefined) {
    const disposable = addAbortListener(signal, () => onError(abortedError(signal)));
    stopAbort = () => disposable[Symbol.dispose]();
  }
  return iterator;
}

// ---------------------------------------------------------------------------
// EventEmitterAsyncResource: nodenet has no async_hooks, so its resource
// runs listeners directly in the current scope; ids come from a counter.

let asyncResourceClass;
function makeAsyncResourceClass() {
  let lastId = 1;
  const state = new WeakMap();  // resource -> { id, trigger, emitter }
  const resourceOf = new WeakMap();  // emitter -> its resource

  class AsyncResource {
    constructor(type, trigger) {
      if (trigger !== undefined &&
          (!Number.isSafeInteger(trigger) || trigger < -1)) {
        throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', trigger);
      }
      state.set(this, { id: ++lastId, trigger: trigger === undefined ? 1 : trigger, type });
    }
    runInAsyncScope(fn, thisArg, ...args) {
      return fn.apply(thisArg, args);
    }
    emitDestroy() {
      return this;
    }
    asyncId() {
      return state.get(this).id;
    }
    triggerAsyncId() {
      return state.get(this).trigger;
    }
    bind(fn, thisArg) {
      return fn.bind(thisArg);
    }
  }

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(ee, type, options) {
      super(type, options != null ? options.triggerAsyncId : undefined);
      state.get(this).emitter = ee;
    }
    get eventEmitter() {
      return state.get(this).emitter;
    }
  }

  function resourceFor(self) {
    const resource = resourceOf.get(self);
    if (resource === undefined) {
      throw new TypeError('Cannot read private member #asyncResource from an object whose class did not declare it');
    }
    return resource;
  }

  class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) {
          validateString(options == null ? undefined : options.name, 'options.name');
        }
        name = (options != null && options.name) || new.target.name;
      }
      super(options);
      resourceOf.set(this, new EventEmitterReferencingAsyncResource(this, name, options));
    }
    emit(event, ...args) {
      return resourceFor(this).runInAsyncScope(EventEmitter.prototype.emit, this, event, ...args);
    }
    emitDestroy() {
      resourceFor(this).emitDestroy();
    }
    get asyncId() {
      return resourceFor(this).asyncId();
    }
    get triggerAsyncId() {
      return resourceFor(this).triggerAsyncId();
    }
    get asyncResource() {
      return resourceFor(this);
    }
  }
  return EventEmitterAsyncResource;
}

// ---------------------------------------------------------------------------
// The module object: EventEmitter itself, with its statics.

module.exports = EventEmitter;
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.listenerCount = listenerCount;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
  __proto__: null,
  enumerable: true,
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
});
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (asyncResourceClass === undefined) asyncResourceClass = makeAsyncResourceClass();
    return asyncResourceClass;
  },
  set: undefined,
});
EventEmitter.errorMonitor = kErrorMonitor;
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  __proto__: null,
  enumerable: true,
  get() {
    return defaultMaxListeners;
  },
  set(n) {
    validateNumber(n, 'defaultMaxListeners', 0);
    defaultMaxListeners = n;
  },
});
Object.defineProperty(EventEmitter, 'kMaxEventTargetListeners', {
  __proto__: null, value: kMaxEventTargetListeners, enumerable: false, writable: false, configurable: false,
});
Object.defineProperty(EventEmitter, 'kMaxEventTargetListenersWarned', {
  __proto__: null, value: kMaxEventTargetListenersWarned, enumerable: false, writable: false, configurable: false,
});
EventEmitter.setMaxListeners = setMaxListeners;
EventEmitter.init = init;
