// maxConnections = 0 drops every connection: 'drop' with the local and
// remote address, port and family, no 'connection'; the client sees the
// connection accepted and then closed by the peer (end, then close).
const net = require('net');
const server = net.createServer(() => console.log('server: connection (unexpected)'));
server.maxConnections = 0;
console.log('maxConnections', server.maxConnections);
server.on('drop', (d) => {
  console.log('server: drop', Object.keys(d).join(','));
  console.log('server: drop local', d.localAddress, d.localFamily, d.localPort === server.address().port);
  console.log('server: drop remote', d.remoteAddress, d.remoteFamily, d.remotePort === client.localPort);
  server.getConnections((err, n) => console.log('server: connections', err, n));
});
let client;
server.listen(0, '127.0.0.1', () => {
  client = net.connect(server.address().port, '127.0.0.1');
  client.on('connect', () => console.log('client: connect'));
  client.on('data', (d) => console.log('client: data (unexpected)', d.length));
  client.on('end', () => console.log('client: end'));
  client.on('error', (e) => console.log('client: error', e.code));
  client.on('close', (h) => {
    console.log('client: close', h);
    server.close(() => console.log('server: closed'));
  });
});
