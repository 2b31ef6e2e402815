'use strict';
// Odd arguments to dns.lookup, dns.promises.lookup and process.exitCode,
// found by a differential run: which value is reported as the missing
// callback, a function as the promise form's options, names the resolver
// cannot be given (EINVAL, no request object), and exitCode's 32-bit
// wrapping and null.
const dns = require('dns');
function E(e) { return `${e.name} ${e.code} ${e.message}`; }

for (const v of ['127.0.0.1', true, Symbol('s'), 10n, 4, {}, null, undefined]) {
  try { dns.lookup('localhost', v); console.log('no throw'); } catch (e) { console.log('lookup 2 args:', E(e)); }
}
for (const [o, c] of [['x', 5], ['x', undefined], [true, null]]) {
  try { dns.lookup('localhost', o, c); console.log('no throw'); } catch (e) { console.log('lookup 3 args:', E(e)); }
}
try { dns.lookup('localhost', 'x', () => {}); } catch (e) { console.log('lookup options:', E(e)); }
try { dns.promises.lookup('localhost', () => {}); } catch (e) { console.log('promises.lookup:', E(e)); }

const names = ['\ud800', 'a\udc00b', 'x'.repeat(256)];
let pending = names.length * 2;
function done() {
  if (--pending > 0) return;
  for (const v of [null, undefined, 2 ** 32, -(2 ** 31) - 1, 2 ** 31, '3', 255, 1.5, 'x']) {
    try {
      process.exitCode = v;
      console.log('exitCode', String(v).slice(0, 12), '->', typeof process.exitCode, process.exitCode);
    } catch (e) { console.log('exitCode', String(v), E(e)); }
  }
  process.exitCode = undefined;
}
names.forEach((h, i) => {
  const req = dns.lookup(h, (e) => { console.log('cb', i, e.code, typeof e.errno, e.syscall, e.hostname === h); done(); });
  console.log('req', i, Object.keys(req).length);
  dns.promises.lookup(h, { all: true }).catch((e) => { console.log('rej', i, E(e).length, e.code); done(); });
});
