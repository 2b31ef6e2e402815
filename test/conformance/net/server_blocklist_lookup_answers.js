// BlockList at dial with a lookup hook (no real DNS): a name whose
// answers include a blocked address. With autoSelectFamily the blocked
// answer fails its attempt with ERR_IP_BLOCKED (no 'connectionAttempt')
// and the next answer is tried; without it only the first answer is used.
// A rule added while the lookup runs applies to its answer.
const net = require('net');
const bl = new net.BlockList();
bl.addAddress('127.0.0.1');
const server = net.createServer((s) => {
  s.on('error', () => {});
  s.end('ok');
});
const answer = (answers) => (host, opts, cb) => {
  console.log('  lookup', host, JSON.stringify(opts));
  setImmediate(() => {
    if (opts.all) cb(null, answers);
    else cb(null, answers[0].address, answers[0].family);
  });
};
const v4 = (a) => ({ address: a, family: 4 });
const v6 = (a) => ({ address: a, family: 6 });
const cases = [
  ['first answer blocked', {}, [v4('127.0.0.1'), v4('127.0.0.2')]],
  ['second answer blocked', {}, [v4('127.0.0.2'), v4('127.0.0.1')]],
  ['every answer blocked', {}, [v4('127.0.0.1'), v6('::ffff:127.0.0.1')]],
  ['first answer blocked, autoSelectFamily false', { autoSelectFamily: false }, [v4('127.0.0.1'), v4('127.0.0.2')]],
  ['refused IPv6 answer, then a blocked one', {}, [v6('::1'), v4('127.0.0.1')]],
  ['blocked answer, then a refused IPv6 one', {}, [v4('127.0.0.1'), v6('::1')]],
  ['one IPv4-mapped answer', {}, [v6('::ffff:127.0.0.1')]],
];
server.listen(0, '0.0.0.0', () => {
  const port = server.address().port;
  let i = 0;
  const next = () => {
    if (i === cases.length) return late(port);
    const [name, opts, answers] = cases[i++];
    console.log(name);
    const c = net.connect({ host: 'evil.test', port, blockList: bl, lookup: answer(answers), ...opts });
    c.on('connectionAttempt', (a, p, f) => console.log('  attempt', a, f));
    c.on('connectionAttemptFailed', (a, p, f, e) => console.log('  attempt failed', a, f, e.code));
    c.on('connect', () => {
      console.log('  connect', c.remoteAddress);
      c.destroy();
    });
    c.on('error', (e) => {
      console.log('  error', e.name, e.code, JSON.stringify(e.message));
      if (e.errors) console.log('  errors', e.errors.map((x) => x.code).join(' '));
    });
    c.on('close', next);
  };
  next();
});
function late(port) {
  console.log('rule added during the lookup');
  const lookup = (h, o, cb) => {
    bl.addAddress('127.0.0.3');
    setImmediate(() => cb(null, [{ address: '127.0.0.3', family: 4 }]));
  };
  const c = net.connect({ host: 'late.test', port, blockList: bl, lookup });
  c.on('connectionAttempt', (a, p, f) => console.log('  attempt', a, f));
  c.on('error', (e) => console.log('  error', e.code, e.message));
  c.on('close', () => server.close(() => console.log('server: closed')));
}
