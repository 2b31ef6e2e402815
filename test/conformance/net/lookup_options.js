// What the lookup function receives: hints default to ADDRCONFIG unless a
// family 4/6 is given, all is set when autoSelectFamily applies (not with
// family 4/6 nor with a localAddress), and family goes through as given
// (dns.lookup is what rejects a bad family or bad hints, synchronously).
// The defaults and the per-connect autoSelectFamilyAttemptTimeout are
// validated as Node validates them (integers from 1, at least 10 ms).
const net = require('net');
const dns = require('dns');
const fe = (e) => `${e.name} ${e.code} ${e.message}`;
console.log('defaults', net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
for (const v of [5, 20, 1.5, -1, 2 ** 31, 2 ** 40]) {
  try { net.setDefaultAutoSelectFamilyAttemptTimeout(v); console.log('set timeout', v, net.getDefaultAutoSelectFamilyAttemptTimeout()); }
  catch (e) { console.log('set timeout', v, fe(e)); }
}
net.setDefaultAutoSelectFamilyAttemptTimeout(500);
net.setDefaultAutoSelectFamily(false);
console.log('autoSelectFamily off', net.getDefaultAutoSelectFamily());
const seen = [];
const lookup = (host, opts, cb) => { seen.push(`${host} family=${opts.family} hints=${opts.hints} all=${opts.all}`); cb(null, [{ address: '127.0.0.1', family: 4 }]); };
const tryConnect = (name, o) => {
  try {
    const c = net.connect({ port: 1, host: 'opts.test', ...o });
    c.on('error', () => {});
    c.destroy();
    console.log(name, 'ok', seen.length ? seen.pop() : '(no lookup)');
  } catch (e) { console.log(name, 'throws', fe(e)); }
};
tryConnect('default off', { lookup });
net.setDefaultAutoSelectFamily(true);
tryConnect('default on', { lookup });
tryConnect('family 4', { lookup, family: 4 });
tryConnect('family 6 hints', { lookup, family: 6, hints: dns.V4MAPPED | dns.ALL });
tryConnect('family 5 custom', { lookup, family: 5 });
tryConnect('hints custom', { lookup, hints: 12345 });
tryConnect('localAddress', { lookup, localAddress: '127.0.0.1' });
tryConnect('option off', { lookup, autoSelectFamily: false });
tryConnect('ip host', { lookup, host: '127.0.0.1', family: 5 });
tryConnect('family 5 dns', { family: 5 });
tryConnect('hints dns', { hints: 12345 });
tryConnect('hints negative', { hints: -1 });
tryConnect('hints and family', { hints: 3, family: 9 });
for (const v of [5, 1.5, -1, 2 ** 31]) tryConnect('timeout ' + v, { lookup, autoSelectFamilyAttemptTimeout: v });
tryConnect('null byte', { lookup, host: 'a\0b' });
tryConnect('bad localAddress', { lookup, localAddress: 'nope' });
console.log('dns hints', dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL);
