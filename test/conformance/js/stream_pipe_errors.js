'use strict';
// pipe(): a destination destroyed with an error mid-pipe, a source
// destroyed mid-pipe, unpipe, and 'pipe'/'unpipe' events.
const { Readable, Writable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
let i = 0;
const src = new Readable({ read() { if (i < 5) this.push('c' + i++); } });
const dst = new Writable({
  highWaterMark: 2,
  write(c, e, cb) {
    log('dst write', String(c));
    if (String(c) === 'c2') { cb(new Error('sink broke')); return; }
    setImmediate(cb);
  },
});
dst.on('pipe', (s) => log('pipe event', s === src));
dst.on('unpipe', (s) => log('unpipe event', s === src));
dst.on('error', (e) => log('dst error', e.message, dst.destroyed));
dst.on('close', () => log('dst close', src.destroyed, src.isPaused(), src.readableFlowing));
src.on('end', () => log('src end'));
src.pipe(dst);
const a = new Readable({ read() {} });
const b = new PassThrough();
a.pipe(b);
b.on('data', (d) => { log('b data', String(d)); a.destroy(new Error('source gone')); });
b.on('finish', () => log('b finish'));
a.on('error', (e) => log('a error', e.message));
a.on('close', () => log('a close', b.writableEnded));
a.push('hello');
const c = new Readable({ read() {} });
const d1 = new PassThrough();
const d2 = new PassThrough();
c.pipe(d1); c.pipe(d2);
d1.on('unpipe', () => log('d1 unpipe'));
d2.on('unpipe', () => log('d2 unpipe'));
log('pipes', c._readableState.pipes.length);
c.unpipe(d1);
log('pipes after unpipe', c._readableState.pipes.length, c.readableFlowing);
c.unpipe();
log('pipes after unpipe all', c._readableState.pipes.length, c.readableFlowing);
const w = new Writable({ write(x, e, cb) { cb(); } });
w.on('error', (e) => log('w error', e.code, e.message));
w.pipe(new PassThrough());
