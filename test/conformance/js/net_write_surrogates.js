// Strings with lone surrogates written with utf16le, latin1 and utf8: the
// code units Node writes (the surrogate itself, its low byte, or U+FFFD).
const net = require('net');
const server = net.createServer((s) => {
  const parts = [];
  s.on('data', (d) => parts.push(d));
  s.on('end', () => { console.log(Buffer.concat(parts).toString('hex')); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('a\ud83db', 'utf16le');
    c.write('\ud83d\ude00', 'utf16le');
    c.write('x\udc00', 'latin1');
    c.write('y\ud800', 'utf8');
    c.end('\ude00', 'ucs2');
  });
});
