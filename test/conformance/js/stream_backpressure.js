'use strict';
const { Writable, Readable } = require('stream');
const log = [];
const w = new Writable({
  highWaterMark: 4,
  write(chunk, enc, cb) {
    log.push(`write ${chunk} ${enc}`);
    setImmediate(cb);
  },
  final(cb) { console.log('final'); cb(); },
});
console.log(w.write('ab'), w.writableLength, w.writableNeedDrain);
console.log(w.write('cd'), w.writableLength, w.writableNeedDrain);
console.log(w.write('ef'), w.writableLength);
w.on('drain', () => { console.log('drain', w.writableLength); w.end('gh', () => console.log('end cb')); });
w.on('finish', () => console.log('finish', log));
w.on('close', () => console.log('close', w.destroyed, w.writableFinished));

let n = 0;
const r = new Readable({
  highWaterMark: 2,
  objectMode: true,
  read() {
    n++;
    console.log('read called', n, this.readableLength);
    if (n <= 3) this.push({ n });
    else this.push(null);
  },
});
r.on('readable', () => {
  let chunk;
  while ((chunk = r.read()) !== null) console.log('got', chunk);
});
r.on('end', () => console.log('r end', r.readableEnded));
r.on('close', () => console.log('r close'));
process.nextTick(() => console.log('tick'));
setImmediate(() => console.log('immediate'));
