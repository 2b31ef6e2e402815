// The socket handed to 'connection': its state, addresses and server, and
// the connection count, which drops as soon as the socket is destroyed
// (before its 'close').
const net = require('net');
let client;
const server = net.createServer((sock) => {
  const port = server.address().port;
  console.log('state', sock.readyState, sock.pending, sock.connecting, sock.destroyed, sock.bytesRead, sock.bytesWritten);
  console.log('server', sock.server === server, sock.allowHalfOpen, sock.isPaused());
  console.log('local', sock.localAddress, sock.localFamily, sock.localPort === port);
  console.log('remote', sock.remoteAddress, sock.remoteFamily, sock.remotePort === client.localPort);
  const a = sock.address();
  console.log('address()', a.address, a.family, a.port === port);
  server.getConnections((err, n) => console.log('connections at connection', err, n));
  sock.on('data', (d) => {
    console.log('data', d.toString(), sock.bytesRead);
    sock.destroy();
    console.log('after destroy', sock.destroyed, sock.readyState, server.listening);
    server.getConnections((err, n) => console.log('connections after destroy', err, n));
    server.close(() => console.log('server: closed'));
  });
  sock.on('close', (h) => console.log('socket close', h, sock.remoteAddress));
});
server.listen(0, '127.0.0.1', () => {
  client = net.connect(server.address().port, '127.0.0.1', () => client.write('x'));
  client.on('end', () => console.log('client: end'));
  client.on('close', (h) => console.log('client: close', h));
});
