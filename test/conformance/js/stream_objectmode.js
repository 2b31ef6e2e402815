'use strict';
// objectMode: any value but null, highWaterMark counted in objects,
// readableObjectMode/writableObjectMode of a Duplex and a Transform.
const { Readable, Writable, Transform, Duplex } = require('stream');
const log = (...a) => console.log(...a);
const r = new Readable({ objectMode: true, read() {} });
log('hwm', r.readableHighWaterMark, r.readableObjectMode);
log('push', r.push({ a: 1 }), r.push(0), r.push(''), r.push(false), r.readableLength);
r.on('data', (d) => log('data', d));
r.on('end', () => log('end'));
r.push(null);
const w = new Writable({ objectMode: true, highWaterMark: 2, write(c, e, cb) { log('write', c, e); setImmediate(cb); } });
log('w writes', w.write(1), w.write([2]), w.write('three'), w.writableLength, w.writableObjectMode);
try { w.write(null); } catch (e) { log(e.code, e.message); }
w.end();
w.on('finish', () => log('w finish'));
const t = new Transform({
  readableObjectMode: true,
  transform(c, e, cb) { cb(null, { len: c.length, text: String(c) }); },
});
log('t modes', t.readableObjectMode, t.writableObjectMode, t.readableHighWaterMark, t.writableHighWaterMark);
t.on('data', (o) => log('t data', o));
t.write('hello');
t.end('!');
const d = new Duplex({ writableObjectMode: true, read() {}, write(c, e, cb) { log('d write', c); cb(); } });
log('d modes', d.readableObjectMode, d.writableObjectMode, d.readableHighWaterMark, d.writableHighWaterMark);
d.write({ x: 1 });
const bad = new Readable({ read() {} });
bad.on('error', (e) => log('bad error', e.code));
bad.push({});
