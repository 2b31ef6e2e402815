// util.inspect of Map, Set, weak collections, typed arrays, ArrayBuffer,
// DataView and Buffer.
'use strict';
const { inspect } = require('util');
const log = (v, o) => console.log(inspect(v, o));
log(new Map([['a', { b: 1 }], [{ k: [1] }, new Set([1])]]));
log(new Set([1, 2, 3, 4]), { maxArrayLength: 2 }); log(new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 });
log(new Map([['a', { b: 1 }]]), { compact: false });
log(new Map([[1, new Map([[2, new Map([[3, new Map([[4, 5]])]])]])]]));
log(Object.assign(new Map([[1, 2]]), { extra: true }));
log(new (class MyMap extends Map {})([[1, 2]])); log(new (class extends Set {})());
log(Object.setPrototypeOf(new Map([[1, 2]]), null)); log(Object.setPrototypeOf(new Set(), null));
log(new WeakMap()); log(new WeakSet()); log(new WeakMap(), { showHidden: true });
log(new Uint8Array(200)); log(new Uint8Array(3), { showHidden: true });
log(new Float32Array([1.5, -0, NaN])); log(new BigInt64Array([1n, -2n])); log(new Int16Array([1000, -1000]), { numericSeparator: true });
log(new ArrayBuffer(3)); log(new Uint8Array([1, 2]).buffer); log({ a: new ArrayBuffer(60) });
log(new ArrayBuffer(120)); log(new ArrayBuffer(5), { maxArrayLength: 2 });
log(new DataView(new ArrayBuffer(4), 1, 2));
log(Buffer.from('hello')); log({ b: Buffer.from('hi') }); log(Buffer.alloc(60));
log(Object.assign(Buffer.from('x'), { tag: 1 }));
log(new Uint8Array(0)); log(new Map()); log(new Set());
