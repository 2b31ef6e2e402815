'use strict';
// finished() on streams in every state: finished, ended, destroyed,
// errored, closed early, only one side asked, cleanup, and the promise form.
const { Readable, Writable, Duplex, PassThrough, finished } = require('stream');
const sp = require('stream/promises');
const log = (...a) => console.log(...a);
const msg = (e) => (e ? e.code || e.message : 'ok');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.end();
w.on('finish', () => finished(w, (e) => log('after finish', msg(e))));
finished(w, (e) => log('writable', msg(e)));
const r = new Readable({ read() {} });
r.push(null);
finished(r, (e) => log('readable', msg(e)));
r.resume();
const early = new Readable({ read() {} });
finished(early, (e) => log('early close', msg(e)));
early.destroy();
const errd = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
errd.on('error', () => {});
finished(errd, (e) => log('errored', msg(e)));
errd.write('x');
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
finished(d, { readable: false }, (e) => log('duplex writable side', msg(e)));
finished(d, { writable: false }, (e) => log('duplex readable side', msg(e)));
d.end();
setImmediate(() => d.push(null));
d.resume();
const p = new PassThrough();
const stop = finished(p, () => log('never'));
stop();
p.destroy();
const gone = new Readable({ read() {} });
gone.destroy();
gone.on('close', () => finished(gone, (e) => log('already closed', msg(e))));
sp.finished(Readable.from(['z']).resume()).then(() => log('promise ok'));
const bad = new PassThrough();
sp.finished(bad).catch((e) => log('promise rejected', e.message));
bad.destroy(new Error('broken'));
bad.on('error', () => {});
try { finished(5, () => {}); } catch (e) { log(e.code, e.message); }
try { finished(p); } catch (e) { log(e.code, e.message); }
const ac = new AbortController();
const slow = new PassThrough();
finished(slow, { signal: ac.signal }, (e) => log('signal', e.name, e.code));
ac.abort();
