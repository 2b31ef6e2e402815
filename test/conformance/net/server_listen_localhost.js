// listen(0, 'localhost') resolves the host with dns.lookup first (here
// /etc/hosts maps localhost to 127.0.0.1 only): the server is not listening
// until the lookup is done. A client connects to 'localhost' too: 'lookup'
// (err, address, family, host), then the attempt.
const net = require('net');
const server = net.createServer((sock) => {
  console.log('server: connection', sock.remoteAddress);
  sock.end('hi');
});
server.listen(0, 'localhost', () => {
  const a = server.address();
  console.log('server: listening', a.address, a.family);
  const c = net.connect({ port: a.port, host: 'localhost' });
  console.log('client: connecting', c.connecting);
  c.on('lookup', (err, address, family, host) => console.log('client: lookup', err, address, family, host));
  c.on('connectionAttempt', (address, port, family) => console.log('client: attempt', address, family));
  c.on('connect', () => console.log('client: connect', c.remoteAddress, c.remoteFamily));
  c.on('data', (d) => console.log('client: data', d.toString()));
  c.on('close', (h) => {
    console.log('client: close', h);
    server.close(() => console.log('server: closed'));
  });
});
console.log('server: after listen()', server.listening, server.address());
