// setDefaultEncoding before connect: a string written alone after the
// connect (and one written while connecting) takes that encoding.
const net = require('net');
const server = net.createServer((c) => {
  const parts = [];
  c.on('data', (d) => parts.push(d));
  c.on('end', () => {
    console.log('peer got', Buffer.concat(parts).toString('hex'));
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const s = new net.Socket();
  s.setDefaultEncoding('hex');
  s.connect(server.address().port, '127.0.0.1', () => {
    s.write('0aff');
    s.write('ff00');
    s.end();
  });
  s.write('1234');
});
