// Writes and end() issued while connecting are flushed once connected, in
// order, then the FIN; 'finish' follows.
const net = require('net');
const server = net.createServer((sock) => {
  let got = '';
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => { console.log('server: got', JSON.stringify(got)); sock.end('bye'); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('connect', () => console.log('connect', c.writableLength, c.bytesWritten, c.readyState));
  c.write('one,', () => console.log('cb one'));
  c.write('two,', () => console.log('cb two'));
  c.end('three', () => console.log('end cb'));
  console.log('ended while connecting', c.readyState, c.writableLength, c.bytesWritten, c.writableEnded, c.writableFinished);
  c.on('finish', () => console.log('finish', c.readyState, c.bytesWritten));
  c.on('data', (d) => console.log('data', d.toString()));
  c.on('end', () => console.log('end', c.readyState));
  c.on('close', (h) => console.log('close', h, c.bytesRead, c.bytesWritten));
});
