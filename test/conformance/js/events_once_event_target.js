// events.once on an EventTarget and with a signal; warnings delivered to
// process "warning" listeners (MaxListenersExceededWarning, custom).
'use strict';
const events = require('events');
const et = new EventTarget();
for (let i = 0; i < 12; i++) et.addEventListener('foo', () => {});
const ac = new AbortController();
for (let i = 0; i < 12; i++) ac.signal.addEventListener('abort', () => {});
(async () => {
  setTimeout(() => et.dispatchEvent(new Event('bar')), 1);
  const [ev] = await events.once(et, 'bar');
  console.log(ev.type, ev instanceof Event);
  const e = new events();
  setTimeout(() => e.emit('x', 1), 1);
  console.log(await events.once(e, 'x', { signal: new AbortController().signal }));
  const warnings = [];
  process.on('warning', (w) => console.log('W', w.name, w.message));
  const e2 = new events();
  e2.setMaxListeners(1);
  e2.on('a', () => {}); e2.on('a', () => {});
  process.emitWarning('custom warn', 'CustomWarning', 'CODE1');
  process.emitWarning(new Error('err warn'));
})();
