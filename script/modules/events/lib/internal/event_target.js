'use strict';
// EventTarget, Event and CustomEvent as Node gives them (the DOM's event
// model without a tree: every dispatch happens at the target).
//
// Each target keeps, under kEvents, a Map from event type to a list head
// { size, next, last }; the list's entries (Listener) are linked by next
// and prev and carry the listener as registered (events.getEventListeners
// and listenerCount read this shape). Removing an entry unlinks it but
// keeps its own next pointer, so a dispatch standing on it goes on with
// the rest of the list; listeners appended during a dispatch are called by
// it, as in Node. An error thrown by a listener (or a promise it returns
// that rejects) does not stop the dispatch: it is thrown again on a later
// tick, where it becomes an uncaught exception. Node ends the event's
// dispatch state (eventPhase, currentTarget, the recursion guard) as soon
// as one listener has returned normally; the listeners after it see an
// event no longer being dispatched, and so do they here.

const { codes } = require('internal/errors');
const { ERR_EVENT_RECURSION, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS } = codes;
const { validateAbortSignal, validateObject, kValidateObjectAllowObjects } = require('internal/validators');
const { inspect } = require('internal/util/inspect');
const webidl = require('internal/webidl');
const events = require('events');

const kEvents = Symbol('kEvents');
// An option of addEventListener for Node's own listeners: still called
// after stopImmediatePropagation().
const kResistStopPropagation = Symbol('kResistStopPropagation');
// An option of the Event constructor: the event is trusted (isTrusted).
const kTrustEvent = Symbol('kTrustEvent');
const kHandlers = Symbol('kHandlers');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

const NONE = 0;
const CAPTURING_PHASE = 1;
const AT_TARGET = 2;
const BUBBLING_PHASE = 3;

const core = binding('core');
function now() { return core.hrtime() / 1e6; }

// ---- Event ---------------------------------------------------------------

let peekEvent;

function checkEvent(obj) {
  if (!peekEvent.is(obj)) throw new ERR_INVALID_THIS('Event');
}

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #trusted;
  #timeStamp;
  #target = null;
  #current = null;
  #dispatching = false;
  #canceled = false;
  #stopped = false;
  #stoppedNow = false;
  #passive = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== undefined && options !== null) validateObject(options, 'options');
    this.#type = `${type}`;
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this.#trusted = options?.[kTrustEvent] === true;
    this.#timeStamp = now();
  }

  static {
    // The dispatch algorithm's access to an event's state.
    peekEvent = {
      is(obj) { return obj !== null && typeof obj === 'object' && #type in obj; },
      begin(ev, target) {
        ev.#target = target;
        ev.#current = target;
        ev.#dispatching = true;
      },
      end(ev) {
        ev.#current = null;
        ev.#dispatching = false;
      },
      dispatching(ev) { return ev.#dispatching; },
      stoppedNow(ev) { return ev.#stoppedNow; },
      type(ev) { return ev.#type; },
      prevented(ev) { return ev.#cancelable && ev.#canceled; },
      setPassive(ev, on) { ev.#passive = on; },
    };
  }

  initEvent(type, bubbles = false, cancelable = false) {
    checkEvent(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this.#dispatching) return;
    this.#type = type;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  stopImmediatePropagation() {
    checkEvent(this);
    this.#stopped = true;
    this.#stoppedNow = true;
  }

  preventDefault() {
    checkEvent(this);
    if (this.#cancelable && !this.#passive) this.#canceled = true;
  }

  get target() { checkEvent(this); return this.#target; }

  get currentTarget() { checkEvent(this); return this.#current; }

  get srcElement() { checkEvent(this); return this.#target; }

  get type() { checkEvent(this); return this.#type; }

  get cancelable() { checkEvent(this); return this.#cancelable; }

  get defaultPrevented() { checkEvent(this); return this.#cancelable && this.#canceled; }

  get timeStamp() { checkEvent(this); return this.#timeStamp; }

  composedPath() {
    checkEvent(this);
    return this.#dispatching ? [this.#current] : [];
  }

  get returnValue() { checkEvent(this); return !(this.#cancelable && this.#canceled); }

  set returnValue(value) {
    checkEvent(this);
    if (!value) this.preventDefault();
  }

  get bubbles() { checkEvent(this); return this.#bubbles; }

  get composed() { checkEvent(this); return this.#composed; }

  get eventPhase() { checkEvent(this); return this.#dispatching ? AT_TARGET : NONE; }

  get cancelBubble() { checkEvent(this); return this.#stopped; }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#stopped = true;
  }

  stopPropagation() {
    checkEvent(this);
    this.#stopped = true;
  }

  // Unlike the other attributes, isTrusted has no brand check.
  get isTrusted() { return peekEvent.is(this) && this.#trusted; }

  [kInspect](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const shown = {
      type: this.#type,
      defaultPrevented: this.#cancelable && this.#canceled,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    };
    return `${name} ${inspect(shown, options)}`;
  }
}

function enumerableMembers(proto, names) {
  for (let i = 0; i < names.length; i++) {
    const d = Object.getOwnPropertyDescriptor(proto, names[i]);
    d.enumerable = true;
    Object.defineProperty(proto, names[i], d);
  }
}

enumerableMembers(Event.prototype, [
  'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target', 'currentTarget',
  'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath',
  'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'stopPropagation',
]);
{
  const d = Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted');
  d.enumerable = true;
  d.configurable = false;
  Object.defineProperty(Event.prototype, 'isTrusted', d);
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Event', configurable: true,
});
Object.defineProperty(Event.prototype, kInspect, { __proto__: null, enumerable: false });
for (const [k, v] of [['NONE', NONE], ['CAPTURING_PHASE', CAPTURING_PHASE],
  ['AT_TARGET', AT_TARGET], ['BUBBLING_PHASE', BUBBLING_PHASE]]) {
  Object.defineProperty(Event, k, { __proto__: null, value: v, enumerable: true });
}

class CustomEvent extends Event {
  #detail;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!(#detail in this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}

enumerableMembers(CustomEvent.prototype, ['detail']);
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'CustomEvent', configurable: true,
});

// ---- listeners -----------------------------------------------------------

// A registered listener. listener is what was given (a function or an
// object with handleEvent); the list's head has the same next/prev shape.
class Listener {
  constructor(head, listener, capture, once, passive, resist, isFunction) {
    this.listener = listener;
    this.capture = capture;
    this.once = once;
    this.passive = passive;
    this.resist = resist;
    this.isFunction = isFunction;
    this.removed = false;
    this.signal = undefined;
    this.onSignal = undefined;
    this.head = head;
    this.next = undefined;
    this.prev = head.last;
    if (head.last === head) head.next = this;
    else head.last.next = this;
    head.last = this;
    head.size++;
  }

  remove() {
    if (this.removed) return;
    this.removed = true;
    const head = this.head;
    const prev = this.prev;
    if (prev === head) head.next = this.next;
    else prev.next = this.next;
    if (this.next !== undefined) this.next.prev = prev;
    else head.last = prev;
    head.size--;
    if (this.signal !== undefined) {
      this.signal.removeEventListener('abort', this.onSignal);
      this.signal = undefined;
    }
  }
}

function newHead() {
  const head = { size: 0, next: undefined, last: undefined };
  head.last = head;
  return head;
}

function findListener(head, listener, capture) {
  for (let l = head.next; l !== undefined; l = l.next) {
    if (l.listener === listener && l.capture === capture) return l;
  }
  return undefined;
}

// Errors of listeners surface on a later tick, as uncaught exceptions.
function reportLater(err) {
  process.nextTick(throwError, err);
}

function throwError(err) {
  throw err;
}

function describe(value) {
  switch (typeof value) {
    case 'object': return value === null ? 'null' : '#<Object>';
    case 'function': return String(value);
    case 'symbol': return value.toString();
    default: return `${value}`;
  }
}

function callListener(l, target, event) {
  let result;
  if (l.isFunction) {
    result = l.listener.call(target, event);
  } else {
    const obj = l.listener;
    const fn = obj.handleEvent;
    if (fn === undefined || fn === null) return;
    if (typeof fn !== 'function') {
      throw new TypeError(`Function.prototype.apply was called on ${describe(fn)}, which is ${
        typeof fn === 'object' ? 'an object' : `a ${typeof fn}`} and not a function`);
    }
    result = fn.call(obj, event);
  }
  if (result !== undefined && result !== null && typeof result.then === 'function') {
    result.then(undefined, reportLater);
  }
}

function validListener(listener) {
  if (typeof listener === 'function') return true;
  if (listener !== null && typeof listener === 'object') return true;
  return false;
}

function warnMaxListeners(target, type, head) {
  const max = target[events.kMaxEventTargetListeners];
  if (typeof max !== 'number' || max <= 0 || head.size <= max ||
      target[events.kMaxEventTargetListenersWarned]) {
    return;
  }
  target[events.kMaxEventTargetListenersWarned] = true;
  const w = new Error('Possible EventTarget memory leak detected. ' +
    `${head.size} ${String(type)} listeners added to ${inspect(target, { depth: -1 })}. ` +
    `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
  w.name = 'MaxListenersExceededWarning';
  w.target = target;
  w.type = type;
  w.count = head.size;
  process.emitWarning(w);
}

// ---- EventTarget ---------------------------------------------------------

let isTarget;

class EventTarget {
  #brand = true;

  constructor() {
    // kEvents (the Map of listener lists) is made by the first listener.
    this[events.kMaxEventTargetListeners] = events.defaultMaxListeners;
    this[events.kMaxEventTargetListenersWarned] = false;
  }

  static {
    isTarget = (obj) => obj !== null && typeof obj === 'object' && #brand in obj;
  }

  addEventListener(type, listener, options = undefined) {
    if (!isTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    let capture = false;
    let once = false;
    let passive = false;
    let resist = false;
    let signal;
    if (typeof options === 'boolean') {
      capture = options;
    } else if (options !== undefined && options !== null) {
      // an array or a function serves as options too
      validateObject(options, 'options', kValidateObjectAllowObjects);
      capture = !!options.capture;
      once = !!options.once;
      passive = !!options.passive;
      resist = !!options[kResistStopPropagation];
      signal = options.signal;
      validateAbortSignal(signal, 'options.signal');
    }
    if (!validListener(listener)) {
      if (listener === undefined || listener === null) {
        process.emitWarning(`addEventListener called with ${listener} which has no effect.`,
                            'AddEventListenerArgumentTypeWarning');
        return;
      }
      throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
    }
    type = webidl.converters.DOMString(type);
    if (signal !== undefined && signal.aborted) return;
    let map = this[kEvents];
    if (map === undefined) {
      map = new Map();
      this[kEvents] = map;
    }
    let head = map.get(type);
    if (head === undefined) {
      head = newHead();
      map.set(type, head);
    } else if (findListener(head, listener, capture) !== undefined) {
      return;
    }
    const l = new Listener(head, listener, capture, once, passive, resist,
                           typeof listener === 'function');
    if (signal !== undefined) {
      l.signal = signal;
      l.onSignal = () => l.remove();
      signal.addEventListener('abort', l.onSignal, { once: true, [kResistStopPropagation]: true });
    }
    warnMaxListeners(this, type, head);
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validListener(listener)) {
      if (listener === undefined || listener === null) return;
      throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
    }
    let capture = false;
    if (typeof options === 'boolean') capture = options;
    else if (options !== undefined && options !== null) capture = !!options.capture;
    type = webidl.converters.DOMString(type);
    const head = this[kEvents]?.get(type);
    if (head === undefined) return;
    const l = findListener(head, listener, capture);
    if (l !== undefined) l.remove();
  }

  dispatchEvent(event) {
    if (!isTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('event');
    if (!peekEvent.is(event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (peekEvent.dispatching(event)) throw new ERR_EVENT_RECURSION(peekEvent.type(event));
    dispatch(this, event);
    return !peekEvent.prevented(event);
  }

  [kInspect](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({}, options)}`;
  }
}

function dispatch(target, event) {
  peekEvent.begin(event, target);
  try {
    const head = target[kEvents]?.get(peekEvent.type(event));
    if (head === undefined) return;
    // The next listener is taken before each call, as Node does: one added
    // by the last listener runs from the next dispatch on, one added by an
    // earlier listener runs in this one.
    for (let l = head.next, next; l !== undefined; l = next) {
      next = l.next;
      if (l.removed) continue;
      if (peekEvent.stoppedNow(event) && !l.resist) continue;
      if (l.once) l.remove();
      if (l.passive) peekEvent.setPassive(event, true);
      try {
        callListener(l, target, event);
        // As in Node, the event stops being "in dispatch" (eventPhase NONE,
        // no currentTarget, dispatchable again) once a listener returned.
        peekEvent.end(event);
      } catch (err) {
        reportLater(err);
      }
      if (l.passive) peekEvent.setPassive(event, false);
    }
  } finally {
    peekEvent.end(event);
  }
}

enumerableMembers(EventTarget.prototype,
                  ['addEventListener', 'removeEventListener', 'dispatchEvent']);
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'EventTarget', configurable: true,
});
Object.defineProperty(EventTarget.prototype, kInspect, { __proto__: null, enumerable: false });

function isEventTarget(obj) {
  return isTarget(obj);
}

// defineEventHandler(target, name) gives target the attribute `on${name}`:
// the first function set there becomes a listener of `name`; another value
// set later (null included) takes its place in the list.
function defineEventHandler(target, name, type = name) {
  const key = `on${name}`;
  const accessors = {
    get [key]() {
      if (!isTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
      return this[kHandlers]?.get(type)?.value ?? null;
    },
    set [key](value) {
      if (!isTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
      if (typeof value !== 'function' && (typeof value !== 'object' || value === null)) {
        value = null;
      }
      let handlers = this[kHandlers];
      if (handlers === undefined) {
        if (value === null) return;
        handlers = new Map();
        this[kHandlers] = handlers;
      }
      let h = handlers.get(type);
      if (h !== undefined) {
        // The listener keeps its place in the list; only what it calls changes.
        h.value = value;
        return;
      }
      if (value === null) return;
      h = { value, call: undefined };
      h.call = function(event) {
        if (typeof h.value === 'function') return h.value.call(this, event);
      };
      handlers.set(type, h);
      this.addEventListener(type, h.call);
    },
  };
  const desc = Object.getOwnPropertyDescriptor(accessors, key);
  desc.enumerable = true;
  desc.configurable = true;
  Object.defineProperty(target, key, desc);
}

module.exports = {
  Event, CustomEvent, EventTarget, defineEventHandler, isEventTarget,
  kEvents, kResistStopPropagation, kTrustEvent,
};
