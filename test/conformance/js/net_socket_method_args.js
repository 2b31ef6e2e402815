'use strict';
// A connected socket's methods given odd arguments: setNoDelay, setKeepAlive
// (the delay is cut to whole seconds, so a BigInt meets a division),
// setTimeout, setEncoding (judged as a StringDecoder judges it) and write
// (a null chunk is reported before a bad encoding).
const net = require('net');
const vals = [undefined, null, 0, -1, 1.5, NaN, Infinity, 'x', '', 'utf8', 'hex', 'bogus', true, {}, [], () => {}, Buffer.from('ab'), new Uint8Array(2), 10n, 2 ** 31];
const show = (v) => typeof v === 'function' ? 'fn' : typeof v === 'bigint' ? v + 'n' : Buffer.isBuffer(v) ? 'buf' : v instanceof Uint8Array ? 'u8' : (JSON.stringify(v) ?? String(v));
const r = (f) => { try { const x = f(); return 'ok ' + (x instanceof net.Socket ? 'socket' : show(x)); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
const server = net.createServer((s) => { s.resume(); s.on('error', () => {}); });
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    for (const a of vals) {
      console.log('setNoDelay', show(a), r(() => c.setNoDelay(a)));
      console.log('setKeepAlive', show(a), r(() => c.setKeepAlive(true, a)));
      console.log('setKeepAlive1', show(a), r(() => c.setKeepAlive(a)));
      console.log('setTimeout', show(a), r(() => { const x = c.setTimeout(a); c.setTimeout(0); return x; }));
      console.log('setEncoding', show(a), r(() => { const x = c.setEncoding(a); return x; }));
      for (const b of [undefined, 'utf8', 'bogus', 5, () => {}]) {
        console.log('write', show(a), show(b), r(() => c.write(a, b)));
      }
    }
    console.log('address', JSON.stringify(Object.keys(c.address())));
    console.log('end', r(() => c.end(5)));
    c.on('error', (e) => console.log('error event', e.code));
    c.on('close', () => server.close(() => console.log('closed')));
    c.destroy();
  });
});
