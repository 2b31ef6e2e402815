// Server options reach every accepted socket: highWaterMark (both sides),
// allowHalfOpen (the socket stays writable after the client's FIN), and
// noDelay / keepAlive / keepAliveInitialDelay (ms, kept in whole seconds).
const net = require('net');
const server = net.createServer({
  allowHalfOpen: true, noDelay: true, keepAlive: true, keepAliveInitialDelay: 1500, highWaterMark: 1024,
}, (sock) => {
  console.log('server: connection', sock.readableHighWaterMark, sock.writableHighWaterMark, sock.allowHalfOpen);
  const big = Buffer.alloc(2000, 'x');
  console.log('server: write 2000 returned', sock.write(big), sock.writableLength <= 2000);
  sock.on('drain', () => console.log('server: drain'));
  sock.on('data', (d) => console.log('server: data', d.length));
  sock.on('end', () => {
    console.log('server: end', sock.writable, sock.readyState);
    sock.end('late', () => console.log('server: ended'));
  });
  sock.on('close', (h) => { console.log('server: close', h); server.close(); });
});
console.log('server:', server.allowHalfOpen, server.pauseOnConnect, server.noDelay, server.keepAlive,
  server.keepAliveInitialDelay, server.highWaterMark, server.maxConnections);
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let got = 0;
  c.on('data', (d) => { got += d.length; });
  c.on('connect', () => c.end('abc'));
  c.on('end', () => console.log('client: end', got));
  c.on('close', (h) => console.log('client: close', h));
});
