// The onread option: reads go into the given buffer, the callback gets
// nread and no 'data' is emitted; returning false pauses reading until
// resume(); 'end' still comes.
const net = require('net');
const server = net.createServer((sock) => {
  sock.setNoDelay(true);
  sock.write('aaaa');
  sock.once('data', () => {
    sock.write('bbbb');
    sock.once('data', () => { sock.write('cccc'); sock.end(); server.close(); });
  });
});
server.listen(0, '127.0.0.1', () => {
  const buf = Buffer.alloc(16);
  let calls = 0;
  const c = net.connect({
    port: server.address().port,
    host: '127.0.0.1',
    onread: {
      buffer: buf,
      callback: (n, b) => {
        calls++;
        console.log('onread', n, b === buf, b.toString('latin1', 0, n), c.bytesRead);
        if (calls === 2) {
          setTimeout(() => {
            console.log('resuming', c.isPaused());
            c.resume();
            c.write('ack2');
          }, 30);
          return false;
        }
        c.write('ack1');
      },
    },
  });
  c.on('data', () => console.log('data (never)'));
  c.on('end', () => console.log('end', calls, c.bytesRead));
  c.on('close', (h) => console.log('close', h));
});
