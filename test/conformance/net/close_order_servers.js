// Three listening servers closed in one tick: each emits 'close' on the next
// tick, in the order close() was called; a server closed inside another's
// 'close' listener follows on the same tick queue.
const net = require('net');
const names = ['a', 'b', 'c'];
const servers = {};
let listening = 0;
for (const n of names) {
  const s = net.createServer();
  s.on('close', () => {
    console.log('close', n);
    if (n === 'b') {
      setImmediate(() => console.log('immediate queued in close b'));
      servers.d.close(() => console.log('close d'));
      console.log('closed d in close b');
    }
  });
  s.listen(0, '127.0.0.1', () => {
    if (++listening === names.length + 1) closeAll();
  });
  servers[n] = s;
}
servers.d = net.createServer();
servers.d.listen(0, '127.0.0.1', () => {
  if (++listening === names.length + 1) closeAll();
});
function closeAll() {
  for (const n of names) servers[n].close(() => console.log('close callback', n));
  console.log('closed a, b, c');
}
