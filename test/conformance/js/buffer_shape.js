'use strict';
// The shape of node:buffer: Buffer's statics, Buffer.prototype's properties
// and their descriptors, the module's exports, subarray and slice.
const P = Buffer.prototype;
const d = Object.getOwnPropertyNames(P).sort().map((k) => { const x = Object.getOwnPropertyDescriptor(P, k); return `${k}:${x.enumerable ? 'e' : ''}${x.writable ? 'w' : ''}${x.configurable ? 'c' : ''}${x.get ? 'g' : ''}`; });
console.log(d.join(' '));
const B = Object.getOwnPropertyNames(Buffer).sort().map((k) => { const x = Object.getOwnPropertyDescriptor(Buffer, k); return `${k}:${x.enumerable ? 'e' : ''}${x.writable ? 'w' : ''}${x.configurable ? 'c' : ''}`; });
console.log(B.join(' '));
console.log(Object.keys(require('buffer')).join(' '), Object.keys(Buffer.from('ab')));
const b = Buffer.from('abcd'); console.log(b.subarray(1, -1), b.subarray(), b.subarray('x'), b.subarray(2, 100), b.slice(-3, -1));
const { StringDecoder } = require('string_decoder');
const sd = new StringDecoder('utf8'); sd.write(Buffer.from([0xe2]));
console.log(sd, Object.keys(sd), typeof StringDecoder, StringDecoder.length, Object.getOwnPropertyNames(StringDecoder.prototype));
console.log(require('util').inspect(new TextDecoder('utf-16le', { ignoreBOM: true }), { showHidden: false }));
console.log(Buffer.from.name, Buffer.from.length, Buffer.prototype.toString.name, Buffer.prototype.toString.length, Buffer.alloc.name);
console.log(Object.getOwnPropertyNames(Buffer).sort().join(','));
console.log(Object.getOwnPropertyNames(Buffer.prototype).sort().join(','));
