// socket.pipe(otherSocket): a proxy pipes the client's data to an echo
// server and back. Backpressure: the destination's write() returns false
// and the source pauses until 'drain'; 'pipe' and 'unpipe' events; the end
// is propagated by default; {end: false} keeps the destination open.
const net = require('net');
const TOTAL = 32 * 1024 * 1024; // more than loopback buffers hold, so backpressure must happen
const big = Buffer.alloc(TOTAL, 'p');
const sink = net.createServer({ allowHalfOpen: true }, (sock) => {
  // A slow reader: paused at first, so the proxy's pipe must wait.
  sock.pause();
  let got = 0;
  sock.on('data', (d) => { got += d.length; });
  setTimeout(() => sock.resume(), 100);
  sock.on('end', () => { console.log('sink: end', got); sock.end('sink done'); });
});
const proxy = net.createServer({ allowHalfOpen: true }, (inbound) => {
  const outbound = net.connect(sink.address().port, '127.0.0.1');
  outbound.on('pipe', (src) => console.log('outbound: pipe', src === inbound));
  outbound.on('unpipe', (src) => console.log('outbound: unpipe', src === inbound, inbound.isPaused()));
  let pauses = 0, drains = 0;
  inbound.on('pause', () => pauses++);
  outbound.on('drain', () => drains++);
  inbound.pipe(outbound);
  console.log('proxy: piping', inbound.readableFlowing, inbound.listenerCount('data'), outbound.listenerCount('drain'));
  // {end: false}: the sink's reply goes back, but the proxy ends inbound itself.
  outbound.pipe(inbound, { end: false });
  outbound.on('end', () => {
    console.log('outbound: end', pauses > 0, drains > 0, outbound.listenerCount('unpipe'));
    setTimeout(() => inbound.end(' +proxy'), 10);
  });
  outbound.on('close', () => { sink.close(); proxy.close(); });
});
sink.listen(0, '127.0.0.1', () => proxy.listen(0, '127.0.0.1', () => {
  const c = net.connect(proxy.address().port, '127.0.0.1', () => c.end(big));
  let reply = '';
  c.on('data', (d) => { reply += d; });
  c.on('end', () => console.log('client: reply', JSON.stringify(reply)));
  c.on('close', (h) => console.log('client: close', h));
}));
