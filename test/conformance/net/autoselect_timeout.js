// An attempt that gets no answer (a listener whose accept queue is full
// drops the SYN) is given up after autoSelectFamilyAttemptTimeout:
// 'connectionAttemptTimeout', then the next address. The last attempt has no
// timeout. The blackholed listener lives in a worker thread that blocks.
const net = require('net');
const { Worker } = require('worker_threads');
function blackhole(cb) {
  const w = new Worker(`
    const net = require('net'); const { parentPort } = require('worker_threads');
    const s = net.createServer(); s.listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => {
      parentPort.postMessage(s.address().port);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    });`, { eval: true });
  w.unref();
  w.once('message', (port) => {
    const fill = []; let n = 0;
    for (let i = 0; i < 2; i++) fill.push(net.connect(port, '127.0.0.1', () => { if (++n === 2) cb(port, fill); }));
  });
}
blackhole((port, fill) => {
  const P = (s) => String(s).split(String(port)).join('PORT');
  const server = net.createServer((s) => s.end());
  // The same port on 127.0.0.3 accepts.
  server.listen(port, '127.0.0.3', () => {
    const lookup = (host, opts, cb) => cb(null, [
      { address: '127.0.0.1', family: 4 }, { address: '::ffff:127.0.0.1', family: 6 },
      { address: '127.0.0.2', family: 4 }, { address: '127.0.0.3', family: 4 },
    ]);
    const c = net.connect({ port, host: 'slow.test', lookup, autoSelectFamilyAttemptTimeout: 100 });
    console.log('attempted so far', c.autoSelectFamilyAttemptedAddresses.map(P).join(' '));
    c.on('connectionAttempt', (a, p, f) => console.log('attempt', a, p === port, f));
    c.on('connectionAttemptFailed', (a, p, f, e) => console.log('attempt failed', a, f, e.code, P(e.message)));
    c.on('connectionAttemptTimeout', (a, p, f) => console.log('attempt timeout', a, p === port, f));
    c.on('connect', () => {
      console.log('connect', c.remoteAddress, c.remotePort === port, c.autoSelectFamilyAttemptedAddresses.map(P).join(' '));
      c.end();
    });
    c.resume();
    c.on('close', (h) => {
      console.log('close', h);
      // Now every attempt fails: two time out, the last is refused.
      const d = net.connect({ port, host: 'slow.test', autoSelectFamilyAttemptTimeout: 100,
        lookup: (host, opts, cb) => setTimeout(cb, 5, null, [
          { address: '127.0.0.1', family: 4 }, { address: '::ffff:127.0.0.1', family: 6 }, { address: '127.0.0.2', family: 4 },
        ]) });
      d.on('connectionAttempt', (a, p, f) => console.log('d: attempt', a, f));
      d.on('connectionAttemptFailed', (a, p, f, e) => console.log('d: attempt failed', a, f, e.code));
      d.on('connectionAttemptTimeout', (a, p, f) => console.log('d: attempt timeout', a, f));
      d.on('error', (e) => console.log('d: error', e.name, e.code, JSON.stringify(e.message),
        e.errors.map((x) => `${x.code} ${P(x.message)} ${x.address} ${x.port === port}`).join(', ')));
      d.on('close', (h) => {
        console.log('d: close', h);
        server.close(() => console.log('server: closed'));
        fill.forEach((f) => f.destroy());
      });
    });
  });
});
