// timers/promises setTimeout, setImmediate and the scheduler: argument
// checks reject the promise (in Node's order: delay, options, signal, ref),
// the values they resolve with, aborting before and while waiting (an
// AbortError whose cause is the reason), and the module's shape.
'use strict';
const tp = require('timers/promises');
const util = require('util');
const log = console.log;
const show = (tag, p) => p.then((v) => log(tag, 'ok', v), (e) => log(tag, e.name, e.code, e.message, e.cause));
(async () => {
  await show('string delay', tp.setTimeout('1', 'v'));
  await show('bigint delay', tp.setTimeout(1n));
  await show('null delay', tp.setTimeout(null));
  await show('delay before options', tp.setTimeout('x', 1, 5));
  await show('options number', tp.setTimeout(1, 1, 5));
  await show('options null', tp.setTimeout(1, 1, null));
  await show('options array', tp.setTimeout(1, 1, []));
  await show('signal before ref', tp.setTimeout(1, 1, { signal: 5, ref: 5 }));
  await show('ref before abort', tp.setTimeout(1, 1, { signal: AbortSignal.abort(), ref: 5 }));
  await show('signal null', tp.setTimeout(1, 1, { signal: null }));
  await show('undefined options', tp.setTimeout(1, 'u', { ref: undefined, signal: undefined }));
  await show('immediate options', tp.setImmediate(1, 'x'));
  await show('immediate signal', tp.setImmediate(1, { signal: {} }));
  await show('immediate ref', tp.setImmediate(1, { ref: null }));
  await show('values', Promise.all([tp.setTimeout(1, 'a'), tp.setTimeout(), tp.setImmediate('b'), tp.setImmediate(),
    tp.setTimeout(0, { obj: 1 })]));
  await show('pre-aborted timeout', tp.setTimeout(1, 1, { signal: AbortSignal.abort('reason 1') }));
  await show('pre-aborted immediate', tp.setImmediate(1, { signal: AbortSignal.abort(['reason', 2]) }));
  const ac = new AbortController();
  const p = tp.setTimeout(100000, 'late', { signal: ac.signal });
  const pi = tp.setImmediate('late', { signal: ac.signal });
  ac.abort('while waiting');
  await show('aborted timeout', p);
  await show('aborted immediate', pi);
  const ac2 = new AbortController();
  await show('settled first', tp.setTimeout(1, 'fine', { signal: ac2.signal }));
  ac2.abort();
  log('abort after settling is harmless');
  await show('wait', tp.scheduler.wait(1));
  await show('wait string', tp.scheduler.wait('x'));
  await show('wait options', tp.scheduler.wait(1, 5));
  await show('wait aborted', tp.scheduler.wait(1, { signal: AbortSignal.abort('stop') }));
  await show('yield', tp.scheduler.yield());
  try {
    tp.scheduler.wait.call({}, 1);
  } catch (e) {
    log('wait this', e.name, e.code, e.message);
  }
  try {
    tp.scheduler.yield.call({});
  } catch (e) {
    log('yield this', e.name, e.code, e.message);
  }
  try {
    new tp.scheduler.constructor();
  } catch (e) {
    log('Scheduler', e.name, e.code, e.message);
  }
  log(util.inspect(tp.scheduler), Object.getOwnPropertyNames(Object.getPrototypeOf(tp.scheduler)).join());
  log(Object.keys(tp).join(), tp.setTimeout.length, tp.setImmediate.length, tp.setInterval.length,
    tp.setTimeout.name, tp.setImmediate.name, tp.setInterval.name);
  log(require('timers').promises === tp, util.promisify(setTimeout) === tp.setTimeout, util.promisify(setImmediate) === tp.setImmediate);
  tp.setTimeout(100000, 'never', { ref: false }).then(() => log('never'));
  tp.setImmediate('never', { ref: false }).then(() => log('never'));
  tp.scheduler.wait(100000, { ref: false }).then(() => log('never'));
  log('done: unref timers do not keep the process alive');
})();
