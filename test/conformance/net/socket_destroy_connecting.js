// destroy() while connecting: the handle exists, so 'close'(false) comes
// from the close phase; no 'connect', no 'error'; a write issued while
// connecting gets ERR_SOCKET_CLOSED_BEFORE_CONNECTION.
const net = require('net');
const server = net.createServer((sock) => console.log('server: connection (unexpected?)'));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('connect', () => console.log('connect (unexpected)'));
  c.on('error', (e) => console.log('error', e.code));
  c.write('queued', (e) => console.log('write cb', e && e.code, c.destroyed));
  c.write('buffered', (e) => console.log('write2 cb', e && e.code));
  console.log('writableLength', c.writableLength, c.bytesWritten);
  c.on('close', (h) => {
    console.log('close', h, c.destroyed, c.readyState, c.pending, c.connecting, c.writableLength);
    setTimeout(() => server.close(() => console.log('server closed')), 20);
  });
  process.nextTick(() => console.log('tick', c.connecting));
  setImmediate(() => console.log('immediate'));
  c.destroy();
  console.log('destroyed', c.destroyed, c.connecting, c.pending, c.readyState);
});
