// The signal's reason becomes the AbortError's cause: the reason of a
// timeout signal (AbortSignal.timeout) is a TimeoutError. A server whose
// signal fires stops listening at once but emits 'close' only once its last
// connection has ended (here, the one the client's signal destroys).
// Both aborts come after the connection is up: a timeout given at listen
// or connect would race the connection itself, which a loaded machine can
// hold up for longer than any short timeout. The client's 'close' is shown
// at exit: its order against the server's 'close' depends on the loop
// phase the abort runs in (the timers phase here; a context that a Go
// program cancels reaches nodenet's loop in its poll phase).
const net = require('net');
const srvAbort = new AbortController();
const srv = net.createServer((s) => {
  console.log('server: connection');
  s.resume();
  s.on('error', () => {});
});
srv.on('close', () => console.log('server close', srv.listening));
srv.listen({ port: 0, host: '127.0.0.1', signal: srvAbort.signal }, () => {
  const port = srv.address().port;
  const clientAbort = new AbortController();
  const c = net.connect({ port, host: '127.0.0.1', signal: clientAbort.signal });
  c.on('connect', () => {
    console.log('connect');
    srvAbort.abort();
    setTimeout(() => {
      console.log('at 50 ms: listening', srv.listening, srv.address());
      srv.getConnections((err, n) => console.log('connections', err, n));
    }, 50);
    AbortSignal.timeout(100).addEventListener('abort', (ev) => clientAbort.abort(ev.target.reason));
  });
  c.on('error', (e) => {
    const cause = e.cause;
    console.log('error', e.name, e.code, e.message);
    console.log('cause', cause.name, cause.message, cause instanceof DOMException, cause.code);
  });
  c.on('close', (h) => { clientClose = h; });
});
let clientClose = 'none';
process.on('exit', () => console.log('exit: client close', clientClose));
