// A socket with a blockList refuses to dial a blocked address: after
// 'connectionAttempt' it is destroyed with ERR_IP_BLOCKED and connect(2) is
// never issued, so the listener on that address sees no connection; the
// next (allowed) connection is the first one it sees.
const net = require('net');
const blockList = new net.BlockList();
blockList.addSubnet('127.0.0.0', 8);
let conns = 0;
const server = net.createServer((sock) => {
  conns++;
  console.log('server: connection', conns);
  sock.end();
  server.close(() => console.log('server: closed'));
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = net.connect({ port, host: '127.0.0.1', blockList });
  console.log('client: connecting', c.connecting);
  c.on('connectionAttempt', (a, p, f) => console.log('client: attempt', a, p === port, f));
  c.on('connectionAttemptFailed', () => console.log('client: attempt failed (unexpected)'));
  c.on('connect', () => console.log('client: connect (unexpected)'));
  c.on('error', (e) => console.log('client: error', e.name, e.code, e.message, e.errno, e.syscall));
  c.on('close', (h) => {
    console.log('client: close', h, c.destroyed, c.connecting);
    setTimeout(() => {
      console.log('server saw', conns, 'connections');
      const ok = net.connect(port, '127.0.0.1', () => console.log('allowed: connect'));
      ok.resume();
      ok.on('close', (h) => console.log('allowed: close', h));
    }, 20);
  });
});
