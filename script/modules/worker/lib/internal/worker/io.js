'use strict';
// MessageChannel, MessagePort, MessageEvent, BroadcastChannel and
// receiveMessageOnPort, within one host. A message is a structured clone
// made when it is posted; each is delivered as its own callback in the
// loop's poll phase (binding('worker').post), so ticks and microtasks run
// between two messages as in Node. A port delivers once started (start(),
// on('message') or onmessage); until then its messages wait. A started,
// ref'd, open port keeps the loop alive (binding('worker').hold).

const { EventTarget, Event, defineEventHandler } = require('internal/event_target');
const { structuredCloneWith, setPortHooks } = require('internal/structured_clone');
const { inspect } = require('internal/util/inspect');
const { customInspectSymbol: kInspect } = require('internal/util');
const { validateFunction } = require('internal/validators');

const b = binding('worker');

function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

// ---- MessageEvent ------------------------------------------------------------

class MessageEvent extends Event {
  #data;
  #origin;
  #lastEventId;
  #source;
  #ports;

  constructor(type, options = undefined) {
    super(type, options);
    this.#data = options?.data ?? null;
    this.#origin = `${options?.origin ?? ''}`;
    this.#lastEventId = `${options?.lastEventId ?? ''}`;
    this.#source = options?.source ?? null;
    this.#ports = options?.ports === undefined ? [] : Array.from(options.ports);
  }

  get data() { return this.#data; }
  get origin() { return this.#origin; }
  get lastEventId() { return this.#lastEventId; }
  get source() { return this.#source; }
  get ports() { return this.#ports; }
}
for (const k of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
  Object.defineProperty(MessageEvent.prototype, k, { __proto__: null, enumerable: true });
}
Object.defineProperty(MessageEvent.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'MessageEvent', configurable: true,
});

// ---- Node-style listeners on an EventTarget ----------------------------------

// on('message', fn) gives fn the message itself; other events give the
// Event. The wrappers are kept to be found again by off().
const kWrappers = Symbol('kWrappers');

const kWrapper = Symbol('kWrapper');

function wrapperOf(target, type, fn, once) {
  const wrapper = function(ev) {
    if (once) removeNodeListener(target, type, fn);
    if (type === 'message' || type === 'messageerror') return fn.call(target, ev.data);
    return fn.call(target, ev);
  };
  let map = target[kWrappers];
  if (map === undefined) map = target[kWrappers] = new Map();
  let list = map.get(type);
  if (list === undefined) map.set(type, list = []);
  list.push({ fn, wrapper, once });
  wrapper[kWrapper] = true;
  return wrapper;
}

function removeNodeListener(target, type, fn) {
  const list = target[kWrappers]?.get(type);
  if (list === undefined) return;
  for (let i = 0; i < list.length; i++) {
    if (list[i].fn === fn) {
      target.removeEventListener(type, list[i].wrapper);
      list.splice(i, 1);
      return;
    }
  }
}

const nodeListenerMethods = {
  on(type, fn) {
    validateFunction(fn, 'listener');
    this.addEventListener(type, wrapperOf(this, type, fn, false));
    return this;
  },
  once(type, fn) {
    validateFunction(fn, 'listener');
    this.addEventListener(type, wrapperOf(this, type, fn, true));
    return this;
  },
  off(type, fn) {
    removeNodeListener(this, type, fn);
    return this;
  },
  removeAllListeners(type) {
    const map = this[kWrappers];
    if (map === undefined) return this;
    for (const t of type === undefined ? Array.from(map.keys()) : [type]) {
      const list = map.get(t);
      if (list === undefined) continue;
      for (const { wrapper } of list) this.removeEventListener(t, wrapper);
      map.delete(t);
    }
    return this;
  },
  listenerCount(type) {
    return this[kWrappers]?.get(type)?.length ?? 0;
  },
  emit(type, arg) {
    const ev = type === 'message' || type === 'messageerror' ?
      new MessageEvent(type, { data: arg }) : new Event(type);
    return this.dispatchEvent(ev);
  },
};
nodeListenerMethods.addListener = nodeListenerMethods.on;
nodeListenerMethods.removeListener = nodeListenerMethods.off;

function addNodeListenerMethods(proto) {
  for (const k of Object.keys(nodeListenerMethods)) {
    Object.defineProperty(proto, k, {
      __proto__: null, value: nodeListenerMethods[k], writable: true, configurable: true,
    });
  }
}

// ---- MessagePort -------------------------------------------------------------

const kCreate = Symbol('kCreate');
const kState = Symbol('kState');

// The state of one port: its peer's state, the messages waiting for it,
// whether it is started, ref'd, closed, and whether it holds the loop.
// Queue is a FIFO whose shift does not move the rest (Array's does).
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() { return this.items.length - this.head; }

  push(v) { this.items.push(v); }

  shift() {
    const v = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return v;
  }
}

// A port closes in the close phase ('close' on it, ports closed together
// last first); its peer hears of it before the next poll, if the loop is
// still alive then (its peer does not keep it alive for that, as in Node).
function portState(port) {
  const st = {
    port, peer: null, queue: new Queue(), plain: new Set(), started: false, refed: true, closed: false, closing: false,
    holding: false, deliver: null, onClose: null, onPeerClose: null,
  };
  st.deliver = () => deliverOne(st);
  st.onPeerClose = () => {
    hold(st, false);
    st.port.dispatchEvent(new Event('close'));
  };
  st.onClose = () => {
    st.onPeerClose();
    const peer = st.peer;
    if (peer !== null && !peer.closing) {
      peer.closing = true;
      b.postWeak(peer.onPeerClose);
    }
  };
  return st;
}

function hold(st, on) {
  if (on === st.holding) return;
  st.holding = on;
  b.hold(on ? 1 : -1);
}

function syncHold(st) {
  hold(st, st.started && st.refed && !st.closed);
}

// deliverOne hands the next message to the port. When its only 'message'
// listeners are on()'s, they are called with the data directly (no
// MessageEvent is made); otherwise the event is dispatched.
function deliverOne(st) {
  if (st.queue.length === 0) return;
  const data = st.queue.shift();
  const port = st.port;
  if (st.plain !== null && st.plain.size === 0) {
    const list = port[kWrappers]?.get('message');
    if (list === undefined || list.length === 0) return;
    if (list.length === 1) {
      const { fn, once } = list[0];
      if (once) removeNodeListener(port, 'message', fn);
      fn.call(port, data);
      return;
    }
    const copy = list.slice();
    for (let i = 0; i < copy.length; i++) {
      if (copy[i].once) removeNodeListener(port, 'message', copy[i].fn);
      copy[i].fn.call(port, data);
    }
    return;
  }
  port.dispatchEvent(new MessageEvent('message', { data }));
}

class MessagePort extends EventTarget {
  constructor(skip) {
    if (skip !== kCreate) throw nativeError(TypeError, 'ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
    super();
    this[kState] = portState(this);
  }

  postMessage(value, transfer) {
    if (arguments.length === 0) {
      throw nativeError(TypeError, 'ERR_MISSING_ARGS', 'Not enough arguments to MessagePort.postMessage');
    }
    const st = this[kState];
    let list = transfer;
    let how = 'list';
    if (list !== null && typeof list === 'object' && typeof list[Symbol.iterator] !== 'function') {
      list = list.transfer;
      how = 'options';
    }
    const clone = structuredCloneWith(value, list, how);
    const peer = st.peer;
    if (st.closed || peer === null || peer.closed) return;
    peer.queue.push(clone);
    if (peer.started) b.post(peer.deliver);
  }

  start() {
    const st = this[kState];
    if (st.started || st.closed) return;
    st.started = true;
    syncHold(st);
    for (let i = 0; i < st.queue.length; i++) b.post(st.deliver);
  }

  close() {
    const st = this[kState];
    if (st.closing) return;
    st.closing = true;
    st.closed = true;
    if (st.peer !== null) st.peer.closed = true;
    b.closeLater(st.onClose);
  }

  // The 'message' listeners other than on()'s are counted: while there
  // are none, a message needs no MessageEvent.
  addEventListener(type, listener, options) {
    super.addEventListener(type, listener, options);
    if (type === 'message') {
      if (listener !== null && listener !== undefined && listener[kWrapper] !== true) this[kState].plain.add(listener);
      this.start();
    }
  }

  removeEventListener(type, listener, options) {
    super.removeEventListener(type, listener, options);
    if (type === 'message') this[kState].plain.delete(listener);
  }

  ref() {
    const st = this[kState];
    st.refed = true;
    syncHold(st);
  }

  unref() {
    const st = this[kState];
    st.refed = false;
    syncHold(st);
  }

  hasRef() {
    return this[kState].holding;
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const st = this[kState];
    return `MessagePort [EventTarget] ${inspect({ active: !st.closed, refed: st.holding }, options)}`;
  }
}
addNodeListenerMethods(MessagePort.prototype);
Object.defineProperty(MessagePort.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'MessagePort', configurable: true,
});

// onmessage starts the port, as on('message') does.
defineEventHandler(MessagePort.prototype, 'messageerror');
defineEventHandler(MessagePort.prototype, 'message');
{
  const desc = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage');
  const set = desc.set;
  desc.set = function(value) {
    set.call(this, value);
    if (typeof value === 'function') this.start();
  };
  Object.defineProperty(MessagePort.prototype, 'onmessage', desc);
}

class MessageChannel {
  constructor() {
    const port1 = new MessagePort(kCreate);
    const port2 = new MessagePort(kCreate);
    port1[kState].peer = port2[kState];
    port2[kState].peer = port1[kState];
    this.port1 = port1;
    this.port2 = port2;
  }
}

// A transferred port: the new port takes over the channel (its waiting
// messages, its peer) and starts afresh; the old one is left closed, with
// no peer.
setPortHooks({
  isPort(v) { return v instanceof MessagePort && v[kState] !== undefined; },
  newPort() { return new MessagePort(kCreate); },
  move(from, to) {
    const st = from[kState];
    hold(st, false);
    st.started = false;
    st.port = to;
    to[kState] = st;
    const dead = portState(from);
    dead.closed = true;
    dead.closing = true;
    from[kState] = dead;
  },
});

// receiveMessageOnPort(port): the port's next waiting message as
// { message }, or undefined.
function receiveMessageOnPort(port) {
  const st = port?.[kState];
  if (st === undefined) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance');
  }
  if (st.queue.length === 0) return undefined;
  return { message: st.queue.shift() };
}

// ---- BroadcastChannel ----------------------------------------------------------

const channels = new Map(); // name -> Set of open BroadcastChannels
const kName = Symbol('kName');
const kBState = Symbol('kBState');

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) {
      throw nativeError(TypeError, 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
    }
    super();
    this[kName] = `${name}`;
    const st = this[kBState] = portState(this);
    st.plain = null; // always dispatched
    st.started = true;
    syncHold(st);
    let set = channels.get(this[kName]);
    if (set === undefined) channels.set(this[kName], set = new Set());
    set.add(this);
  }

  get name() { return this[kName]; }

  postMessage(message) {
    if (arguments.length === 0) {
      throw nativeError(TypeError, 'ERR_MISSING_ARGS', 'The "message" argument must be specified');
    }
    const st = this[kBState];
    if (st.closed) throw new (require('internal/bindings/messaging').DOMException)('BroadcastChannel is closed.', 'InvalidStateError');
    const set = channels.get(this[kName]);
    for (const other of set) {
      if (other === this) continue;
      const ost = other[kBState];
      ost.queue.push(structuredCloneWith(message, undefined, true));
      b.post(ost.deliver);
    }
  }

  close() {
    const st = this[kBState];
    if (st.closed) return;
    st.closed = true;
    st.closing = true;
    hold(st, false);
    const set = channels.get(this[kName]);
    set.delete(this);
    if (set.size === 0) channels.delete(this[kName]);
  }

  ref() {
    const st = this[kBState];
    st.refed = true;
    syncHold(st);
    return this;
  }

  unref() {
    const st = this[kBState];
    st.refed = false;
    syncHold(st);
    return this;
  }

  [kInspect](depth, options) {
    if (depth < 0) return 'BroadcastChannel';
    const st = this[kBState];
    return `BroadcastChannel ${inspect({ name: this[kName], active: !st.closed }, options)}`;
  }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');
Object.defineProperty(BroadcastChannel.prototype, 'name', { __proto__: null, enumerable: true });

module.exports = {
  kCreate, // for the worker's parentPort, a MessagePort of its own kind
  BroadcastChannel,
  MessageChannel,
  MessageEvent,
  MessagePort,
  receiveMessageOnPort,
};
