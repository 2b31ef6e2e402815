// readyState, pending, connecting, destroyed, readable and writable at each
// step of a client's life: new, connect(), connected, end(), 'finish',
// 'end', 'close'.
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('data', (d) => sock.write(d));
  sock.on('end', () => sock.end());
});
server.listen(0, '127.0.0.1', () => {
  const c = new net.Socket();
  const st = (tag) => console.log(tag, c.readyState, c.pending, c.connecting, c.destroyed, c.readable, c.writable);
  st('new');
  c.connect(server.address().port, '127.0.0.1');
  st('connect called');
  process.nextTick(() => st('nextTick'));
  c.on('connect', () => { st('connect'); c.write('hi'); });
  c.on('data', () => { st('data'); c.end(); st('after end'); });
  c.on('finish', () => st('finish'));
  c.on('end', () => st('end'));
  c.on('close', (h) => { st('close ' + h); server.close(); });
});
