'use strict';
// Sets up a script's global environment: process, console, timers and the
// lazily loaded globals, and hands the host its process hooks.
const core = binding('core');

// What goja lacks of the language as Node has it, before any library
// module loads: Symbol.asyncIterator (a symbol of its own, like the
// well-known ones), Symbol.dispose and Symbol.asyncDispose (Node's
// registered stand-ins), and V8's Error.stackTraceLimit (read by code that
// sets it around a call; goja's stacks do not use it).
if (typeof Symbol.asyncIterator !== 'symbol') {
  Object.defineProperty(Symbol, 'asyncIterator', { __proto__: null, value: Symbol('Symbol.asyncIterator') });
}
for (const name of ['dispose', 'asyncDispose']) {
  if (Symbol[name] === undefined) {
    Object.defineProperty(Symbol, name, { __proto__: null, value: Symbol.for(`nodejs.${name}`) });
  }
}
if (!('stackTraceLimit' in Error)) Error.stackTraceLimit = 10;

// process: an EventEmitter whose prototype is a `process` object, as Node's.
// It exists (with its plain properties) before any library module loads.
const processProto = Object.create(Object.prototype, {
  constructor: { value: function process() {}, writable: true, configurable: true },
  [Symbol.toStringTag]: { value: 'process', configurable: true },
});
const process = Object.create(processProto);
Object.defineProperty(globalThis, 'process', {
  __proto__: null, value: process, writable: true, configurable: true, enumerable: false,
});
Object.defineProperty(globalThis, 'global', {
  __proto__: null, value: globalThis, writable: true, configurable: true, enumerable: true,
});
process.version = core.version;
process.versions = { node: core.version.slice(1), nodenet: core.nodenetVersion, modules: '141' };
process.arch = core.arch;
process.platform = core.platform;
process.env = core.env;
process.argv = core.argv;
process.execArgv = [];
process.execPath = core.execPath;
process.pid = core.pid;
process.ppid = core.ppid;
process.emitWarning = function(msg, type) {
  core.write(2, `(node:${core.pid}) ${type || 'Warning'}: ${msg}\n`);
};
process.nextTick = function(fn, ...args) { core.nextTick(fn, args.length ? args : undefined); };

const EventEmitter = require('events');
Object.setPrototypeOf(processProto, EventEmitter.prototype);
EventEmitter.call(process);

require('internal/process').setup(process, core);

// Timers and queueMicrotask (in the order Object.keys(globalThis) lists them).
const timers = require('timers');
for (const name of ['clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout',
  'setInterval', 'setTimeout']) {
  Object.defineProperty(globalThis, name, {
    __proto__: null, value: timers[name], writable: true, configurable: true, enumerable: true,
  });
}
const { validateFunction } = require('internal/validators');
function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (err) {
      process._reportUncaught(err);
    }
  });
}
Object.defineProperty(globalThis, 'queueMicrotask', {
  __proto__: null, value: queueMicrotask, writable: true, configurable: true, enumerable: true,
});

// Lazily loaded globals: [global name, module, export].
const lazy = [
  ['console', 'internal/console', 'console'],
  ['Buffer', 'buffer', 'Buffer'],
  ['URL', 'internal/url', 'URL'],
  ['URLSearchParams', 'internal/url', 'URLSearchParams'],
  ['TextEncoder', 'internal/encoding', 'TextEncoder'],
  ['TextDecoder', 'internal/encoding', 'TextDecoder'],
  ['AbortController', 'internal/abort_controller', 'AbortController'],
  ['AbortSignal', 'internal/abort_controller', 'AbortSignal'],
  ['EventTarget', 'internal/event_target', 'EventTarget'],
  ['Event', 'internal/event_target', 'Event'],
  ['CustomEvent', 'internal/event_target', 'CustomEvent'],
  ['DOMException', 'internal/bindings/messaging', 'DOMException'],
  ['QuotaExceededError', 'internal/bindings/messaging', 'QuotaExceededError'],
  ['structuredClone', 'internal/structured_clone', 'structuredClone'],
  ['atob', 'buffer', 'atob'],
  ['btoa', 'buffer', 'btoa'],
  ['MessageChannel', 'internal/worker/io', 'MessageChannel'],
  ['MessagePort', 'internal/worker/io', 'MessagePort'],
  ['MessageEvent', 'internal/worker/io', 'MessageEvent'],
  ['BroadcastChannel', 'internal/worker/io', 'BroadcastChannel'],
  ['performance', 'perf_hooks', 'performance'],
  ['PerformanceEntry', 'perf_hooks', 'PerformanceEntry'],
  ['PerformanceMark', 'perf_hooks', 'PerformanceMark'],
  ['PerformanceMeasure', 'perf_hooks', 'PerformanceMeasure'],
  ['PerformanceObserver', 'perf_hooks', 'PerformanceObserver'],
  ['PerformanceObserverEntryList', 'perf_hooks', 'PerformanceObserverEntryList'],
];
const enumerableGlobals = ['structuredClone', 'performance', 'atob', 'btoa'];
for (const [name, mod, key] of lazy) {
  Object.defineProperty(globalThis, name, {
    __proto__: null,
    configurable: true,
    enumerable: enumerableGlobals.includes(name),
    get() {
      const value = require(mod)[key];
      Object.defineProperty(globalThis, name, {
        __proto__: null, value, writable: true, configurable: true,
        enumerable: enumerableGlobals.includes(name),
      });
      return value;
    },
    set(value) {
      Object.defineProperty(globalThis, name, {
        __proto__: null, value, writable: true, configurable: true, enumerable: true,
      });
    },
  });
}
