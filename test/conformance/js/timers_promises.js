// timers/promises: setTimeout and setImmediate with values, ref and signals,
// setInterval as an async iterator, scheduler.wait and yield.
'use strict';
const tp = require('timers/promises');
const util = require('util');
const log = console.log;
(async () => {
  log('a', await tp.setTimeout(5, 'val'));
  log('b', await tp.setImmediate('imm'));
  log('b2', await tp.setTimeout(), await tp.setImmediate());
  const ac = new AbortController();
  const p = tp.setTimeout(1000, 'x', { signal: ac.signal });
  ac.abort();
  try {
    await p;
  } catch (e) {
    log('c', e.name, e.code, e.message, e.cause?.name);
  }
  try {
    await tp.setTimeout(1, 'x', { signal: AbortSignal.abort('why') });
  } catch (e) {
    log('d', e.name, e.cause);
  }
  try {
    await tp.setImmediate('x', { signal: AbortSignal.abort() });
  } catch (e) {
    log('d2', e.name, e.cause.name);
  }
  try {
    await tp.setTimeout('1');
  } catch (e) {
    log('e', e.code, e.message);
  }
  try {
    await tp.setImmediate(1, { ref: 'no' });
  } catch (e) {
    log('f', e.code, e.message);
  }
  try {
    await tp.setTimeout(1, 1, { signal: {} });
  } catch (e) {
    log('f2', e.code, e.message);
  }
  let n = 0;
  const it = tp.setInterval(2, 'tick');
  log('g', typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
  while (true) {
    const r = await it.next();
    log('h', r.value, r.done, ++n);
    if (n === 3) {
      log('ret', await it.return('end'));
      break;
    }
  }
  log('after', await it.next());
  const ac2 = new AbortController();
  const it2 = tp.setInterval(2, 'v', { signal: ac2.signal });
  log('i', await it2.next());
  setTimeout(() => ac2.abort(new Error('stop')), 1);
  try {
    await it2.next();
    await it2.next();
  } catch (e) {
    log('j', e.name, e.cause.message);
  }
  log('k', await it2.next());
  const it3 = tp.setInterval(1, 'z', { signal: AbortSignal.abort() });
  try {
    await it3.next();
  } catch (e) {
    log('l', e.name);
  }
  const it4 = tp.setInterval('bad');
  try {
    await it4.next();
  } catch (e) {
    log('m', e.code);
  }
  log('n', await tp.scheduler.wait(2), await tp.scheduler.yield());
  log('o', util.promisify(setTimeout) === tp.setTimeout, util.promisify(setImmediate) === tp.setImmediate);
  log('p', require('timers').promises === tp);
  tp.setTimeout(100000, 'never', { ref: false }).then(() => log('never'));
  tp.setImmediate('never', { ref: false }).then((v) => log('unref immediate still runs', v));
  log('done');
})();
