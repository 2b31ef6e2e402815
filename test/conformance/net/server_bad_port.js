// An out-of-range port makes listen() throw ERR_SOCKET_BAD_PORT
// synchronously. Node registers the listen callback before it validates the
// port, so the callback of the failed call still runs on the next
// successful listen.
const net = require('net');
const s = net.createServer();
for (const port of [70000, 65536, -1]) {
  try {
    s.listen(port, '127.0.0.1', () => console.log('callback of listen(' + port + ')'));
    console.log('no throw (unexpected)');
  } catch (e) {
    console.log('thrown', e.name, e.code, e.message);
  }
}
try {
  s.listen({ port: 99999, host: '127.0.0.1' });
} catch (e) {
  console.log('thrown', e.name, e.code, e.message);
}
console.log('listening', s.listening, s.listenerCount('listening'));
s.listen(0, '127.0.0.1', () => {
  console.log('listen ok', s.listening, s.listenerCount('listening'));
  s.close(() => console.log('closed'));
});
