'use strict';
// internalBinding('types'): value classification (V8's is* checks).
const native = binding('jstypes');
const tag = (v) => Object.prototype.toString.call(v).slice(8, -1);
const TypedArray = Object.getPrototypeOf(Uint8Array);
const getTag = Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;
const isObj = (v) => v !== null && (typeof v === 'object' || typeof v === 'function');
module.exports = {
  isExternal: () => false,
  isDate: (v) => v instanceof Date,
  isArgumentsObject: (v) => tag(v) === 'Arguments',
  isBigIntObject: (v) => isObj(v) && tag(v) === 'BigInt',
  isBooleanObject: (v) => isObj(v) && v instanceof Boolean,
  isNumberObject: (v) => isObj(v) && v instanceof Number,
  isStringObject: (v) => isObj(v) && v instanceof String,
  isSymbolObject: (v) => isObj(v) && tag(v) === 'Symbol',
  isBoxedPrimitive: (v) => isObj(v) && (v instanceof Number || v instanceof String ||
    v instanceof Boolean || tag(v) === 'Symbol' || tag(v) === 'BigInt'),
  isNativeError: (v) => native.isNativeError(v),
  isRegExp: (v) => v instanceof RegExp,
  isAsyncFunction: (v) => typeof v === 'function' && tag(v) === 'AsyncFunction',
  isGeneratorFunction: (v) => typeof v === 'function' && tag(v) === 'GeneratorFunction',
  isGeneratorObject: (v) => isObj(v) && tag(v) === 'Generator',
  isPromise: (v) => v instanceof Promise,
  isMap: (v) => v instanceof Map,
  isSet: (v) => v instanceof Set,
  isMapIterator: (v) => isObj(v) && tag(v) === 'Map Iterator',
  isSetIterator: (v) => isObj(v) && tag(v) === 'Set Iterator',
  isWeakMap: (v) => v instanceof WeakMap,
  isWeakSet: (v) => v instanceof WeakSet,
  isArrayBuffer: (v) => v instanceof ArrayBuffer,
  isDataView: (v) => v instanceof DataView,
  isSharedArrayBuffer: () => false,
  isProxy: (v) => native.isProxy(v),
  isModuleNamespaceObject: () => false,
  isAnyArrayBuffer: (v) => v instanceof ArrayBuffer,
  isArrayBufferView: (v) => ArrayBuffer.isView(v),
  isTypedArray: (v) => ArrayBuffer.isView(v) && !(v instanceof DataView),
  isUint8Array: (v) => ArrayBuffer.isView(v) && getTag.call(v) === 'Uint8Array',
  isUint8ClampedArray: (v) => ArrayBuffer.isView(v) && getTag.call(v) === 'Uint8ClampedArray',
  isUint16Array: (v) => ArrayBuffer.isView(v) && getTag.call(v) === 'Uint16Array',
  isUint32Array: (v) => ArrayBuffer.isView(v) && getTag.call(v) === 'Uint32Array',
  isInt8Array: (v) => ArrayBuffer.isView(v) && getTag.call(v) === 'Int8Array',
  isInt16Array: (v) => ArrayBuffer.isView(v) && getTag.call(v) === 'Int16Array',
  isInt32Array: (v) => ArrayBuffer.isView(v) && getTag.call(v) === 'Int32Array',
  isFloat16Array: () => false,
  isFloat32Array: (v) => ArrayBuffer.isView(v) && getTag.call(v) === 'Float32Array',
  isFloat64Array: (v) => ArrayBuffer.isView(v) && getTag.call(v) === 'Float64Array',
  isBigInt64Array: (v) => ArrayBuffer.isView(v) && getTag.call(v) === 'BigInt64Array',
  isBigUint64Array: (v) => ArrayBuffer.isView(v) && getTag.call(v) === 'BigUint64Array',
};
