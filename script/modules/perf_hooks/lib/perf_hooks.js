'use strict';
// perf_hooks: performance (now, timeOrigin, mark/measure and the timeline,
// eventLoopUtilization, timerify, toJSON), PerformanceObserver (in
// internal/perf/observe), histograms and monitorEventLoopDelay, whose
// counting and sampling are Go's (binding('perf')).
const perf = binding('perf');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_PERFORMANCE_INVALID_TIMESTAMP, ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
  },
} = require('internal/errors');
const { validateString, validateObject, validateInteger, validateNumber } = require('internal/validators');
const { inspect } = require('internal/util/inspect');
const { customInspectSymbol: kInspect, lazyDOMException } = require('internal/util');
const observe = require('internal/perf/observe');
const {
  PerformanceEntry, PerformanceMark, PerformanceMeasure, PerformanceObserver,
  PerformanceObserverEntryList, enqueue, hasObserver, newEntry, now, timeline: entries,
} = observe;

const timeOrigin = Date.now() - now();

// markTime is the time a measure's start, end or duration names: a
// number as it is (not negative), anything else the latest mark of that
// name.
function markTime(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === 'mark' && entries[i].name === name) return entries[i].startTime;
  }
  throw lazyDOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

function eventLoopUtilization(u1, u2) {
  const elapsed = now();
  const idle = perf.idle();
  const active = elapsed - idle;
  if (u1 === undefined || u1 === null) return { idle, active, utilization: elapsed > 0 ? active / elapsed : 0 };
  let i;
  let a;
  if (u2 !== undefined && u2 !== null) {
    i = u1.idle - u2.idle;
    a = u1.active - u2.active;
  } else {
    i = idle - u1.idle;
    a = active - u1.active;
  }
  return { idle: i, active: a, utilization: i + a > 0 ? a / (i + a) : 0 };
}

const kTimerified = Symbol('kTimerified');

class Performance {
  now() { return now(); }
  get timeOrigin() { return timeOrigin; }
  get nodeTiming() {
    return { name: 'node', entryType: 'node', startTime: 0, duration: now() };
  }
  mark(name, options) {
    const m = new PerformanceMark(name, options);
    enqueue(m);
    return m;
  }
  // measure(name, start, endMark) or measure(name, {start, end, duration,
  // detail}, endMark). A positional start counts only as a mark's name;
  // options give at most two of start, end and duration, and with start
  // or end no endMark; a duration alone measures up to now.
  measure(name, startOrOptions, endMark) {
    validateString(name, 'name');
    let start = 0;
    let end;
    let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      const o = startOrOptions;
      if (endMark !== undefined && (o.start !== undefined || o.end !== undefined)) {
        throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
      }
      if (o.start !== undefined && o.end !== undefined && o.duration !== undefined) {
        throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
          'Must not have options.start, options.end, and options.duration specified');
      }
      const s = markTime(o.start);
      const e = markTime(o.end);
      const d = markTime(o.duration);
      if (s !== undefined) start = s;
      else if (e !== undefined && d !== undefined) start = e - d;
      if (e !== undefined) end = e;
      else if (s !== undefined && d !== undefined) end = s + d;
      if (o.detail !== undefined) detail = structuredClone(o.detail);
    } else if (typeof startOrOptions === 'string') {
      start = markTime(startOrOptions);
    }
    if (end === undefined && endMark !== undefined) end = markTime(endMark);
    if (end === undefined) end = now();
    const m = newEntry(PerformanceMeasure, name, 'measure', start, end - start, detail);
    enqueue(m);
    return m;
  }
  getEntries() { return entries.slice().sort((a, b) => a.startTime - b.startTime); }
  getEntriesByName(name, type) {
    return this.getEntries().filter((e) => e.name === name && (type === undefined || e.entryType === type));
  }
  getEntriesByType(type) { return this.getEntries().filter((e) => e.entryType === type); }
  clearMarks(name) { clear('mark', name); }
  clearMeasures(name) { clear('measure', name); }
  eventLoopUtilization(u1, u2) { return eventLoopUtilization(u1, u2); }
  // timerify(fn): fn, timed: each call makes a 'function' entry for the
  // observers of that type.
  timerify(fn, options = undefined) {
    if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
    if (options !== undefined) validateObject(options, 'options');
    if (fn[kTimerified] !== undefined) return fn[kTimerified];
    function timerified(...args) {
      const start = now();
      const result = new.target ? Reflect.construct(fn, args, fn) : fn.apply(this, args);
      if (hasObserver('function')) {
        enqueue(newEntry(observe.PerformanceNodeEntry, fn.name, 'function', start, now() - start, args));
      }
      return result;
    }
    Object.defineProperties(timerified, {
      length: { __proto__: null, value: fn.length, configurable: true },
      name: { __proto__: null, value: `timerified ${fn.name}`, configurable: true },
    });
    Object.defineProperty(fn, kTimerified, { __proto__: null, value: timerified, configurable: true });
    return timerified;
  }
  toJSON() {
    return { nodeTiming: this.nodeTiming, timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  }
  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `Performance ${inspect({ timeOrigin }, options)}`;
  }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Performance', configurable: true,
});

function clear(type, name) {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === type && (name === undefined || entries[i].name === name)) entries.splice(i, 1);
  }
}

const performance = new Performance();

// ---- histograms ------------------------------------------------------------

const kHandle = Symbol('kHandle');
const kInt64Max = 2n ** 63n - 1n; // an empty histogram's min
const kCreate = Symbol('kCreate');

function percentileArg(p) {
  validateNumber(p, 'percentile');
  if (!(p > 0 && p <= 100)) throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', p);
  return p;
}

class Histogram {
  constructor(skip, handle) {
    if (skip !== kCreate) throw new TypeError('Illegal constructor');
    this[kHandle] = handle;
  }
  get count() { return perf.count(this[kHandle]); }
  get countBigInt() { return BigInt(perf.count(this[kHandle])); }
  get min() { return perf.min(this[kHandle]); }
  get minBigInt() { return perf.count(this[kHandle]) === 0 ? kInt64Max : BigInt(perf.min(this[kHandle])); }
  get max() { return perf.max(this[kHandle]); }
  get maxBigInt() { return BigInt(perf.max(this[kHandle])); }
  get mean() { return perf.moments(this[kHandle])[0]; }
  get stddev() { return perf.moments(this[kHandle])[1]; }
  get exceeds() { return perf.exceeds(this[kHandle]); }
  get exceedsBigInt() { return BigInt(perf.exceeds(this[kHandle])); }
  get percentiles() { return percentileMap(this[kHandle], false); }
  get percentilesBigInt() { return percentileMap(this[kHandle], true); }
  percentile(p) { return perf.percentile(this[kHandle], percentileArg(p)); }
  percentileBigInt(p) { return BigInt(perf.percentile(this[kHandle], percentileArg(p))); }
  reset() { perf.reset(this[kHandle]); }
  toJSON() {
    const m = perf.moments(this[kHandle]);
    const percentiles = {};
    const flat = perf.percentiles(this[kHandle]);
    for (let i = 0; i < flat.length; i += 2) percentiles[flat[i]] = flat[i + 1];
    return {
      count: this.count, min: this.min, max: this.max, mean: m[0], exceeds: this.exceeds, stddev: m[1],
      skewness: m[2], kurtosis: m[3], ewmaMean: 0, ewmaStddev: 0, ewmaErrorRate: 0, percentiles,
    };
  }
  [kInspect](depth, options) {
    if (depth < 0) return this;
    const m = perf.moments(this[kHandle]);
    const shown = {
      min: this.min, max: this.max, mean: m[0], exceeds: this.exceeds, stddev: m[1],
      skewness: m[2], kurtosis: m[3], count: this.count, percentiles: this.percentiles,
    };
    return `Histogram ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

function percentileMap(handle, big) {
  const flat = perf.percentiles(handle);
  const map = new Map();
  for (let i = 0; i < flat.length; i += 2) map.set(flat[i], big ? BigInt(flat[i + 1]) : flat[i + 1]);
  return map;
}

class RecordableHistogram extends Histogram {
  record(val) {
    if (typeof val === 'bigint') {
      if (val < 1n || val > BigInt(Number.MAX_SAFE_INTEGER)) {
        // Node's wording for a BigInt out of range
        const err = new RangeError('value is out of range');
        err.code = 'ERR_OUT_OF_RANGE';
        throw err;
      }
      val = Number(val);
    } else {
      validateInteger(val, 'val', 1);
    }
    perf.record(this[kHandle], val);
  }
  recordDelta() { perf.recordDelta(this[kHandle]); }
  add(other) {
    if (!(other instanceof RecordableHistogram)) {
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    }
    perf.add(this[kHandle], other[kHandle]);
  }
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  const low = typeof lowest === 'bigint' ? Number(lowest) : lowest;
  const high = typeof highest === 'bigint' ? Number(highest) : highest;
  validateInteger(low, 'options.lowest', 1);
  validateInteger(high, 'options.highest');
  if (high < 2 * low) throw new ERR_OUT_OF_RANGE('options.highest', `>= 2 * options.lowest (${2n * BigInt(low)}n)`, highest);
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kCreate, perf.histogram(Math.floor(Math.log2(low)), high));
}

class ELDHistogram extends Histogram {
  enable() { return perf.enable(this[kHandle]); }
  disable() { return perf.disable(this[kHandle]); }
}

// monitorEventLoopDelay({ resolution }): samples the loop every resolution
// ms while enabled and records each interval (resolution plus delay) in ns.
function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new ELDHistogram(kCreate, perf.sampler(resolution));
}

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming: undefined,
  createHistogram,
  monitorEventLoopDelay,
  eventLoopUtilization,
  performance,
  constants: {
    NODE_PERFORMANCE_GC_MAJOR: 4,
    NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0,
    NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
    NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
    NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  },
};
delete module.exports.PerformanceResourceTiming;
