// net.BlockList's whole API with strings and SocketAddress arguments:
// addresses (one and many), ranges, subnets, CIDRs, removal of each kind,
// check with families, rules and size, toJSON/fromJSON (text and arrays),
// isBlockList, inspect at several depths, PRIVATE_RANGES; and the argument
// errors of every method.
const net = require('net');
const util = require('util');
function t(tag, f) {
  try {
    const r = f();
    console.log(tag, r === undefined ? 'undefined' : util.inspect(r));
  } catch (e) {
    console.log(tag, e.name, e.code, e.message);
  }
}
const SA = (address, family, port) => new net.SocketAddress({ address, family, port });
const bl = new net.BlockList();
t('addAddresses', () => bl.addAddresses(['9.9.9.9', SA('8.8.8.8'), SA('2001:db8::1', 'ipv6')]));
t('addAddresses v6', () => bl.addAddresses(['2001:db8::2', '2001:db8::3'], 'ipv6'));
t('addRange sa', () => bl.addRange(SA('10.0.0.1'), SA('10.0.0.20')));
t('addRange v6', () => bl.addRange('fe80::1', 'fe80::ff', 'IPv6'));
t('addSubnet sa', () => bl.addSubnet(SA('192.168.0.0'), 16));
t('addCIDRs', () => bl.addCIDRs(['100.64.0.0/10', 'fd00::/8']));
t('rules', () => bl.rules);
t('size', () => bl.size);
for (const [a, f] of [['9.9.9.9'], ['8.8.8.8'], ['10.0.0.15'], ['10.0.0.21'], ['192.168.44.1'], ['100.100.0.1'],
  ['fd12::1', 'ipv6'], ['fe80::80', 'ipv6'], ['2001:db8::2', 'ipv6'], ['::ffff:9.9.9.9', 'ipv6'], ['9.9.9.9', 'IPv6'],
  ['2001:db8::1', 'ipv4'], ['', 'ipv4']]) {
  t(`check ${a} ${f}`, () => bl.check(a, f));
}
t('check sa', () => bl.check(SA('10.0.0.2', 'ipv4', 99)));
t('check sa family ignored', () => bl.check(SA('10.0.0.2'), 'ipv6'));
t('toJSON equal rules', () => JSON.stringify(bl.toJSON()) === JSON.stringify(bl.rules));
t('toJSON fresh', () => bl.toJSON() !== bl.toJSON());
const copy = new net.BlockList();
t('fromJSON text', () => copy.fromJSON(JSON.stringify(bl)));
t('copy rules', () => copy.rules.length === bl.rules.length);
const arr = new net.BlockList();
t('fromJSON array', () => arr.fromJSON(['Address: IPv4 1.1.1.1', 'garbage', 'Subnet: IPv6 2001:db8::/32', 'Range: IPv4 2.2.2.2-2.2.2.9']));
t('fromJSON array rules', () => arr.rules);
t('fromJSON bad address', () => arr.fromJSON('["Address: IPv4 1.1.1.300"]'));
t('fromJSON string json', () => arr.fromJSON('"text"'));
t('fromJSON null', () => arr.fromJSON(null));
t('fromJSON mixed array', () => arr.fromJSON(['Address: IPv4 3.3.3.3', 3]));
t('removeAddress sa', () => bl.removeAddress(SA('8.8.8.8')));
t('removeAddress mapped', () => bl.removeAddress('::ffff:9.9.9.9', 'ipv6'));
t('removeRange sa', () => bl.removeRange(SA('10.0.0.1'), SA('10.0.0.20')));
t('removeSubnet sa', () => bl.removeSubnet(SA('192.168.0.0'), 16));
t('removeCIDR', () => bl.removeCIDR('fd00::/8'));
t('removeCIDR absent', () => bl.removeCIDR('1.0.0.0/8'));
t('after removes', () => bl.rules);
t('isBlockList', () => [net.BlockList.isBlockList(bl), net.BlockList.isBlockList(null), net.BlockList.isBlockList({ rules: [] }), net.BlockList.isBlockList()]);
class Sub extends net.BlockList {}
const sub = new Sub();
sub.addAddress('4.4.4.4');
t('subclass', () => [net.BlockList.isBlockList(sub), sub.check('4.4.4.4'), sub instanceof net.BlockList]);
console.log(util.inspect(sub), util.inspect({ a: { b: sub } }, { depth: 1 }), util.inspect(sub, { depth: 0 }), util.inspect([sub], { depth: -1 }));
console.log(util.inspect(arr, { compact: false }));
console.log(util.inspect(arr, { colors: true }));
t('PRIVATE_RANGES', () => net.BlockList.PRIVATE_RANGES);
const priv = new net.BlockList();
priv.addCIDRs(net.BlockList.PRIVATE_RANGES);
t('private check', () => ['10.1.1.1', '172.31.0.1', '192.168.1.1', '127.0.0.1', '169.254.1.1', '8.8.8.8'].map((a) => priv.check(a)));
t('private check v6', () => ['::1', 'fe80::1', 'fd00::1', '2001:db8::1'].map((a) => priv.check(a, 'ipv6')));
t('keys', () => [Object.keys(bl), Object.getOwnPropertyNames(net.BlockList.prototype)]);
// errors
t('addAddress undefined', () => bl.addAddress());
t('addAddress family type', () => bl.addAddress('1.2.3.4', null));
t('addAddress family value', () => bl.addAddress('1.2.3.4', 'ipv5'));
t('addAddress v4 as v6', () => bl.addAddress('1.2.3.4', 'ipv6'));
t('addAddresses not array', () => bl.addAddresses(new Set(['1.1.1.1'])));
t('addAddresses element', () => bl.addAddresses(['1.1.1.1', null]));
t('addAddresses invalid', () => bl.addAddresses(['5.5.5.5', 'nope']));
t('addRange start type', () => bl.addRange(null, '1.1.1.1'));
t('addRange end type', () => bl.addRange('1.1.1.1', {}));
t('addRange reversed', () => bl.addRange('9.0.0.0', '8.0.0.0'));
t('addRange family type', () => bl.addRange('1.0.0.0', '2.0.0.0', 4));
t('addSubnet network type', () => bl.addSubnet(null, 8));
t('addSubnet prefix undefined', () => bl.addSubnet('10.0.0.0'));
t('addSubnet prefix NaN', () => bl.addSubnet('10.0.0.0', NaN));
t('addSubnet prefix -1', () => bl.addSubnet('10.0.0.0', -1));
t('addSubnet invalid network', () => bl.addSubnet('10.0.0', 8));
t('addCIDR slash only', () => bl.addCIDR('/8'));
t('addCIDR big prefix', () => bl.addCIDR('10.0.0.0/40'));
t('addCIDR v6 prefix', () => bl.addCIDR('2001:db8::/129'));
t('addCIDRs not array', () => bl.addCIDRs('10.0.0.0/8'));
t('removeAddress type', () => bl.removeAddress(null));
t('removeRange type', () => bl.removeRange('1.1.1.1'));
t('removeSubnet prefix', () => bl.removeSubnet('10.0.0.0', '8'));
t('removeCIDR type', () => bl.removeCIDR(null));
t('check undefined', () => bl.check());
t('check family num', () => bl.check('1.1.1.1', 4));
t('final rules', () => bl.rules);
