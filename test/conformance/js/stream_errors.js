'use strict';
const { Readable, Writable, Transform, PassThrough, pipeline, finished, Duplex } = require('stream');
const sp = require('stream/promises');
const bad = new Transform({ transform(c, e, cb) { cb(new Error('boom ' + c)); } });
pipeline(Readable.from(['x']), bad, new PassThrough(), (err) => console.log('pipeline err', err.message, bad.destroyed));
const w = new Writable({ write(c, e, cb) { cb(); } });
w.end();
w.write('late', (err) => console.log('write after end cb', err.code));
w.on('error', (err) => console.log('error event', err.code, err.message));
const r = new Readable({ read() {} });
r.on('error', (e) => console.log('r error', e.message));
r.on('close', () => console.log('r close', r.destroyed, r.errored && r.errored.message));
r.destroy(new Error('gone'));
finished(r, (err) => console.log('finished r', err.message));
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
d.on('close', () => console.log('d close'));
d.destroy();
sp.pipeline(Readable.from(['a', 'b']), new PassThrough(), new Writable({ write(c, e, cb) { console.log('sink', String(c)); cb(); } }))
  .then(() => console.log('promise pipeline ok'));
sp.finished(new PassThrough().end()).catch((e) => console.log('finished reject', e)).then(() => console.log('promise finished'));
try { new Readable().read(); } catch (e) { console.log('read', e.code, e.message); }
const t = new Transform();
t.on('error', (e) => console.log('t error', e.code, e.message));
try { pipeline(Readable.from([])); } catch (e) { console.log(e.code, e.message); }
const ended = new Readable({ read() {} });
ended.push(null);
ended.on('end', () => console.log('ended end'));
ended.resume();
const w2 = new Writable({ write(c, e, cb) { cb(); } });
w2.on('error', (e) => console.log('w2 error', e.code, e.message));
try { w2.write(5); } catch (e) { console.log('w2 throw', e.code); }
