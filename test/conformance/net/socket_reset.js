// resetAndDestroy() sends a RST: the peer gets 'error' ECONNRESET
// ("read ECONNRESET") then 'close'(true); the resetting side closes
// cleanly. Without a handle it fails with ERR_SOCKET_CLOSED.
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('data', (d) => {
    console.log('server: data', d.toString());
    sock.resetAndDestroy();
    console.log('server: reset', sock.destroyed, sock.readyState);
  });
  sock.on('error', (e) => console.log('server: error (unexpected)', e.code));
  sock.on('close', (h) => { console.log('server: close', h); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('hi'));
  c.on('error', (e) => console.log('client: error', e.name, e.code, e.errno, e.syscall, e.message));
  c.on('end', () => console.log('client: end (unexpected)'));
  c.on('close', (h) => {
    console.log('client: close', h, c.destroyed, c.readyState);
    const d = new net.Socket();
    d.on('error', (e) => console.log('no handle: error', e.code, e.message));
    d.on('close', (h) => console.log('no handle: close', h === true));
    d.resetAndDestroy();
  });
});
