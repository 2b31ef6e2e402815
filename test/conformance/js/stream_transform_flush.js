'use strict';
// Transform: several pushes per chunk, flush with data, an error from
// flush, an error from transform, and the order of end/finish/close.
const { Transform, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
function watch(name, s) {
  for (const ev of ['prefinish', 'finish', 'end', 'close', 'error']) s.on(ev, (x) => log(name, ev, x ? x.message : ''));
}
const t1 = new Transform({
  transform(c, e, cb) { for (const ch of String(c)) this.push(ch); cb(); },
  flush(cb) { log('t1 flush'); cb(null, '<end>'); },
});
watch('t1', t1);
t1.on('data', (d) => log('t1 data', String(d)));
t1.write('ab');
t1.end('c', () => log('t1 end cb'));
const t2 = new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { setImmediate(() => cb(new Error('flush failed'))); } });
watch('t2', t2);
t2.resume();
t2.end('x');
const t3 = new Transform({ transform(c, e, cb) { cb(new Error('bad chunk ' + c)); } });
watch('t3', t3);
t3.write('q', (err) => log('t3 write cb', err && err.message));
const t4 = new Transform({ highWaterMark: 1, transform(c, e, cb) { this.push(c); this.push(c); cb(); } });
let calls = 0;
t4.write('a', () => { calls++; log('t4 cb1'); });
t4.write('b', () => { calls++; log('t4 cb2'); });
setImmediate(() => { log('t4 before read', calls, t4.readableLength); t4.resume(); });
t4.on('end', () => log('t4 end', calls));
t4.end();
const p = new PassThrough();
watch('p', p);
p.end();
p.resume();
try { new Transform().write('x'); } catch (e) { log('no transform', e.code, e.message); }
