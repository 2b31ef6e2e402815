// destroy() while a large write is still in flight: what the write
// callback gets, and the order of callbacks, 'error' and 'close'.
const net = require('net');
const server = net.createServer((sock) => {
  sock.pause();
  let got = 0;
  sock.on('data', (d) => { got += d.length; });
  setTimeout(() => sock.resume(), 150);
  sock.on('end', () => console.log('server: end', got > 0));
  sock.on('close', () => { console.log('server: close'); server.close(); });
  sock.on('error', (e) => console.log('server: error', e.code));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write(Buffer.alloc(16 * 1024 * 1024), (e) => console.log('big write cb', e && e.code, e && e.message));
    c.write('queued', (e) => console.log('queued write cb', e && e.code));
    c.end((e) => console.log('end cb', e && e.code));
    setTimeout(() => {
      console.log('destroying', c.writableLength > 0);
      c.destroy();
      setImmediate(() => console.log('immediate'));
    }, 50);
  });
  c.on('error', (e) => console.log('error', e.code));
  c.on('finish', () => console.log('finish (unexpected)'));
  c.on('close', (h) => console.log('close', h, c.writableLength));
});
