// Three clients end() in one tick. The server's sockets see 'end' in the
// order the FINs arrived, end their side in turn ('finish'), and close in
// the close phase: last in, first out.
const net = require('net');
const names = ['a', 'b', 'c'];
const clients = [];
let accepted = 0;
const server = net.createServer((sock) => {
  sock.once('data', (d) => {
    const n = d.toString();
    sock.on('end', () => console.log('server: end', n));
    sock.on('finish', () => console.log('server: finish', n));
    sock.on('close', (h) => console.log('server: close', n, h));
    if (++accepted === names.length) {
      for (const c of clients) c.end();
      console.log('clients ended');
      server.close(() => console.log('server: closed'));
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  names.forEach((n, i) => {
    const c = net.connect(port, '127.0.0.1', () => c.write(n));
    c.on('end', () => console.log('client: end', n));
    c.on('close', (h) => console.log('client: close', n, h));
    clients[i] = c;
  });
});
