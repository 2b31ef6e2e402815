// util.inspect of generated plain data (nested objects, arrays, odd keys and
// strings) with random depth and breakLength: the Go fast path and the
// general printer must both match Node.
'use strict';
const { inspect } = require('util');
let seed = 5;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const words = ['a', 'bb', 'key', 'with space', 'it\'s', 'q"uote', '', 'x'.repeat(30), 'line\nbreak', '__proto__', '1', '01', 'café', 'z_9'];
function gen(d) {
  const r = rnd();
  if (d > 4 || r < 0.35) {
    const p = rnd();
    if (p < 0.3) return Math.floor(rnd() * 2000000) - 1000;
    if (p < 0.4) return rnd() * 100 - 50;
    if (p < 0.5) return [null, undefined, true, false, -0, NaN, Infinity][Math.floor(rnd() * 7)];
    return words[Math.floor(rnd() * words.length)].repeat(1 + Math.floor(rnd() * 3));
  }
  if (r < 0.65) { const n = Math.floor(rnd() * 9); const a = []; for (let i = 0; i < n; i++) a.push(gen(d + 1)); return a; }
  const n = Math.floor(rnd() * 7); const o = {}; for (let i = 0; i < n; i++) o[words[Math.floor(rnd() * words.length)] + (rnd() < 0.3 ? i : '')] = gen(d + 1); return o;
}
const mode = 'compare';
for (let i = 0; i < 120; i++) {
  const v = gen(0);
  const a = inspect(v); const depth = Math.floor(rnd() * 4); const b = inspect(v, { depth, breakLength: 40 + Math.floor(rnd() * 80) });
  if (mode === 'self') { const a2 = inspect(v, { getters: 'none' }); if (a !== a2) { console.log('MISMATCH', JSON.stringify(a), JSON.stringify(a2)); } }
  else console.log(a + '\n' + b);
}
