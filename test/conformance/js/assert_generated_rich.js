// Messages of the strict, partial, loose and "not" checks over
// pseudo-random values holding class instances, errors with causes (without
// stacks), symbol keys, null-prototype objects, boxed values, buffers, and
// near copies of them (a fixed linear congruential generator).
'use strict';
const assert = require('assert');
const util = require('util');
let seed = 3;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const pick = (a) => a[Math.floor(rnd() * a.length)];
class K { constructor(x) { this.x = x; } }
const sym = Symbol.for('k');
const leaves = () => pick([0, 1, '1', '0', -0, NaN, true, false, null, undefined, '', 'a', 2n, 2, '2', sym]);
function gen(d) {
  const r = rnd();
  if (d > 2 || r < 0.25) return leaves();
  if (r < 0.4) { const n = Math.floor(rnd() * 4); const a = []; for (let i = 0; i < n; i++) if (rnd() < 0.9) a[i] = gen(d + 1); a.length = n; return a; }
  if (r < 0.55) { const n = Math.floor(rnd() * 4); const o = rnd() < 0.2 ? Object.create(null) : {}; for (let i = 0; i < n; i++) o[pick(['a', 'b', 'c', sym])] = gen(d + 1); return o; }
  if (r < 0.65) { const s = new Set(); const n = Math.floor(rnd() * 4); for (let i = 0; i < n; i++) s.add(gen(d + 1)); return s; }
  if (r < 0.75) { const m = new Map(); const n = Math.floor(rnd() * 4); for (let i = 0; i < n; i++) m.set(gen(d + 1), gen(d + 1)); return m; }
  if (r < 0.8) return new K(gen(d + 1));
  if (r < 0.85) { const e = new (pick([Error, TypeError]))(pick(['m', 'n'])); if (rnd() < 0.5) e.cause = gen(d + 1); e.stack = undefined; return e; }
  if (r < 0.9) return pick([new Uint8Array([1, 2]), Buffer.from([1, 2]), new Float32Array([NaN]), new Uint16Array([1, 2])]);
  return pick([new Number(1), new String('1'), new Date(0), /a/g, Object.assign(/a/g, { lastIndex: 1 })]);
}
function clone(v, d) {
  const r = rnd();
  if (r < 0.08) return gen(d);
  if (r < 0.15 && (typeof v === 'number' || typeof v === 'string')) return typeof v === 'number' ? String(v) : Number(v);
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) { const a = []; for (let i = 0; i < v.length; i++) if (i in v) a[i] = clone(v[i], d + 1); a.length = v.length; if (rnd() < 0.1) a.push(gen(d + 1)); return a; }
  if (v instanceof Set) { const s = new Set(); for (const x of v) s.add(clone(x, d + 1)); return s; }
  if (v instanceof Map) { const m = new Map(); for (const [k, x] of v) m.set(clone(k, d + 1), clone(x, d + 1)); return m; }
  if (v instanceof K) return rnd() < 0.3 ? { x: clone(v.x, d + 1) } : new K(clone(v.x, d + 1));
  if (v instanceof Error) { const e = new (rnd() < 0.8 ? v.constructor : Error)(v.message); if ('cause' in v) e.cause = clone(v.cause, d + 1); e.stack = undefined; return e; }
  const p = Object.getPrototypeOf(v);
  if (p === Object.prototype || p === null) { const o = rnd() < 0.1 ? {} : Object.create(p); for (const k of Reflect.ownKeys(v)) o[k] = clone(v[k], d + 1); if (rnd() < 0.1) o.c = gen(d + 1); return o; }
  return v;
}
const verdict = (fn) => { try { fn(); return 'eq'; } catch (e) { return e.code === 'ERR_ASSERTION' ? 'ne' : e.code; } };
for (let i = 0; i < 40; i++) {
  const a = gen(0);
  const b = clone(a, 0);
  for (const fn of ['deepStrictEqual', 'strictEqual', 'partialDeepStrictEqual', 'deepEqual', 'notDeepEqual', 'notStrictEqual']) { try { assert[fn](a, b); console.log(i, fn, 'passed'); } catch (e) { console.log(i, fn, JSON.stringify(e.message.replace(/\n *at .*/g, ''))); } }
}
