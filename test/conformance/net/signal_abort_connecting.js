// Aborting while connect(2) is in flight (right after 'connectionAttempt')
// destroys the socket with an AbortError: no 'connect', the descriptor is
// closed, and the pending connect request is dropped.
const net = require('net');
const srv = net.createServer((s) => {
  s.on('error', () => {});
  s.resume();
});
srv.listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  const ac = new AbortController();
  const c = net.connect({ port, host: '127.0.0.1', signal: ac.signal });
  c.on('connectionAttempt', (address, p, family) => {
    console.log('connectionAttempt', address, p === port, family, c.connecting);
    process.nextTick(() => {
      console.log('aborting', c.connecting, c.readyState, c.pending);
      ac.abort(new Error('too slow'));
    });
  });
  c.on('connect', () => console.log('connect (unexpected)'));
  c.on('ready', () => console.log('ready (unexpected)'));
  c.on('error', (e) => console.log('error', e.name, e.code, e.message, e.cause.message, c.connecting, c.destroyed));
  c.on('close', (h) => {
    console.log('close', h, c.readyState, c.remoteAddress, c.bytesWritten);
    srv.close(() => console.log('server closed'));
  });
});
