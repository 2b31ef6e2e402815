'use strict';
// Found by differential fuzzing (test/fuzzdiff seed 1077, through the script
// host and through the Go API alike): a client pipes into itself, an echo
// back to the server, whose socket then ends with 609163 bytes and writes
// after end, so it is destroyed with the echo unread and resets the client.
// The self-pipe pauses the client after its first chunks (its own write
// buffer is over the high-water mark): Node reads nothing more before the
// reset, and the client's bytesRead is what it delivered.
const net = require('net');
const srv = net.createServer({ allowHalfOpen: true }, (s) => {
  s.on('error', (e) => console.log('server socket: error', e.code));
  s.on('close', (h) => {
    console.log('server socket: close', h, s.bytesRead, s.bytesWritten);
    srv.close();
  });
  setTimeout(() => {
    s.end(Buffer.alloc(609163, 'e'));
    console.log('server socket: write after end', s.write('x'.repeat(504), 'ascii'));
  }, 20);
});
srv.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: srv.address().port, host: '127.0.0.1', allowHalfOpen: true });
  let got = 0;
  c.on('connect', () => c.pipe(c, { end: false }));
  c.on('data', (d) => { got += d.length; });
  c.on('error', (e) => console.log('client: error', e.code, 'paused', c.isPaused()));
  c.on('close', (h) => console.log('client: close', h, 'data', got, 'bytesRead', c.bytesRead, 'written', c.bytesWritten));
});
