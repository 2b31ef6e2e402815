'use strict';
// push after destroy, two pipes with end:false on one, destroy with writes
// pending, a Transform with both final and flush, isDisturbed, unpipe from
// a 'data' listener, a Duplex whose write fails, an encoded source piped.
const stream = require('stream');
const { Readable, Writable, Duplex, PassThrough, Transform } = stream;
const log = (...a) => console.log(...a);
const r = new Readable({ read() {} });
r.destroy();
log('push after destroy', r.push('x'), r.readableAborted);
const src = new Readable({ read() {} });
const a = new PassThrough(); const b = new PassThrough();
src.pipe(a, { end: false }); src.pipe(b);
a.on('finish', () => log('a finish (should not)'));
b.on('finish', () => log('b finish'));
src.push('q'); src.push(null);
a.on('data', (d) => log('a data', String(d))); b.on('data', (d) => log('b data', String(d)));
const w = new Writable({ highWaterMark: 1, write(c, e, cb) { setImmediate(cb); } });
w.write('1', (e) => log('cb1', e && e.code)); w.write('2', (e) => log('cb2', e && e.code)); w.write('3', (e) => log('cb3', e && e.code));
w.on('error', (e) => log('w error', e.code)); w.on('close', () => log('w close'));
w.destroy();
const t = new Transform({
  transform(c, e, cb) { cb(null, c); },
  final(cb) { log('user final'); cb(); },
  flush(cb) { log('flush'); cb(); },
});
for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => log('t', ev));
t.resume(); t.end('x');
const p = new PassThrough();
log('disturbed before', stream.isDisturbed(p));
p.pipe(new PassThrough());
p.write('z');
setImmediate(() => log('disturbed after', stream.isDisturbed(p)));
const u = new Readable({ read() {} });
const dst = new PassThrough();
u.pipe(dst);
u.on('data', (d) => { log('u data', String(d)); u.unpipe(dst); });
dst.on('unpipe', () => log('dst unpipe', u.readableFlowing));
u.push('m'); u.push('n');
setImmediate(() => log('u flowing', u.readableFlowing, u.readableLength));
const d = new Duplex({ read() {}, write(c, e, cb) { cb(new Error('dw')); } });
d.on('error', (e) => log('d error', e.message, d.errored && d.errored.message, d.readableAborted, d.writableAborted));
d.write('x');
const e = new Readable({ read() {}, encoding: 'utf8' });
const sink = new Writable({ write(c, enc, cb) { log('sink got', typeof c, String(c), enc); cb(); } });
e.pipe(sink); e.push(Buffer.from('héllo')); e.push(null);
log('default encoding', new Writable().writableObjectMode, new Readable().readableEncoding);
const rr = new Readable({ read() {} });
rr.destroy(null, (err) => log('rr destroy cb', err));
