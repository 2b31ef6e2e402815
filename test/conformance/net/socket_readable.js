// Paused mode with 'readable' and read(n): 'readable' fires when data is
// buffered, read(n) takes exactly n bytes (or null when fewer are
// buffered), read() takes a chunk; at the end read() returns what is left
// and 'end' follows.
const net = require('net');
const server = net.createServer((sock) => {
  sock.setNoDelay(true);
  sock.write('0123456789');
  sock.once('data', () => sock.end('abcdef'));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let n = 0;
  c.on('readable', () => {
    n++;
    console.log('readable', n, c.readableLength, c.readableFlowing);
    if (n === 1) {
      console.log('read(4)', String(c.read(4)));
      console.log('read(100)', c.read(100));
      console.log('read()', String(c.read()), c.readableLength);
      console.log('read()', c.read());
      c.write('go');
    } else {
      let chunk;
      while ((chunk = c.read(4)) !== null) console.log('read(4)', String(chunk));
      console.log('left', c.readableLength, c.readableEnded);
    }
  });
  c.on('data', (d) => console.log('data', String(d)));
  c.on('end', () => { console.log('end', n); server.close(); });
  c.on('close', (h) => console.log('close', h));
});
