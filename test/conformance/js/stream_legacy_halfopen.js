'use strict';
// The legacy Stream's pipe, and a Duplex with allowHalfOpen false (its
// writable side ends with the readable side).
const stream = require('stream');
const { Stream, Duplex, Writable } = stream;
const log = (...a) => console.log(...a);
const src = new Stream();
src.readable = true;
src.pause = () => log('src pause');
src.resume = () => log('src resume');
const dst = new Writable({ highWaterMark: 1, write(c, e, cb) { log('dst got', String(c)); setImmediate(cb); } });
dst.on('finish', () => log('dst finish'));
log('pipe returns dst', src.pipe(dst) === dst);
src.emit('data', 'one');
src.emit('data', 'two');
setImmediate(() => src.emit('end'));
log('instanceof', src instanceof require('events'), new Duplex() instanceof Stream, new Duplex() instanceof Writable, stream.Stream === Stream);
const d = new Duplex({
  allowHalfOpen: false,
  read() {},
  write(c, e, cb) { cb(); },
  final(cb) { log('final'); cb(); },
});
for (const ev of ['end', 'prefinish', 'finish', 'close']) d.on(ev, () => log('d', ev, d.writableEnded));
log('allowHalfOpen', d.allowHalfOpen, new Duplex().allowHalfOpen);
d.resume();
d.push(null);
const off = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
log('readable false', off.readable, off.readableEnded, off.writable);
const ro = new Duplex({ writable: false, read() {} });
log('writable false', ro.writable, ro.writableEnded, ro.writableFinished);
ro.on('error', (e) => log('ro error', e.code));
ro.write('x', (e) => log('ro write cb', e.code));
