// Errors in EventTarget listeners do not stop the dispatch: each one is
// rethrown on a later tick and reaches 'uncaughtException' (so do the
// rejections of promises listeners return, and a handleEvent that is not
// a function). One error is in flight at a time here.
'use strict';
const log = console.log;
const et = new EventTarget();
const steps = [];
let step = 0;
process.on('uncaughtException', (err, origin) => {
  log('uncaught', err.name, err.message, origin);
  setTimeout(next, 1);
});
function next() {
  if (step < steps.length) steps[step++]();
  else log('all done');
}
steps.push(() => {
  et.addEventListener('a', () => { throw new Error('sync boom'); });
  et.addEventListener('a', () => log('a: next listener still runs'));
  log('a returned', et.dispatchEvent(new Event('a', { cancelable: true })));
  log('a: after dispatch, same tick');
});
steps.push(() => {
  et.addEventListener('b', async () => { throw new TypeError('async boom'); });
  et.addEventListener('b', () => log('b: next listener'));
  log('b returned', et.dispatchEvent(new Event('b')));
});
steps.push(() => {
  et.addEventListener('c', { handleEvent: 5 });
  et.addEventListener('c', { handleEvent: null });
  et.addEventListener('c', {});
  log('c returned', et.dispatchEvent(new Event('c')));
});
steps.push(() => {
  et.addEventListener('d', { handleEvent: 'str' });
  et.dispatchEvent(new Event('d'));
});
steps.push(() => {
  et.addEventListener('e', () => Promise.reject(new RangeError('rejected')));
  et.dispatchEvent(new Event('e'));
});
steps.push(() => {
  const h = {};
  et.addEventListener('f', h);
  h.handleEvent = function (e) { log('f: handleEvent read at dispatch', this === h, e.type); };
  et.dispatchEvent(new Event('f'));
  const ac = new AbortController();
  ac.signal.addEventListener('abort', () => { throw new Error('in abort listener'); });
  ac.signal.addEventListener('abort', () => log('f: abort listener after the throwing one'));
  ac.abort();
  log('f: abort() returned', ac.signal.aborted);
});
next();
