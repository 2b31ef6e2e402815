// The soak test's script server (test/soak): an echo server that respects
// backpressure (pipe pauses reading while the write side is full), run by
// nodenet. It prints its port, then, after argv[2] milliseconds, the p99
// of its loop's lateness (a 10 ms interval) and closes; see collect for
// the heap figures it prints.
'use strict';
const net = require('net');
const duration = Number(process.argv[2]);
const sockets = new Set();
const server = net.createServer((s) => {
  sockets.add(s);
  s.on('error', (e) => { console.log('error ' + e.code); });
  s.on('close', () => sockets.delete(s));
  s.pipe(s);
});
// collect runs the collector (the command runs this with --expose-gc)
// and prints "quiet BYTES", the heap in use just after: the live heap at a
// quiet moment, which the test compares at the start (before any
// connection, in the same callback as the port) and at the end, once every
// connection has closed.
function collect() {
  gc();
  gc();
  console.log('quiet ' + process.memoryUsage().heapUsed);
}
server.listen(0, '127.0.0.1', () => {
  // After the loop's first turn, once start-up is over.
  setImmediate(() => {
    console.log('port ' + server.address().port);
    collect();
  });
});
const late = [];
let last = Date.now();
const tick = setInterval(() => {
  const now = Date.now();
  late.push(Math.max(0, now - last - 10));
  last = now;
}, 10);
setTimeout(() => {
  clearInterval(tick);
  late.sort((a, b) => a - b);
  console.log('p99 ' + late[Math.floor(late.length * 0.99)] + ' samples ' + late.length + ' open ' + sockets.size);
  for (const s of sockets) s.destroy();
  server.close(() => setImmediate(collect));
}, duration);
