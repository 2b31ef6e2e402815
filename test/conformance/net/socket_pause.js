// pause() really stops reading: the paused reader takes about one
// highWaterMark from the kernel and then nothing more, so the writer's
// data stays buffered (write() returned false, writableLength stays
// high); resume() lets everything through and the writer gets 'drain'.
const net = require('net');
const TOTAL = 16 * 1024 * 1024;
const big = Buffer.alloc(TOTAL, 'z');
const server = net.createServer((sock) => {
  sock.pause();
  console.log('server: paused', sock.isPaused(), sock.readableFlowing);
  let got = 0;
  sock.on('data', (d) => { got += d.length; });
  console.log('server: data listener added', sock.isPaused(), sock.readableFlowing);
  setTimeout(() => {
    const a = sock.bytesRead;
    console.log('server: after 100ms', got, a >= sock.readableHighWaterMark, a < sock.readableHighWaterMark + 65536,
      sock.readableLength === a);
    setTimeout(() => {
      console.log('server: still', sock.bytesRead === a, got);
      sock.resume();
      console.log('server: resumed', sock.isPaused(), sock.readableFlowing);
    }, 100);
  }, 100);
  sock.on('end', () => { console.log('server: end', got, sock.bytesRead); sock.end(); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    const r = c.write(big, () => console.log('client: write cb', c.writableLength));
    console.log('client: write returned', r, c.writableLength);
    setTimeout(() => console.log('client: buffered', c.writableLength === TOTAL, c.writableNeedDrain), 50);
  });
  c.on('drain', () => { console.log('client: drain', c.writableLength); c.end(); });
  c.on('close', (h) => console.log('client: close', h));
});
