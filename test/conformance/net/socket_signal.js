// The signal option: a signal aborted before connect destroys the socket
// at once, and connect() then revives it (Node queues 'error' and 'close'
// anyway, and the revived socket can no longer finish: close it with
// destroy()); aborting later destroys it with an AbortError.
const net = require('net');
const srv = net.createServer((s) => {
  console.log('server: connection');
  s.resume();
  s.on('end', () => s.end());
});
srv.listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  const c = net.connect({ port, host: '127.0.0.1', signal: AbortSignal.abort() });
  console.log('created', c.destroyed, c.connecting);
  c.on('error', (e) => console.log('error', e.name, e.code, e.message, c.destroyed, c.connecting));
  c.on('connect', () => { console.log('connect', c.readyState); c.destroy(); });
  c.on('close', (h) => {
    console.log('close', h === true, c.destroyed);
    if (!c.destroyed) return;
    const ac = new AbortController();
    const d = net.connect({ port, host: '127.0.0.1', signal: ac.signal }, () => {
      console.log('d connect');
      ac.abort();
    });
    d.on('error', (e) => console.log('d error', e.name, e.code, e.message));
    d.on('close', (h) => { console.log('d close', h); srv.close(); });
  });
});
