// new net.Socket({fd}) on descriptors. A negative one is out of range; a
// file, a directory or a closed descriptor is not a socket
// (ERR_INVALID_FD_TYPE with Node's type name); a listening server's
// descriptor, which the loop watches, fails to open with EEXIST. A bound,
// unconnected TCP socket opens as a connected stream ('open', not
// pending) and starts reading, which fails with "read ENOTCONN".
const net = require('net');
const fs = require('fs');
const os = require('os');
const show = (tag, e) => console.log(tag, 'throws', e.name, e.code, e.errno, e.syscall, e.message);
const tryFd = (tag, fd) => {
  try {
    new net.Socket({ fd });
    console.log(tag, 'opened (unexpected)');
  } catch (e) {
    show(tag, e);
  }
};
tryFd('fd -1', -1);
tryFd('fd 2**31', 2 ** 31);
const file = fs.openSync(__filename, 'r');
tryFd('file', file);
fs.closeSync(file);
tryFd('closed', file);
const dirFd = fs.openSync(os.tmpdir(), 'r');
tryFd('directory', dirFd);
fs.closeSync(dirFd);
const server = net.createServer();
server.listen({ fd: new net.BoundSocket({ host: '127.0.0.1' }).fd() }, () => {
  tryFd('listening', server._handle.fd);
  server.close(() => console.log('server: closed'));
  const b = new net.BoundSocket({ host: '127.0.0.1' });
  const port = b.address().port;
  const s = new net.Socket({ fd: b.fd() });
  console.log('opened', s.readyState, s.pending, s.connecting, s.localAddress, s.localPort === port, s.remoteAddress);
  s.on('data', () => console.log('data (unexpected)'));
  s.on('end', () => console.log('end (unexpected)'));
  s.on('error', (e) => show('error', e));
  s.on('close', (h) => console.log('close', h, s.destroyed));
});
