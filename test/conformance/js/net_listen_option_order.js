'use strict';
// server.listen's option checks, alone and in pairs (the signal is checked
// first), and listen's argument forms.
const net = require('net');
const bad = { port: [{}, -1, 65536, 1.5, 'x', '80x', true, null, NaN], host: [5, true, {}], backlog: ['x', -1, 1.5, {}], path: [5, {}, true], exclusive: ['x'], ipv6Only: ['x'], signal: [1, {}], reusePort: ['x'], readableAll: ['x'] };
const keys = Object.keys(bad);
let n = 0;
function run(o) {
  // Loopback only: an address-less listen that would succeed gets one.
  if (o && typeof o === 'object' && !('host' in o) && !('path' in o)) o.host = '127.0.0.1';
  let r;
  const s = net.createServer();
  s.on('error', (e) => {});
  try { s.listen(o); r = 'made'; } catch (e) { r = `${e.name} ${e.code} ${e.message}`; }
  try { s.close(); } catch {}
  return r;
}
for (const a of keys) for (const va of bad[a]) {
  console.log(a, JSON.stringify(va) ?? String(va), run({ port: 0, host: '127.0.0.1', [a]: va }));
  for (const b of keys) {
    if (b <= a) continue;
    const vb = bad[b][0];
    console.log(' ', a, JSON.stringify(va) ?? String(va), b, JSON.stringify(vb) ?? String(vb), run({ [a]: va, [b]: vb }));
  }
}
for (const args of [[{}], [-1], [0, '127.0.0.1', 'x'], [0, '127.0.0.1', 5], [{ port: 0, host: '127.0.0.1' }, 5], [true], [[]], [65536, '127.0.0.1'], ['0x10', '127.0.0.1'], [{ port: 0, host: 5 }]]) {
  console.log('args', JSON.stringify(args), (() => { const s = net.createServer(); s.on('error', () => {}); try { s.listen(...args); return 'made'; } catch (e) { return `${e.name} ${e.code} ${e.message}`; } finally { try { s.close(); } catch {} } })());
}
