'use strict';
// The MaxListenersExceededWarning: once per name, its text and properties.
const EventEmitter = require('events');

const seen = [];
process.on('warning', (w) => {
  seen.push(w);
  console.log('warning:', w.name);
  console.log('  message:', w.message);
  console.log('  keys:', Object.keys(w));
  console.log('  type:', String(w.type), 'count:', w.count, 'emitter is', w.emitter === e ? 'e' : w.emitter.constructor.name);
});

console.log('default', EventEmitter.defaultMaxListeners);
const e = new EventEmitter();
console.log('getMaxListeners', e.getMaxListeners(), EventEmitter.getMaxListeners(e));
e.setMaxListeners(2);
console.log('after set', e.getMaxListeners(), e._maxListeners, EventEmitter.getMaxListeners(e));
const noop = () => {};
for (let i = 0; i < 4; i++) e.on('many', noop);
console.log('warned flag', e._events.many.warned, Object.keys(e._events.many));
const sym = Symbol('symbolic');
e.on(sym, noop);
e.on(sym, noop);
e.prependListener(sym, noop);

class Named extends EventEmitter {}
const n = new Named();
n.setMaxListeners(1);
n.once('x', noop);
n.once('x', noop);

// 0 means unlimited; Infinity too.
const z = new EventEmitter();
z.setMaxListeners(0);
for (let i = 0; i < 20; i++) z.on('lots', noop);
z.setMaxListeners(Infinity);
z.on('lots', noop);

// The static changes the default for emitters without their own limit.
EventEmitter.defaultMaxListeners = 1;
const d = new EventEmitter();
d.on('y', noop);
d.on('y', noop);
EventEmitter.setMaxListeners(10);
console.log('default back', EventEmitter.defaultMaxListeners);
EventEmitter.setMaxListeners(3, d, new EventEmitter());
console.log('d max', d.getMaxListeners());

for (const bad of [-1, 'x', NaN]) {
  try {
    e.setMaxListeners(bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
  try {
    EventEmitter.defaultMaxListeners = bad;
  } catch (err) {
    console.log(err.code, err.message);
  }
}
setImmediate(() => console.log('warnings seen', seen.length));
