// net.BlockList and net.SocketAddress: rules, checks across IPv4 and
// IPv6, JSON, inspect output, argument errors; isIP and friends.
const net = require('net');
function tryIt(tag, f) {
  try {
    console.log(tag, f());
  } catch (e) {
    console.log(tag, e.name, e.code, e.message);
  }
}
const bl = new net.BlockList();
bl.addAddress('127.0.0.2');
bl.addAddress('::ffff:10.1.1.1', 'ipv6');
bl.addSubnet('10.0.0.0', 8);
bl.addSubnet('2001:db8::', 32, 'ipv6');
bl.addRange('192.168.0.1', '192.168.0.9');
bl.addCIDR('172.16.0.0/12');
console.log('rules', bl.rules, bl.size);
for (const [a, f] of [['127.0.0.2'], ['127.0.0.3'], ['10.9.9.9'], ['::ffff:10.2.3.4', 'ipv6'],
  ['2001:db8::1', 'ipv6'], ['2001:db9::1', 'ipv6'], ['192.168.0.5'], ['192.168.0.10'], ['172.20.1.1'],
  ['not an ip'], ['10.1.1.1', 'IPV4']]) {
  console.log('check', a, f, bl.check(a, f));
}
const sa = new net.SocketAddress({ address: '2001:db8::5', family: 'ipv6', port: 443, flowlabel: 7 });
console.log('socketaddress', sa.address, sa.port, sa.family, sa.flowlabel, JSON.stringify(sa));
console.log('check sa', bl.check(sa));
console.log(sa, bl);
console.log('default', JSON.stringify(new net.SocketAddress()), JSON.stringify(new net.SocketAddress({ family: 'ipv6' })));
for (const s of ['1.2.3.4:80', '1.2.3.4:81', '[::1]:8080', '127.1:5', 'localhost:1', '1.2.3.4']) {
  const p = net.SocketAddress.parse(s);
  console.log('parse', s, p === undefined ? p : JSON.stringify(p));
}
console.log('isBlockList', net.BlockList.isBlockList(bl), net.BlockList.isBlockList({}),
            'isSocketAddress', net.SocketAddress.isSocketAddress(sa), net.SocketAddress.isSocketAddress({}));
console.log('json', JSON.stringify(bl));
const copy = new net.BlockList();
copy.fromJSON(JSON.stringify(bl));
console.log('fromJSON', copy.rules.length === bl.rules.length, copy.check('10.5.5.5'));
bl.removeAddress('127.0.0.2');
bl.removeSubnet('10.0.0.0', 8);
bl.removeRange('192.168.0.1', '192.168.0.9');
console.log('after remove', bl.rules, bl.check('127.0.0.2'), bl.check('10.9.9.9'));
bl.clear();
console.log('cleared', bl.size, bl.rules);
tryIt('addRange reversed', () => bl.addRange('1.1.1.9', '1.1.1.1'));
tryIt('addAddress bad', () => bl.addAddress('nope'));
tryIt('addAddress type', () => bl.addAddress(5));
tryIt('addSubnet prefix', () => bl.addSubnet('10.0.0.0', 33));
tryIt('addCIDR no prefix', () => bl.addCIDR('10.0.0.0'));
tryIt('family', () => new net.SocketAddress({ family: 'ipx' }));
tryIt('port', () => new net.SocketAddress({ port: 70000 }));
tryIt('address', () => new net.SocketAddress({ address: '1.2.3' }));
tryIt('options', () => new net.SocketAddress('x'));
tryIt('fromJSON type', () => bl.fromJSON(5));
for (const s of ['1.2.3.4', '::1', '::ffff:1.2.3.4', 'fe80::1%eth0', '1.2.3.256', '', 'x', '1::2::3', '01.2.3.4']) {
  console.log('isIP', JSON.stringify(s), net.isIP(s), net.isIPv4(s), net.isIPv6(s));
}
console.log('PRIVATE_RANGES', net.BlockList.PRIVATE_RANGES.length, Object.isFrozen(net.BlockList.PRIVATE_RANGES));
console.log('autoSelectFamily', net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
net.setDefaultAutoSelectFamily(false);
net.setDefaultAutoSelectFamilyAttemptTimeout(300);
console.log('autoSelectFamily set', net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
for (const k of ['BlockList', 'SocketAddress', 'Server', 'Socket', 'Stream', 'connect', 'createConnection',
  'createServer', 'isIP', 'isIPv4', 'isIPv6', '_normalizeArgs']) {
  console.log('export', k, typeof net[k]);
}
