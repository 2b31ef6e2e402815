// bytesWritten after a write that fails at once (the peer is gone: EPIPE).
// Node counts a Buffer, several chunks at once (cork, writev) and a hex or
// base64 string as written even though the write failed; a string it
// first tried to write from its 16 KiB stack buffer (UTF-8 up to 5461
// units, Latin-1/ASCII up to 16384, UTF-16 up to 8192) is not counted.
// Found by differential fuzzing (test/fuzzdiff).
const net = require('net');
const variants = {
  utf8Small: (s, cb) => s.write('world!', cb),
  utf8Limit: (s, cb) => s.write('x'.repeat(5461), cb),
  utf8Over: (s, cb) => s.write('x'.repeat(5462), cb),
  surrogatesOver: (s, cb) => s.write('\ud83d\ude00'.repeat(2731), cb),
  latin1Limit: (s, cb) => s.write('x'.repeat(16384), 'latin1', cb),
  latin1Over: (s, cb) => s.write('x'.repeat(16385), 'latin1', cb),
  ucs2Limit: (s, cb) => s.write('x'.repeat(8192), 'utf16le', cb),
  ucs2Over: (s, cb) => s.write('x'.repeat(8193), 'utf16le', cb),
  hex: (s, cb) => s.write('616263', 'hex', cb),
  base64: (s, cb) => s.write('YWJj', 'base64', cb),
  buffer: (s, cb) => s.write(Buffer.from('world!'), cb),
  uint8: (s, cb) => s.write(new Uint8Array(3), cb),
  corkedStrings: (s, cb) => { s.cork(); s.write('ab'); s.write('cde', cb); s.uncork(); },
  endString: (s, cb) => s.end('world!', cb),
  endBuffer: (s, cb) => s.end(Buffer.from('world!'), cb),
};
const names = Object.keys(variants);
function run(i) {
  if (i === names.length) return;
  const name = names[i];
  const srv = net.createServer({ allowHalfOpen: true }, (s) => {
    s.on('error', (e) => console.log(name, 'error', e.code, s.bytesWritten));
    s.on('close', () => { console.log(name, 'close', s.bytesWritten); srv.close(); run(i + 1); });
    s.on('end', () => {
      s.write('hello', (e) => {
        console.log(name, 'first write', e, s.bytesWritten);
        setTimeout(() => variants[name](s, (e) => console.log(name, 'cb', e && e.code, s.bytesWritten)), 20);
      });
    });
  });
  srv.listen(0, '127.0.0.1', () => {
    const c = net.connect(srv.address().port, '127.0.0.1', () => c.destroy());
  });
}
run(0);
