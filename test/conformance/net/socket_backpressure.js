// write() returns false once writableLength reaches writableHighWaterMark;
// writes issued while connecting are all buffered (deterministic
// writableLength); 'drain' comes once, after everything was flushed.
const net = require('net');
const server = net.createServer((sock) => {
  let got = 0;
  sock.on('data', (d) => { got += d.length; });
  sock.on('end', () => { console.log('server: got', got); sock.end(); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  console.log('hwm', c.writableHighWaterMark, c.writableNeedDrain);
  const chunk = Buffer.alloc(16384, 'a');
  for (let i = 0; i < 6; i++) {
    const r = c.write(chunk);
    console.log('write', i, r, c.writableLength, c.bytesWritten, c.writableNeedDrain);
  }
  let drains = 0;
  c.on('drain', () => {
    drains++;
    console.log('drain', drains, c.writableLength, c.bytesWritten, c.writableNeedDrain);
    if (drains === 1) {
      // A write that the kernel takes at once: no new 'drain'.
      console.log('small write', c.write('x'), c.writableLength);
      setTimeout(() => c.end(), 20);
    }
  });
  c.on('finish', () => console.log('finish', drains, c.bytesWritten));
  c.on('close', (h) => console.log('close', h));
});
