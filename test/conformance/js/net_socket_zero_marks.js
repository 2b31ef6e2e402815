'use strict';
// Client sockets with high-water marks of 0 and of their own per half,
// and Writables with a mark of 0: a write taken at once returns true and
// needs no 'drain'; one still pending returns false.
const net = require('net');
const log = (...a) => console.log(...a);
const server = net.createServer((s) => { s.on('data', (d) => s.write(d)); s.on('end', () => s.end()); });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const shapes = [
    { highWaterMark: 0 },
    { readableHighWaterMark: 0, writableHighWaterMark: 0 },
    { readableHighWaterMark: 3, writableHighWaterMark: 5 },
    { highWaterMark: 4, readableHighWaterMark: 9 },
  ];
  let i = 0;
  const next = () => {
    if (i === shapes.length) { server.close(() => { log('server closed'); writables(); }); return; }
    const opts = shapes[i++];
    const c = new net.Socket(opts);
    log(JSON.stringify(opts), 'marks', c.readableHighWaterMark, c.writableHighWaterMark);
    c.connect(port, '127.0.0.1', () => {
      log('  write returns', c.write('hello'), 'writableLength', c.writableLength, 'needDrain', c.writableNeedDrain);
      c.on('drain', () => log('  drain'));
      let got = '';
      c.on('data', (d) => { got += d; if (got.length === 5) { log('  echoed', got); c.end(); } });
      c.on('close', () => { log('  close'); next(); });
    });
  };
  next();
});

function writables() {
  const { Writable } = require('stream');
  const w = new Writable({ highWaterMark: 0, write(c, e, cb) { cb(); } });
  log('sync, mark 0', w.write('x'), w.writableNeedDrain, w.writableLength);
  const w2 = new Writable({ highWaterMark: 0, write(c, e, cb) { process.nextTick(cb); } });
  log('async, mark 0', w2.write('x'), w2.writableNeedDrain, w2.writableLength);
  const w3 = new Writable({ highWaterMark: 3, write(c, e, cb) { cb(); } });
  log('sync, mark 3, 4 bytes', w3.write('xxxx'), w3.writableNeedDrain, w3.writableLength);
  w.on('drain', () => log('drain sync'));
  w2.on('drain', () => log('drain async'));
  w3.on('drain', () => log('drain mark 3'));
}
