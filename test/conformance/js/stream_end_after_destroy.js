'use strict';
// end(cb) on a stream already destroyed without an error marks it ended
// but leaves the callback waiting: it is only called (with
// ERR_STREAM_DESTROYED) if a write still in flight completes. After a
// destroy with an error, or a second end(), the callback gets
// ERR_STREAM_DESTROYED on the next tick.
const { Writable, Duplex, PassThrough, Transform } = require('stream');
const log = (...a) => console.log(...a);
const makers = {
  writable: (o) => new Writable(Object.assign({ write(c, e, cb) { cb(); } }, o)),
  duplex: () => new Duplex({ write(c, e, cb) { cb(); }, read() {} }),
  passthrough: () => new PassThrough(),
  transform: () => new Transform({ transform(c, e, cb) { cb(null, c); } }),
};
function watch(name, s) {
  s.on('error', (e) => log(name, 'error', e.message));
  s.on('close', () => log(name, 'close'));
  s.on('finish', () => log(name, 'finish'));
  return s;
}
const endcb = (name) => (e) => log(name, 'end cb', e ? e.code || e.message : e);
const cases = [];
for (const kind of Object.keys(makers)) {
  cases.push(() => {
    const s = watch(kind, makers[kind]());
    s.destroy();
    const ret = s.end(endcb(kind));
    log(kind, 'end returned this', ret === s, s.writableEnded, s.writableFinished);
  });
}
cases.push(() => {
  const s = watch('with error', makers.writable());
  s.destroy(new Error('x'));
  s.end(endcb('with error'));
  log('with error ended', s.writableEnded);
});
cases.push(() => {
  const s = watch('twice', makers.writable());
  s.destroy();
  s.end(endcb('twice 1'));
  s.end(endcb('twice 2'));
});
cases.push(() => {
  const s = watch('in flight', makers.writable({ write(c, e, cb) { setImmediate(cb); } }));
  s.write('a', (e) => log('in flight write cb', e && e.code));
  s.destroy();
  s.end(endcb('in flight'));
});
cases.push(() => {
  const s = watch('after write', makers.writable());
  s.destroy();
  s.write('a', (e) => log('after write write cb', e && e.code));
  s.end(endcb('after write'));
});
cases.push(() => {
  const s = watch('with chunk', makers.writable());
  s.destroy();
  s.end('abc', endcb('with chunk'));
});
cases.push(() => {
  const s = watch('no autoDestroy', makers.writable({ autoDestroy: false }));
  s.destroy();
  s.end(endcb('no autoDestroy'));
});
cases.push(() => {
  const s = watch('final fails', makers.writable({ final(cb) { cb(new Error('final')); } }));
  s.end(endcb('final fails'));
});
cases.push(() => {
  const s = watch('end then destroy', makers.writable());
  s.end(endcb('end then destroy'));
  s.destroy();
});
let i = 0;
(function next() {
  if (i < cases.length) { log('--'); cases[i++](); setImmediate(() => setImmediate(next)); }
})();
