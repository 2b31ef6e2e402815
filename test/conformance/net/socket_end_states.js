// end() twice, end() after 'finish' (ERR_STREAM_ALREADY_FINISHED),
// write() after destroy() (ERR_STREAM_DESTROYED, no 'error' event),
// destroySoon() with writes pending, destroy() twice.
const net = require('net');
let conns = 0;
const server = net.createServer((sock) => {
  let got = 0;
  sock.on('data', (d) => { got += d.length; });
  sock.on('end', () => { console.log('server: end', got); sock.end(); });
  sock.on('close', () => { if (++conns === 2) server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = net.connect(port, '127.0.0.1', () => {
    c.end(() => console.log('end cb 1'));
    c.end(() => console.log('end cb 2'));
    console.log('ended twice', c.writableEnded, c.writableFinished);
  });
  c.on('finish', () => {
    console.log('finish');
    c.end((e) => console.log('end after finish cb', e && e.code, e && e.message));
  });
  c.on('error', (e) => console.log('c error', e.code));
  c.on('close', (h) => {
    console.log('c close', h);
    const r = c.write('late', (e) => console.log('write after destroy cb', e.code, e.message));
    console.log('write after destroy', r);
    const d = net.connect(port, '127.0.0.1', () => {
      d.write(Buffer.alloc(32 * 1024 * 1024), () => console.log('d write cb'));
      console.log('d writable before destroySoon', d.writable, d.writableLength > 0);
      d.destroySoon();
      console.log('d after destroySoon', d.writable, d.destroyed, d.writableEnded);
    });
    d.on('finish', () => console.log('d finish', d.destroyed));
    d.on('close', (h) => {
      console.log('d close', h, d.bytesWritten);
      d.destroy();
      d.destroy(new Error('ignored'));
      console.log('d destroyed twice', d.destroyed);
    });
    d.on('error', (e) => console.log('d error (unexpected)', e.message));
  });
});
