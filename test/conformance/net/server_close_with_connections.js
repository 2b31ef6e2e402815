// close() with open connections: the server stops accepting at once
// (listening false, address() null, new connections refused) but 'close'
// waits until the last connection has closed; getConnections counts them.
const net = require('net');
const server = net.createServer();
const socks = [];
let port;
server.on('close', () => console.log('server: close event'));
server.on('connection', (s) => {
  const id = socks.push(s);
  console.log('server: connection', id);
  s.on('end', () => console.log('server: end', id));
  s.on('close', (h) => {
    console.log('server: socket close', id, h);
    server.getConnections((err, n) => {
      console.log('server: connections after close of', id, err, n);
      if (id === 1) socks[1].end();
    });
  });
  if (id === 1) {
    client(2);
    return;
  }
  server.getConnections((err, n) => {
    console.log('server: connections', err, n);
    server.close((err) => console.log('server: close cb', err));
    console.log('server: after close()', server.listening, server.address());
    server.getConnections((err, n) => console.log('server: connections after close()', err, n));
    const c3 = net.connect(port, '127.0.0.1');
    c3.on('connect', () => console.log('client 3: connect (unexpected)'));
    c3.on('error', (e) => console.log('client 3: error', e.code));
    c3.on('close', () => { console.log('client 3: close'); socks[0].end(); });
  });
});
function client(id) {
  const c = net.connect(port, '127.0.0.1');
  c.on('connect', () => console.log('client ' + id + ': connect'));
  c.on('end', () => console.log('client ' + id + ': end'));
  c.on('close', (h) => console.log('client ' + id + ': close', h));
}
server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  client(1);
});
