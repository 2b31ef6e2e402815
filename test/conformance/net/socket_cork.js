// cork() buffers writes; uncork() sends them with one writev, so the peer
// reads them as one chunk; nested corks need as many uncorks; end()
// uncorks fully.
const net = require('net');
const server = net.createServer((sock) => {
  sock.setEncoding('utf8');
  sock.on('data', (d) => console.log('server: data', JSON.stringify(d)));
  sock.on('end', () => { console.log('server: end'); sock.end(); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.setNoDelay(true);
    c.cork();
    c.write('a', () => console.log('cb a'));
    c.write('b');
    c.write('c', () => console.log('cb c'));
    console.log('corked', c.writableCorked, c.writableLength, c.bytesWritten);
    process.nextTick(() => {
      c.uncork();
      console.log('uncorked', c.writableCorked, c.writableLength);
      setTimeout(() => {
        c.cork();
        c.cork();
        c.write('d');
        c.write('e');
        c.uncork();
        console.log('one uncork', c.writableCorked, c.writableLength);
        setTimeout(() => {
          console.log('still corked', c.writableLength);
          c.write('f');
          c.end('g', () => console.log('end cb', c.writableCorked));
          console.log('after end', c.writableCorked, c.writableLength);
        }, 20);
      }, 20);
    });
  });
  c.on('finish', () => console.log('finish'));
  c.on('close', (h) => console.log('close', h));
});
