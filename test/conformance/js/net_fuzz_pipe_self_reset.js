// Found by differential fuzzing (test/fuzzdiff, seed 1077, minimized): a client
// piping into itself (an echo back to the server) while the server ends with
// 609 KB and then writes after end (its socket is destroyed unread: RST). Node's
// client reads exactly what it delivered (bytesRead 131072) before ECONNRESET;
// nodenet reads one more 63 KiB chunk into the paused readable first.
'use strict';
// Differential fuzzing prelude (test/fuzzdiff): the generated program below
// logs each object's events into its own channels, so that events whose
// relative order depends on the kernel (the two ends of a connection) never
// meet in one channel. Consecutive 'data' events are merged into one entry
// (byte count and a rolling hash), which makes chunking invisible.
const net = require('net');
const L = Object.create(null);
function log(ch, s) { (L[ch] || (L[ch] = [])).push(s); }
// The hash samples every 61st byte of the stream (by offset, so chunking
// does not change it): cheap enough for megabytes under any engine.
function onData(ch, d) {
  const a = L[ch] || (L[ch] = []);
  let e = a[a.length - 1];
  if (!e || typeof e !== 'object') { e = { n: 0, h: 7, s: typeof d === 'string' }; a.push(e); }
  const str = typeof d === 'string';
  let h = e.h;
  for (let i = (61 - e.n % 61) % 61; i < d.length; i += 61) h = (Math.imul(h, 31) + (str ? d.charCodeAt(i) : d[i])) | 0;
  e.n += d.length;
  e.h = h;
}
// settle calls next once the connections are quiet: every byte a live
// socket wrote has been read by its live, flowing peer, and no socket has
// moved a byte for 10 ms (which covers paused readers). It waits at least
// 15 ms, so that a round's timers have fired, and at most about 3 s.
function flowed(a, b) { return !a || !b || a.destroyed || b.destroyed || b.isPaused() || b.bytesRead >= a.bytesWritten; }
function settle(next) {
  let last = '', checks = 0;
  const sig = () => C.concat(S).map((s) => s ? s.bytesRead + ':' + s.writableLength + ':' + s.destroyed : '-').join(',');
  const balanced = () => C.every((c, i) => flowed(c, S[i]) && flowed(S[i], c));
  const check = () => {
    const now = sig();
    if ((now === last && balanced()) || ++checks > 300) { next(); return; }
    last = now;
    setTimeout(check, 10);
  };
  setTimeout(check, 15);
}
function code(e) { return e ? (e.code || e.message) : String(e); }
function watch(s, n) {
  s.on('connect', () => log(n + '.l', 'connect'));
  s.on('data', (d) => onData(n + '.r', d));
  s.on('end', () => log(n + '.r', 'end'));
  s.on('drain', () => log(n + '.w', 'drain'));
  s.on('finish', () => log(n + '.w', 'finish'));
  s.on('timeout', () => log(n + '.l', 'timeout'));
  s.on('error', (e) => log(n + '.l', 'error ' + code(e)));
  s.on('close', (h) => log(n + '.l', 'close ' + h + ' read=' + s.bytesRead + ' written=' + s.bytesWritten));
}
function state(s) {
  return [s.readyState, s.writable, s.readable, s.destroyed, s.writableEnded, s.isPaused(), s.pending, s.connecting].join(' ');
}
function op(label, f) {
  let r;
  try { r = f(); } catch (e) { log('ops', label + ' threw ' + code(e)); return; }
  log('ops', label + (r === undefined ? '' : ' -> ' + (typeof r === 'object' && r !== null ? (r instanceof net.Socket ? 'socket' : typeof r) : r)));
}
process.on('exit', () => {
  for (const ch of Object.keys(L).sort()) {
    for (const e of L[ch]) {
      console.log(ch + ': ' + (typeof e === 'object' ? 'data ' + e.n + (e.s ? ' chars ' : ' bytes ') + (e.h >>> 0).toString(16) : e));
    }
  }
});
const C = [], S = [];
// seed 1077
const srv = net.createServer({ allowHalfOpen: true, pauseOnConnect: false });
let cur = -1, need = 0;
function arrived() { if (--need === 0) connectNext(); }
srv.on('connection', (s) => { S[cur] = s; watch(s, 's' + cur); log('srv', 'connection ' + cur); arrived(); });
srv.on('drop', () => { log('srv', 'drop ' + cur); arrived(); });
srv.on('close', () => log('srv', 'close'));
srv.on('error', (e) => log('srv', 'error ' + code(e)));
const clientHalfOpen = [true];
function connectNext() {
  if (++cur === 1) { round(0); return; }
  need = 2;
  const c = net.connect({ port: srv.address().port, host: '127.0.0.1', allowHalfOpen: clientHalfOpen[cur] });
  C[cur] = c;
  watch(c, 'c' + cur);
  c.once('connect', arrived);
}
srv.listen(0, '127.0.0.1', connectNext);
function T(n) { return n[0] === 'c' ? C[+n.slice(1)] : S[+n.slice(1)]; }
const rounds = [
  () => { // round 0
    { const X = T('c0'); if (!X) log('ops', 'r0.0 c0 absent'); else
      { const Y = T('c0'); if (!Y) log('ops', 'r0.0 pipe c0 absent'); else op('r0.0 c0 pipe c0', () => X.pipe(Y, { end: false })); }
    }
  },
  () => { // round 1
    { const X = T('s0'); if (!X) log('ops', 'r1.0 s0 absent'); else
      op('r1.0 s0 end', () => X.end(Buffer.alloc(609163, 'er1.0.')));
    }
    { const X = T('s0'); if (!X) log('ops', 'r1.1 s0 absent'); else
      op('r1.1 s0 writestr', () => X.write('s4\u00e9'.repeat(168), 'ascii'));
    }
  },
];
function round(i) {
  if (i < rounds.length) { log('m', 'round ' + i); rounds[i](); settle(() => round(i + 1)); return; }
  log('m', 'final');
  for (const s of C.concat(S)) if (s) s.destroy();
  srv.close();
}
