// Aborting a connected socket destroys it with an AbortError ('error',
// then 'close' with hadError true); what it wrote before the abort reaches
// the peer, which then sees the end of the stream.
const net = require('net');
let got = '';
let ended = false;
let serverSocketClosed = null;
const srv = net.createServer((s) => {
  console.log('server: connection');
  s.on('data', (d) => { got += d; });
  s.on('end', () => { ended = true; });
  s.on('close', (h) => { serverSocketClosed = h; });
});
srv.listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  const ac = new AbortController();
  const c = net.connect({ port, host: '127.0.0.1', signal: ac.signal });
  c.on('connect', () => {
    console.log('connect', c.readyState);
    c.write('hello', () => {
      console.log('written', c.bytesWritten);
      setTimeout(() => {
        console.log('aborting', c.readyState);
        ac.abort();
      }, 100);
    });
  });
  c.on('end', () => console.log('end (unexpected)'));
  c.on('finish', () => console.log('finish (unexpected)'));
  c.on('error', (e) => console.log('error', e.name, e.code, e.message, e.cause.name, e.cause.message));
  c.on('close', (h) => {
    console.log('close', h, c.destroyed, c.readyState, c.bytesWritten);
    // The server's socket sees the end of the stream: 'close' waits for it.
    srv.close(() => {
      console.log('server closed', JSON.stringify(got), ended);
      setTimeout(() => console.log('server socket closed', serverSocketClosed), 100);
    });
  });
});
