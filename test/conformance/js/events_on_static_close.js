'use strict';
// events.on: buffering, close names, 'error', AbortSignal, return/throw.
const EventEmitter = require('events');
const { on } = EventEmitter;

(async () => {
  const e = new EventEmitter();
  const it = on(e, 'data', { close: ['end', 'finish'] });
  console.log(Object.keys(it), typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
  console.log('listeners', e.eventNames());
  e.emit('data', 1);
  e.emit('data', 2, 3);
  const pending = [];
  for await (const args of it) {
    console.log('got', args);
    if (args[0] === 2) {
      process.nextTick(() => {
        e.emit('data', 'later');
        e.emit('finish');
        e.emit('data', 'after close');
      });
    }
    pending.push(args);
  }
  console.log('closed', e.eventNames(), pending.length);

  const it2 = on(e, 'data');
  e.emit('data', 'x');
  e.emit('error', new Error('broken'));
  try {
    for await (const args of it2) console.log('it2', args);
  } catch (err) {
    console.log('it2 error', err.message, e.eventNames());
  }

  const ac = new AbortController();
  const it3 = on(e, 'data', { signal: ac.signal });
  setTimeout(() => ac.abort(), 1);
  try {
    for await (const args of it3) console.log('it3', args);
  } catch (err) {
    console.log('it3 aborted', err.name, err.code, e.eventNames());
  }

  try {
    on(e, 'data', { signal: AbortSignal.abort() });
  } catch (err) {
    console.log('sync abort', err.name);
  }

  const it4 = on(e, 'data');
  const n1 = it4.next();
  const n2 = it4.next();
  e.emit('data', 'first');
  console.log(await n1);
  console.log(await it4.return(), e.eventNames());
  console.log(await n2, await it4.next());

  const it5 = on(e, 'data');
  const waiting = it5.next();
  it5.throw(new Error('thrown in'));
  try {
    await waiting;
  } catch (err) {
    console.log('throw rejects waiting', err.message);
  }
  console.log(await it5.next(), e.eventNames());
  try {
    it5.throw('not an error');
  } catch (err) {
    console.log(err.code, err.message);
  }

  for (const opts of [{ highWaterMark: 0 }, { lowWaterMark: 'x' }, 5]) {
    try {
      on(e, 'data', opts);
    } catch (err) {
      console.log(err.code, err.message);
    }
  }

  // highWaterMark pauses an emitter that can pause, lowWaterMark resumes it.
  const p = new EventEmitter();
  p.pause = () => console.log('pause');
  p.resume = () => console.log('resume');
  const it6 = on(p, 'data', { highWaterMark: 2, lowWaterMark: 1 });
  p.emit('data', 1);
  p.emit('data', 2);
  p.emit('data', 3);
  console.log((await it6.next()).value, (await it6.next()).value, (await it6.next()).value);
  await it6.return();
  console.log('end');
})();
