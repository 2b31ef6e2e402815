'use strict';
// How buffers print: console.log, util.inspect options, INSPECT_MAX_BYTES,
// extra properties, nesting.
const util = require('util');
const buffer = require('buffer');
console.log(Buffer.alloc(0), Buffer.from('abc'), [Buffer.from('x')], { k: Buffer.from([0, 255]) });
console.log(Buffer.alloc(51), Buffer.alloc(52, 1));
buffer.INSPECT_MAX_BYTES = 3;
console.log(Buffer.from('abcdef'), Buffer.from('abcd'), Buffer.from('abc'), buffer.INSPECT_MAX_BYTES);
buffer.INSPECT_MAX_BYTES = 0;
console.log(Buffer.from('ab'));
buffer.INSPECT_MAX_BYTES = 50;
try { buffer.INSPECT_MAX_BYTES = -1; } catch (e) { console.log(e.code, e.message); }
try { buffer.INSPECT_MAX_BYTES = 'x'; } catch (e) { console.log(e.code, e.message); }
const b = Buffer.from('hi');
b.tag = 'x';
b[Symbol('s')] = 1;
console.log(b, util.inspect(b, { showHidden: true }));
const e = Buffer.alloc(0);
e.only = true;
console.log(e, util.inspect({ deep: { deeper: { deepest: Buffer.from('z') } } }, { depth: 0 }), util.inspect([Buffer.from('q')], { depth: -1 }));
console.log(util.inspect(Buffer.from('color'), { colors: true }), String(Buffer.from('str')), `${Buffer.from('tpl')}`);
console.log(util.format('%o|%j', Buffer.from('g'), Buffer.from('h')));
console.log(new Uint8Array(Buffer.from('u8')), Buffer.from('sub').subarray(1), Object.prototype.toString.call(Buffer.alloc(1)));
