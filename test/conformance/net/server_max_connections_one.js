// maxConnections = 1: the first connection is served; a second one while
// it is open is dropped ('drop' with its addresses); once the first has
// closed a third connection is accepted again.
const net = require('net');
let n = 0;
const server = net.createServer((sock) => {
  const id = ++n;
  console.log('server: connection', id, sock.remoteAddress, sock.remoteFamily);
  sock.on('data', (d) => { console.log('server: data', id, d.toString()); sock.end('bye ' + id); });
  sock.on('close', () => {
    console.log('server: socket close', id);
    if (id === 1) connect(3, (c) => c.write('hello'));
  });
});
server.maxConnections = 1;
server.on('drop', (d) => {
  console.log('server: drop', d.localAddress, d.localFamily, d.remoteAddress, d.remoteFamily);
});
function connect(id, then) {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('connect', () => {
    console.log('client ' + id + ': connect');
    if (then) then(c);
  });
  c.on('data', (d) => console.log('client ' + id + ': data', d.toString()));
  c.on('end', () => console.log('client ' + id + ': end'));
  c.on('close', (h) => {
    console.log('client ' + id + ': close', h);
    if (id === 2) first.write('hello');
    if (id === 3) server.close(() => console.log('server: closed'));
  });
  return c;
}
let first;
server.listen(0, '127.0.0.1', () => {
  first = connect(1, () => {});
  server.once('connection', () => connect(2));
});
