// Seeded differential run over dns/process/os argument checks: run 'node dnsdiff.js SEED'
// under the oracle and under nodenet for SEED 1..300 and compare (mask '(node:PID)').
// Ops 6, 18 and 19 (setServers, getServers, Resolver) are off: nodenet has no resolver yet.
// Two concurrent real lookups of localhost may complete in either order, under Node too.
'use strict';
const dns = require('dns'); const os = require('os');
let seed = +(process.argv[2] || 1);
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const out = [];
function log(...a) { out.push(a.join(' ')); }
function fmt(v) {
  if (v === undefined) return 'undef';
  if (typeof v === 'bigint') return 'big';
  if (typeof v === 'symbol') return 'sym';
  if (typeof v === 'function') return 'fn';
  if (Array.isArray(v)) return '[' + v.map(fmt).join(',') + ']';
  if (v && typeof v === 'object') return '{' + Object.keys(v).sort().map(k => k + ':' + (typeof v[k] === 'number' ? 'n' : fmt(v[k]))).join(',') + '}';
  return typeof v + ':' + String(v);
}
const odd = () => [undefined, null, 0, 1, -1, 4, 6, 1.5, NaN, Infinity, -0, '', '4', 'ipv4first', 'verbatim', 'ipv6first', true, false, {}, [], 2**32, -(2**31)-1, 19, 20, -20, -21, Symbol('s'), 10n, { valueOf() { return 4; } }, { toString() { return 'verbatim'; } }, () => {}, 'x'.repeat(300), '\ud800', 'localhost', '127.0.0.1', '::1', 'buffer', 0x400, dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL][rnd(41)];
const port = () => [80, '80', -1, 65536, 'x', null, {}, undefined, 1.5, NaN, '', ' 80 '][rnd(12)];
function E(e) { return e ? (e.name + ' ' + e.code + ' ' + e.message) : 'null'; }
function tr(tag, f) { try { log(tag, 'ok', fmt(f())); } catch (e) { log(tag, 'throw', E(e)); } }
const orig = dns.getDefaultResultOrder();
let pend = 0;
function step(i) {
  const op = rnd(22);
  const a = odd(), b = odd(), c = odd();
  const t = i + ':' + op;
  switch (op) {
    case 0: case 1: {
      const host = ['localhost', '127.0.0.1', '::1', '', a][rnd(5)];
      const o = rnd(2) ? { family: a, all: rnd(2) ? b : undefined, hints: rnd(3) ? undefined : c, order: rnd(2) ? odd() : undefined, verbatim: rnd(3) ? undefined : odd() } : a;
      tr(t + ' lookup ' + fmt(host) + ' ' + fmt(o), () => { pend++; dns.lookup(host, o, (e, ad, f) => { pend--; log(t, 'cb', e ? e.code : 'ok', fmt(ad), fmt(f)); }); return 'called'; });
      break;
    }
    case 2: {
      const host = ['localhost', '127.0.0.1', '', a][rnd(4)];
      tr(t + ' plookup ' + fmt(host) + ' ' + fmt(b), () => { const p = dns.promises.lookup(host, rnd(2) ? { family: b, all: c } : b); pend++; p.then(r => { pend--; log(t, 'pres', fmt(r)); }, e => { pend--; log(t, 'prej', E(e)); }); return 'p'; });
      break;
    }
    case 3: tr(t + ' lookupService ' + fmt(a) + ' ' + fmt(b), () => dns.lookupService(rnd(2) ? a : '127.0.0.1', port(), rnd(3) ? () => {} : c)); break;
    case 4: tr(t + ' plookupService ' + fmt(a) + ' ' + fmt(b), () => { const p = dns.promises.lookupService(rnd(2) ? a : '127.0.0.1', port()); p.catch(e => log(t, 'prej', E(e))); return 'p'; }); break;
    case 5: tr(t + ' setDRO ' + fmt(a), () => { const r = dns.setDefaultResultOrder(a); return [r, dns.getDefaultResultOrder()]; }); break;
    case 6: break; tr(t + ' setServers ' + fmt(a), () => { const r = dns.setServers(rnd(2) ? a : [a, b]); return r; }); break;
    case 7: tr(t + ' nextTick ' + fmt(a), () => process.nextTick(a, b, c)); break;
    case 8: {
      tr(t + ' emitWarning ' + fmt(a) + ' ' + fmt(b) + ' ' + fmt(c), () => process.emitWarning(rnd(2) ? a : 'msg', rnd(2) ? b : { type: b, code: c, detail: odd() }, c));
      break;
    }
    case 9: tr(t + ' hrtime ' + fmt(a), () => { const r = process.hrtime(rnd(2) ? a : [a, b]); return r.length; }); break;
    case 10: tr(t + ' exitCode ' + fmt(a), () => { process.exitCode = a; const r = process.exitCode; process.exitCode = undefined; return r; }); break;
    case 11: tr(t + ' cpuUsage ' + fmt(a), () => { const r = process.cpuUsage(rnd(2) ? a : { user: a, system: b }); return Object.keys(r); }); break;
    case 12: tr(t + ' memoryUsage ' + fmt(a), () => Object.keys(process.memoryUsage(a))); break;
    case 13: tr(t + ' getPriority ' + fmt(a), () => typeof os.getPriority(rnd(2) ? a : 0)); break;
    case 14: tr(t + ' setPriority ' + fmt(a) + ' ' + fmt(b), () => { const cur = os.getPriority(0); if (rnd(2)) return os.setPriority(0, a === undefined ? cur : (typeof a === 'number' && a > cur && a <= 19 ? a : (typeof a === 'number' && a < cur ? 'skip' : a)) === 'skip' ? cur : a); return 'noop'; }); break;
    case 15: tr(t + ' userInfo ' + fmt(a), () => Object.keys(os.userInfo(rnd(2) ? a : { encoding: a }))); break;
    case 16: tr(t + ' hrtime.bigint ' + fmt(a), () => typeof process.hrtime.bigint(a)); break;
    case 17: tr(t + ' lookup-nocb ' + fmt(a), () => dns.lookup('localhost', a)); break;
    case 18: break; tr(t + ' getServers', () => dns.getServers().length); break;
    case 19: break; tr(t + ' Resolver ' + fmt(a), () => { const r = new dns.Resolver(rnd(2) ? a : { timeout: a, tries: b }); r.setServers(rnd(2) ? [] : b); return r.getServers(); }); break;
    case 20: tr(t + ' setPriority-pid ' + fmt(a), () => os.setPriority(a === 0 ? 'x' : a, 'y')); break;
    case 21: tr(t + ' lookup-host ' + fmt(a), () => dns.lookup(a, () => {})); break;
  }
}
process.on('warning', w => log('warning', w.name, w.code, w.message, w.detail));
for (let i = 0; i < 40; i++) step(i);
setTimeout(() => { dns.setDefaultResultOrder(orig); console.log(out.join('\n')); }, 200);
