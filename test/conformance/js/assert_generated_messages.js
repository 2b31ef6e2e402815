// Messages of deepStrictEqual, strictEqual, partialDeepStrictEqual,
// deepEqual and notDeepStrictEqual over pseudo-random nested values and
// perturbed copies of them (a fixed linear congruential generator, so the
// trace is deterministic): one-line forms, +/- diffs, skipped lines.
'use strict';
const assert = require('assert');
let seed = 1;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (a) => a[Math.floor(rnd() * a.length)];
const leaves = [0, 1, 2, -1, 'a', 'b', 'xyz', true, null, undefined, 1.5, 'long string value here',
  'two\nlines', -0, NaN, 10n, 'x'.repeat(30)];
function gen(d) {
  const r = rnd();
  if (d > 3 || r < 0.35) return pick(leaves);
  if (r < 0.6) {
    const n = Math.floor(rnd() * (rnd() < 0.2 ? 40 : 8));
    const a = [];
    for (let i = 0; i < n; i++) a.push(gen(d + 1));
    return a;
  }
  if (r < 0.85) {
    const n = Math.floor(rnd() * 6);
    const o = {};
    for (let i = 0; i < n; i++) o[pick(['a', 'b', 'c', 'd', 'e', 'f', 'g'])] = gen(d + 1);
    return o;
  }
  if (r < 0.93) {
    const s = new Set();
    const n = Math.floor(rnd() * 4);
    for (let i = 0; i < n; i++) s.add(gen(3));
    return s;
  }
  const m = new Map();
  const n = Math.floor(rnd() * 4);
  for (let i = 0; i < n; i++) m.set(pick(['k1', 'k2', 1, 2]), gen(d + 1));
  return m;
}
function mutate(v, d) {
  if (rnd() < 0.25 || v === null || typeof v !== 'object') return rnd() < 0.5 ? gen(d) : v;
  if (Array.isArray(v)) {
    const c = v.map((x) => (rnd() < 0.3 ? mutate(x, d + 1) : x));
    if (rnd() < 0.2) c.push(gen(d + 1));
    if (rnd() < 0.2 && c.length) c.splice(Math.floor(rnd() * c.length), 1);
    return c;
  }
  if (v instanceof Set || v instanceof Map) return rnd() < 0.5 ? v : gen(d);
  const c = {};
  for (const k of Object.keys(v)) if (rnd() > 0.1) c[k] = rnd() < 0.3 ? mutate(v[k], d + 1) : v[k];
  if (rnd() < 0.2) c[pick(['a', 'z'])] = gen(d + 1);
  return c;
}
const checks = ['deepStrictEqual', 'strictEqual', 'partialDeepStrictEqual', 'deepEqual', 'notDeepStrictEqual'];
for (const start of [11, 14]) {
  seed = start;
  for (let i = 0; i < 20; i++) {
    const a = gen(0);
    const b = mutate(a, 0);
    for (const fn of checks) {
      try {
        assert[fn](a, b);
        console.log(start, i, fn, 'passed');
      } catch (e) {
        console.log(start, i, fn, JSON.stringify(e.message), e.generatedMessage);
      }
    }
  }
}
