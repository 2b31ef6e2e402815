'use strict';
// perf_hooks: the High Resolution Time and User Timing parts scripts use
// (performance.now, timeOrigin, mark/measure and their entries). Node's
// observers, histograms and event loop delay monitor are not provided.
const core = binding('core');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { inspect } = require('internal/util/inspect');
const { customInspectSymbol: kInspect, lazyDOMException } = require('internal/util');

const now = () => core.hrtime() / 1e6;
const timeOrigin = Date.now() - now();

const kSkipThrow = Symbol('kSkipThrow');

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
    if (depth < 0) return this;
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
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    const start = options?.startTime ?? now();
    super(kSkipThrow, `${name}`, 'mark', start, 0, options?.detail ?? null);
  }
}
class PerformanceMeasure extends PerformanceEntry {}

const entries = [];

function markTime(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') return name;
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === 'mark' && entries[i].name === name) return entries[i].startTime;
  }
  throw lazyDOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

class Performance {
  now() { return now(); }
  get timeOrigin() { return timeOrigin; }
  mark(name, options) {
    const m = new PerformanceMark(name, options);
    entries.push(m);
    return m;
  }
  measure(name, startOrOptions, endMark) {
    validateString(name, 'name');
    let start = 0;
    let end;
    let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      start = markTime(startOrOptions.start) ?? 0;
      end = markTime(startOrOptions.end);
      if (end === undefined && startOrOptions.duration !== undefined) end = start + startOrOptions.duration;
      detail = startOrOptions.detail ?? null;
    } else if (startOrOptions !== undefined) {
      start = markTime(startOrOptions);
    }
    if (endMark !== undefined) end = markTime(endMark);
    if (end === undefined) end = now();
    const m = new PerformanceMeasure(kSkipThrow, name, 'measure', start, end - start, detail);
    entries.push(m);
    return m;
  }
  getEntries() { return entries.slice().sort((a, b) => a.startTime - b.startTime); }
  getEntriesByName(name, type) {
    return this.getEntries().filter((e) => e.name === name && (type === undefined || e.entryType === type));
  }
  getEntriesByType(type) { return this.getEntries().filter((e) => e.entryType === type); }
  clearMarks(name) { clear('mark', name); }
  clearMeasures(name) { clear('measure', name); }
  eventLoopUtilization() { return { idle: 0, active: 0, utilization: 0 }; }
  timerify(fn) {
    if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
    return fn;
  }
  toJSON() {
    return { timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
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

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
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
