// socket.write with a string in the shapes a handler uses: alone, with
// 'utf8' in its spellings, with astral characters and lone surrogates,
// empty, after setDefaultEncoding ('latin1', then 'hex'), before the
// connect completes, as a String object, and after end(): what write
// returns, writableLength and bytesWritten, the errors, and the bytes the
// peer receives.
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
  s.on('error', (e) => console.log('error event', e.code, e.message));
  s.connect(server.address().port, '127.0.0.1');
  console.log('while connecting', s.write('early'), s.writableLength, s.bytesWritten);
  s.on('connect', () => {
    console.log('alone', s.write('h\u00e9llo'), s.bytesWritten);
    console.log('utf8', s.write('a\ud83d\ude00b', 'utf8'));
    console.log('utf-8', s.write('\ud800x', 'utf-8'));
    console.log('UTF-8', s.write('\udc00', 'UTF-8'));
    console.log('UTF8', s.write('y', 'UTF8'));
    console.log('Utf8', s.write('z', 'Utf8'));
    console.log('uTF-8 surrogate', s.write('\udbff', 'uTF-8'));
    console.log('empty', s.write(''), s.write('', 'utf8'));
    console.log('buffer', s.write(Buffer.from('B')));
    try {
      s.write(new String('obj'));
    } catch (e) {
      console.log('String object', e.code);
    }
    try {
      s.write('q', 'nope');
    } catch (e) {
      console.log('bad encoding', e.code);
    }
    s.setDefaultEncoding('latin1');
    console.log('latin1 default', s.write('\u00e9\u0100'));
    console.log('utf8 over default', s.write('\u00e9', 'utf8'));
    s.setDefaultEncoding('hex');
    console.log('hex default', s.write('0aff'));
    console.log('bytesWritten', s.bytesWritten);
    s.end(() => {
      console.log('ended', s.bytesWritten);
      console.log('after end alone', s.write('late'));
      console.log('after end utf8', s.write('late', 'utf8'));
    });
  });
});
