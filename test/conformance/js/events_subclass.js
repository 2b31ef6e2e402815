// class X extends EventEmitter, listener bookkeeping and introspection.
'use strict';
const EventEmitter = require('events');
const { getEventListeners, getMaxListeners, listenerCount } = EventEmitter;
const log = console.log;
class Job extends EventEmitter {
  constructor(name) {
    super({ captureRejections: false });
    this.name = name;
  }
  run() {
    this.emit('start', this.name);
    this.emit('done', this.name, 42);
    return this;
  }
}
const j = new Job('j1');
j.on('start', (n) => log('start', n));
j.once('done', function (n, v) { log('done', n, v, this === j); });
j.prependListener('start', () => log('first'));
j.prependOnceListener('done', () => log('done first once'));
log(j.listenerCount('start'), j.listenerCount('done'), j.eventNames());
j.run().run();
log(j instanceof EventEmitter, Object.getPrototypeOf(Job) === EventEmitter, j.getMaxListeners());
log(EventEmitter.defaultMaxListeners, EventEmitter.EventEmitter === EventEmitter, typeof EventEmitter.init);
const f = () => {};
j.on('x', f);
j.on('x', f);
log(j.listeners('x').length, j.rawListeners('x').length, getEventListeners(j, 'x').length, listenerCount(j, 'x'));
j.once('y', f);
log(j.listeners('y')[0] === f, j.rawListeners('y')[0] === f, j.rawListeners('y')[0].listener === f);
j.off('x', f);
log(j.listenerCount('x'), j.listenerCount('x', f));
j.removeAllListeners('x');
log(j.eventNames());
j.removeAllListeners();
log(j.eventNames(), j.emit('start'));
j.setMaxListeners(1);
log(j.getMaxListeners(), getMaxListeners(j));
const sym = Symbol('ev');
j.on(sym, (a) => log('symbol event', a));
j.emit(sym, 'yes');
log(j.eventNames());
log(require('util').inspect(new EventEmitter(), { depth: 0 }));
const plain = new EventEmitter();
plain.on('removeListener', (name) => log('removeListener', String(name)));
plain.on('e', f);
plain.removeAllListeners('e');
for (const bad of [() => plain.on('e', 5), () => plain.setMaxListeners(-1), () => EventEmitter.setMaxListeners('x'),
  () => getEventListeners({}, 'e'), () => plain.emit('error', { message: 'obj' })]) {
  try {
    bad();
  } catch (e) {
    log(e.name, e.code, e.message);
  }
}
EventEmitter.setMaxListeners(3);
log(EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners());
EventEmitter.defaultMaxListeners = 10;
const t = new EventTarget();
EventEmitter.setMaxListeners(2, t);
log(getMaxListeners(t));
t.addEventListener('foo', f);
log(getEventListeners(t, 'foo').length);
