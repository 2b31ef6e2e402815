// util.inspect of generated long arrays (numbers of every width, strings,
// mixed, nested) under several breakLength and maxArrayLength values: the
// column grouping must match Node's exactly.
'use strict';
const { inspect } = require('util');
let seed = 3;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
function arr() {
  const n = Math.floor(rnd() * 130);
  const kind = rnd();
  const scale = [1, 10, 1000, 1e6, 1e9][Math.floor(rnd() * 5)];
  const a = [];
  for (let i = 0; i < n; i++) {
    if (kind < 0.4) a.push(Math.floor(rnd() * scale) * (rnd() < 0.2 ? -1 : 1));
    else if (kind < 0.5) a.push(rnd() * scale);
    else if (kind < 0.7) a.push('s'.repeat(Math.floor(rnd() * 12)));
    else if (kind < 0.8) a.push(rnd() < 0.5 ? i : 'x' + i);
    else if (kind < 0.9) a.push([i, i * 2]);
    else a.push(rnd() < 0.1 ? undefined : rnd() < 0.5 ? null : true);
  }
  return a;
}
for (let i = 0; i < 150; i++) {
  const a = arr();
  const v = rnd() < 0.3 ? { key: a, other: rnd() < 0.5 ? { deep: a.slice(0, 10) } : 1 } : a;
  const opts = { breakLength: [80, 80, 40, 120, 200, Infinity][Math.floor(rnd() * 6)], maxArrayLength: [100, 100, 10, 50, 7, 0][Math.floor(rnd() * 6)] };
  const text = inspect(v, opts);
  if (false) { if (text !== inspect(v, { ...opts, getters: 'none' })) console.log('MISMATCH', i); }
  else { console.log(JSON.stringify(opts)); console.log(text); }
}
