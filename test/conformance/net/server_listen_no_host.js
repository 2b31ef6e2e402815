// listen() without a host binds the dual-stack "::" when IPv6 exists:
// address '::', family 'IPv6'; IPv4 clients appear as ::ffff:127.0.0.1.
const net = require('net');
const server = net.createServer((sock) => {
  console.log('server: connection', sock.remoteAddress, sock.remoteFamily, sock.localAddress, sock.localFamily);
  sock.end();
});
server.listen(() => {
  const a = server.address();
  console.log('server: listening', a.address, a.family, a.port > 0);
  const c = net.connect(a.port, '127.0.0.1', () => {
    console.log('client: connect', c.remoteAddress, c.remoteFamily, c.localFamily);
  });
  c.resume();
  c.on('close', () => {
    const c6 = net.connect(a.port, '::1', () => console.log('client6: connect', c6.remoteAddress, c6.remoteFamily));
    c6.resume();
    c6.on('close', () => server.close(() => console.log('server: closed')));
  });
});
