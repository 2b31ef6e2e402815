// An IPv6 loopback server and client: addresses and families on both ends.
const net = require('net');
const server = net.createServer((sock) => {
  console.log('server: connection', sock.remoteAddress, sock.remoteFamily, sock.localAddress, sock.localFamily,
    sock.localPort === server.address().port);
  sock.on('data', (d) => sock.end(d));
});
server.listen({ port: 0, host: '::1' }, () => {
  const a = server.address();
  console.log('server: listening', a.address, a.family);
  const c = net.connect({ port: a.port, host: '::1' });
  c.on('connectionAttempt', (addr, p, f) => console.log('client: attempt', addr, f));
  c.on('connect', () => {
    console.log('client: connect', c.remoteAddress, c.remoteFamily, c.localAddress, c.localFamily, c.remotePort === a.port);
    const la = c.address();
    console.log('client: address()', la.address, la.family);
    c.write('v6');
  });
  c.on('data', (d) => console.log('client: data', d.toString()));
  c.on('close', (h) => {
    console.log('client: close', h);
    server.close(() => console.log('server: closed'));
  });
});
