// events.errorMonitor listeners see a socket's errors before the 'error'
// listeners, and also when there are none (the error is then uncaught).
const net = require('net');
const { errorMonitor } = require('events');
process.on('uncaughtException', (e) => console.log('uncaught', e.code, e === c.errored));
const c = net.connect(1, '127.0.0.1');
c.on(errorMonitor, (e) => console.log('monitor', e.code));
c.on('close', (h) => {
  console.log('close', h);
  const d = net.connect(1, '127.0.0.1');
  d.on(errorMonitor, (e) => console.log('d monitor', e.code));
  d.on('error', (e) => console.log('d error', e.code));
  d.on('close', () => console.log('d close', d.listenerCount('error')));
});
