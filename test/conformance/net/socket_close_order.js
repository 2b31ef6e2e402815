// The order of 'end', 'finish' and 'close' with allowHalfOpen false (the
// socket ends its side after the peer's FIN) and true (it stays writable
// until end()), on both sides, for a clean close.
const net = require('net');
function side(tag, s) {
  s.on('data', (d) => console.log(tag, 'data', d.toString(), s.readyState));
  s.on('end', () => console.log(tag, 'end', s.readyState, s.writable, s.writableEnded));
  s.on('finish', () => console.log(tag, 'finish', s.readyState, s.readableEnded));
  s.on('close', (h) => console.log(tag, 'close', h, s.readyState));
}
function round(allowHalfOpen, next) {
  console.log('--- allowHalfOpen', allowHalfOpen);
  let closed = 0;
  const done = () => { if (++closed === 2) next(); };
  const server = net.createServer({ allowHalfOpen }, (sock) => {
    side('server', sock);
    sock.on('end', () => {
      if (allowHalfOpen) setTimeout(() => { console.log('server: late end()'); sock.end('late'); }, 20);
    });
    sock.on('close', () => server.close(done));
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen }, () => c.end('hi'));
    side('client', c);
    c.on('close', done);
    if (allowHalfOpen) c.on('end', () => c.destroySoon());
  });
}
round(false, () => round(true, () => {}));
