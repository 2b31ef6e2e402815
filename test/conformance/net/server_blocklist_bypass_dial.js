// BlockList bypass attempts at dial with IP literals: rules 127.0.0.1,
// ::1 and fe80::1; hosts in IPv4-mapped, IPv4-compatible, NAT64, expanded
// and zoned spellings. A literal is not looked up: the blockList checks
// the text as given, with the family isIP gives it. "blocked" is
// ERR_IP_BLOCKED (no connect(2), the listener sees nothing); any other
// outcome is "not blocked" (the attempt is destroyed on the next turn of
// the loop). Then rules change: a connect after a rule is
// removed succeeds, a rule added while connected leaves the connection
// alone, and the next connect is blocked.
const net = require('net');
const bl = new net.BlockList();
bl.addAddress('127.0.0.1');
bl.addAddress('::1', 'ipv6');
bl.addAddress('fe80::1', 'ipv6');
let conns = 0;
const server = net.createServer((s) => {
  conns++;
  s.on('error', () => {});
  s.end('ok');
});
const hosts = ['127.0.0.1', '::ffff:127.0.0.1', '::ffff:7f00:1', '0:0:0:0:0:ffff:127.0.0.1', '::127.0.0.1',
  '64:ff9b::7f00:1', '64:ff9b::127.0.0.1', '::1', '0:0:0:0:0:0:0:1', '0::0:1', '::1%lo', '::1%1', '::1%999',
  'fe80::1%lo', 'fe80::1%1', 'FE80::1'];
server.listen(0, '0.0.0.0', () => {
  const port = server.address().port;
  let i = 0;
  const next = () => {
    if (i === hosts.length) {
      console.log('server saw', conns, 'connections');
      return rulesChange(port);
    }
    const h = hosts[i++];
    const c = net.connect({ host: h, port, blockList: bl });
    let attempt = '';
    c.on('connectionAttempt', (a, p, f) => {
      attempt = `${a}/${f}`;
      // Not blocked: connect(2) was issued; stop there (some of these
      // addresses are unreachable, and only the decision matters).
      setImmediate(() => c.destroy());
    });
    let blocked = '';
    c.on('error', (e) => { if (e.code === 'ERR_IP_BLOCKED') blocked = e.message; });
    c.on('close', () => {
      console.log(JSON.stringify(h), net.isIP(h), attempt, blocked ? 'blocked: ' + blocked : 'not blocked');
      next();
    });
  };
  next();
});
function rulesChange(port) {
  bl.removeAddress('127.0.0.1');
  const c = net.connect({ host: '127.0.0.1', port, blockList: bl }, () => {
    console.log('after remove: connect');
    bl.addAddress('127.0.0.1');
    console.log('rule re-added while connected: destroyed', c.destroyed);
  });
  c.on('data', (d) => console.log('after remove: data', String(d)));
  c.on('close', (h) => {
    console.log('after remove: close', h);
    const d = net.connect({ host: '127.0.0.1', port, blockList: bl });
    d.on('error', (e) => console.log('after re-add:', e.code, e.message));
    d.on('close', () => {
      console.log('server saw', conns, 'connections');
      server.close();
    });
  });
}
