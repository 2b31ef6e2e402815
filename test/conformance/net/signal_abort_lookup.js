// Aborting while the host lookup is in flight destroys the socket with an
// AbortError at once; the lookup still completes later and 'lookup' is
// emitted, but no connection is attempted.
const net = require('net');
const srv = net.createServer(() => console.log('server: connection (unexpected)'));
srv.listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  const ac = new AbortController();
  // A lookup that answers after 100 ms.
  const lookup = (host, opts, cb) => {
    console.log('lookup called', host);
    setTimeout(() => cb(null, '127.0.0.1', 4), 100);
  };
  const c = net.connect({ port, host: 'example.invalid', lookup, autoSelectFamily: false, signal: ac.signal });
  c.on('lookup', (err, address, family, host) => {
    console.log('lookup', err, address, family, host, c.connecting, c.destroyed);
    setTimeout(() => srv.close(() => console.log('server closed')), 100);
  });
  c.on('connectionAttempt', () => console.log('connectionAttempt (unexpected)'));
  c.on('connect', () => console.log('connect (unexpected)'));
  c.on('error', (e) => console.log('error', e.name, e.code, e.message, e.cause.name, c.connecting));
  c.on('close', (h) => console.log('close', h, c.destroyed, c.readyState));
  setTimeout(() => {
    console.log('aborting', c.connecting, c.readyState);
    ac.abort();
  }, 10);
});
