// net.SocketAddress: option checks in Node's order (family, address type,
// port, flowlabel, then the address itself), defaults per family, port
// strings, flow labels, getters and toJSON, parse() of URL-style inputs,
// isSocketAddress, inspect at several depths and in a subclass.
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
const SA = net.SocketAddress;
t('no options', () => new SA());
t('undefined options', () => new SA(undefined));
t('empty', () => new SA({}));
t('ipv6 default', () => new SA({ family: 'ipv6' }));
t('IPV6 upper', () => new SA({ family: 'IPV6', address: '::1' }));
t('IPv4 mixed default', () => new SA({ family: 'IPv4' }));
t('port string', () => new SA({ port: '8080' }).port);
t('port max', () => new SA({ port: 65535 }).port);
t('flowlabel v6', () => new SA({ address: '2001:db8::1', family: 'ipv6', flowlabel: 12345 }).flowlabel);
t('flowlabel v4 dropped', () => new SA({ address: '1.2.3.4', flowlabel: 99 }).flowlabel);
t('mapped', () => new SA({ address: '::ffff:1.2.3.4', family: 'ipv6' }));
t('v6 text normalized', () => new SA({ address: '2001:0db8:0000::0001', family: 'ipv6' }).address);
t('zone', () => new SA({ address: 'fe80::1%1', family: 'ipv6' }).address);
// errors, in order
t('null', () => new SA(null));
t('string', () => new SA('1.2.3.4'));
t('number', () => new SA(5));
t('family number', () => new SA({ family: 6, address: 5 }));
t('family bad', () => new SA({ family: 'inet', port: -1 }));
t('address number', () => new SA({ address: 1, port: -1 }));
t('address null', () => new SA({ address: null }));
t('port object', () => new SA({ port: {}, flowlabel: -1 }));
t('port 65536', () => new SA({ port: 65536 }));
t('port NaN', () => new SA({ port: NaN }));
t('flowlabel string', () => new SA({ flowlabel: '1', address: 'bad' }));
t('flowlabel float', () => new SA({ flowlabel: 1.5 }));
t('address invalid', () => new SA({ address: '1.2.3.4.5' }));
t('address v6 as v4', () => new SA({ address: '::1' }));
t('address v4 as v6', () => new SA({ address: '1.2.3.4', family: 'ipv6' }));
t('address empty', () => new SA({ address: '' }));
// getters, JSON
const sa = new SA({ address: '2001:db8::7', family: 'ipv6', port: 4433, flowlabel: 5 });
t('getters', () => [sa.address, sa.port, sa.family, sa.flowlabel]);
t('toJSON', () => sa.toJSON());
t('JSON', () => JSON.stringify({ sa }));
t('keys', () => [Object.keys(sa), Object.getOwnPropertyNames(SA.prototype), Object.getOwnPropertyNames(SA).sort()]);
t('frozen fields', () => { sa.port = 1; return sa.port; });
t('isSocketAddress', () => [SA.isSocketAddress(sa), SA.isSocketAddress({ address: '1.2.3.4' }), SA.isSocketAddress(null), SA.isSocketAddress()]);
// parse
for (const s of ['127.0.0.1:8080', '127.0.0.1', '[::1]:443', '[::1]', '::1', '1.2.3.4:0', '1.2.3.4:65535', '1.2.3.4:65536',
  '1.2.3.4:-1', '0x7f.1:22', '2130706433:1', 'user@1.2.3.4:9/path?q#f', '[fe80::1%25eth0]:1', 'example.com:80', '', ':80', '1.2.3.4:x']) {
  t(`parse ${JSON.stringify(s)}`, () => {
    const p = SA.parse(s);
    return p === undefined ? 'undefined' : [p instanceof SA, p.address, p.port, p.family];
  });
}
t('parse number', () => SA.parse(1234));
t('parse undefined', () => SA.parse());
// inspect
class MyAddress extends SA {}
const mine = new MyAddress({ address: '10.0.0.1', port: 80 });
console.log(util.inspect(mine), mine instanceof SA, SA.isSocketAddress(mine));
console.log(util.inspect({ a: { b: mine } }, { depth: 1 }), util.inspect(mine, { depth: 0 }), util.inspect([[mine]], { depth: 0 }));
console.log(util.inspect(sa, { breakLength: 20 }));
console.log(util.inspect(sa, { colors: true }));
console.log(`${sa}`, String(sa) === '[object Object]');
