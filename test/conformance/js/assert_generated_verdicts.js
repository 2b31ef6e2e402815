// deepEqual, deepStrictEqual, partialDeepStrictEqual, notDeepEqual and
// util.isDeepStrictEqual (without prototypes) verdicts over pseudo-random
// values and near copies of them: loose equality of primitives, holes,
// Maps and Sets with object keys, dates, typed arrays, boxed values, errors
// (a fixed linear congruential generator keeps the trace deterministic).
'use strict';
const assert = require('assert');
const util = require('util');
let seed = 1;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const pick = (a) => a[Math.floor(rnd() * a.length)];
const leaves = () => pick([0, 1, '1', '0', -0, NaN, true, false, null, undefined, '', 'a', 2n, 2, Symbol.for('s')]);
function gen(d) {
  const r = rnd();
  if (d > 2 || r < 0.3) return leaves();
  if (r < 0.45) { const n = Math.floor(rnd() * 4); const a = []; for (let i = 0; i < n; i++) if (rnd() < 0.9) a[i] = gen(d + 1); a.length = n; return a; }
  if (r < 0.6) { const n = Math.floor(rnd() * 4); const o = {}; for (let i = 0; i < n; i++) o[pick(['a', 'b', 'c'])] = gen(d + 1); return o; }
  if (r < 0.7) { const s = new Set(); const n = Math.floor(rnd() * 3); for (let i = 0; i < n; i++) s.add(gen(d + 1)); return s; }
  if (r < 0.8) { const m = new Map(); const n = Math.floor(rnd() * 3); for (let i = 0; i < n; i++) m.set(gen(d + 1), gen(d + 1)); return m; }
  if (r < 0.85) return new Date(pick([0, 1, NaN]));
  if (r < 0.9) return pick([new Uint8Array([1, 2]), new Int8Array([1, 2]), new Float64Array([-0]), new Float64Array([0]), new Float64Array([NaN])]);
  if (r < 0.95) return pick([new Number(1), new String('1'), Object(2n), new Boolean(false)]);
  return pick([/a/g, /a/i, new Error('e'), new TypeError('e')]);
}
function clone(v, d) {
  if (rnd() < 0.15) return gen(d);
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) { const a = []; for (let i = 0; i < v.length; i++) if (i in v) a[i] = clone(v[i], d + 1); a.length = v.length; return a; }
  if (v instanceof Set) { const s = new Set(); for (const x of v) s.add(clone(x, d + 1)); return s; }
  if (v instanceof Map) { const m = new Map(); for (const [k, x] of v) m.set(clone(k, d + 1), clone(x, d + 1)); return m; }
  if (v instanceof Date) return new Date(v.getTime());
  if (Object.getPrototypeOf(v) === Object.prototype) { const o = {}; for (const k of Object.keys(v)) o[k] = clone(v[k], d + 1); return o; }
  return v;
}
const verdict = (fn) => { try { fn(); return 'eq'; } catch (e) { return e.code === 'ERR_ASSERTION' ? 'ne' : e.code; } };
for (const start of [1, 6]) {
  seed = start;
  for (let i = 0; i < 150; i++) {
    const a = gen(0);
    const b = clone(a, 0);
    console.log(start, i, verdict(() => assert.deepEqual(a, b)), verdict(() => assert.deepStrictEqual(a, b)),
      verdict(() => assert.partialDeepStrictEqual(a, b)), verdict(() => assert.notDeepEqual(a, b)),
      util.isDeepStrictEqual(a, b, true));
  }
}
