// bytesRead, bytesWritten, remoteAddress/Port/Family, localAddress and
// address() after destroy: the byte counts stay; the peer address stays
// only if it was read while connected (Node caches it); the local address
// is gone.
const net = require('net');
let n = 0;
const server = net.createServer((sock) => {
  sock.write('0123456789');
  sock.resume();
  sock.on('end', () => sock.end());
  sock.on('close', () => { if (++n === 2) server.close(); });
});
function client(readPeer, done) {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    if (readPeer) console.log('connected', c.remoteAddress, c.remoteFamily, c.localAddress, c.address().family);
    c.write('abc');
  });
  c.once('data', () => {
    c.destroy();
    console.log(readPeer, 'destroyed', c.bytesRead, c.bytesWritten, c.remoteAddress, c.remotePort === server.address().port,
      c.remoteFamily, c.localAddress, c.localPort, JSON.stringify(c.address()), c.bufferSize, c.pending);
  });
  c.on('close', () => {
    console.log(readPeer, 'close', c.bytesRead, c.bytesWritten, c.remoteAddress, c.localAddress);
    done();
  });
}
server.listen(0, '127.0.0.1', () => client(true, () => client(false, () => {})));
