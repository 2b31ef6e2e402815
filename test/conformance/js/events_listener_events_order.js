'use strict';
// 'newListener' fires before the listener is added, 'removeListener' after
// it is gone; once wrappers show the original listener.
const EventEmitter = require('events');

const e = new EventEmitter();
function a() {}
function b() {}
e.on('newListener', function(type, l) {
  console.log('newListener', String(type), l.name, 'count before', this.listenerCount(type));
});
e.on('removeListener', function(type, l) {
  console.log('removeListener', String(type), l.name, 'count after', this.listenerCount(type));
});
e.on('x', a);
e.once('x', b);
e.prependListener('x', b);
e.prependOnceListener(Symbol('sym'), a);
console.log(e.listeners('x').map((f) => f.name));
console.log(e.rawListeners('x').map((f) => f.name));
e.emit('x');
console.log('after emit', e.listeners('x').map((f) => f.name));
e.removeListener('x', b);
e.removeListener('x', b);
e.removeListener('nothing', a);
console.log('removeAll x');
e.on('x', a);
e.on('x', b);
e.removeAllListeners('x');
console.log('removeAll');
e.on('y', a);
e.removeAllListeners();
console.log(e.eventNames(), e._eventsCount);

// A newListener handler that adds a listener of the same name first.
const f = new EventEmitter();
f.once('newListener', (type) => {
  if (type === 'z') f.on('z', () => console.log('added by newListener'));
});
f.on('z', () => console.log('added by on'));
f.emit('z');

// removeListener listeners and removeAllListeners with a type.
const g = new EventEmitter();
const order = [];
g.on('removeListener', (t, l) => order.push(`${t}:${l.name}`));
g.on('q', a);
g.on('q', b);
g.on('q', a);
g.removeAllListeners('q');
console.log(order.join(' '));
g.removeAllListeners('undefined');
g.on('undefined', a);
g.removeAllListeners(undefined);
console.log(g.eventNames(), order.join(' '));
