// Writes on three connected sockets in one tick: each write callback, and
// the 'finish' of each end(), in the order the calls were made, interleaved
// with an immediate and a 0 ms timer queued in the same tick.
const net = require('net');
const names = ['a', 'b', 'c'];
const clients = {};
let connected = 0;
let closed = 0;
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  for (const n of names) {
    const c = net.connect(port, '127.0.0.1', () => {
      if (++connected === names.length) writeAll();
    });
    c.on('finish', () => console.log('finish', n));
    c.on('close', () => {
      if (++closed === names.length) server.close(() => console.log('server: close'));
    });
    clients[n] = c;
  }
});
function writeAll() {
  setImmediate(() => console.log('immediate'));
  for (const n of names) clients[n].write('x', () => console.log('write cb', n));
  process.nextTick(() => console.log('tick after the writes'));
  for (const n of names) clients[n].end(() => console.log('end cb', n));
  console.log('written');
}
