// listen() flags: with ipv6Only the '::' socket leaves the IPv4 port free
// (an IPv4 server binds the same port, an IPv4 client reaches that one);
// with reusePort two servers share one port.
const net = require('net');
const v6 = net.createServer((s) => { console.log('v6: connection (unexpected)'); s.destroy(); });
v6.listen({ port: 0, host: '::', ipv6Only: true }, () => {
  const port = v6.address().port;
  console.log('v6: listening', v6.address().address, v6.address().family);
  const v4 = net.createServer((s) => {
    console.log('v4: connection', s.remoteAddress, s.localPort === port);
    s.end();
  });
  v4.on('error', (e) => console.log('v4: error (unexpected)', e.code));
  v4.listen(port, '127.0.0.1', () => {
    console.log('v4: listening on the same port', v4.address().port === port);
    const c = net.connect(port, '127.0.0.1', () => console.log('client: connect'));
    c.resume();
    c.on('close', () => {
      v4.close(() => console.log('v4: closed'));
      v6.close(() => console.log('v6: closed'));
      reuse();
    });
  });
});
function reuse() {
  const a = net.createServer();
  a.listen({ port: 0, host: '127.0.0.1', reusePort: true }, () => {
    const port = a.address().port;
    const b = net.createServer();
    b.on('error', (e) => console.log('b: error (unexpected)', e.code));
    b.listen({ port, host: '127.0.0.1', reusePort: true }, () => {
      console.log('b: listening on the same port', b.address().port === port);
      b.close(() => console.log('b: closed'));
      a.close(() => console.log('a: closed'));
    });
  });
}
