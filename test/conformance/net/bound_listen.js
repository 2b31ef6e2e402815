// A server adopts a BoundSocket: listen(bound) is listening at once, with
// the bound address; 'listening' and the listen callback follow on the
// next tick, and connections arrive as usual. The BoundSocket is then
// spent: its address(), fd() and close() throw ERR_SOCKET_HANDLE_ADOPTED,
// and so does adopting it again (a second server stays unbound). A
// listening server refuses another BoundSocket, which stays usable.
const net = require('net');
const show = (tag, e) => console.log(tag, 'throws', e.name, e.code, e.message);
const b = new net.BoundSocket({ host: '127.0.0.1' });
const bound = b.address();
const server = net.createServer((s) => {
  console.log('server: connection', s.remoteAddress, s.localPort === bound.port);
  s.end('hi');
});
server.on('listening', () => {
  const a = server.address();
  console.log('server: listening', a.address, a.family, a.port === bound.port);
  for (const m of ['address', 'fd', 'close']) {
    try {
      b[m]();
      console.log(m, 'after adoption: no throw (unexpected)');
    } catch (e) {
      show(m + ' after adoption', e);
    }
  }
  console.log('isPipe after adoption', b.isPipe);
  const other = net.createServer();
  other.on('listening', () => console.log('other: listening (unexpected)'));
  try {
    other.listen(b);
  } catch (e) {
    show('other: listen', e);
  }
  console.log('other: listening', other.listening, other.address());
  const spare = new net.BoundSocket({ host: '127.0.0.1' });
  try {
    server.listen(spare);
  } catch (e) {
    show('server: listen again', e);
  }
  console.log('spare still owned', spare.address().port > 0);
  spare.close();
  const c = net.connect(bound.port, '127.0.0.1');
  c.on('data', (d) => console.log('client: data', String(d)));
  c.on('close', (h) => {
    console.log('client: close', h);
    server.close(() => console.log('server: closed', server.address(), server.listening));
  });
});
const r = server.listen(b, () => console.log('listen callback'));
console.log('listen returned', r === server, server.listening, server.address().port === bound.port);
process.nextTick(() => console.log('next tick'));
