'use strict';
// net.connect's option checks: which bad option Node reports first (timeout,
// host, localAddress, localPort, port, autoSelectFamily, its attempt timeout,
// lookup), and a falsy host (0, NaN, '', null) meaning localhost.
const net = require('net');
const bad = { host: 5, hostNul: 'a\0b', portT: {}, portR: -1, localAddress: 'x', localPort: 'x', lookup: 5, autoSelectFamily: 5, attempt: 0, family: 'x', hints: 'x', timeout: 'x' };
const key = (k) => ({ hostNul: 'host', portT: 'port', portR: 'port', attempt: 'autoSelectFamilyAttemptTimeout' }[k] || k);
const names = Object.keys(bad);
for (const a of names) for (const b of names) {
  if (a >= b || key(a) === key(b)) continue;
  const o = { port: 80, [key(a)]: bad[a], [key(b)]: bad[b] };
  if (!('lookup' in o)) o.lookup = () => {};
  let r;
  try { const s = net.connect(o); s.on('error', () => {}); s.destroy(); r = 'made'; } catch (e) { r = `${e.code} ${e.message}`; }
  console.log(a, b, r);
}
const t2 = (n, o) => { try { const s = net.connect({ ...o, lookup: (h, op, cb) => { console.log('  lookup', typeof h, String(h)); } }); s.on('error', (e) => console.log('  async', e.code, e.message)); console.log(n, 'made'); setImmediate(() => s.destroy()); } catch (e) { console.log(n, e.code, e.message); } };
t2('p0 hNaN', { port: 0, host: NaN });
t2('p0 h0', { port: 0, host: 0 });
t2('p80 h0', { port: 80, host: 0 });
t2('p80 h5', { port: 80, host: 5 });
t2('p80 htrue', { port: 80, host: true });
t2('p80 hobj', { port: 80, host: {} });
t2('pobj h0', { port: {}, host: 0 });
t2('pnull hx', { port: null, host: 'x' });
t2('p80 hnull', { port: 80, host: null });
t2('p" 80 " h0', { port: ' 80 ', host: 0 });
t2('p-1 h0', { port: -1, host: 0 });
t2('p80 h""', { port: 80, host: '' });
