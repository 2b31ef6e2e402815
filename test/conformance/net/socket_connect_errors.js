// Errors while connecting, each followed by 'close'(true): bind to a
// local address the host does not have (EADDRNOTAVAIL), bind to a local
// port a server holds (EADDRINUSE), a blocked address (ERR_IP_BLOCKED, no
// connect(2)), a refused connection from a given local port (the message
// names it).
const net = require('net');
const holder = net.createServer().listen(0, '127.0.0.1', () => {
  const held = holder.address().port;
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const port = probe.address().port;
    const probe2 = net.createServer().listen(0, '127.0.0.1', () => {
      const port2 = probe2.address().port;
      probe2.close(() => probe.close(() => start(port, port2, held)));
    });
  });
});
function start(port, port2, held) {
  const clean = (s) => String(s).replaceAll(String(port), 'PORT').replaceAll(String(port2), 'PORT2').replaceAll(String(held), 'HELD');
  const steps = [
    () => net.connect({ port, host: '127.0.0.1', localAddress: '192.0.2.1' }),
    () => net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.1', localPort: held }),
    () => {
      const bl = new net.BlockList();
      bl.addAddress('127.0.0.1');
      return net.connect({ port, host: '127.0.0.1', blockList: bl });
    },
    () => net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.1', localPort: port2 }),
  ];
  const next = () => {
    const step = steps.shift();
    if (!step) { holder.close(); return; }
    const c = step();
    c.on('connectionAttempt', (a, p, f) => console.log('attempt', a, clean(p), f));
    c.on('connectionAttemptFailed', (a, p, f, e) => console.log('attempt failed', e.code));
    c.on('connect', () => console.log('connect (unexpected)'));
    c.on('error', (e) => console.log('error', e.name, e.code, e.syscall, e.address, clean(e.port),
      clean(e.message)));
    c.on('close', (h) => { console.log('close', h, c.destroyed, c.readyState, c.connecting, c.pending); next(); });
  };
  next();
}
