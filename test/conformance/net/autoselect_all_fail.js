// When every attempt fails the socket is destroyed with one AggregateError:
// empty message, the code of the first error, every attempt's error in
// order. 'error' then 'close' (true) follow the last 'connectionAttemptFailed'.
const net = require('net');
let port;
const P = (s) => String(s).split(String(port)).join('PORT');
function fe(e) {
  if (!e) return String(e);
  let s = `${e.name} ${e.code} ${JSON.stringify(P(e.message))}`;
  if (e.errors) s += ' [' + e.errors.map(fe).join(', ') + ']';
  return s;
}
const probe = net.createServer();
probe.listen(0, '127.0.0.1', () => {
  port = probe.address().port;
  probe.close(() => {
    const lookup = (host, opts, cb) => setTimeout(cb, 10, null, [
      { address: '127.0.0.1', family: 4 }, { address: '::ffff:127.0.0.1', family: 6 }, { address: '127.0.0.2', family: 4 },
    ]);
    const c = net.connect({ port, host: 'down.test', lookup });
    c.on('connectionAttempt', (a, p, f) => console.log('attempt', a, p === port, f));
    c.on('connectionAttemptFailed', (a, p, f, e) => console.log('attempt failed', a, f, fe(e)));
    c.on('error', (e) => console.log('error', fe(e), e instanceof AggregateError, e.errors.length));
    c.on('close', (h) => console.log('close', h, c.destroyed, c.autoSelectFamilyAttemptedAddresses.map(P).join(' ')));
  });
});
