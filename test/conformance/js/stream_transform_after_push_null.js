'use strict';
// A Transform whose readable side has ended (push(null)) completes each
// write on the next tick, never inside the transform callback: the chunk
// stays counted in writableLength until then, and following writes queue
// behind it. Pushing data after the end errors and destroys the stream.
const { Transform } = require('stream');
const log = (...a) => console.log(...a);
function make(name, transform) {
  const t = new Transform({ highWaterMark: 4, transform });
  for (const ev of ['end', 'finish', 'prefinish', 'close']) t.on(ev, () => log(name, 'event', ev, t.writableLength));
  t.on('error', (e) => log(name, 'error', e.code, t.writableLength));
  setImmediate(() => log(name, 'later', t.writableLength, t.readableLength, t.destroyed));
  return t;
}
function writes(name, t) {
  process.nextTick(() => log(name, 'tick before writes'));
  log(name, 'write 1 ->', t.write(Buffer.from('abc'), (e) => log(name, 'write 1 cb', e ? e.code : 'ok')), t.writableLength, t.writableNeedDrain);
  process.nextTick(() => log(name, 'tick between writes', t.writableLength));
  log(name, 'write 2 ->', t.write(Buffer.from('de'), (e) => log(name, 'write 2 cb', e ? e.code : 'ok')), t.writableLength, t.writableNeedDrain);
  process.nextTick(() => log(name, 'tick after writes', t.writableLength));
}
const run = [
  () => { // nothing pushed
    const t = make('empty', function (c, e, cb) { log('empty transform', c.length, this.writableLength); cb(); });
    t.push(null); writes('empty', t);
  },
  () => { // flowing, with data left over the mark
    const t = make('full', function (c, e, cb) { log('full transform', c.length, this.writableLength); cb(); });
    t.push('zzzzzz'); t.push(null); writes('full', t);
  },
  () => { // callback with data: push after EOF
    const t = make('cb data', (c, e, cb) => cb(null, c));
    t.push(null); writes('cb data', t);
  },
  () => { // push() then callback
    const t = make('push', function (c, e, cb) { this.push(c); cb(); });
    t.push(null); writes('push', t);
  },
  () => { // callback on a later tick
    const t = make('later cb', (c, e, cb) => process.nextTick(cb, null, c));
    t.push(null); writes('later cb', t);
  },
  () => { // ended while the write is in the transform, then end()
    let held;
    const t = make('held', (c, e, cb) => { held = cb; });
    t.write('abc', () => log('held write cb'));
    t.push(null);
    t.end(() => log('held end cb'));
    log('held before callback', t.writableLength);
    held();
    log('held after callback', t.writableLength);
  },
  () => { // an error from the transform is still reported at once
    let held;
    const t = make('fails', (c, e, cb) => { held = cb; });
    t.write('abc', (e) => log('fails write cb', e && e.message));
    t.push(null);
    held(new Error('boom'));
    log('fails after callback', t.writableLength);
  },
];
let i = 0;
(function next() {
  if (i < run.length) { log('--'); run[i++](); setImmediate(next); }
})();
