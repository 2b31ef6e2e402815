'use strict';
// The `primordials` object of Node's internal modules, built from this
// realm's intrinsics the way Node's lib/internal/per_context/primordials.js
// builds it (same names), so that Node's library code runs unchanged.

// nodenet: goja has no Symbol.asyncIterator; one well-known-looking symbol,
// defined once here (before any library code runs), stands in for it.
if (typeof Symbol.asyncIterator !== 'symbol') {
  Reflect.defineProperty(Symbol, 'asyncIterator', {
    __proto__: null, value: Symbol('Symbol.asyncIterator'),
    writable: false, enumerable: false, configurable: false,
  });
}

const prim = { __proto__: null };

const uncurryThis = (fn) => function(self, ...args) { return Reflect.apply(fn, self, args); };
const applyBind = (fn) => function(self, args) { return Reflect.apply(fn, self, args); };
const pascal = (key) => {
  if (typeof key === 'symbol') {
    const d = key.description;
    if (d.startsWith('Symbol.')) return 'Symbol' + d[7].toUpperCase() + d.slice(8);
    return 'Symbol' + d[0].toUpperCase() + d.slice(1);
  }
  return key[0].toUpperCase() + key.slice(1);
};

function copyPropsRenamed(src, dest, prefix) {
  for (const key of Reflect.ownKeys(src)) {
    const newKey = `${prefix}${pascal(key)}`;
    const desc = Reflect.getOwnPropertyDescriptor(src, key);
    if ('get' in desc) {
      dest[newKey] = desc.get ? uncurryThis(desc.get) : undefined;
    } else {
      const name = `${prefix}${pascal(key)}`;
      Reflect.defineProperty(dest, name, { __proto__: null, ...desc });
      if (typeof desc.value === 'function') {
        dest[`${name}Apply`] = applyBind(desc.value);
      }
    }
  }
}

function copyPrototype(src, dest, prefix) {
  for (const key of Reflect.ownKeys(src)) {
    const newKey = `${prefix}${pascal(key)}`;
    const desc = Reflect.getOwnPropertyDescriptor(src, key);
    if ('get' in desc) {
      if (desc.get) dest[`${prefix}Get${pascal(key)}`] = uncurryThis(desc.get);
      if (desc.set) dest[`${prefix}Set${pascal(key)}`] = uncurryThis(desc.set);
    } else if (typeof desc.value === 'function') {
      dest[newKey] = uncurryThis(desc.value);
      dest[`${newKey}Apply`] = applyBind(desc.value);
    } else {
      dest[newKey] = desc.value;
    }
  }
}

['Proxy', 'globalThis'].forEach((name) => { prim[name] = globalThis[name]; });
prim.decodeURI = decodeURI;
prim.decodeURIComponent = decodeURIComponent;
prim.encodeURI = encodeURI;
prim.encodeURIComponent = encodeURIComponent;
prim.isNaN = isNaN;
prim.isFinite = isFinite;
prim.parseFloat = parseFloat;
prim.parseInt = parseInt;

['JSON', 'Math', 'Reflect', 'Atomics'].forEach((name) => {
  if (globalThis[name] === undefined) return;
  copyPropsRenamed(globalThis[name], prim, name);
});

[
  'AggregateError', 'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array', 'BigUint64Array',
  'Boolean', 'DataView', 'Date', 'Error', 'EvalError', 'FinalizationRegistry',
  'Float32Array', 'Float64Array', 'Function', 'Int16Array', 'Int32Array', 'Int8Array',
  'Map', 'Number', 'Object', 'RangeError', 'ReferenceError', 'RegExp', 'Set', 'String',
  'Symbol', 'SyntaxError', 'TypeError', 'URIError', 'Uint16Array', 'Uint32Array',
  'Uint8Array', 'Uint8ClampedArray', 'WeakMap', 'WeakRef', 'WeakSet', 'Promise',
].forEach((name) => {
  const original = globalThis[name];
  if (original === undefined) return;
  prim[name] = original;
  copyPropsRenamed(original, prim, name);
  if (original.prototype) copyPrototype(original.prototype, prim, `${name}Prototype`);
});

// Promise's static methods are bound to Promise (Node's copyPropsRenamedBound).
for (const key of Reflect.ownKeys(Promise)) {
  if (typeof key === 'string' && typeof Promise[key] === 'function') {
    prim[`Promise${pascal(key)}`] = Promise[key].bind(Promise);
  }
}

const TypedArray = Reflect.getPrototypeOf(Uint8Array);
prim.TypedArray = TypedArray;
copyPropsRenamed(TypedArray, prim, 'TypedArray');
copyPrototype(TypedArray.prototype, prim, 'TypedArrayPrototype');

const intrinsics = {
  ArrayIteratorPrototype: Reflect.getPrototypeOf([][Symbol.iterator]()),
  StringIteratorPrototype: Reflect.getPrototypeOf(''[Symbol.iterator]()),
  MapIteratorPrototype: Reflect.getPrototypeOf(new Map()[Symbol.iterator]()),
  SetIteratorPrototype: Reflect.getPrototypeOf(new Set()[Symbol.iterator]()),
  GeneratorFunctionPrototype: Reflect.getPrototypeOf(function*() {}),
  AsyncFunctionPrototype: Reflect.getPrototypeOf(async function() {}),
  IteratorPrototype: Reflect.getPrototypeOf(Reflect.getPrototypeOf([][Symbol.iterator]())),
};
// No async generators here: an AsyncIteratorPrototype with the same shape.
intrinsics.AsyncIteratorPrototype = { [Symbol.asyncIterator]() { return this; } };
for (const name of Object.keys(intrinsics)) {
  prim[name] = intrinsics[name];
  copyPrototype(intrinsics[name], prim, name);
}

if (typeof Error.captureStackTrace === 'function') {
  prim.ErrorCaptureStackTrace = Error.captureStackTrace;
} else {
  // nodenet: V8's Error.captureStackTrace: the header is the object's
  // "name: message" as at the call, and the frames start below the
  // innermost call of fn (matched by name).
  // internal/errors marks its errors with a kIsNodeError symbol getter.
  const isNodeError = (obj) => {
    for (let o = obj; o !== null && typeof o === 'object'; o = Reflect.getPrototypeOf(o)) {
      for (const key of Object.getOwnPropertySymbols(o)) {
        if (key.description === 'kIsNodeError') return true;
      }
    }
    return false;
  };
  prim.ErrorCaptureStackTrace = function ErrorCaptureStackTrace(obj, fn) {
    let frames = new Error().stack.split('\n');
    frames = frames.slice(2).filter((l) => l !== '');
    if (typeof fn === 'function' && fn.name) {
      const at = `\tat ${fn.name} (`;
      const i = frames.findIndex((l) => l.startsWith(at));
      if (i >= 0) frames = frames.slice(i + 1);
    }
    let header;
    try {
      // Node's prepareStackTrace writes its own errors as "Name [CODE]: msg".
      header = isNodeError(obj) ? `${obj.name} [${obj.code}]: ${obj.message}` :
        Error.prototype.toString.call(obj);
    } catch {
      header = 'Error';
    }
    const s = frames.length > 0 ? `${header}\n${frames.join('\n')}` : header;
    Reflect.defineProperty(obj, 'stack', { __proto__: null, value: s, writable: true, configurable: true });
  };
}
prim.ErrorStackTraceLimit = 10;
// nodenet: V8's Error.stackTraceLimit, which Node's code reads (goja has none
// and ignores it).
if (!('stackTraceLimit' in Error)) Error.stackTraceLimit = 10;

prim.uncurryThis = uncurryThis;
prim.applyBind = applyBind;

const makeSafe = (unsafe, safe) => {
  Reflect.setPrototypeOf(safe.prototype, null);
  for (const key of Reflect.ownKeys(unsafe.prototype)) {
    if (!Reflect.getOwnPropertyDescriptor(safe.prototype, key)) {
      Reflect.defineProperty(safe.prototype, key, Reflect.getOwnPropertyDescriptor(unsafe.prototype, key));
    }
  }
  Object.freeze(safe.prototype);
  return safe;
};
prim.makeSafe = makeSafe;
prim.SafeMap = class SafeMap extends Map {};
prim.SafeWeakMap = class SafeWeakMap extends WeakMap {};
prim.SafeSet = class SafeSet extends Set {};
prim.SafeWeakSet = class SafeWeakSet extends WeakSet {};
if (typeof WeakRef === 'function') prim.SafeWeakRef = class SafeWeakRef extends WeakRef {};
else {
  // nodenet: no WeakRef in goja: a strong reference with WeakRef's surface.
  prim.SafeWeakRef = class SafeWeakRef {
    #target;
    constructor(target) { this.#target = target; }
    deref() { return this.#target; }
  };
}
if (typeof FinalizationRegistry === 'function') {
  prim.SafeFinalizationRegistry = class SafeFinalizationRegistry extends FinalizationRegistry {};
} else {
  // nodenet: no FinalizationRegistry in goja: nothing is ever collected.
  prim.SafeFinalizationRegistry = class SafeFinalizationRegistry {
    register() {}
    unregister() { return false; }
  };
}
prim.SafePromise = Promise;

const createSafeIterator = (factory, next) => {
  class SafeIterator {
    constructor(iterable) { this._iterator = factory(iterable); }
    next() { return next(this._iterator); }
    [Symbol.iterator]() { return this; }
  }
  return SafeIterator;
};
prim.SafeArrayIterator = createSafeIterator(
  (a) => a[Symbol.iterator](), (it) => it.next());
prim.SafeStringIterator = createSafeIterator(
  (s) => String(s)[Symbol.iterator](), (it) => it.next());

prim.PromisePrototypeThen = uncurryThis(Promise.prototype.then);
// nodenet: String.prototype.toWellFormed/isWellFormed are newer than goja.
prim.StringPrototypeToWellFormed ??= (s) => String(s).replace(
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
prim.StringPrototypeIsWellFormed ??= (s) => prim.StringPrototypeToWellFormed(s) === String(s);
// nodenet: Promise.withResolvers is newer than goja.
prim.PromiseWithResolvers ??= function PromiseWithResolvers() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};
prim.SafePromisePrototypeFinally = (p, fn) => Promise.prototype.finally.call(p, fn);
prim.SafePromiseAll = (arr, mapFn) => Promise.all(mapFn ? Array.from(arr, mapFn) : arr);
prim.SafePromiseAllReturnVoid = (arr, mapFn) =>
  Promise.all(mapFn ? Array.from(arr, mapFn) : arr).then(() => {});
prim.SafePromiseAllReturnArrayLike = prim.SafePromiseAll;
prim.SafePromiseAllSettled = (arr, mapFn) => Promise.allSettled(mapFn ? Array.from(arr, mapFn) : arr);
prim.SafePromiseAllSettledReturnVoid = (arr, mapFn) =>
  prim.SafePromiseAllSettled(arr, mapFn).then(() => {});
prim.SafePromiseAny = (arr, mapFn) => Promise.any(mapFn ? Array.from(arr, mapFn) : arr);
prim.SafePromiseRace = (arr, mapFn) => Promise.race(mapFn ? Array.from(arr, mapFn) : arr);
prim.hardenRegExp = (re) => re;
prim.SafeStringPrototypeSearch = (str, regexp) => {
  regexp.lastIndex = 0;
  const match = RegExp.prototype.exec.call(regexp, str);
  return match ? match.index : -1;
};
prim.RegExpPrototypeSymbolReplace = uncurryThis(RegExp.prototype[Symbol.replace]);
prim.RegExpPrototypeSymbolSplit = uncurryThis(RegExp.prototype[Symbol.split]);
prim.ArrayPrototypeSymbolIterator = uncurryThis(Array.prototype[Symbol.iterator]);
// (the bootstrap may have defined Symbol.dispose, copied above already)
if (!Object.hasOwn(prim, 'SymbolDispose')) prim.SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');
if (!Object.hasOwn(prim, 'SymbolAsyncDispose')) prim.SymbolAsyncDispose = Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose');
prim.IteratorPrototype = intrinsics.IteratorPrototype;

module.exports = prim;
