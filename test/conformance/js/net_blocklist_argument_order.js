'use strict';
// BlockList's rule methods check their arguments in Node's order: each
// address's type, the family's type, then the family's value and the
// address's form together, and a subnet's prefix against the family's
// width (0..32 or 0..128).
const net = require('net');
const sa4 = new net.SocketAddress({ address: '10.0.0.1' });
const sa6 = new net.SocketAddress({ address: '::1', family: 'ipv6' });
const addrs = [['"10.0.0.1"', '10.0.0.1'], ['"10.0.0.9"', '10.0.0.9'], ['"::1"', '::1'], ['"x"', 'x'], ['5', 5], ['sa4', sa4], ['sa6', sa6], ['undef', undefined]];
const fams = [['undef', undefined], ['"ipv4"', 'ipv4'], ['"IPv6"', 'IPv6'], ['"x"', 'x'], ['5', 5], ['null', null]];
const prefixes = [['8', 8], ['"8"', '8'], ['1.5', 1.5], ['99', 99], ['-1', -1], ['2**31', 2 ** 31], ['NaN', NaN], ['undef', undefined]];
const r = (f) => { try { return 'ok ' + f(); } catch (e) { return `${e.code} ${e.message}`; } };
for (const m of ['addRange', 'removeRange']) for (const [sn, s] of addrs) for (const [en, e] of addrs) for (const [fn, f] of fams) {
  const b = new net.BlockList();
  console.log(m, sn, en, fn, r(() => { b[m](s, e, f); return b.rules.length; }));
}
for (const m of ['addSubnet', 'removeSubnet', 'addAddress', 'check']) for (const [an, a] of addrs) for (const [pn, p] of prefixes) for (const [fn, f] of fams) {
  if ((m === 'addAddress' || m === 'check') && pn !== '8') continue;
  const b = new net.BlockList();
  console.log(m, an, pn, fn, r(() => m === 'addAddress' || m === 'check' ? b[m](a, f) : (b[m](a, p, f), b.rules.length)));
}
