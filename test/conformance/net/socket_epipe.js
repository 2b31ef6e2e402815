// Writing to a peer that reset the connection: the first write after the
// RST is reported as Node reports it (EPIPE or ECONNRESET from write(2),
// or ECONNRESET from the read side), to the write callback and as
// 'error', then 'close'(true).
const net = require('net');
const server = net.createServer((sock) => {
  sock.once('data', () => {
    sock.resetAndDestroy();
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.pause(); // do not see the RST from the read side
    c.write('first');
    setTimeout(() => {
      const r = c.write('second', (e) => console.log('write cb', e && e.code, e && e.syscall, e && e.message));
      console.log('write returned', r, c.destroyed);
      c.write('third', (e) => console.log('write cb 3', e && e.code));
    }, 50);
  });
  c.on('error', (e) => console.log('error', e.code, e.errno, e.syscall, e.message));
  c.on('close', (h) => console.log('close', h, c.destroyed, c.bytesWritten));
});
