// destroy() after connect, without and with an error: the peer sees 'end'
// then 'close'; the destroyed side gets 'error' (only with an error) then
// 'close'(hadError); pending write callbacks get the error.
const net = require('net');
let n = 0;
const server = net.createServer((sock) => {
  const id = ++n;
  sock.on('data', (d) => console.log('server', id, 'data', d.toString()));
  sock.on('end', () => console.log('server', id, 'end'));
  sock.on('close', (h) => { console.log('server', id, 'close', h); if (id === 2) server.close(); else second(); });
});
function client(withError, cb) {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('hello ' + withError, () => {
      console.log('client write cb');
      c.write('more', (e) => console.log('client pending write cb', e && e.code));
      c.destroy(withError ? Object.assign(new Error('boom'), { code: 'EBOOM' }) : undefined);
      console.log('client destroyed', c.destroyed, c.readyState, c.writable, c.readable);
    });
  });
  c.on('error', (e) => console.log('client error', e.message, e.code));
  c.on('end', () => console.log('client end (unexpected)'));
  c.on('finish', () => console.log('client finish (unexpected)'));
  c.on('close', (h) => console.log('client close', h, c.destroyed));
}
function second() { client(true); }
server.listen(0, '127.0.0.1', () => client(false));
