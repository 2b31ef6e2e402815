// A second server on a port in use. libuv defers bind's EADDRINUSE to
// listen(), so the error is asynchronous, from 'listen', with Node's
// message: ':::PORT' for a host-less listen (the "::" dual-stack socket),
// '127.0.0.1:PORT' with a host. No 'listening', no automatic 'close'.
const net = require('net');
const show = (who, e, port) => {
  console.log(who + ': error', e.name, e.code, e.errno, e.syscall, e.address, e.port === port);
  console.log(who + ': message', e.message.split(String(port)).join('PORT'));
};
const a = net.createServer();
a.listen(0, () => {
  const port = a.address().port;
  const b = net.createServer();
  b.on('listening', () => console.log('b: listening (unexpected)'));
  b.on('close', () => console.log('b: close (unexpected)'));
  b.on('error', (e) => {
    show('b', e, port);
    console.log('b: after error', b.listening, b.address());
    const c = net.createServer();
    c.on('close', () => console.log('c: close (unexpected)'));
    c.on('error', (e) => {
      show('c', e, port);
      console.log('c: after error', c.listening, c.address());
      a.close(() => console.log('a: closed'));
    });
    c.listen({ port, host: '127.0.0.1' });
    console.log('c: listen returned', c.listening);
  });
  const r = b.listen(port);
  console.log('b: listen returned', r === b, b.listening, b.address());
  process.nextTick(() => console.log('b: next tick'));
});
