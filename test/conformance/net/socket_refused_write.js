// Writes and end() issued while connecting to a port nobody listens on:
// 'error' ECONNREFUSED, then the callbacks fail (the write in progress with
// ERR_SOCKET_CLOSED_BEFORE_CONNECTION, at 'close'), then 'close'(true).
const net = require('net');
const probe = net.createServer().listen(0, '127.0.0.1', () => {
  const port = probe.address().port;
  probe.close(() => {
    const c = net.connect(port, '127.0.0.1');
    c.write('a', (e) => console.log('write a cb', e && e.code));
    c.write('b', (e) => console.log('write b cb', e && e.code));
    c.end('c', (e) => console.log('end cb', e && e.code));
    c.on('error', (e) => console.log('error', e.code, c.writableLength, c.bytesWritten));
    c.on('finish', () => console.log('finish (unexpected)'));
    c.on('close', (h) => console.log('close', h, c.writableLength, c.bytesWritten));
    process.nextTick(() => console.log('tick', c.writableLength, c.bytesWritten));
  });
});
