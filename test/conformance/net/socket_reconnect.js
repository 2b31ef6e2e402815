// A destroyed socket can connect again: the state is reset (undestroy),
// counters start over, events flow as for a new socket.
const net = require('net');
let n = 0;
const server = net.createServer((sock) => {
  const id = ++n;
  sock.on('data', (d) => sock.write(id + ':' + d));
  sock.on('end', () => sock.end());
  sock.on('close', () => { if (id === 2) server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = new net.Socket();
  let round = 0;
  c.on('connect', () => { round++; console.log('connect', round, c.readyState, c.bytesRead, c.bytesWritten); c.write('hi'); });
  c.on('data', (d) => {
    console.log('data', d.toString(), c.bytesRead, c.bytesWritten);
    if (round === 1) c.destroy(); else c.end();
  });
  c.on('end', () => console.log('end', round));
  c.on('close', (h) => {
    console.log('close', round, h, c.destroyed, c.readyState, c.bytesRead, c.bytesWritten);
    if (round === 1) {
      c.connect(port, '127.0.0.1');
      console.log('reconnecting', c.destroyed, c.connecting, c.readyState, c.pending, c.bytesRead, c.readable, c.writable);
    }
  });
  c.connect(port, '127.0.0.1');
});
