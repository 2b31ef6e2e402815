// util.types answers from what a value is, not from what it looks like:
// prototypes, Symbol.toStringTag and proxies do not fool the checks.
'use strict';
const t = require('util').types;
const log = console.log;
const fakes = {
  'Object.create(Map.prototype)': Object.create(Map.prototype),
  'Object.create(Set.prototype)': Object.create(Set.prototype),
  'Object.create(Date.prototype)': Object.create(Date.prototype),
  'Object.create(RegExp.prototype)': Object.create(RegExp.prototype),
  'Object.create(Promise.prototype)': Object.create(Promise.prototype),
  'Object.create(Error.prototype)': Object.create(Error.prototype),
  'tagged Map': { [Symbol.toStringTag]: 'Map' },
  'tagged Uint8Array': { [Symbol.toStringTag]: 'Uint8Array' },
  'proxy of Map': new Proxy(new Map(), {}),
  'thenable': { then() {} },
  'Map.prototype': Map.prototype,
  'Date.prototype': Date.prototype,
};
const checks = ['isMap', 'isSet', 'isDate', 'isRegExp', 'isPromise', 'isNativeError', 'isTypedArray', 'isUint8Array', 'isProxy'];
for (const [name, value] of Object.entries(fakes)) {
  log(name, checks.filter((c) => t[c](value)).join(',') || '-');
}
class MyMap extends Map {}
class MyError extends TypeError {}
class MyArray extends Uint8Array {}
const real = {
  'new MyMap': new MyMap(),
  'new MyError': new MyError('x'),
  'new MyArray': new MyArray(2),
  'renamed date': Object.defineProperty(new Date(0), Symbol.toStringTag, { value: 'Nope' }),
  'null-proto map': Object.setPrototypeOf(new Map(), null),
};
for (const [name, value] of Object.entries(real)) {
  log(name, checks.filter((c) => t[c](value)).join(',') || '-');
}
const m = new Map([[1, 2]]);
const s = new Set([1]);
log(t.isMapIterator(m.keys()), t.isMapIterator(m.entries()), t.isSetIterator(s.values()), t.isMapIterator(s.values()), t.isSetIterator([].values()));
log(t.isGeneratorObject((function* () {})()), t.isGeneratorFunction(function* () {}), t.isGeneratorFunction(function () {}));
log(t.isAsyncFunction(async () => {}), t.isAsyncFunction(async function () {}), t.isAsyncFunction({ async m() {} }.m), t.isAsyncFunction(() => {}));
log(t.isBoxedPrimitive(Object(1n)), t.isBigIntObject(Object(1n)), t.isSymbolObject(Object(Symbol('s'))), t.isBoxedPrimitive(Symbol('s')));
log(t.isNumberObject(new Number(1)), t.isStringObject(new String('')), t.isBooleanObject(new Boolean(false)), t.isBooleanObject(false));
log(t.isArgumentsObject((function () { 'use strict'; return arguments; })()), t.isArgumentsObject([]));
log(t.isWeakMap(new WeakMap()), t.isWeakSet(new WeakSet()), t.isWeakMap(new Map()), t.isWeakSet(new Set()));
const ab = new ArrayBuffer(8);
log(t.isArrayBuffer(ab), t.isAnyArrayBuffer(ab), t.isArrayBuffer(new Uint8Array(ab)), t.isDataView(new DataView(ab)), t.isArrayBufferView(new DataView(ab)));
for (const C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array]) {
  const a = new C(1);
  log(C.name, Object.keys(t).filter((k) => /Array$/.test(k) && k !== 'isTypedArray' && k !== 'isArrayBufferView' && t[k](a)).join(','));
}
log(t.isExternal({}), t.isModuleNamespaceObject({}), t.isSharedArrayBuffer(ab), t.isKeyObject({}), t.isCryptoKey({}));
log(t.isPromise(Promise.resolve()), t.isPromise((async () => {})()), t.isProxy(new Proxy(function () {}, {})));
log(typeof t.isMap, Object.keys(t).length, require('util/types') === t);
