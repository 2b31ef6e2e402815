'use strict';
// internal/util/types: util.types, V8's value brand checks. The kind of a
// built-in object comes from Go (binding 'jstypes'), where goja keeps it,
// so prototypes and Symbol.toStringTag cannot fake an answer.

const { kind } = binding('jstypes');

// %TypedArray%.prototype[Symbol.toStringTag] is itself a brand check: it
// answers the element type of a real typed array and undefined otherwise.
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function checkKind(expected) {
  return function(value) { return kind(value) === expected; };
}

function never() { return false; }

function isBoxedPrimitive(value) {
  switch (kind(value)) {
    case 'Number': case 'String': case 'Boolean': case 'Symbol': case 'BigInt':
      return true;
    default:
      return false;
  }
}

const isArrayBuffer = checkKind('ArrayBuffer');

const types = {
  // goja has no externals, SharedArrayBuffer, ES module namespaces,
  // Float16Array, async generators, crypto keys: those answers are false.
  isExternal: never,
  isDate: checkKind('Date'),
  isArgumentsObject: checkKind('Arguments'),
  isBigIntObject: checkKind('BigInt'),
  isBooleanObject: checkKind('Boolean'),
  isNumberObject: checkKind('Number'),
  isStringObject: checkKind('String'),
  isSymbolObject: checkKind('Symbol'),
  isBoxedPrimitive,
  isNativeError: checkKind('Error'),
  isRegExp: checkKind('RegExp'),
  isAsyncFunction: checkKind('AsyncFunction'),
  isGeneratorFunction: checkKind('GeneratorFunction'),
  isGeneratorObject: checkKind('Generator'),
  isPromise: checkKind('Promise'),
  isMap: checkKind('Map'),
  isSet: checkKind('Set'),
  isMapIterator: checkKind('MapIterator'),
  isSetIterator: checkKind('SetIterator'),
  isWeakMap: checkKind('WeakMap'),
  isWeakSet: checkKind('WeakSet'),
  isArrayBuffer,
  isDataView: checkKind('DataView'),
  isSharedArrayBuffer: never,
  isProxy: checkKind('Proxy'),
  isModuleNamespaceObject: checkKind('ModuleNamespace'),
  isAnyArrayBuffer: isArrayBuffer,
  isArrayBufferView: ArrayBuffer.isView,
  isTypedArray(value) { return typedArrayTag.call(value) !== undefined; },
  isUint8Array(value) { return typedArrayTag.call(value) === 'Uint8Array'; },
  isUint8ClampedArray(value) { return typedArrayTag.call(value) === 'Uint8ClampedArray'; },
  isUint16Array(value) { return typedArrayTag.call(value) === 'Uint16Array'; },
  isUint32Array(value) { return typedArrayTag.call(value) === 'Uint32Array'; },
  isInt8Array(value) { return typedArrayTag.call(value) === 'Int8Array'; },
  isInt16Array(value) { return typedArrayTag.call(value) === 'Int16Array'; },
  isInt32Array(value) { return typedArrayTag.call(value) === 'Int32Array'; },
  isFloat16Array(value) { return typedArrayTag.call(value) === 'Float16Array'; },
  isFloat32Array(value) { return typedArrayTag.call(value) === 'Float32Array'; },
  isFloat64Array(value) { return typedArrayTag.call(value) === 'Float64Array'; },
  isBigInt64Array(value) { return typedArrayTag.call(value) === 'BigInt64Array'; },
  isBigUint64Array(value) { return typedArrayTag.call(value) === 'BigUint64Array'; },
};

Object.defineProperties(types, {
  isKeyObject: { __proto__: null, enumerable: true, value: function isKeyObject(obj) { return false; } },
  isCryptoKey: { __proto__: null, enumerable: true, value: function isCryptoKey(obj) { return false; } },
});

module.exports = types;
