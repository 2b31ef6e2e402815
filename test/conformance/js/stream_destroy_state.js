'use strict';
// destroy(): twice, with a callback, a _destroy that fails, and the state
// helpers (isErrored, isReadable, isWritable, isDisturbed, isDestroyed) and
// properties around it.
const stream = require('stream');
const { Readable, Writable, Duplex } = stream;
const log = (...a) => console.log(...a);
const r = new Readable({ read() {} });
r.push('x');
log('fresh', stream.isReadable(r), stream.isDisturbed(r), stream.isErrored(r), stream.isDestroyed(r), r.readableAborted);
r.read();
log('after read', stream.isDisturbed(r), r.readableDidRead);
r.on('close', () => log('r close', r.closed, r.destroyed, r.errored && r.errored.message));
r.on('error', (e) => log('r error', e.message));
r.destroy(new Error('first'), (e) => log('destroy cb', e && e.message));
r.destroy(new Error('second'), (...a) => log('second destroy cb', a.length));
log('destroyed', r.destroyed, stream.isErrored(r), stream.isReadable(r), r.readableAborted, r.errored.message);
const w = new Writable({
  write(c, e, cb) { cb(); },
  destroy(err, cb) { log('_destroy got', err); cb(new Error('cleanup failed')); },
});
w.on('error', (e) => log('w error', e.message));
w.on('close', () => log('w close', w.writableAborted, stream.isWritable(w)));
log('w writable', stream.isWritable(w), w.writable);
w.destroy();
log('w after destroy', w.destroyed, w.writable, w.write('late', (e) => log('late cb', e.code)));
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); }, emitClose: false });
d.on('close', () => log('never closes'));
d.destroy();
log('d', d.destroyed, d.readable, d.writable, d.closed);
const thrower = new Readable({ read() {}, destroy() { throw new Error('thrown in _destroy'); } });
thrower.on('error', (e) => log('thrower error', e.message));
thrower.destroy();
const noAuto = new Readable({ read() {}, autoDestroy: false });
noAuto.on('error', (e) => log('noAuto error', e.message, noAuto.destroyed));
noAuto.on('close', () => log('noAuto close'));
noAuto.push(null);
noAuto.resume();
noAuto.on('end', () => log('noAuto end', noAuto.destroyed));
const aborting = new Readable({ read() {} });
aborting.on('error', (e) => log('stream.destroy', e.name, e.code));
stream.destroy(aborting);
