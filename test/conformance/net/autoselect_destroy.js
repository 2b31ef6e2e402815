// Destroying the socket while an attempt is pending cancels it: the attempt
// fails with ECANCELED ('connectionAttemptFailed', from the handle's close),
// no other address is tried, and 'close' is emitted without an error.
// Blocked addresses are failed before their attempt starts (ERR_IP_BLOCKED,
// no 'connectionAttempt').
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
  const blockList = new net.BlockList();
  blockList.addAddress('127.0.0.5');
  blockList.addAddress('::ffff:127.0.0.6', 'ipv6');
  const lookup = (host, opts, cb) => process.nextTick(cb, null, [
    { address: '127.0.0.5', family: 4 }, { address: '::ffff:127.0.0.6', family: 6 },
    { address: '127.0.0.1', family: 4 }, { address: '127.0.0.2', family: 4 },
  ]);
  const c = net.connect({ port, host: 'hang.test', lookup, blockList });
  c.on('connectionAttempt', (a, p, f) => {
    console.log('attempt', a, p === port, f);
    setTimeout(() => {
      console.log('destroying', c.connecting);
      c.destroy();
      console.log('destroyed', c.connecting, c.destroyed);
    }, 100);
  });
  c.on('connectionAttemptFailed', (a, p, f, e) => console.log('attempt failed', a, p === port, f, e.name, e.code, P(e.message)));
  c.on('connectionAttemptTimeout', (a, p, f) => console.log('attempt timeout', a, p === port, f));
  c.on('error', (e) => console.log('error', e.code));
  c.on('close', (h) => {
    console.log('close', h, c.autoSelectFamilyAttemptedAddresses.map(P).join(' '));
    fill.forEach((f) => f.destroy());
  });
});
