'use strict';
// events.once: the arguments array, 'error' rejection, AbortSignal, the
// listeners it leaves, and EventTarget.
const EventEmitter = require('events');
const { once } = EventEmitter;

(async () => {
  const e = new EventEmitter();
  const p = once(e, 'ready');
  console.log('listeners while waiting', e.listenerCount('ready'), e.listenerCount('error'));
  e.emit('ready', 1, 'two', { three: 3 });
  console.log('resolved', await p, e.eventNames());

  const p2 = once(e, 'ready');
  e.emit('error', new Error('failed'));
  try {
    await p2;
  } catch (err) {
    console.log('rejected', err.message, e.eventNames());
  }

  const p3 = once(e, 'error');
  e.emit('error', 'plain');
  console.log('error as event', await p3);

  const ac = new AbortController();
  const p4 = once(e, 'ready', { signal: ac.signal });
  console.log('with signal', e.listenerCount('ready'));
  ac.abort('stop');
  try {
    await p4;
  } catch (err) {
    console.log('aborted', err.name, err.code, err.message, err.cause, e.eventNames());
  }

  try {
    await once(e, 'ready', { signal: AbortSignal.abort('early') });
  } catch (err) {
    console.log('already aborted', err.name, err.cause, e.eventNames());
  }

  for (const [label, args] of [['bad signal', [e, 'x', { signal: 'no' }]],
                               ['bad options', [e, 'x', 7]],
                               ['bad emitter', [{}, 'x']]]) {
    try {
      await once(...args);
    } catch (err) {
      console.log(label, err.code, err.message);
    }
  }

  const ac2 = new AbortController();
  const p5 = once(e, 'go', { signal: ac2.signal });
  e.emit('go', 'went');
  console.log('before abort', await p5);
  ac2.abort();
  console.log('abort after resolve is harmless', e.eventNames());

  const et = new EventTarget();
  const p6 = once(et, 'ping');
  et.dispatchEvent(new Event('ping'));
  const [ev] = await p6;
  console.log('event target', ev.type, ev instanceof Event);

  const et2 = new EventTarget();
  const ac3 = new AbortController();
  const p7 = once(et2, 'ping', { signal: ac3.signal });
  ac3.abort();
  try {
    await p7;
  } catch (err) {
    console.log('event target aborted', err.name);
  }
  et2.dispatchEvent(new Event('ping'));
  console.log('done');
})();
