// An echo over a Unix domain socket: listen on a path in a fresh temporary
// directory, connect to it (no lookup, no connectionAttempt), echo, close.
// address() is the path itself; pipe sockets have no addresses or ports;
// the socket file exists while listening and is gone after close.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodenet-ipc-'));
const p = path.join(dir, 'echo.sock');
const server = net.createServer((sock) => {
  console.log('server: connection', sock.remoteAddress, sock.remotePort, sock.remoteFamily, sock.localAddress, sock.localPort);
  sock.on('data', (d) => { console.log('server: data', JSON.stringify(String(d))); sock.write(d); });
  sock.on('end', () => { console.log('server: end'); sock.end(); });
  sock.on('close', (h) => {
    console.log('server: close', h, sock.bytesRead, sock.bytesWritten);
    server.close(() => {
      console.log('server: closed', fs.existsSync(p), server.address() === p, server.listening);
      fs.rmdirSync(dir);
    });
  });
});
server.listen({ path: p }, () => {
  console.log('server: listening', server.address() === p, typeof server.address(), fs.existsSync(p), server.listening);
  const c = net.connect({ path: p });
  console.log('client: connecting', c.connecting, c.readyState);
  c.on('lookup', () => console.log('client: lookup (unexpected)'));
  c.on('connectionAttempt', () => console.log('client: connectionAttempt (unexpected)'));
  c.on('connect', () => {
    console.log('client: connect', c.connecting, c.readyState, c.remoteAddress, c.remotePort, c.remoteFamily, JSON.stringify(c.address()));
    try {
      c.resetAndDestroy();
      console.log('client: resetAndDestroy did not throw (unexpected)');
    } catch (e) {
      console.log('client: resetAndDestroy throws', e.name, e.code, e.message);
    }
    c.write('hello');
  });
  c.on('ready', () => console.log('client: ready'));
  c.on('data', (d) => { console.log('client: data', JSON.stringify(String(d))); c.end(); });
  c.on('end', () => console.log('client: end'));
  c.on('close', (h) => console.log('client: close', h, c.bytesRead, c.bytesWritten, c.remoteAddress));
});
