// net.isIP, isIPv4 and isIPv6 over the address forms Node accepts and
// rejects (leading zeros, zones, embedded IPv4, brackets, prefixes,
// whitespace, case) and over values that are not strings, which are
// judged by their text.
const net = require('net');
const cases = [
  '0.0.0.0', '255.255.255.255', '256.0.0.0', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.04', '1.2.3.4/24', ' 1.2.3.4', '1.2.3.4 ',
  '1.2.3.4\n', '1..3.4', '0x1.2.3.4', '1.2.3.-4', '127.1', '::', '::1', '1::', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7::',
  '::1:2:3:4:5:6:7', '1::2::3', ':1', '1:', 'ffff::', 'FFFF::ABCD', 'fffff::', 'g::1', '::ffff:1.2.3.4', '::1.2.3.4', '1:2:3:4:5:6:1.2.3.4',
  '1:2:3:4:5:6:7:1.2.3.4', '::ffff:1.2.3.256', '::ffff:01.2.3.4', 'fe80::1%eth0', 'fe80::1%1', 'fe80::1%', 'fe80::1%a b', 'fe80::1%en0.1',
  '[::1]', '::1/128', '2001:db8::', '2001:0db8:0000:0000:0000:0000:0000:0001', '1.2.3.4%eth0', '', 'localhost', '١.٢.٣.٤',
];
for (const c of cases) console.log(JSON.stringify(c), net.isIP(c), net.isIPv4(c), net.isIPv6(c));
const others = [undefined, null, 0, 4, 1.5, true, {}, [], ['1.2.3.4'], { toString() { return '::1'; } }, new String('1.2.3.4'), 0x7f000001];
for (const v of others) console.log(typeof v, String(v), net.isIP(v), net.isIPv4(v), net.isIPv6(v));
console.log(net.isIP(), net.isIPv4(), net.isIPv6(), net.isIP('1.2.3.4', 'extra'));
console.log(net.isIP.length, net.isIPv4.length, net.isIPv6.length, net.isIP.name, net.isIPv4.name, net.isIPv6.name);
