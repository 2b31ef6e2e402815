'use strict';
// Readable.wrap of an old-style stream, 'readable' then 'data', a _final
// that fails at once, Duplex construct with early writes, addAbortSignal and
// the signal option, and the operators on Readable.prototype.
const { Readable, Writable, Duplex, PassThrough, Transform, addAbortSignal, pipeline } = require('stream');
const EE = require('events');
const log = (...a) => console.log(...a);
// wrap
const old = new EE(); old.pause = () => log('old pause'); old.resume = () => log('old resume');
const w = new Readable({ highWaterMark: 2 }).wrap(old);
w.on('data', (d) => log('wrap data', String(d)));
w.on('end', () => log('wrap end'));
old.emit('data', Buffer.from('abc')); old.emit('data', Buffer.from('d')); old.emit('end');
// readable then data
const r = new Readable({ read() {} });
const onr = () => log('readable ev');
r.on('readable', onr); r.push('x');
setImmediate(() => { r.removeListener('readable', onr); r.on('data', (d) => log('data after readable', String(d))); r.push('y'); r.push(null); });
// final error
const wf = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error('final failed')); } });
wf.on('error', (e) => log('wf error', e.message)); wf.on('finish', () => log('wf finish')); wf.on('close', () => log('wf close'));
wf.end('z', (e) => log('wf end cb', e && e.message));
// duplex construct
const d = new Duplex({
  construct(cb) { log('d construct'); setImmediate(cb); },
  read() { log('d read'); this.push('from d'); this.push(null); },
  write(c, e, cb) { log('d write', String(c)); cb(); },
  final(cb) { log('d final'); cb(); },
});
d.write('early'); d.end();
d.on('data', (c) => log('d data', String(c)));
for (const ev of ['end', 'finish', 'close']) d.on(ev, () => log('d', ev));
// abort signal
const ac = new AbortController();
const s = addAbortSignal(ac.signal, new PassThrough());
s.on('error', (e) => log('s error', e.name, e.cause === 'why'));
s.on('close', () => log('s close'));
ac.abort('why');
try { addAbortSignal({}, new PassThrough()); } catch (e) { log(e.code, e.message); }
try { addAbortSignal(new AbortController().signal, {}); } catch (e) { log(e.code, e.message); }
const r2 = new Readable({ read() {}, signal: AbortSignal.abort() });
r2.on('error', (e) => log('r2 error', e.name)); r2.on('close', () => log('r2 close'));
// operators
Readable.from([1, 2, 3, 4]).map((x) => x * 2).filter((x) => x > 2).toArray().then((a) => log('ops', a));
Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0).then((v) => log('reduce', v));
try { new (Readable.prototype.map)(); } catch (e) { log(e.code); }
log(Readable.prototype.map.name, Readable.prototype.map.length, Readable.prototype.reduce.length);
