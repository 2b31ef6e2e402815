// timers/promises setInterval: the iterator's requests are served in
// order; return() and throw() before the first next(), while suspended and
// while a next() waits; the arguments are checked at the first next();
// aborting rejects the waiting next() and finishes the iterator.
'use strict';
const tp = require('timers/promises');
const util = require('util');
const log = console.log;
const show = (tag, p) => p.then((v) => log(tag, 'ok', v), (e) => log(tag, e.name, e.code, e.message, e.cause));
(async () => {
  const it = tp.setInterval(1, 'v');
  log(util.inspect(it), Object.prototype.toString.call(it), it[Symbol.asyncIterator]() === it, typeof it.next, typeof it.return, typeof it.throw);
  await show('return first', it.return('early'));
  await show('next after return', it.next());

  const it2 = tp.setInterval(1, 'w');
  await show('throw first', it2.throw(new Error('early throw')));
  await show('next after throw', it2.next());

  const it3 = tp.setInterval(1, 'x');
  await show('it3 next', it3.next());
  await show('it3 throw', it3.throw(new Error('mid throw')));
  await show('it3 next', it3.next());

  const it4 = tp.setInterval(2, 'y');
  const queued = [it4.next(), it4.next(), it4.return('stop'), it4.next()];
  await show('queued', Promise.all(queued));

  const bad = tp.setInterval('1', 'z');
  log('no throw at creation');
  await show('bad delay', bad.next());
  await show('bad then', bad.next());
  await show('bad options', tp.setInterval(1, 'z', 5).next());
  await show('bad ref', tp.setInterval(1, 'z', { ref: 1 }).next());
  await show('bad signal', tp.setInterval(1, 'z', { signal: 'no' }).next());
  await show('null options', tp.setInterval(1, 'z', null).next());
  await show('pre-aborted', tp.setInterval(1, 'z', { signal: AbortSignal.abort('pre') }).next());

  const ac = new AbortController();
  const it5 = tp.setInterval(1, 'a', { signal: ac.signal });
  await show('it5 next', it5.next());
  ac.abort('after a tick');
  await show('it5 aborted', it5.next());
  await show('it5 then', it5.next());

  const ac6 = new AbortController();
  const it6 = tp.setInterval(1000, 'b', { signal: ac6.signal });
  const waiting = it6.next();
  const ret = it6.return('queued return');
  ac6.abort('while waiting');
  await show('it6 waiting', waiting);
  await show('it6 return', ret);

  let n = 0;
  for await (const v of tp.setInterval(1, 'loop')) {
    log('for await', v, ++n);
    if (n === 3) break;
  }
  const ac7 = new AbortController();
  try {
    for await (const v of tp.setInterval(1, 'loop2', { signal: ac7.signal })) {
      log('loop2', v);
      ac7.abort(new Error('stop the loop'));
    }
  } catch (e) {
    log('loop2 ended', e.name, e.cause.message);
  }
  log('done');
})();
