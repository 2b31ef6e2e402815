'use strict';
// Performance entries and their observers: PerformanceEntry and the entry
// kinds, PerformanceObserver and PerformanceObserverEntryList, and enqueue,
// which hands a new entry to the observers of its type. Observers get their
// entries in batches: the first entry queued schedules one immediate, which
// calls every observer that has entries then, in the order they got their
// first one. Other modules report entries through hasObserver and enqueue
// (the net module's 'connect' entries through netConnectStart/End).

const core = binding('core');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_PERFORMANCE_INVALID_TIMESTAMP },
} = require('internal/errors');
const { validateFunction, validateNumber, validateObject } = require('internal/validators');
const { inspect } = require('internal/util/inspect');
const { customInspectSymbol: kInspect } = require('internal/util');

const now = () => core.hrtime() / 1e6;

const kSkipThrow = Symbol('kSkipThrow');
const kOffer = Symbol('kOffer');
const kDeliver = Symbol('kDeliver');

class PerformanceEntry {
  #name; #type; #start; #duration; #detail;
  constructor(skip, name, type, start, duration, detail) {
    if (skip !== kSkipThrow) throw new TypeError('Illegal constructor');
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
    this.#detail = detail;
  }
  get name() { return this.#name; }
  get entryType() { return this.#type; }
  get startTime() { return this.#start; }
  get duration() { return this.#duration; }
  get detail() { return this.#detail; }
  [kInspect](depth, options) {
    if (depth < 0) return `[${this.constructor.name}]`;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${this.constructor.name} ${inspect(this.toJSON(), opts)}`;
  }
  toJSON() {
    return {
      name: this.#name,
      entryType: this.#type,
      startTime: this.#start,
      duration: this.#duration,
      detail: this.#detail,
    };
  }
}
class PerformanceMark extends PerformanceEntry {
  // options: {startTime, detail}, checked as Node checks them (an object
  // or nothing; startTime a number not below 0; detail cloned).
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options != null) validateObject(options, 'options');
    const start = options?.startTime ?? now();
    validateNumber(start, 'startTime');
    if (start < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(start);
    const detail = options?.detail;
    super(kSkipThrow, name, 'mark', start, 0, detail === undefined ? null : structuredClone(detail));
  }
}
class PerformanceMeasure extends PerformanceEntry {}
// The entries of Node's own subsystems (net, dns, function, ...).
class PerformanceNodeEntry extends PerformanceEntry {}

const supportedEntryTypes = Object.freeze(
  ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'quic', 'resource']);

// The global timeline buffers marks and measures (for getEntries and for
// observers that ask for buffered entries).
const timeline = [];

const connected = new Set(); // observers observing
const pending = new Set();   // observers with entries to deliver
let flushQueued = false;
const observedCounts = new Map(); // entry type -> number of observers

function countType(type, delta) {
  observedCounts.set(type, (observedCounts.get(type) ?? 0) + delta);
}

function hasObserver(type) {
  return (observedCounts.get(type) ?? 0) > 0;
}

function flush() {
  flushQueued = false;
  const list = Array.from(pending);
  pending.clear();
  for (let i = 0; i < list.length; i++) list[i][kDeliver]();
}

function queueFlush(observer) {
  pending.add(observer);
  if (!flushQueued) {
    flushQueued = true;
    setImmediate(flush);
  }
}

// enqueue hands entry to the observers of its type.
function enqueue(entry) {
  const type = entry.entryType;
  if (type === 'mark' || type === 'measure') timeline.push(entry);
  if (!hasObserver(type)) return;
  for (const o of connected) o[kOffer](entry);
}

class PerformanceObserverEntryList {
  #entries;
  constructor(skip, entries) {
    if (skip !== kSkipThrow) throw new TypeError('Illegal constructor');
    // by start time (Array.prototype.sort is stable)
    this.#entries = entries.sort((a, b) => a.startTime - b.startTime);
  }
  getEntries() { return this.#entries.slice(); }
  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return this.#entries.filter((e) => e.entryType === type);
  }
  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    return this.#entries.filter((e) => e.name === name && (type === undefined || e.entryType === `${type}`));
  }
  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `PerformanceObserverEntryList ${inspect(this.#entries, options)}`;
  }
}

class PerformanceObserver {
  #callback;
  #types = new Set();
  #buffer = [];
  #single; // undefined until observe: true for { type }, false for { entryTypes }

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  static get supportedEntryTypes() { return supportedEntryTypes; }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with options.type together');
    }
    if (entryTypes !== undefined) {
      if (!Array.isArray(entryTypes)) throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      this.#setTypes([]);
      this.#single = false;
      const types = [];
      for (let i = 0; i < entryTypes.length; i++) {
        if (supportedEntryTypes.includes(entryTypes[i])) types.push(entryTypes[i]);
      }
      this.#setTypes(types);
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      if (this.#single === false) this.#setTypes([]);
      this.#single = true;
      if (!this.#types.has(type)) this.#setTypes(Array.from(this.#types).concat(type));
      if (buffered) {
        for (let i = 0; i < timeline.length; i++) {
          if (timeline[i].entryType === type) this.#buffer.push(timeline[i]);
        }
        if (this.#buffer.length > 0) queueFlush(this);
      }
    }
    if (this.#types.size > 0) connected.add(this);
    else this.disconnect();
  }

  #setTypes(types) {
    for (const t of this.#types) countType(t, -1);
    this.#types = new Set(types);
    for (const t of this.#types) countType(t, 1);
  }

  disconnect() {
    this.#setTypes([]);
    this.#single = undefined;
    this.#buffer = [];
    connected.delete(this);
    pending.delete(this);
  }

  takeRecords() {
    return this.#buffer.splice(0, this.#buffer.length);
  }

  [kOffer](entry) {
    if (!this.#types.has(entry.entryType)) return;
    this.#buffer.push(entry);
    queueFlush(this);
  }

  [kDeliver]() {
    if (this.#buffer.length === 0) return;
    const list = new PerformanceObserverEntryList(kSkipThrow, this.#buffer);
    this.#buffer = [];
    this.#callback.call(this, list, this);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const shown = {
      connected: connected.has(this),
      pending: pending.has(this),
      entryTypes: Array.from(this.#types),
      buffer: this.#buffer,
    };
    return `PerformanceObserver ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

// The net module's connect timing: netConnectStart(host, port) when a
// connect begins (undefined when no one observes 'net'), netConnectEnd(ctx)
// when it succeeded. netConnectObserve(socket) does both for a socket about
// to connect over TCP: the entry is made on its 'connect', with the address
// and port it connected to.
function netConnectStart(host, port) {
  if (!hasObserver('net')) return undefined;
  return { start: now(), host, port };
}

function netConnectEnd(ctx) {
  if (ctx === undefined) return;
  const entry = new PerformanceNodeEntry(kSkipThrow, 'connect', 'net', ctx.start, now() - ctx.start,
                                         { host: ctx.host, port: ctx.port });
  enqueue(entry);
}

function netConnectObserve(socket) {
  if (!hasObserver('net')) return;
  const start = now();
  socket.once('connect', () => {
    enqueue(new PerformanceNodeEntry(kSkipThrow, 'connect', 'net', start, now() - start,
                                     { host: socket.remoteAddress, port: socket.remotePort }));
  });
}

// newEntry makes an entry of one of Node's own kinds.
function newEntry(Kind, name, type, start, duration, detail) {
  return new Kind(kSkipThrow, name, type, start, duration, detail);
}

module.exports = {
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceNodeEntry,
  PerformanceObserver,
  PerformanceObserverEntryList,
  enqueue,
  hasObserver,
  netConnectStart,
  netConnectEnd,
  netConnectObserve,
  newEntry,
  now,
  timeline,
};
