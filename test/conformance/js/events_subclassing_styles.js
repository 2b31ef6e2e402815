'use strict';
// EventEmitter subclassed by class, by EventEmitter.call with
// util.inherits and with Object.setPrototypeOf, and overriding emit.
const EventEmitter = require('events');
const util = require('util');

class Service extends EventEmitter {
  constructor(name) {
    super({ captureRejections: false });
    this.name = name;
  }
  start() {
    this.emit('start', this.name);
    return this;
  }
}
const s = new Service('svc');
s.on('start', function(n) { console.log('class start', n, this === s, this instanceof Service); });
s.start();
console.log(s instanceof EventEmitter, Object.keys(s), util.inspect(s, { depth: 0 }));

function Legacy() {
  EventEmitter.call(this);
  this.kind = 'legacy';
}
util.inherits(Legacy, EventEmitter);
const l = new Legacy();
l.on('ping', (v) => console.log('legacy ping', v));
console.log('legacy emit', l.emit('ping', 1), l instanceof EventEmitter, Legacy.super_ === EventEmitter);
console.log(Object.keys(l));

function Proto() {
  EventEmitter.init.call(this);
}
Object.setPrototypeOf(Proto.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Proto, EventEmitter);
const p = new Proto();
p.once('x', () => console.log('proto once'));
p.emit('x');
p.emit('x');
console.log('static via subclass', typeof Proto.once, Proto.defaultMaxListeners);

// A subclass that overrides emit sees every event, listeners still run.
class Logged extends EventEmitter {
  emit(type, ...args) {
    console.log('emit override', String(type), args);
    return super.emit(type, ...args);
  }
}
const g = new Logged();
g.on('newListener', (t) => console.log('newListener for', t));
g.on('data', (a, b) => console.log('data listener', a, b));
g.emit('data', 1, 2);

// Instances share no state through the prototype.
const a1 = new Service('a');
const a2 = new Service('b');
a1.on('only', () => {});
console.log(a1.listenerCount('only'), a2.listenerCount('only'), a1._events !== a2._events);

// Object.create(emitter) gets its own table from EventEmitter.call.
const base = new EventEmitter();
base.on('x', () => {});
const child = Object.create(base);
EventEmitter.call(child);
console.log('child table', child._events !== base._events, child.listenerCount('x'), base.listenerCount('x'));

console.log(EventEmitter.EventEmitter === EventEmitter, EventEmitter.usingDomains, typeof EventEmitter.init);
console.log(new EventEmitter.EventEmitterAsyncResource({ name: 'R' }) instanceof EventEmitter);
