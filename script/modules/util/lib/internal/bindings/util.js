'use strict';
// internalBinding('util'): what Node's library reads from V8 and C++.
const native = binding('jstypes');
const privateSymbols = {
  arrow_message_private_symbol: Symbol('node:arrowMessage'),
  decorated_private_symbol: Symbol('node:decorated'),
  contextify_context_private_symbol: Symbol('node:contextify:context'),
  host_defined_option_symbol: Symbol('node:host_defined_option_symbol'),
  entry_point_module_private_symbol: Symbol('node:entry_point_module'),
  entry_point_promise_private_symbol: Symbol('node:entry_point_promise'),
  module_source_private_symbol: Symbol('node:module_source'),
  module_export_names_private_symbol: Symbol('node:module_export_names'),
  module_circular_visited_private_symbol: Symbol('node:module_circular_visited'),
  module_export_private_symbol: Symbol('node:module_export'),
  module_parent_private_symbol: Symbol('node:module_parent'),
  module_first_parent_private_symbol: Symbol('node:module_first_parent'),
  napi_type_tag: Symbol('node:napi:type_tag'),
  napi_wrapper: Symbol('node:napi:wrapper'),
  untransferable_object_private_symbol: Symbol('node:untransferableObject'),
  exit_info_private_symbol: Symbol('node:exit_info_private_symbol'),
  promise_trace_id: Symbol('node:promise_trace_id'),
  source_map_data_private_symbol: Symbol('node:source_map_data_private_symbol'),
  transfer_mode_private_symbol: Symbol('node:transfer_mode_private_symbol'),
};
const ALL_PROPERTIES = 0;
const ONLY_WRITABLE = 1;
const ONLY_ENUMERABLE = 2;
const ONLY_CONFIGURABLE = 4;
const SKIP_STRINGS = 8;
const SKIP_SYMBOLS = 16;
function isIndex(key) {
  if (typeof key !== 'string' || key === '') return false;
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && n < 2 ** 32 - 1 && String(n) === key;
}
module.exports = {
  constants: {
    kPending: 0, kFulfilled: 1, kRejected: 2,
    kExiting: 0, kExitCode: 1, kHasExitCode: 2,
    ALL_PROPERTIES, ONLY_WRITABLE, ONLY_ENUMERABLE, ONLY_CONFIGURABLE, SKIP_STRINGS, SKIP_SYMBOLS,
    kDisallowCloneAndTransfer: 0, kTransferable: 1, kCloneable: 2,
  },
  privateSymbols,
  shouldAbortOnUncaughtToggle: [0],
  getOwnNonIndexProperties(obj, filter) {
    const keys = [];
    for (const key of Reflect.ownKeys(obj)) {
      if (isIndex(key)) continue;
      if (typeof key === 'symbol' ? (filter & SKIP_SYMBOLS) : (filter & SKIP_STRINGS)) continue;
      if (filter & (ONLY_WRITABLE | ONLY_ENUMERABLE | ONLY_CONFIGURABLE)) {
        const d = Reflect.getOwnPropertyDescriptor(obj, key);
        if (!d) continue;
        if ((filter & ONLY_ENUMERABLE) && !d.enumerable) continue;
        if ((filter & ONLY_CONFIGURABLE) && !d.configurable) continue;
        if ((filter & ONLY_WRITABLE) && 'value' in d && !d.writable) continue;
      }
      keys.push(key);
    }
    return keys;
  },
  getPromiseDetails: (p) => native.promiseDetails(p),
  getProxyDetails: (p, full = true) => native.proxyDetails(p, full),
  previewEntries(obj, isIterator) {
    // Map/Set iterators cannot be read without consuming them here; the
    // entries of the collection they came from are shown instead.
    const entries = native.iteratorEntries(obj);
    if (isIterator === undefined) return entries ? entries[0] : [];
    return entries || [[], false];
  },
  // V8's JSReceiver::GetConstructorName: a string Symbol.toStringTag data
  // property on the chain, else the name of a constructor on the chain,
  // else the class name.
  getConstructorName(obj) {
    for (let o = obj; o !== null && o !== undefined; o = Reflect.getPrototypeOf(o)) {
      const d = Reflect.getOwnPropertyDescriptor(o, Symbol.toStringTag);
      if (d !== undefined) {
        if ('value' in d && typeof d.value === 'string') return d.value;
        break;
      }
    }
    for (let o = obj; o !== null && o !== undefined; o = Reflect.getPrototypeOf(o)) {
      const d = Reflect.getOwnPropertyDescriptor(o, 'constructor');
      if (d && typeof d.value === 'function' && d.value.name !== '') return d.value.name;
    }
    if (typeof obj === 'function') return 'Function';
    return Array.isArray(obj) ? 'Array' : 'Object';
  },
  getExternalValue: () => 0n,
  getCallerLocation: () => undefined,
  isInsideNodeModules: () => false,
  defineLazyProperties(target, id, keys, enumerable = true) {
    for (const key of keys) {
      let value;
      let loaded = false;
      Object.defineProperty(target, key, {
        __proto__: null,
        enumerable,
        configurable: true,
        get() {
          if (!loaded) { value = require(id)[key]; loaded = true; }
          return value;
        },
        set(v) { value = v; loaded = true; },
      });
    }
  },
  constructSharedArrayBuffer: (n) => new ArrayBuffer(n),
  guessHandleType: () => 'UNKNOWN',
  sleep: () => {},
  isConstructor: (f) => native.isConstructor(f),
  arrayBufferViewHasBuffer: () => true,
  getCallSites: () => [],
  parseEnv: () => ({}),
  toUSVString: (s) => String(s),
  WeakReference: class WeakReference {
    #target;
    constructor(t) { this.#target = t; }
    get() { return this.#target; }
    incRef() {}
    decRef() {}
  },
};
