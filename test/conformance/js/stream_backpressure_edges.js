'use strict';
// highWaterMark edges: 0 and 1, writableNeedDrain, drain count, and a pipe
// from a fast source into a slow sink that pauses and resumes it.
const { Readable, Writable } = require('stream');
const log = (...a) => console.log(...a);
const z = new Writable({ highWaterMark: 0, write(c, e, cb) { setImmediate(cb); } });
z.on('drain', () => log('z drain', z.writableLength));
log('hwm0 write', z.write('a'), z.writableNeedDrain, z.writableHighWaterMark);
const one = new Writable({ highWaterMark: 1, write(c, e, cb) { process.nextTick(cb); } });
one.on('drain', () => log('one drain'));
log('hwm1 write 1 byte', one.write('a'), 'then', one.write(''), one.writableLength);
const r0 = new Readable({ highWaterMark: 0, read() { log('r0 _read'); this.push('x'); this.push(null); } });
r0.on('data', (d) => log('r0 data', String(d)));
r0.on('end', () => log('r0 end'));
let drains = 0;
let written = 0;
const slow = new Writable({ highWaterMark: 8, write(c, e, cb) { written += c.length; setImmediate(cb); } });
slow.on('drain', () => drains++);
let produced = 0;
const fast = new Readable({
  highWaterMark: 8,
  read() { produced += 4; this.push(produced <= 64 ? 'abcd' : null); },
});
let pauses = 0;
let resumes = 0;
fast.on('pause', () => pauses++);
fast.on('resume', () => resumes++);
fast.pipe(slow);
slow.on('finish', () => log('slow finish', written, 'drains>0', drains > 0, 'pauses>0', pauses > 0, 'resumes>0', resumes > 0));
const push = new Readable({ highWaterMark: 3, read() {} });
log('push returns', push.push('ab'), push.push('c'), push.push('d'), push.readableLength);
