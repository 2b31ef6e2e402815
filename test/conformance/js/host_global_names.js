'use strict';
// The global object's names against Node 26's own list (the names a script
// run from a file sees): a name Node does not have must not be reachable,
// on the global object or by name in a module, catch blocks included. The
// names of Node's list that nodenet lacks are not printed.
const node = new Set([
  'AbortController', 'AbortSignal', 'AggregateError', 'Array', 'ArrayBuffer',
  'AsyncDisposableStack', 'Atomics', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'Blob',
  'Boolean', 'BroadcastChannel', 'Buffer', 'ByteLengthQueuingStrategy', 'CloseEvent',
  'CompressionStream', 'CountQueuingStrategy', 'Crypto', 'CryptoKey', 'CustomEvent',
  'DOMException', 'DataView', 'Date', 'DecompressionStream', 'DisposableStack', 'Error',
  'ErrorEvent', 'EvalError', 'Event', 'EventTarget', 'File', 'FinalizationRegistry',
  'Float16Array', 'Float32Array', 'Float64Array', 'FormData', 'Function', 'Headers', 'Infinity',
  'Int16Array', 'Int32Array', 'Int8Array', 'Intl', 'Iterator', 'JSON', 'Map', 'Math',
  'MessageChannel', 'MessageEvent', 'MessagePort', 'NaN', 'Navigator', 'Number', 'Object',
  'Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
  'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming', 'Promise',
  'Proxy', 'QuotaExceededError', 'RangeError', 'ReadableByteStreamController', 'ReadableStream',
  'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest', 'ReadableStreamDefaultController',
  'ReadableStreamDefaultReader', 'ReferenceError', 'Reflect', 'RegExp', 'Request', 'Response',
  'Set', 'SharedArrayBuffer', 'Storage', 'String', 'SubtleCrypto', 'SuppressedError', 'Symbol',
  'SyntaxError', 'Temporal', 'TextDecoder', 'TextDecoderStream', 'TextEncoder',
  'TextEncoderStream', 'TransformStream', 'TransformStreamDefaultController', 'TypeError',
  'URIError', 'URL', 'URLPattern', 'URLSearchParams', 'Uint16Array', 'Uint32Array', 'Uint8Array',
  'Uint8ClampedArray', 'WeakMap', 'WeakRef', 'WeakSet', 'WebAssembly', 'WebSocket',
  'WritableStream', 'WritableStreamDefaultController', 'WritableStreamDefaultWriter', 'atob',
  'btoa', 'clearImmediate', 'clearInterval', 'clearTimeout', 'console', 'crypto', 'decodeURI',
  'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'escape', 'eval', 'fetch', 'global',
  'globalThis', 'isFinite', 'isNaN', 'localStorage', 'navigator', 'parseFloat', 'parseInt',
  'performance', 'process', 'queueMicrotask', 'sessionStorage', 'setImmediate', 'setInterval',
  'setTimeout', 'structuredClone', 'undefined', 'unescape'
]);
const own = Object.getOwnPropertyNames(globalThis);
console.log('own names not in Node:', own.filter((n) => !node.has(n)).sort());
console.log('own symbols:', Object.getOwnPropertySymbols(globalThis).map(String));
const internals = ['GoError', '__nodenet_v8error__', '__nodenet_module__', '__nodenet_esm__', 'goja'];
console.log('by name:', internals.map((n) => n + ' ' + typeof globalThis[n]).join(', '));
console.log('in the module:', typeof GoError, typeof __nodenet_v8error__, typeof __nodenet_module__);
try {
  null.x;
} catch (e) {
  console.log('in a catch block:', e instanceof TypeError, typeof __nodenet_v8error__, typeof GoError);
}
function f() {
  try { undefinedName; } catch (err) { return [err.name, typeof __nodenet_v8error__, typeof GoError].join(' '); }
}
console.log('in a function\'s catch block:', f());
console.log('module arguments:', arguments.length);
import('node:path').then((m) => {
  console.log('after import():', typeof m.join, Object.getOwnPropertyNames(globalThis).filter((n) => !node.has(n)));
});
