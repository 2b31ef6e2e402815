// Local binding. With localPort (and no localAddress) every attempt binds
// 0.0.0.0 or :: to that port first; a failed bind is recorded for the
// AggregateError without any attempt event. A failed connect from a bound
// socket names the local end in its message and in localAddress/localPort
// (only when both are set; a missing localAddress is 0.0.0.0 then).
const net = require('net');
let port, lp;
const P = (s) => String(s).split(String(port)).join('PORT').split(String(lp)).join('LP');
function fe(e) {
  let s = `${e.name} ${e.code} ${JSON.stringify(P(e.message))}`;
  if (e.localAddress !== undefined) s += ` local ${e.localAddress} ${P(e.localPort)}`;
  if (e.errors) s += ' [' + e.errors.map(fe).join(', ') + ']';
  return s;
}
function trace(name, c, next) {
  c.on('connectionAttempt', (a, p, f) => console.log(name, 'attempt', a, f));
  c.on('connectionAttemptFailed', (a, p, f, e) => console.log(name, 'attempt failed', a, f, fe(e)));
  c.on('error', (e) => console.log(name, 'error', fe(e)));
  c.on('close', (h) => { console.log(name, 'close', h); next(); });
}
const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    lp = probe.address().port;
    probe.close(() => {
      const lookup = (host, opts, cb) => cb(null, [{ address: '127.0.0.2', family: 4 }, { address: '::ffff:127.0.0.3', family: 6 }]);
      const steps = [
        () => trace('busy port', net.connect({ port, host: 'x.test', localPort: port, lookup }), next),
        () => trace('both', net.connect({ port, host: '127.0.0.2', localAddress: '127.0.0.1', localPort: lp }), next),
        () => trace('address only', net.connect({ port, host: '127.0.0.2', localAddress: '127.0.0.1' }), next),
        () => trace('port only', net.connect({ port, host: '127.0.0.2', localPort: lp }), next),
        () => trace('multi port', net.connect({ port, host: 'x.test', localPort: lp, lookup }), next),
      ];
      let i = 0;
      function next() { if (i < steps.length) steps[i++](); else server.close(() => console.log('server: closed')); }
      next();
    });
  });
});
