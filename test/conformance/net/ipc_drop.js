// maxConnections on a path server: a connection beyond it is closed and
// 'drop' is emitted with no data (a pipe handle has no getsockname or
// getpeername); the client sees its connection end. Then one connection
// is accepted under a raised limit, and the accepted socket has no
// addresses; setNoDelay and setKeepAlive are no-ops, and
// setTypeOfService only remembers its value.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodenet-ipc-'));
const p = path.join(dir, 'drop.sock');
const server = net.createServer({ noDelay: true, keepAlive: true }, (sock) => {
  console.log('server: connection', sock.remoteAddress, sock.localAddress, JSON.stringify(sock.address()));
  sock.setNoDelay(true);
  sock.setKeepAlive(true, 1000);
  console.log('server: tos', sock.getTypeOfService(), sock.setTypeOfService(8) === sock, sock.getTypeOfService());
  sock.end('bye');
});
server.maxConnections = 0;
server.on('drop', (data) => {
  console.log('server: drop', data);
  server.maxConnections = 1;
  const c2 = net.connect({ path: p });
  c2.on('data', (d) => console.log('c2: data', String(d)));
  c2.on('close', () => {
    console.log('c2: close');
    server.close(() => {
      console.log('server: closed', fs.existsSync(p));
      fs.rmdirSync(dir);
    });
  });
});
server.listen({ path: p, backlog: 8 }, () => {
  const c1 = net.connect({ path: p }, () => console.log('c1: connect'));
  c1.on('data', (d) => console.log('c1: data (unexpected)', String(d)));
  c1.on('end', () => console.log('c1: end'));
  c1.on('error', (e) => console.log('c1: error', e.code));
  c1.on('close', (h) => console.log('c1: close', h));
});
