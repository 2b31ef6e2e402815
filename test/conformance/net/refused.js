// Connecting to a port with no listener: 'error' ECONNREFUSED, then
// 'close'(true); no 'connect'.
const net = require('net');
const probe = net.createServer().listen(0, '127.0.0.1', () => {
  const port = probe.address().port;
  probe.close(() => {
    const c = net.connect({ port, host: '127.0.0.1' });
    c.on('connect', () => console.log('connect (unexpected)'));
    c.on('connectionAttempt', (a, p, f) => console.log('attempt', a, p === port, f));
    c.on('connectionAttemptFailed', (a, p, f, e) => console.log('attempt failed', a, p === port, f, e.code));
    c.on('error', (e) => console.log('error', e.name, e.code, e.errno, e.syscall, e.address, e.port === port, e.message === `connect ECONNREFUSED 127.0.0.1:${port}`));
    c.on('close', (h) => console.log('close', h, c.destroyed, c.readyState));
  });
});
