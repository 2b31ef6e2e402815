'use strict';
// The end() callback of a Writable that fails or is destroyed before
// 'finish': a _final that fails later or at once, destroy() while a write is
// pending, and a write that fails after end().
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
function mk(name, opts) {
  const w = new Writable({ write(c, e, cb) { cb(); }, ...opts });
  w.on('error', (e) => log(name, 'error', e.message)); w.on('finish', () => log(name, 'finish')); w.on('close', () => log(name, 'close'));
  return w;
}
const a = mk('async-final', { final(cb) { setImmediate(() => cb(new Error('af'))); } });
a.end((e) => log('async-final end cb', e && e.message));
const b = mk('destroy-before-finish', { write(c, e, cb) { setImmediate(cb); } });
b.write('x'); b.end((e) => log('destroy-before-finish end cb', e && e.code)); b.destroy();
const c = mk('destroy-err', { write(c, e, cb) { setImmediate(cb); } });
c.write('x'); c.end((e) => log('destroy-err end cb', e && e.message)); c.destroy(new Error('de'));
const d = mk('write-err', { write(c, e, cb) { setImmediate(() => cb(new Error('we'))); } });
d.write('x', (e) => log('write-err write cb', e && e.message)); d.end((e) => log('write-err end cb', e && e.message));
const f = mk('sync-final', { final(cb) { cb(new Error('sf')); } });
f.end((e) => log('sync-final end cb', e && e.message));
let t = 0; (function tick() { if (t++ < 6) { log('--tick', t); process.nextTick(tick); } })();
