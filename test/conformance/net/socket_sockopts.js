// setNoDelay / setKeepAlive / setTypeOfService / getTypeOfService before,
// while and after connecting: return values and errors.
const net = require('net');
const server = net.createServer((sock) => {
  sock.resume();
  sock.on('end', () => { sock.end(); server.close(); });
});
function tryIt(tag, f) {
  try {
    const r = f();
    console.log(tag, 'ok', r instanceof net.Socket ? 'socket' : r);
  } catch (e) {
    console.log(tag, 'throws', e.name, e.code, e.message);
  }
}
server.listen(0, '127.0.0.1', () => {
  const c = new net.Socket();
  tryIt('noDelay before', () => c.setNoDelay());
  tryIt('keepAlive before', () => c.setKeepAlive(true, 1500));
  tryIt('tos before', () => c.setTypeOfService(0x10));
  tryIt('get tos before', () => c.getTypeOfService());
  tryIt('tos 256', () => c.setTypeOfService(256));
  tryIt('tos -1', () => c.setTypeOfService(-1));
  c.connect(server.address().port, '127.0.0.1', () => {
    tryIt('get tos connected', () => c.getTypeOfService());
    tryIt('tos connected', () => c.setTypeOfService(0x08));
    tryIt('get tos after set', () => c.getTypeOfService());
    tryIt('tos 300 connected', () => c.setTypeOfService(300));
    tryIt('noDelay connected', () => c.setNoDelay(false));
    tryIt('keepAlive connected', () => c.setKeepAlive(false));
    tryIt('keepAlive options', () => c.setKeepAlive({ enable: true, initialDelay: 2000, interval: 1000, count: 3 }));
    c.end();
  });
  tryIt('get tos connecting', () => c.getTypeOfService());
  tryIt('noDelay connecting', () => c.setNoDelay(true));
  c.on('close', (h) => {
    console.log('close', h);
    tryIt('tos after close', () => c.setTypeOfService(0x20));
    tryIt('get tos after close', () => c.getTypeOfService());
    tryIt('noDelay after close', () => c.setNoDelay(true));
  });
});
