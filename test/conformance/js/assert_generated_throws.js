// throws and doesNotThrow over pseudo-random thrown values (errors with
// extra properties and no stacks, strings, numbers, null, plain objects)
// against classes, RegExps, validation functions, Error templates and
// validation objects with RegExp and nested values (a fixed generator).
'use strict';
const assert = require('assert');
let seed = 4;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const pick = (a) => a[Math.floor(rnd() * a.length)];
const vals = () => pick(['abc', 'xyz', 1, 2, null, undefined, { n: 1 }, { n: 2 }, [1], /b/, /^x/, /q/]);
function thrown() {
  const r = rnd();
  if (r < 0.1) return pick(['str', 5, null, undefined, { message: 'abc' }]);
  const e = new (pick([Error, TypeError, RangeError]))(pick(['abc', 'xyz', '']));
  e.stack = undefined;
  const n = Math.floor(rnd() * 3);
  for (let i = 0; i < n; i++) e[pick(['code', 'info', 'errno'])] = vals();
  return e;
}
function expected(t) {
  const r = rnd();
  if (r < 0.15) return pick([TypeError, RangeError, SyntaxError]);
  if (r < 0.25) return pick([/abc/, /xyz/, /Error/, /^str$/]);
  if (r < 0.3) return pick([(e) => e instanceof TypeError, function named(e) { return e && e.code === 1; }, () => 'yes']);
  if (r < 0.35) { const e = new (pick([Error, TypeError]))(pick(["abc", "xyz"])); e.stack = undefined; return e; }
  const o = {};
  const keys = ['message', 'name', 'code', 'info', 'errno'];
  const n = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < n; i++) {
    const k = pick(keys);
    o[k] = rnd() < 0.5 && t && typeof t === 'object' && k in t ? t[k] : (k === 'name' ? pick(['Error', 'TypeError', /Err/]) : vals());
  }
  return o;
}
for (let i = 0; i < 150; i++) {
  const t = thrown();
  const ex = expected(t);
  const msg = rnd() < 0.15 ? 'custom' : undefined;
  try {
    if (msg) assert.throws(() => { throw t; }, ex, msg); else assert.throws(() => { throw t; }, ex);
    console.log(i, 'passed');
  } catch (e) {
    console.log(i, e === t ? 'rethrown' : '', JSON.stringify(e == null ? e : e.message), e && e.generatedMessage, e && e.operator, e && e.code);
  }
  if (typeof ex === 'function' || ex instanceof RegExp) {
    try { assert.doesNotThrow(() => { throw t; }, ex); console.log(i, 'dnt passed'); } catch (e) { console.log(i, 'dnt', e === t ? 'rethrown' : '', JSON.stringify(e == null ? e : e.message), e && e.generatedMessage, e && e.operator, e && e.code); }
  }
}
