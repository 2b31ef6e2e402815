'use strict';
// Timer functions given odd arguments: delays (a BigInt is refused with
// the multiplication's message), callbacks, ids for clear* (a Symbol is
// no timer and no id), refresh/hasRef, and timers/promises' options.
const timers = require('timers');
const tp = require('timers/promises');
const odd = [undefined, null, 0, -1, 1.5, NaN, Infinity, '5', 'x', true, {}, [], 10n, 2 ** 31, -0, { valueOf() { return 3; } }, Symbol('s')];
const show = (v) => typeof v === 'symbol' ? v.toString() : typeof v === 'bigint' ? v + 'n' : typeof v === 'function' ? 'fn' : (JSON.stringify(v) ?? String(v));
const r = (f) => { try { const x = f(); return 'ok ' + (x && typeof x === 'object' ? x.constructor.name : show(x)); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
let n = 0;
for (const v of odd) {
  console.log('setTimeout fn', show(v), r(() => { const t = setTimeout(() => {}, v); clearTimeout(t); return t; }));
  console.log('setTimeout cb', show(v), r(() => setTimeout(v, 1)));
  console.log('setInterval cb', show(v), r(() => setInterval(v, 1)));
  console.log('setImmediate cb', show(v), r(() => setImmediate(v)));
  console.log('clearTimeout', show(v), r(() => clearTimeout(v)));
  console.log('clearInterval', show(v), r(() => clearInterval(v)));
  console.log('clearImmediate', show(v), r(() => clearImmediate(v)));
  console.log('refresh', show(v), r(() => { const t = setTimeout(() => {}, 5); const x = t.refresh(v); clearTimeout(t); return x; }));
  console.log('hasRef', show(v), r(() => { const t = setTimeout(() => {}, 5); t.unref(); const x = t.hasRef(); clearTimeout(t); return x; }));
  const p = tp.setTimeout(v, 'val', { ref: false });
  p.then((x) => console.log('tp.setTimeout', show(v), 'resolved', show(x)), (e) => console.log('tp.setTimeout', show(v), 'rejected', e.name, e.code, e.message));
  const p2 = tp.setTimeout(1, 'v', v);
  p2.then((x) => console.log('tp opts', show(v), 'resolved', show(x)), (e) => console.log('tp opts', show(v), 'rejected', e.name, e.code, e.message));
  const p3 = tp.setImmediate('v', v);
  p3.then((x) => console.log('tp imm opts', show(v), 'resolved', show(x)), (e) => console.log('tp imm opts', show(v), 'rejected', e.name, e.code, e.message));
}
process.on('warning', (w) => console.log('warning', w.name, JSON.stringify(w.message)));
