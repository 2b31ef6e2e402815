// events.once resolves with the emitted arguments, rejects on 'error', and
// removes its listeners either way.
'use strict';
const EventEmitter = require('events');
const { once } = EventEmitter;
const log = (s) => console.log(s);

(async () => {
  const e = new EventEmitter();
  process.nextTick(() => e.emit('x', 1, 'a'));
  const args = await once(e, 'x');
  log('resolved ' + args.join(',') + ' x=' + e.listenerCount('x') + ' error=' + e.listenerCount('error'));

  process.nextTick(() => e.emit('error', new Error('bad')));
  try {
    await once(e, 'y');
  } catch (err) {
    log('rejected ' + err.message + ' y=' + e.listenerCount('y') + ' error=' + e.listenerCount('error'));
  }

  process.nextTick(() => e.emit('error', new Error('as value')));
  const [err] = await once(e, 'error');
  log('once error resolved ' + err.message + ' error=' + e.listenerCount('error'));

  const ac = new AbortController();
  process.nextTick(() => ac.abort());
  try {
    await once(e, 'z', { signal: ac.signal });
  } catch (err) {
    log('aborted ' + err.name + ' ' + err.code + ' ' + err.message + ' z=' + e.listenerCount('z') + ' error=' + e.listenerCount('error'));
  }
})();
