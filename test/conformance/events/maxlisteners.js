// MaxListenersExceededWarning: once per event name per listener array, text,
// fields; setMaxListeners(0) disables it.
'use strict';
const EventEmitter = require('events');
const log = (s) => console.log(s);

const e = new EventEmitter();
process.on('warning', (w) => {
  log('warning ' + w.name + ' type=' + String(w.type) + ' count=' + w.count +
      ' emitter=' + (w.emitter === e ? 'e' : w.emitter === s ? 's' : '?'));
  log('  ' + w.message);
});
const add = (em, name, k) => {
  for (let i = 0; i < k; i++) em.on(name, () => {});
};
add(e, 'foo', 11);
log('foo ' + e.listenerCount('foo'));
add(e, 'foo', 5);
add(e, 'bar', 10);
log('bar ' + e.listenerCount('bar'));
add(e, 'bar', 1);
e.setMaxListeners(2);
const f1 = () => {};
const f2 = () => {};
const f3 = () => {};
e.on('baz', f1);
e.on('baz', f2);
e.on('baz', f3);
e.off('baz', f3);
e.off('baz', f2);
e.on('baz', f2);
e.on('baz', f3);
e.setMaxListeners(0);
add(e, 'qux', 50);
e.setMaxListeners(10);
add(e, EventEmitter.errorMonitor, 11);
class Sub extends EventEmitter {}
const s = new Sub();
add(s, 'foo', 11);
log('sync done');
