'use strict';
const { Transform, Writable, Readable, PassThrough, pipeline, compose, addAbortSignal, Duplex } = require('stream');
const log = (...a) => console.log(...a);
const splitter = new Transform({
  readableObjectMode: true,
  transform(chunk, enc, cb) {
    this._buf = (this._buf || '') + chunk;
    const lines = this._buf.split('\n');
    this._buf = lines.pop();
    for (const l of lines) this.push(l);
    cb();
  },
  flush(cb) {
    if (this._buf) this.push(this._buf);
    cb();
  },
});
splitter.on('data', (l) => log('line', JSON.stringify(l)));
splitter.on('end', () => log('splitter end'));
splitter.write('a\nb');
splitter.write('c\n\nd');
splitter.end('e');

const w = new Writable({
  writev(chunks, cb) {
    log('writev', chunks.map((c) => String(c.chunk)));
    cb();
  },
});
w.cork();
w.write('1');
w.write('2');
process.nextTick(() => w.uncork());
w.on('finish', () => log('w finish'));
setImmediate(() => w.end('3'));

const r = new Readable({ read() {} });
r.pause();
r.push('p1');
r.push('p2');
log('paused', r.isPaused(), r.readableLength, r.readableFlowing);
r.on('data', (d) => log('r data', String(d)));
log('flowing', r.readableFlowing);
r.push(null);
r.on('end', () => log('r end'));

const up = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
const ex = new Transform({ transform(c, e, cb) { cb(null, c + '!'); } });
const composed = compose(up, ex);
composed.on('data', (d) => log('composed', String(d)));
composed.end('hey');

const d = new Duplex({
  objectMode: true,
  read() { this.push({ from: 'duplex' }); this.push(null); },
  write(c, e, cb) { log('duplex got', c); cb(); },
});
d.on('data', (x) => log('duplex data', x));
d.end({ to: 'duplex' });
d.on('finish', () => log('duplex finish'));
d.on('end', () => log('duplex end'));

const pt = new PassThrough({ highWaterMark: 1 });
log('pt write', pt.write('a'), pt.write('b'), pt.writableLength, pt.readableLength);
pt.on('drain', () => log('pt drain'));
pt.resume();
