// events' helpers on EventTargets: MaxListenersExceededWarning once per
// target, setMaxListeners / getMaxListeners, getEventListeners and
// listenerCount; AbortSignal has no limit.
'use strict';
const events = require('events');
const log = console.log;
process.on('warning', (w) => {
  log('warning', w.name, w.message, w.type, w.count, typeof w.target);
});
const et = new EventTarget();
log('default max', events.getMaxListeners(et), events.getMaxListeners(new AbortController().signal));
for (let i = 0; i < 12; i++) et.addEventListener('foo', () => {});
for (let i = 0; i < 12; i++) et.addEventListener('bar', () => {});
const s = new AbortController().signal;
for (let i = 0; i < 20; i++) s.addEventListener('abort', () => {});
const small = new EventTarget();
events.setMaxListeners(2, small);
log('small max', events.getMaxListeners(small));
const f1 = () => {};
const f2 = { handleEvent() {} };
small.addEventListener('z', f1);
small.addEventListener('z', f2);
small.addEventListener('z', f1);
log('listeners', events.getEventListeners(small, 'z').length, events.getEventListeners(small, 'z')[0] === f1,
  events.getEventListeners(small, 'z')[1] === f2, events.getEventListeners(small, 'none').length);
log('count', events.listenerCount(small, 'z'), events.listenerCount(et, 'foo'), events.listenerCount(s, 'abort'));
small.addEventListener('z', () => {});
small.removeEventListener('z', f1);
log('after remove', events.listenerCount(small, 'z'), events.getEventListeners(small, 'z')[0] === f2);
class Named extends EventTarget {}
const n = new Named();
events.setMaxListeners(1, n);
n.addEventListener('m', () => {});
n.addEventListener('m', () => {});
try {
  events.setMaxListeners(1, {});
} catch (e) {
  log(e.name, e.code, e.message);
}
log('sync done');
