'use strict';
// Event order of Readable: sync and async _read, push inside _read,
// 'readable' versus 'data', pause/resume events, end and close.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
function watch(name, s) {
  for (const ev of ['end', 'close', 'pause', 'resume', 'error']) s.on(ev, (x) => log(name, ev, x ? x.message : ''));
}
const chunks = ['a', 'b', 'c'];
const r1 = new Readable({ read() { this.push(chunks.length ? chunks.shift() : null); } });
watch('sync', r1);
r1.on('data', (d) => log('sync data', String(d), r1.readableLength, r1.readableFlowing));
let n = 0;
const r2 = new Readable({ highWaterMark: 2, read(size) { log('async read', size); setImmediate(() => this.push(n < 3 ? 'x' + n++ : null)); } });
watch('async', r2);
r2.on('readable', () => { let c; while ((c = r2.read()) !== null) log('async readable', String(c)); });
const r3 = new Readable({ read() {} });
watch('paused', r3);
r3.push('one'); r3.push('two');
log('r3 length', r3.readableLength, 'flowing', r3.readableFlowing, r3.isPaused());
r3.pause();
log('r3 paused', r3.isPaused(), r3.readableFlowing);
r3.on('data', (d) => log('r3 data', String(d)));
log('r3 flowing after on(data)', r3.readableFlowing);
setImmediate(() => { r3.resume(); r3.push(null); log('r3 resumed', r3.readableFlowing); });
const r4 = new Readable({ read() {} });
r4.push('p'); r4.push('q'); r4.push(null);
log('read(1)', String(r4.read(1)), 'read()', String(r4.read()), 'read() again', r4.read(), r4.readableEnded);
r4.on('end', () => log('r4 end', r4.readableEnded, r4.destroyed));
r4.on('close', () => log('r4 close', r4.destroyed, r4.closed));
process.nextTick(() => log('tick'));
