'use strict';
// The stream helpers (isReadable, isWritable, isErrored, isDisturbed,
// isDestroyed, finished) on a client socket through its life.
const net = require('net');
const stream = require('stream');
const log = (...a) => console.log(...a);
const server = net.createServer((s) => { s.end('bye'); });
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  log('fresh', stream.isReadable(c), stream.isWritable(c), stream.isErrored(c), stream.isDisturbed(c), stream.isDestroyed(c));
  c.on('data', (d) => log('data', String(d), stream.isDisturbed(c)));
  stream.finished(c, { writable: false }, (err) => log('readable side done', err, c.readableEnded));
  c.on('end', () => { log('end', stream.isReadable(c), stream.isWritable(c)); c.end(); });
  c.on('close', () => {
    log('close', stream.isReadable(c), stream.isWritable(c), stream.isDestroyed(c), stream.isErrored(c));
    stream.finished(c, (err) => { log('finished after close', err); server.close(); });
  });
});
