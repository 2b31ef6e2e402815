// Address conflicts around BoundSocket. Binding the port of a listening
// server throws at once ("bind EADDRINUSE 127.0.0.1:PORT"), where libuv
// would have delayed it. Two BoundSockets may share a port (both set
// SO_REUSEADDR and neither listens yet); the second server to listen on
// one fails on the next tick with "listen EADDRINUSE" (no address, port
// -1), is not listening, and emits no 'close'. Closing the first frees
// the port for a third BoundSocket.
const net = require('net');
const first = new net.BoundSocket({ host: '127.0.0.1' });
const port = first.address().port;
const second = new net.BoundSocket({ host: '127.0.0.1', port });
console.log('second bound', second.address().port === port);
const a = net.createServer();
const b = net.createServer();
a.on('listening', () => {
  console.log('a: listening');
  try {
    new net.BoundSocket({ host: '127.0.0.1', port });
    console.log('third bound (unexpected)');
  } catch (e) {
    console.log('third throws', e.name, e.code, e.errno, e.syscall, e.address, e.port === port);
    console.log('third message', e.message.replace(String(port), 'PORT'));
  }
});
b.on('listening', () => console.log('b: listening (unexpected)'));
b.on('close', () => console.log('b: close (unexpected)'));
b.on('error', (e) => {
  console.log('b: error', e.name, e.code, e.errno, e.syscall, e.address, e.port);
  console.log('b: message', e.message);
  console.log('b: after error', b.listening, b.address());
  a.close(() => {
    console.log('a: closed');
    const again = new net.BoundSocket({ host: '127.0.0.1', port });
    console.log('again bound', again.address().port === port);
    again.close();
  });
});
a.listen(first);
b.listen(second);
console.log('listen returned', a.listening, b.listening);
