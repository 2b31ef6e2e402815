// Strings written with an encoding: a net.Socket keeps them as strings, so
// writableLength counts their length (UTF-16 units) while bytesWritten
// counts the encoded bytes; the peer gets the bytes.
const net = require('net');
const server = net.createServer((sock) => {
  const parts = [];
  sock.on('data', (d) => parts.push(d));
  sock.on('end', () => { console.log('server: got', Buffer.concat(parts).toString('hex')); sock.end(); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const show = (tag) => console.log(tag, c.writableLength, c.bytesWritten);
  c.write('€uro'); show('€uro');
  c.write('ffee', 'hex'); show('hex');
  c.write('😀', 'utf8'); show('emoji');
  c.write('aGk=', 'base64'); show('base64');
  c.write('é', 'latin1'); show('latin1');
  c.write('Ω', 'utf16le'); show('utf16le');
  c.end('!', () => show('end cb'));
  c.on('connect', () => show('connect'));
});
