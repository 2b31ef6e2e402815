'use strict';
// Odd arguments to util and assert, found by a seeded differential run:
// assert.match on non-strings, assert.fail with falsy messages, the
// strictEqual header for a function against an object, parseArgs option
// tokens, hidden symbol and inherited keys under showHidden, negative
// maxArrayLength on an ArrayBuffer, and throwing getters in messages.
const util = require('util');
const assert = require('assert');
const { parseArgs } = util;
const w = (s) => process.stdout.write(`${s}\n`);
const caught = (label, fn) => {
  try {
    fn();
    w(`${label}: ok`);
  } catch (e) {
    w(`${label}: ${e.name} ${e.code} ${e.generatedMessage} ${JSON.stringify(e.message)}`);
  }
};

for (const v of [1, [1], new Date(0), function f() {}, 1n, Symbol('s'), null, true, undefined, { a: 1 }]) {
  caught('match', () => assert.match(v, /a/));
  caught('doesNotMatch', () => assert.doesNotMatch(v, /a/));
}

for (const v of [undefined, null, NaN, '', 0, false, {}, 'x']) caught('fail', () => assert.fail(v));

caught('strictEqual fn/obj', () => assert.strictEqual(function f() {}, {}));
caught('strictEqual obj/fn', () => assert.strictEqual([], function* g() {}));
caught('strictEqual fn/fn', () => assert.strictEqual(function f() {}, function g() {}));
caught('strictEqual obj/obj', () => assert.strictEqual({ a: 1 }, { b: 1 }));
const getterObj = () => ({ get boom() { throw new Error('g'); }, x: 1 });
caught('strictEqual getters', () => assert.strictEqual(getterObj(), getterObj()));
caught('throws regexp null-proto', () => assert.throws(() => { throw Object.create(null); }, /m/));

const tokens = (config) => {
  try {
    w(JSON.stringify(parseArgs({ ...config, tokens: true }).tokens, (k, v) => (v === undefined ? '<undefined>' : v)));
  } catch (e) {
    w(`${e.code}`);
  }
};
tokens({ args: ['-a'], options: { a: { type: 'boolean', short: 'a' } } });
tokens({ args: ['--x'], options: {}, strict: false });
tokens({ args: ['--x=1'], options: {}, strict: false });
tokens({ args: ['--no-b'], options: { b: { type: 'boolean' } }, allowNegative: true });
tokens({ args: ['-ab'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'boolean', short: 'b' } } });
tokens({ args: ['--f', 'v'], options: { f: { type: 'string' } } });
tokens({ args: ['--f'], options: { f: { type: 'string' } }, strict: false });

const hidden = (v, opts) => w(util.inspect(v, { showHidden: true, ...opts }));
const o = {};
Object.defineProperty(o, Symbol('h'), { value: 1, enumerable: false });
o[Symbol('e')] = 2;
hidden(o);
function* gf() {}
hidden(gf.prototype);
hidden(gf);
hidden({ gf }, { depth: 0 });
class Tagged { get [Symbol.toStringTag]() { return 'T'; } }
hidden(new Tagged());
class Getter { get x() { return 1; } }
hidden(new Getter());
hidden(Object.create({ a: 1, [Symbol('s')]: 2 }));
hidden(Object.assign(Object.create({ a: 1 }), { b: 2 }));
w(util.inspect(o, { showHidden: true, colors: true }));

for (const m of [-0.5, -1, -1.5, -Infinity, 0, 1]) {
  for (const n of [4, 1, 0]) {
    try {
      w(`${m} ${n} ${util.inspect(new ArrayBuffer(n), { maxArrayLength: m })}`);
    } catch (e) {
      w(`${m} ${n} ${e.name} ${e.code} ${e.message}`);
    }
  }
}
