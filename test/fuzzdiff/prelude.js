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
