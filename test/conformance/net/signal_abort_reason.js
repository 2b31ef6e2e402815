// The signal's reason becomes the AbortError's cause: a timeout signal
// (AbortSignal.timeout) gives a TimeoutError cause. A server whose signal
// fires stops listening at once but emits 'close' only once its last
// connection has ended (here, the one the client's signal destroys at
// 400 ms).
const net = require('net');
const srv = net.createServer((s) => {
  console.log('server: connection');
  s.resume();
  s.on('error', () => {});
});
let serverClosed = false;
srv.on('close', () => { serverClosed = true; });
srv.listen({ port: 0, host: '127.0.0.1', signal: AbortSignal.timeout(100) }, () => {
  const port = srv.address().port;
  const c = net.connect({ port, host: '127.0.0.1', signal: AbortSignal.timeout(400) });
  c.on('connect', () => console.log('connect'));
  c.on('error', (e) => {
    const cause = e.cause;
    console.log('error', e.name, e.code, e.message);
    console.log('cause', cause.name, cause.message, cause instanceof DOMException, cause.code);
  });
  c.on('close', (h) => console.log('close', h));
  setTimeout(() => {
    console.log('at 250 ms: listening', srv.listening, srv.address());
    srv.getConnections((err, n) => console.log('connections', err, n));
  }, 250);
  setTimeout(() => console.log('at 600 ms: server closed', serverClosed, srv.listening), 600);
});
