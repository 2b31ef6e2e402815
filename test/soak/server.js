// The soak test's script server (test/soak): an echo server that respects
// backpressure (pipe pauses reading while the write side is full), run by
// nodenet. It prints its port, then, after argv[2] milliseconds, the p99
// of its loop's lateness (a 10 ms interval) and closes.
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
server.listen(0, '127.0.0.1', () => console.log('port ' + server.address().port));
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
  server.close();
}, duration);
