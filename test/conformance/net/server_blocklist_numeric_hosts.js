// BlockList at dial with hosts that are not IP literals for isIP but that
// the default lookup (getaddrinfo) reads as numbers: the inet_aton forms
// (fewer parts, octal, hexadecimal, one 32-bit number). The lookup answers
// 127.0.0.1 and that address is blocked; other loopback answers are refused
// (the server listens on 127.0.0.1 only), but "0" is 0.0.0.0, which Linux
// connects to the local host: it reaches the server past a rule for
// 127.0.0.1, in Node as here. Forms getaddrinfo refuses fail the
// lookup (not blocked); family 6 gets EAI_ADDRFAMILY, or the mapped address
// with the V4MAPPED hint.
const net = require('net');
const dns = require('dns');
const bl = new net.BlockList();
bl.addAddress('127.0.0.1');
let conns = 0;
const server = net.createServer((s) => {
  conns++;
  s.on('error', () => {});
  s.end();
});
const hosts = ['127.1', '127.0.1', '0x7f.1', '0X7F.0X0.0X0.0X1', '2130706433', '0x7f000001', '017700000001',
  '0177.0.0.1', '127.000.000.001', '127.0.0.01', '2130706434', '127.65535', '127.0.65535', '0x7f.0xfffe',
  '0', '00', '0x0', '4294967296', '0x100000000', '127.16777216', '127.0.65536', '127.0.0.256', '08.1.1.1', '09', '0x', '0x.1', '1e3', '+127.0.0.1', '-1',
  '127.0.0.1.', '.127.0.0.1', '127..1', '1.2.3.4.5', ' 127.0.0.1', '127.0.0.1 ', '127.0.0.1\t', '[127.0.0.1]'];
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  let i = 0;
  const next = () => {
    if (i === hosts.length) return families();
    const h = hosts[i++];
    const c = net.connect({ host: h, port, blockList: bl });
    const seen = [];
    c.on('lookup', (e, a, f) => seen.push(e ? 'lookup ' + e.code : `lookup ${a}/${f}`));
    c.on('connectionAttempt', (a, p, f) => seen.push(`attempt ${a}/${f}`));
    c.on('connect', () => {
      seen.push('connect');
      c.destroy();
    });
    c.on('error', (e) => seen.push('error ' + e.code));
    c.on('close', () => {
      console.log(JSON.stringify(h), seen.join(', '));
      next();
    });
  };
  next();
});
function families() {
  console.log('server saw', conns, 'connections');
  const forms = ['127.1', '0x7f000001'];
  let i = 0;
  const next = () => {
    if (i === forms.length * 3) return server.close();
    const h = forms[i % forms.length];
    const opts = [{ family: 6 }, { family: 6, hints: dns.V4MAPPED }, { family: 4, all: true }][Math.floor(i / forms.length)];
    i++;
    dns.lookup(h, opts, (e, a, f) => {
      if (e) console.log('dns.lookup', h, JSON.stringify(opts), e.code, e.errno, e.syscall, e.hostname, e.message);
      else console.log('dns.lookup', h, JSON.stringify(opts), JSON.stringify(a), f);
      next();
    });
  };
  next();
}
