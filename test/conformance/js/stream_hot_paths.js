'use strict';
// The common calls streams take on every chunk, in the states around them:
// write(buffer) while idle, writing, corked, ending and destroyed; push
// while flowing, paused, decoding and ended; read(0) under and over the
// mark and at the end; a Transform holding a write back while its readable
// side is full; writes without a callback reaching 'finish'.
const { Readable, Writable, Transform, PassThrough } = require('stream');

const log = (...a) => console.log(...a);
const steps = [];
function next() {
  const s = steps.shift();
  if (s) s();
}
function step(name, fn) {
  steps.push(() => {
    log('--', name);
    fn(() => setImmediate(next));
  });
}

step('write states', (done) => {
  const w = new Writable({
    highWaterMark: 8,
    write(c, e, cb) {
      log('_write', c.toString(), e);
      if (c.toString() === 'async') setImmediate(cb);
      else cb();
    },
  });
  w.on('drain', () => log('drain', w.writableLength));
  w.on('finish', () => log('finish'));
  w.on('close', () => { log('close'); done(); });
  log('idle', w.write(Buffer.from('abc')), w.writableLength);
  log('writing', w.write(Buffer.from('async')), w.writableLength);
  log('queued', w.write(Buffer.from('queued1')), w.writableLength, w.writableNeedDrain);
  w.cork();
  process.nextTick(() => {
    log('corked', w.write(Buffer.from('c')), w.writableLength, w.writableCorked);
    w.uncork();
    log('uncorked', w.writableLength);
    w.end(Buffer.from('last'), () => log('end cb'));
    log('ended', w.writableLength, w.writableEnded);
  });
});

step('write after end', (done) => {
  const w = new Writable({ write(c, e, cb) { log('_write', c.toString()); cb(); } });
  w.on('error', (err) => log('error', err.code));
  w.on('close', () => { log('close'); done(); });
  w.end(Buffer.from('a'));
  log('write', w.write(Buffer.from('x'), (err) => log('write cb', err && err.code)), w.writableLength);
});

step('write after destroy', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (err) => log('error', err.code));
  w.destroy();
  log('write', w.write(Buffer.from('a')), w.writableLength);
  w.on('close', () => { log('close'); done(); });
});

step('write error in _write', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(new Error('bad ' + c)); } });
  w.on('error', (err) => log('error', err.message));
  log('write', w.write(Buffer.from('a')), w.writableLength, w.writable);
  log('write again', w.write(Buffer.from('b')));
  w.on('close', () => { log('close', w.errored && w.errored.message); done(); });
});

step('push states', (done) => {
  let reads = 0;
  const r = new Readable({ highWaterMark: 4, read(n) { log('_read', n, ++reads); } });
  log('push paused', r.push(Buffer.from('ab')), r.readableLength);
  log('push over mark', r.push(Buffer.from('cde')), r.readableLength);
  r.on('data', (c) => log('data', c.toString(), r.readableLength));
  log('flowing', r.readableFlowing);
  setImmediate(() => {
    log('push flowing', r.push(Buffer.from('fg')), r.readableLength);
    r.pause();
    log('push while paused', r.push(Buffer.from('hi')), r.readableLength);
    r.resume();
    r.setEncoding('utf8');
    setImmediate(() => {
      log('push decoded', r.push(Buffer.from([0xe2, 0x82])), r.readableLength);
      log('push rest', r.push(Buffer.from([0xac, 0x21])), r.readableLength);
      r.push(null);
      r.on('end', () => {
        log('end');
        r.on('error', (err) => log('error', err.code));
        r.push(Buffer.from('late'));
        setImmediate(done);
      });
    });
  });
});

step('read(0)', (done) => {
  const r = new Readable({
    highWaterMark: 4,
    read(n) {
      log('_read', n, r.readableLength);
    },
  });
  log('read0 empty', r.read(0), r.readableLength);
  r.on('readable', () => log('readable', r.readableLength));
  setImmediate(() => {
    r.push(Buffer.from('abcdef'));
    log('read0 over mark', r.read(0), r.readableLength);
    setImmediate(() => {
      log('read', String(r.read()));
      log('read0 after', r.read(0), r.readableLength);
      r.push(null);
      log('read0 ended', r.read(0));
      r.on('end', () => { log('end'); done(); });
    });
  });
});

step('read(0) with a throwing _read', (done) => {
  const r = new Readable({ read() { throw new Error('thrown in _read'); } });
  r.on('error', (err) => log('error', err.message));
  r.on('close', () => { log('close'); done(); });
  log('read0', r.read(0));
});

step('transform hold', (done) => {
  const t = new Transform({
    readableHighWaterMark: 4,
    writableHighWaterMark: 4,
    transform(c, e, cb) { log('_transform', c.toString()); cb(null, c); },
  });
  for (const s of ['aaaa', 'bb', 'cc']) {
    log('write', s, t.write(Buffer.from(s), () => log('cb', s)), t.writableLength, t.readableLength);
  }
  t.on('drain', () => log('drain'));
  setImmediate(() => {
    log('read', String(t.read()), t.readableLength, t.writableLength);
    setImmediate(() => {
      log('read', String(t.read()), t.readableLength, t.writableLength);
      t.end();
      t.on('finish', () => log('finish'));
      t.on('end', () => { log('end'); done(); });
      t.resume();
    });
  });
});

step('writes without a callback to finish', (done) => {
  const p = new PassThrough();
  const sink = new Writable({ write(c, e, cb) { cb(); } });
  let n = 0;
  sink.on('pipe', () => log('pipe'));
  p.on('data', () => n++);
  p.pipe(sink);
  for (let i = 0; i < 5; i++) p.write(Buffer.from('x' + i));
  p.end();
  sink.on('finish', () => { log('finish', n, p.writableLength, sink.writableLength); done(); });
});

next();
