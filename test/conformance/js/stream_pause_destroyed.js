'use strict';
// pause() and resume() on a destroyed Readable change nothing: no 'pause'
// or 'resume' event, readableFlowing and isPaused() stay as they were. A
// resume() made before the destroy still emits 'resume' on its tick.
const { Readable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
function watch(name, s) {
  s.on('pause', () => log(name, 'event pause'));
  s.on('resume', () => log(name, 'event resume'));
  s.on('error', (e) => log(name, 'error', e.message));
  s.on('close', () => log(name, 'close'));
  return s;
}
function probe(name, s) {
  log(name, 'before', s.readableFlowing, s.isPaused());
  s.pause();
  log(name, 'after pause', s.readableFlowing, s.isPaused());
  s.resume();
  log(name, 'after resume', s.readableFlowing, s.isPaused());
  process.nextTick(() => log(name, 'next tick', s.readableFlowing, s.isPaused()));
}
{ const r = watch('fresh', new Readable({ read() {} })); r.destroy(); probe('fresh', r); }
{ const r = watch('flowing', new Readable({ read() {} })); r.resume(); r.destroy(); probe('flowing', r); }
{ const r = watch('paused', new Readable({ read() {} })); r.pause(); r.destroy(); probe('paused', r); }
{ const r = watch('with error', new Readable({ read() {} })); r.destroy(new Error('x')); probe('with error', r); }
{ const p = watch('passthrough', new PassThrough()); p.on('data', () => {}); p.destroy(); probe('passthrough', p); }
// Not destroyed: ended, or errored with autoDestroy off: both still switch.
{ const r = watch('ended', new Readable({ read() {} })); r.push(null); probe('ended', r); }
{
  const r = watch('errored', new Readable({ read() {}, autoDestroy: false }));
  r.push(123);
  log('errored destroyed', r.destroyed);
  probe('errored', r);
}
setImmediate(() => log('done'));
