// listen() on a listening server (or on one whose listen is in progress)
// throws ERR_SERVER_ALREADY_LISTEN synchronously.
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  console.log('listening');
  try {
    server.listen(0, '127.0.0.1');
    console.log('no throw (unexpected)');
  } catch (e) {
    console.log('thrown', e.name, e.code, e.message);
  }
  console.log('still listening', server.listening);
  server.close(() => console.log('closed'));
});
// The handle is created in listen() already when there is no host lookup.
const s2 = net.createServer();
s2.listen(0);
console.log('s2 listening', s2.listening);
try {
  s2.listen(0);
} catch (e) {
  console.log('s2 thrown', e.code);
}
s2.close(() => console.log('s2 closed'));
