// process.nextTick against Promise jobs, queueMicrotask and the loop's
// phases: ticks run before microtasks, ticks queued by a microtask run
// after the current microtasks, arguments are passed, a bad callback is
// Node's error, and a tick queued from an 'exit' listener never runs.
'use strict';
const log = (...a) => console.log(...a);
process.nextTick(log, 'tick 1', 'with', 'args');
Promise.resolve().then(() => {
  log('promise 1');
  process.nextTick(() => log('tick from promise'));
  Promise.resolve().then(() => log('promise 3'));
});
queueMicrotask(() => log('microtask 2'));
process.nextTick(() => {
  log('tick 2');
  process.nextTick(() => log('tick 2.1'));
  Promise.resolve().then(() => log('promise from tick'));
});
setTimeout(() => {
  log('timeout');
  process.nextTick(() => log('tick in timeout'));
  Promise.resolve().then(() => log('promise in timeout'));
}, 1);
setImmediate(() => {
  log('immediate');
  process.nextTick(() => log('tick in immediate'));
});
for (const bad of [undefined, 'x', {}]) {
  try {
    process.nextTick(bad);
  } catch (e) {
    log(e.name, e.code, e.message);
  }
}
process.nextTick(function () { log('this', this === undefined, arguments.length); });
let depth = 0;
function deep() { if (++depth < 1000) process.nextTick(deep); else log('deep', depth); }
process.nextTick(deep);
process.on('exit', () => {
  log('exit');
  process.nextTick(() => log('never'));
});
log('main end');
