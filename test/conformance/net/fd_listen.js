// server.listen({fd}) on descriptors. A bound TCP socket's descriptor
// listens (listening at once, 'listening' on the next tick, its address is
// the bound one). A descriptor the loop already watches fails on the next
// tick with "listen EEXIST" (no address, no port); so does one that is not
// a socket, with EINVAL; a negative one throws at once. A Unix socket's
// descriptor makes a pipe server whose address() is null and which leaves
// the socket file alone when it closes.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodenet-fd-'));
const sp = path.join(dir, 's.sock');
const b = new net.BoundSocket({ host: '127.0.0.1' });
const port = b.address().port;
const fd = b.fd();
const fail = (name, opts, next) => {
  const s = net.createServer();
  s.on('listening', () => console.log(name + ': listening (unexpected)'));
  s.on('error', (e) => {
    console.log(name + ': error', e.name, e.code, e.errno, e.syscall, e.address, e.port, e.message);
    console.log(name + ': after error', s.listening, s.address());
    next();
  });
  s.listen(opts);
  console.log(name + ': listen returned', s.listening);
};
const server = net.createServer((s) => {
  console.log('server: connection', s.remoteAddress, s.localPort === port);
  s.end('hi');
});
server.on('listening', () => {
  const a = server.address();
  console.log('server: listening', a.address, a.family, a.port === port);
  fail('same fd', { fd }, () => {
    const file = fs.openSync(__filename, 'r');
    fail('file', { fd: file }, () => {
      fs.closeSync(file);
      try {
        net.createServer().listen({ fd: -2 });
      } catch (e) {
        console.log('fd -2 throws', e.name, e.code, e.message);
      }
      const c = net.connect(port, '127.0.0.1');
      c.on('data', (d) => console.log('client: data', String(d)));
      c.on('close', () => server.close(() => {
        console.log('server: closed');
        pipeServer();
      }));
    });
  });
});
server.listen({ fd });
console.log('listen returned', server.listening, server.address().port === port);

function pipeServer() {
  const pb = new net.BoundSocket({ path: sp });
  const ps = net.createServer((s) => {
    console.log('pipe: connection', s.remoteAddress);
    s.end();
  });
  ps.listen({ fd: pb.fd() }, () => {
    console.log('pipe: listening', ps.address(), ps.listening);
    const c = net.connect(sp);
    c.resume();
    c.on('close', () => ps.close(() => {
      console.log('pipe: closed', fs.existsSync(sp));
      fs.unlinkSync(sp);
      fs.rmdirSync(dir);
    }));
  });
}
