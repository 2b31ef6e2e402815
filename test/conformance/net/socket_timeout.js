// setTimeout: 'timeout' fires once per idle period and does not close the
// socket; reads and writes re-arm it; setTimeout(0) disables it (and
// removes the callback); the timeout property.
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('data', (d) => console.log('server: data', d.toString()));
  sock.on('end', () => { sock.end(); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  console.log('timeout before', c.timeout);
  const start = Date.now();
  let n = 0;
  const onTimeout = () => console.log('timeout cb (removed, never)');
  c.setTimeout(60, () => console.log('once cb'));
  console.log('timeout set', c.timeout);
  c.on('timeout', () => {
    n++;
    console.log('timeout', n, c.destroyed, c.readyState);
    if (n === 1) {
      // activity: the next timeout is a full period after it
      setTimeout(() => c.write('ping'), 30);
    } else if (n === 2) {
      c.setTimeout(0, onTimeout);
      console.log('disabled', c.timeout, c.listenerCount('timeout'));
      c.setTimeout(0);
      setTimeout(() => { console.log('no more timeouts', n); c.end(); }, 150);
    }
  });
  c.on('close', (h) => console.log('close', h, n));
});
