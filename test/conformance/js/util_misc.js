// util.inherits, types, isDeepStrictEqual, stripVTControlCharacters,
// toUSVString, getSystemErrorName, inspect.defaultOptions and the exports.
'use strict';
const util = require('util');
const EventEmitter = require('events');
const log = console.log;
function Base() { this.base = true; }
Base.prototype.hello = function () { return 'hello from ' + this.constructor.name; };
function Derived() { Base.call(this); }
util.inherits(Derived, Base);
const d = new Derived();
log(d.hello(), d instanceof Base, Derived.super_ === Base, Object.getPrototypeOf(Derived.prototype) === Base.prototype);
function Emitter() { EventEmitter.call(this); }
util.inherits(Emitter, EventEmitter);
const em = new Emitter();
em.on('x', (v) => log('inherited emitter', v));
em.emit('x', 1);
for (const [ctor, sup] of [[null, Base], [Derived, null], [Derived, {}]]) {
  try {
    util.inherits(ctor, sup);
  } catch (e) {
    log(e.name, e.code, e.message);
  }
}
const t = util.types;
log(t.isPromise(Promise.resolve()), t.isRegExp(/x/), t.isDate(new Date()), t.isMap(new Map()), t.isSet(new Set()));
log(t.isNativeError(new TypeError()), t.isNativeError({ name: 'Error', message: '' }), t.isBoxedPrimitive(Object(1)));
log(t.isAsyncFunction(async () => {}), t.isGeneratorFunction(function* () {}), t.isTypedArray(new Uint8Array()), t.isUint8Array(new Uint8Array()));
log(t.isArrayBuffer(new ArrayBuffer(1)), t.isAnyArrayBuffer(new ArrayBuffer(1)), t.isDataView(new DataView(new ArrayBuffer(1))));
log(t.isWeakMap(new WeakMap()), t.isWeakSet(new WeakSet()), t.isProxy(new Proxy({}, {})), t.isProxy({}));
log(t.isStringObject(new String('')), t.isNumberObject(1), t.isSymbolObject(Object(Symbol())), t.isArgumentsObject((function () { return arguments; })()));
log(require('util/types') === t);
log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), util.isDeepStrictEqual([1], ['1']));
log(util.isDeepStrictEqual(new Map([[1, 2]]), new Map([[1, 2]])), util.isDeepStrictEqual(new Set([1]), new Set([2])));
log(util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(0, -0), util.isDeepStrictEqual({ a: undefined }, {}));
log(JSON.stringify(util.stripVTControlCharacters('\u001b[31mred\u001b[39m plain')));
log(util.toUSVString('a\ud800b'), util.isArray([]), util.isArray({}));
log(util.getSystemErrorName(-2), util.getSystemErrorName(-111), util.getSystemErrorName(-98));
try {
  util.getSystemErrorName(2);
} catch (e) {
  log(e.name, e.code, e.message);
}
log(util.inspect.defaultOptions.depth, util.inspect.defaultOptions.breakLength, util.inspect.defaultOptions.compact);
util.inspect.defaultOptions.depth = 0;
log(util.inspect({ a: { b: 1 } }));
util.inspect.defaultOptions.depth = 2;
try {
  util.inspect.defaultOptions = null;
} catch (e) {
  log(e.name, e.code, e.message);
}
log(Object.keys(util.inspect.colors).length > 10, util.inspect.styles.string, typeof util.inspect.custom);
log(util.format === require('util').format, typeof util.debuglog, typeof util.diff, typeof util.parseArgs);
const dbg = util.debuglog('nodenet_test_section');
dbg('not shown', 1);
log(dbg.enabled);
log(typeof util.aborted, typeof util.transferableAbortSignal, typeof util.MIMEType, typeof util.styleText);
log(util.styleText('red', 'text', { validateStream: false }) === '\u001b[31mtext\u001b[39m');
try {
  util.styleText('nope', 'x', { validateStream: false });
} catch (e) {
  log(e.name, e.code, e.message.split('\n')[0]);
}
log(util.parseArgs({
  args: ['-f', '--bar', 'b', 'pos'],
  options: { foo: { type: 'boolean', short: 'f' }, bar: { type: 'string' } },
  allowPositionals: true,
}));
try {
  util.parseArgs({ args: ['--nope'], options: {} });
} catch (e) {
  log(e.code, e.message);
}
const mime = new util.MIMEType('text/html; charset=utf-8');
log(String(mime), mime.essence, mime.params.get('charset'));
log(util.diff('abc', 'abd'));
