// BoundSocket on a path. It binds (creates the socket file) at once;
// address() is the path and isPipe is true; close() removes the file.
// A path in use or too long fails at once with "bind" and no address. A
// server that adopts one reports the path as its address and removes the
// file when it closes. A client that adopts one has the path as its local
// address, needs a path to connect to (ERR_INVALID_ARG_TYPE otherwise,
// leaving it connecting), and removes its file when it closes.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodenet-bound-'));
const sp = path.join(dir, 's.sock');
const cp = path.join(dir, 'c.sock');
const xp = path.join(dir, 'x.sock');
const show = (tag, e) => console.log(tag, 'throws', e.name, e.code, e.errno, e.syscall, e.address, e.message);
const x = new net.BoundSocket({ path: xp });
console.log('x: bound', x.address() === xp, x.isPipe, fs.existsSync(xp), typeof x.fd());
try {
  new net.BoundSocket({ path: xp });
} catch (e) {
  show('x again', e);
}
x.close();
console.log('x: closed', fs.existsSync(xp));
try {
  new net.BoundSocket({ path: path.join(dir, 'y'.repeat(200)) });
} catch (e) {
  show('too long', e);
}
const sb = new net.BoundSocket({ path: sp });
const server = net.createServer((s) => {
  console.log('server: connection', s.remoteAddress, s.localAddress);
  s.end('hi');
});
server.listen(sb, () => {
  console.log('server: listening', server.address() === sp, server.listening);
  const cb = new net.BoundSocket({ path: cp });
  const c = new net.Socket({ handle: cb });
  console.log('created', c.readyState, c.pending, c.localAddress === cp, c.localPort, c.localFamily,
              c.address().address === cp);
  try {
    c.connect({ port: 80 });
  } catch (e) {
    show('connect port', e);
  }
  console.log('after throw', c.connecting, c.readyState);
  c.on('connectionAttempt', (a, p, f) => console.log('connectionAttempt', a === sp, p, f));
  c.on('connect', () => console.log('connect', c.localAddress === cp, c.remoteAddress));
  c.on('data', (d) => console.log('data', String(d)));
  c.on('close', (h) => {
    console.log('close', h, fs.existsSync(cp), c.localAddress === cp);
    server.close(() => {
      console.log('server: closed', fs.existsSync(sp), server.address() === sp);
      fs.rmdirSync(dir);
    });
  });
  c.connect(sp);
  console.log('connecting', c.connecting);
});
