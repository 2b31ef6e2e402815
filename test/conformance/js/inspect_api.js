// util.inspect and util.format edge cases: missing arguments, a custom
// stylize, defaultOptions validation, negative limits, odd toString.
'use strict';
const util = require('util');
const { inspect } = util;
const T = (f) => { try { console.log(JSON.stringify(f())); } catch (e) { console.log('throws', e.name, e.code, e.message); } };
T(() => inspect()); T(() => inspect(1, null)); T(() => inspect({a: 1}, {stylize: (s, t) => `<${t}:${s}>`}));
T(() => { inspect.defaultOptions = { foo: 1 }; return Object.keys(inspect.defaultOptions).length; });
T(() => { inspect.defaultOptions = 5; }); T(() => { inspect.defaultOptions = [1]; });
T(() => inspect({a: 1}, {depth: 'x'})); T(() => inspect([1,2,3], {maxArrayLength: -1})); T(() => inspect('abc', {maxStringLength: -1}));
T(() => util.stripVTControlCharacters('\u001b[31mred\u001b[39m')); T(() => util.stripVTControlCharacters(5));
T(() => util.format('%s', { toString: 5 })); T(() => util.format('%s', { toString() { throw new Error('bad'); } }));
T(() => inspect(new (class extends Error { constructor() { super('m'); this.name = 'Custom'; this.stack = 'Custom: m'; } })()));
T(() => inspect(Object.assign(new Error('m'), { name: 'TypeError', stack: 'TypeError: m' })));
T(() => inspect({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 }, { breakLength: 30 }));
T(() => inspect({ constructor: 'x' })); T(() => inspect({ constructor: Map }));
T(() => inspect(Object.create(Map.prototype)));
T(() => inspect(new Array(1e6)));
T(() => inspect([1, 2, 3].keys())); T(() => inspect('x'.repeat(11000)).length);
