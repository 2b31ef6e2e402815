// util.inspect of generated mixed values (collections, class instances,
// errors, symbols, accessors, cycles, typed arrays) under random options.
'use strict';
const { inspect } = require('util');
let seed = 11;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const pick = (a) => a[Math.floor(rnd() * a.length)];
const words = ['a', 'bb', 'key', 'with space', 'it\'s', '', 'x'.repeat(20), 'line\nbreak', '1', 'z_9'];
class Foo { constructor(v) { this.v = v; } }
class Bar extends Foo { get g() { return 1; } }
function gen(d) {
  const r = rnd();
  if (d > 3 || r < 0.3) {
    const p = rnd();
    if (p < 0.25) return Math.floor(rnd() * 2000000) - 1000;
    if (p < 0.3) return BigInt(Math.floor(rnd() * 1e6));
    if (p < 0.35) return Symbol(pick(words));
    if (p < 0.45) return pick([null, undefined, true, false, -0, NaN, Infinity]);
    return pick(words).repeat(1 + Math.floor(rnd() * 3));
  }
  const k = rnd();
  const n = Math.floor(rnd() * 9);
  if (k < 0.2) { const a = []; for (let i = 0; i < n; i++) a.push(gen(d + 1)); if (rnd() < 0.2) a.extra = 1; if (rnd() < 0.1) delete a[0]; return a; }
  if (k < 0.3) { const m = new Map(); for (let i = 0; i < n; i++) m.set(gen(d + 1), gen(d + 1)); return m; }
  if (k < 0.37) { const s = new Set(); for (let i = 0; i < n; i++) s.add(gen(d + 1)); return s; }
  if (k < 0.45) return new Foo(gen(d + 1));
  if (k < 0.5) return new Bar(gen(d + 1));
  if (k < 0.55) return pick([new Date(n * 1e10), /ab+c/g, new Uint8Array(n * 5), new Float64Array(n), new ArrayBuffer(n), () => {}, function named() {}, class K {}, Promise.resolve(n), new Number(n), new String('s' + n)]);
  if (k < 0.6) { const e = new Error('msg' + n); e.stack = 'Error: msg' + n + '\n    at f (file.js:1:2)'; if (rnd() < 0.5) e.code = 'E' + n; return e; }
  if (k < 0.65) { const o = Object.create(null); o.x = gen(d + 1); return o; }
  const o = {}; for (let i = 0; i < n; i++) o[pick(words) + (rnd() < 0.3 ? i : '')] = gen(d + 1);
  if (rnd() < 0.15) o[Symbol('s')] = gen(d + 1);
  if (rnd() < 0.1) Object.defineProperty(o, 'acc', { get() { return 1; }, enumerable: true });
  if (rnd() < 0.1) o.self = o;
  return o;
}
for (let i = 0; i < 150; i++) {
  const v = gen(0);
  const opts = { depth: Math.floor(rnd() * 5), breakLength: 30 + Math.floor(rnd() * 100), compact: pick([3, 3, 1, 2, false, true]),
    sorted: rnd() < 0.15, showHidden: rnd() < 0.1, maxArrayLength: pick([100, 3, 0]), colors: rnd() < 0.15, getters: rnd() < 0.2, numericSeparator: rnd() < 0.1 };
  console.log(JSON.stringify(opts)); console.log(inspect(v, opts));
}
process.on('unhandledRejection', () => {});
