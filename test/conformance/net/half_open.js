// allowHalfOpen on the server: after the client's FIN the server can still
// write, then ends; the client sees the data, then 'end'.
const net = require('net');
const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  sock.on('data', (d) => console.log('server: data', d.toString()));
  sock.on('end', () => {
    console.log('server: end', sock.writable, sock.readyState);
    sock.write('late reply', () => console.log('server: write cb'));
    sock.end(() => console.log('server: end cb'));
  });
  sock.on('finish', () => console.log('server: finish'));
  sock.on('close', (h) => { console.log('server: close', h); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.end('bye');
    console.log('client: ended', c.writable, c.readyState);
  });
  c.on('data', (d) => console.log('client: data', d.toString()));
  c.on('end', () => console.log('client: end', c.readyState));
  c.on('finish', () => console.log('client: finish', c.readyState));
  c.on('close', (h) => console.log('client: close', h));
});
