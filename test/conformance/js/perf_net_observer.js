'use strict';
// A PerformanceObserver of 'net' gets one 'connect' entry per TCP connect,
// with the address and port connected to, in the batch after 'connect'.
const { PerformanceObserver } = require('perf_hooks');
const net = require('net');

const o = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    console.log(e.name, e.entryType, e.constructor.name, e.detail.host, e.detail.port === server.address().port,
      e.duration >= 0, e.startTime > 0, Object.keys(e.toJSON()));
  }
  o.disconnect();
});
o.observe({ entryTypes: ['net'] });
const server = net.createServer((s) => s.end()).listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, 'localhost', () => console.log('connected'));
  c.on('close', () => server.close());
  c.resume();
});
