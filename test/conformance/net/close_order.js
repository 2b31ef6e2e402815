// Three connected sockets destroyed in one tick: libuv runs the closing
// handles last in, first out, so 'close' comes for c, b, a. A socket
// destroyed inside a 'close' listener closes in the next loop iteration: an
// immediate queued before it runs first.
const net = require('net');
const names = ['a', 'b', 'c'];
const socks = {};
let accepted = 0;
const server = net.createServer(() => {
  if (++accepted === names.length) destroyAll();
});
function destroyAll() {
  for (const n of names) socks[n].destroy();
  console.log('destroyed a, b, c');
  server.close(() => console.log('server: close'));
}
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  let connected = 0;
  for (const n of names) {
    const s = net.connect(port, '127.0.0.1', () => { connected++; });
    s.on('close', (h) => {
      console.log('close', n, h);
      if (n === 'b') {
        setImmediate(() => console.log('immediate queued in close b'));
        socks.d.destroy();
        console.log('destroyed d in close b');
      }
    });
    socks[n] = s;
  }
  const d = net.connect(port, '127.0.0.1');
  d.on('error', () => {});
  d.on('close', (h) => console.log('close d', h));
  socks.d = d;
});
