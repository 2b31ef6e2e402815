// events.on as an async iterator driven by next() (and Symbol.asyncIterator),
// with errors, close and an AbortSignal.
'use strict';
const EventEmitter = require('events');
const { on, once } = EventEmitter;
const log = console.log;
(async () => {
  const e = new EventEmitter();
  const it = on(e, 'data');
  log(typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it, typeof Symbol.asyncIterator);
  process.nextTick(() => {
    e.emit('data', 1, 'a');
    e.emit('data', 2);
    e.emit('other', 'ignored');
  });
  log(await it.next());
  log(await it.next());
  log(e.listenerCount('data'), e.listenerCount('error'));
  const pending = it.next();
  e.emit('data', 3);
  log(await pending);
  log(await it.return());
  log(await it.next(), e.listenerCount('data'), e.listenerCount('error'));

  const it2 = on(e, 'data');
  process.nextTick(() => e.emit('error', new Error('broke')));
  try {
    await it2.next();
  } catch (err) {
    log('error', err.message);
  }
  log(await it2.next());

  const ac = new AbortController();
  const it3 = on(e, 'data', { signal: ac.signal });
  process.nextTick(() => ac.abort());
  try {
    await it3.next();
  } catch (err) {
    log('aborted', err.name, err.code, err.message);
  }

  const it4 = on(e, 'data', { close: ['end'] });
  process.nextTick(() => { e.emit('data', 'x'); e.emit('end'); });
  log(await it4.next());
  log(await it4.next());

  const it5 = on(e, 'data');
  e.emit('data', 'queued1');
  e.emit('data', 'queued2');
  log(await it5.next(), await it5.next());
  try {
    log('throw returned', it5.throw(new Error('thrown in')));
  } catch (err) {
    log('throw threw', err.message);
  }
  log(await it5.next().catch((err) => 'next rejected ' + err.message));
  log(await it5.next());
  log(e.listenerCount('data'));

  try {
    on(e, 'data', { signal: 'nope' });
  } catch (err) {
    log(err.name, err.code, err.message);
  }
  setTimeout(() => e.emit('ready', 'at last'), 1);
  log(await once(e, 'ready'));
})();
