// autoSelectFamily (on by default): the lookup is asked for every address
// (all: true); each answer is reported by 'lookup'; the valid ones are tried
// once each, alternating families from the family of the first, until one
// connects. Refused attempts emit 'connectionAttemptFailed'.
const net = require('net');
let port;
const P = (s) => String(s).split(String(port)).join('PORT');
const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  const lookup = (host, opts, cb) => {
    console.log('lookup', host, opts.family, opts.hints, opts.all);
    process.nextTick(cb, null, [
      { address: '127.0.0.2', family: 4 },
      { address: '::1', family: 6 },
      { address: '127.0.0.2', family: 4 },
      { address: 'bogus', family: 4 },
      { address: '127.0.0.3', family: 4 },
      { address: '::ffff:127.0.0.5', family: 6 },
      { address: '127.0.0.1', family: 4 },
    ]);
  };
  const c = net.connect({ port, host: 'multi.test', lookup });
  console.log('connecting', c.connecting, c.autoSelectFamilyAttemptedAddresses);
  c.on('lookup', (err, address, family, host) => console.log('lookup event', err, address, family, host));
  c.on('connectionAttempt', (a, p, f) => console.log('attempt', a, p === port, f));
  c.on('connectionAttemptFailed', (a, p, f, e) => console.log('attempt failed', a, p === port, f, e.code, P(e.message)));
  c.on('connectionAttemptTimeout', (a, p, f) => console.log('attempt timeout', a, p === port, f));
  c.on('connect', () => {
    console.log('connect', c.remoteAddress, c.remoteFamily, c.autoSelectFamilyAttemptedAddresses.map(P).join(' '));
    c.end();
  });
  c.resume();
  c.on('close', (h) => { console.log('close', h); server.close(() => console.log('server: closed')); });
});
