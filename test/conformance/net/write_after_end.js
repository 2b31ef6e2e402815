// Writing after end(): ERR_STREAM_WRITE_AFTER_END to the callback and as
// 'error', then 'close'(true).
const net = require('net');
const server = net.createServer((sock) => { sock.resume(); sock.on('end', () => { sock.end(); server.close(); }); });
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.end();
    const r = c.write('x', (e) => console.log('write cb', e && e.code));
    console.log('write returned', r);
  });
  c.on('error', (e) => console.log('error', e.name, e.code, e.message));
  c.on('finish', () => console.log('finish'));
  c.on('close', (h) => console.log('close', h));
});
