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

// The entries are made when first asked for: a library file takes a few
// dozen of the thousands of names, and building them all cost more than
// loading the file that asks. `prim` holds the entries made so far and the
// ones defined below by hand; a name not there yet is looked up in the
// sources: objects whose own properties are published under a prefix.
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

// A source publishes the own properties of obj as prefix + PascalKey: a
// function uncurried (a prototype's) or as it is (a namespace's, or bound to
// obj when bound), with an ...Apply variant; an accessor's getter and
// setter uncurried (a prototype's as prefix + Get/Set + PascalKey, a
// namespace's getter under the plain name); any other value as it is.
// Later sources win over earlier ones for the same name.
const sources = [];
function publish(prefix, obj, kind) {
  sources.push({ prefix, obj, kind, index: undefined });
}

// ownKeyNamed finds the own key of src's object whose PascalCase form is
// pascalName, through an index made on the source's first lookup.
function ownKeyNamed(src, pascalName) {
  if (src.index === undefined) {
    src.index = new Map();
    for (const key of Reflect.ownKeys(src.obj)) src.index.set(pascal(key), key);
  }
  return src.index.get(pascalName);
}

function entryOf(src, rest) {
  const { obj, kind } = src;
  if (kind === 'proto' && (rest.startsWith('Get') || rest.startsWith('Set'))) {
    const key = ownKeyNamed(src, rest.slice(3));
    if (key !== undefined) {
      const desc = Reflect.getOwnPropertyDescriptor(obj, key);
      const fn = rest[0] === 'G' ? desc.get : desc.set;
      if (fn) return { value: uncurryThis(fn) };
    }
  }
  let apply = false;
  let key = ownKeyNamed(src, rest);
  if (key === undefined && rest.endsWith('Apply')) {
    key = ownKeyNamed(src, rest.slice(0, -5));
    apply = true;
  }
  if (key === undefined) return undefined;
  const desc = Reflect.getOwnPropertyDescriptor(obj, key);
  if ('get' in desc) {
    if (apply || kind === 'proto') return undefined;
    return { value: desc.get ? uncurryThis(desc.get) : undefined };
  }
  const v = desc.value;
  if (typeof v !== 'function') return apply ? undefined : { value: v };
  if (apply) return { value: applyBind(v) };
  if (kind === 'proto') return { value: uncurryThis(v) };
  if (kind === 'bound') return { value: v.bind(obj) };
  return { value: v };
}

function resolve(name) {
  for (let i = sources.length - 1; i >= 0; i--) {
    const src = sources[i];
    if (name.length > src.prefix.length && name.startsWith(src.prefix)) {
      const e = entryOf(src, name.slice(src.prefix.length));
      if (e !== undefined) return e;
    }
  }
  return undefined;
}

for (const name of ['Proxy', 'globalThis', 'decodeURI', 'decodeURIComponent', 'encodeURI',
  'encodeURIComponent', 'isNaN', 'isFinite', 'parseFloat', 'parseInt']) {
  prim[name] = globalThis[name];
}

for (const name of ['JSON', 'Math', 'Reflect', 'Atomics']) {
  if (globalThis[name] !== undefined) publish(name, globalThis[name], 'static');
}

for (const name of [
  'AggregateError', 'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array', 'BigUint64Array',
  'Boolean', 'DataView', 'Date', 'Error', 'EvalError', 'FinalizationRegistry',
  'Float32Array', 'Float64Array', 'Function', 'Int16Array', 'Int32Array', 'Int8Array',
  'Map', 'Number', 'Object', 'RangeError', 'ReferenceError', 'RegExp', 'Set', 'String',
  'Symbol', 'SyntaxError', 'TypeError', 'URIError', 'Uint16Array', 'Uint32Array',
  'Uint8Array', 'Uint8ClampedArray', 'WeakMap', 'WeakRef', 'WeakSet', 'Promise',
]) {
  const original = globalThis[name];
  if (original === undefined) continue;
  prim[name] = original;
  publish(name, original, 'static');
  if (original.prototype) publish(`${name}Prototype`, original.prototype, 'proto');
}

// Promise's static methods are bound to Promise, as Node's are.
publish('Promise', Promise, 'bound');

const TypedArray = Reflect.getPrototypeOf(Uint8Array);
prim.TypedArray = TypedArray;
publish('TypedArray', TypedArray, 'static');
publish('TypedArrayPrototype', TypedArray.prototype, 'proto');

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
  publish(name, intrinsics[name], 'proto');
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
if (!String.prototype.toWellFormed) prim.StringPrototypeToWellFormed = (s) => String(s).replace(
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
if (!String.prototype.isWellFormed) prim.StringPrototypeIsWellFormed = (s) => prim.StringPrototypeToWellFormed(s) === String(s);
// nodenet: Promise.withResolvers is newer than goja.
if (!Promise.withResolvers) prim.PromiseWithResolvers = function PromiseWithResolvers() {
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
prim.SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');
prim.SymbolAsyncDispose = Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose');
prim.IteratorPrototype = intrinsics.IteratorPrototype;

// Names not made yet are resolved on first access and kept.
module.exports = new Proxy(prim, {
  __proto__: null,
  get(target, name) {
    if (name in target || typeof name !== 'string') return target[name];
    const e = resolve(name);
    const v = e === undefined ? undefined : e.value;
    if (e !== undefined) target[name] = v;
    return v;
  },
});
