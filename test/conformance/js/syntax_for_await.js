// Async generators and for await in a script (goja lacks the syntax; the
// host lowers such files): ordering against ticks and promises as Node.
'use strict';
const { on, EventEmitter } = require('events');
const { setTimeout: sleep } = require('timers/promises');

async function* count(n) {
  for (let i = 1; i <= n; i++) {
    await null;
    yield i;
  }
  return 'done';
}

(async () => {
  for await (const x of count(3)) console.log('count', x);
  for await (const v of [Promise.resolve('a'), 'b', sleep(5, 'c')]) console.log('value', v);
  const ee = new EventEmitter();
  process.nextTick(() => { ee.emit('tick', 1); ee.emit('tick', 2); ee.emit('end'); });
  for await (const [n] of on(ee, 'tick', { close: ['end'] })) console.log('event', n);
  const it = count(2);
  console.log(await it.next(), await it.next(), await it.next(), await it.next());
  try {
    for await (const x of (async function* () { yield 1; throw new Error('inside'); })()) console.log('got', x);
  } catch (e) {
    console.log('caught', e.message);
  }
  console.log('end');
})();
process.nextTick(() => console.log('tick after main'));
console.log('main end');
