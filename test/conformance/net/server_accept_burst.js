// Several clients connecting at once: the server accepts every pending
// connection in one go ('connection' for each, in order), then the clients
// see their 'connect'.
const net = require('net');
let n = 0;
const ports = [];
const server = net.createServer((sock) => {
  const i = ports.indexOf(sock.remotePort);
  console.log('server: connection', ++n, 'from client', i);
  sock.end('hi ' + i);
  if (n === 4) server.close(() => console.log('server: closed'));
});
server.listen(0, '127.0.0.1', () => {
  for (let i = 0; i < 4; i++) {
    const c = net.connect({ port: server.address().port, host: '127.0.0.1' });
    c.on('connectionAttempt', () => console.log('client', i, 'attempt'));
    c.on('connect', () => { ports[i] = c.localPort; console.log('client', i, 'connect'); });
    c.on('data', (d) => console.log('client', i, 'data', d.toString()));
    c.on('close', () => console.log('client', i, 'close'));
  }
});
