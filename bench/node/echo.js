'use strict';
// The Node.js echo server that bench/cmd/echocmp and cmd/netbench compare
// nodenet with: what a Node user writes, s.pipe(s). Usage:
// node echo.js [port|path] [data]
// It prints "echo server listening on 127.0.0.1 port PORT" once listening
// (on a Unix socket path when the argument is not a number).
// With "data" as second argument it echoes from a 'data' listener instead
// (socket.on('data', (d) => socket.write(d))): JavaScript runs per chunk.
// With "transform" it echoes through a stream.Transform that hands every
// chunk on (s.pipe(t).pipe(s)): the stream classes run per chunk.
// With NETBENCH_LOOP_DELAY set in the environment it prints, every 500 ms,
// how late a 20 ms timer ran at worst and on average (µs), as
// "netbench loop-delay-us max=N mean=M": the event loop's delay.
const net = require('node:net');

const where = process.argv[2] ?? '0';
const viaData = process.argv[3] === 'data';
const viaTransform = process.argv[3] === 'transform';
const server = net.createServer({ noDelay: true }, (s) => {
  s.on('error', () => {}); // a reset peer is routine for an echo server
  if (viaData) {
    s.on('data', (d) => s.write(d));
    s.on('end', () => s.end());
  } else if (viaTransform) {
    const { Transform } = require('node:stream');
    s.pipe(new Transform({ transform(c, e, cb) { cb(null, c); } })).pipe(s);
  } else {
    s.pipe(s);
  }
});
const opts = /^\d+$/.test(where)
  ? { port: Number(where), host: '127.0.0.1', backlog: 4096 }
  : { path: where, backlog: 4096 };
server.listen(opts, () => {
  const a = server.address();
  console.log(typeof a === 'string'
    ? `echo server listening on ${a}`
    : `echo server listening on 127.0.0.1 port ${a.port}`);
});

if (process.env.NETBENCH_LOOP_DELAY) {
  const period = 20; // ms
  let worst = 0;
  let total = 0;
  let n = 0;
  let expected = performance.now() + period;
  const tick = () => {
    const late = (performance.now() - expected) * 1e3;
    worst = Math.max(worst, late);
    total += Math.max(late, 0);
    n++;
    if (n === 500 / period) {
      console.log(`netbench loop-delay-us max=${Math.round(worst)} mean=${Math.round(total / n)}`);
      worst = total = n = 0;
    }
    expected = performance.now() + period;
    setTimeout(tick, period).unref();
  };
  setTimeout(tick, period).unref();
}
