// BlockList bypass attempts at accept: each rule form (IPv4, IPv4-mapped,
// IPv4-compatible, NAT64, subnets, ranges, IPv6 spellings) against a client
// on 127.0.0.1 and on ::1, reaching a dual-stack '::' server (where an IPv4
// peer is ::ffff:127.0.0.1), an IPv4 server and an IPv6 server. A blocked
// client is closed before 'connection' and reads nothing; an accepted one
// reads "ok".
const net = require('net');
const bl = new net.BlockList();
const rules = [
  ['address 127.0.0.1', (b) => b.addAddress('127.0.0.1')],
  ['address ::ffff:127.0.0.1 ipv6', (b) => b.addAddress('::ffff:127.0.0.1', 'ipv6')],
  ['address ::ffff:7f00:1 ipv6', (b) => b.addAddress('::ffff:7f00:1', 'ipv6')],
  ['address ::127.0.0.1 ipv6 (compatible)', (b) => b.addAddress('::127.0.0.1', 'ipv6')],
  ['address 64:ff9b::7f00:1 ipv6 (NAT64)', (b) => b.addAddress('64:ff9b::7f00:1', 'ipv6')],
  ['subnet ::ffff:0:0/96 ipv6', (b) => b.addSubnet('::ffff:0:0', 96, 'ipv6')],
  ['subnet ::ffff:127.0.0.0/104 ipv6', (b) => b.addSubnet('::ffff:127.0.0.0', 104, 'ipv6')],
  ['subnet ::/96 ipv6 (compatible)', (b) => b.addSubnet('::', 96, 'ipv6')],
  ['subnet 64:ff9b::/96 ipv6 (NAT64)', (b) => b.addSubnet('64:ff9b::', 96, 'ipv6')],
  ['subnet ::/0 ipv6', (b) => b.addSubnet('::', 0, 'ipv6')],
  ['subnet 127.0.0.0/8', (b) => b.addSubnet('127.0.0.0', 8)],
  ['subnet 0.0.0.0/0', (b) => b.addSubnet('0.0.0.0', 0)],
  ['range 127.0.0.0-127.0.0.255', (b) => b.addRange('127.0.0.0', '127.0.0.255')],
  ['range ::ffff:127.0.0.0-::ffff:127.0.0.255 ipv6', (b) => b.addRange('::ffff:127.0.0.0', '::ffff:127.0.0.255', 'ipv6')],
  ['range ::-::ffff:ffff:ffff ipv6', (b) => b.addRange('::', '::ffff:ffff:ffff', 'ipv6')],
  ['address ::1 ipv6', (b) => b.addAddress('::1', 'ipv6')],
  ['address 0:0:0:0:0:0:0:1 ipv6', (b) => b.addAddress('0:0:0:0:0:0:0:1', 'ipv6')],
  ['address ::1%lo ipv6 (zone)', (b) => b.addAddress('::1%lo', 'ipv6')],
  ['cidr ::1/128', (b) => b.addCIDR('::1/128')],
  ['cidr ::ffff:127.0.0.1/128', (b) => b.addCIDR('::ffff:127.0.0.1/128')],
];
const setups = [['::', '127.0.0.1'], ['::', '::1'], ['127.0.0.1', '127.0.0.1'], ['::1', '::1']];
let si = 0;
let ri = 0;
const next = () => {
  if (ri === rules.length) {
    ri = 0;
    si++;
  }
  if (si === setups.length) return;
  const [sh, ch] = setups[si];
  const [name, add] = rules[ri++];
  bl.clear();
  add(bl);
  let seen = false;
  const server = net.createServer({ blockList: bl }, (s) => {
    seen = true;
    s.end('ok');
  });
  server.on('drop', () => console.log('drop (unexpected)'));
  server.listen(0, sh, () => {
    const c = net.connect(server.address().port, ch);
    let data = '';
    c.on('data', (d) => { data += d; });
    c.on('error', (e) => console.log('client error', e.code));
    c.on('close', () => {
      console.log(`server ${sh} client ${ch} rule ${name}:`, seen ? 'accepted' : 'blocked', JSON.stringify(data));
      server.close(next);
    });
  });
};
next();
