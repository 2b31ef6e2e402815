// A client sends one message to an echo server, reads the echo, ends; both
// sides close cleanly: 'end' -> 'finish' -> 'close'(false).
const net = require('net');
const server = net.createServer((sock) => {
  console.log('server: connection', sock.remoteAddress, sock.remoteFamily, sock.readyState);
  sock.on('data', (d) => { console.log('server: data', JSON.stringify(d.toString())); sock.write(d); });
  sock.on('end', () => { console.log('server: end', sock.readyState); sock.end(); });
  sock.on('finish', () => console.log('server: finish', sock.readyState));
  sock.on('close', (h) => {
    console.log('server: close', h, sock.bytesRead, sock.bytesWritten, sock.destroyed);
    server.close(() => console.log('server: closed'));
  });
});
server.on('listening', () => console.log('server: listening', server.address().address, server.address().family, server.listening));
server.listen(0, '127.0.0.1', () => {
  console.log('listen callback');
  const c = net.connect(server.address().port, '127.0.0.1');
  console.log('client: connecting', c.connecting, c.readyState, c.pending);
  c.on('connect', () => { console.log('client: connect', c.connecting, c.readyState, c.remoteAddress, c.remotePort === server.address().port); c.write('hello'); });
  c.on('ready', () => console.log('client: ready'));
  c.on('data', (d) => { console.log('client: data', JSON.stringify(d.toString())); c.end(); });
  c.on('end', () => console.log('client: end', c.readyState));
  c.on('finish', () => console.log('client: finish', c.readyState));
  c.on('close', (h) => console.log('client: close', h, c.bytesRead, c.bytesWritten, c.destroyed, c.remoteAddress));
});
