'use strict';
// The listener table's shape: bare listener, arrays, once wrappers,
// prepend, removal, and the emitting count on arrays.
const EventEmitter = require('events');
const util = require('util');

function f1() {}
function f2() {}
function f3() {}
const show = (label, e) => console.log(label, util.inspect(e._events), e._eventsCount);

const e = new EventEmitter();
console.log(Reflect.ownKeys(e), util.inspect(e));
show('empty', e);
e.on('a', f1);
show('one', e);
e.on('a', f2);
show('two', e);
const arr = e._events.a;
e.prependListener('a', f3);
show('prepend', e);
console.log('same array', e._events.a === arr);
e.once('b', f1);
show('once', e);
console.log('wrapper', e._events.b.name, e._events.b.listener === f1, e.listeners('b')[0] === f1,
            e.rawListeners('b')[0] === e._events.b);
e.prependOnceListener('b', f2);
show('prependOnce', e);
e.removeListener('a', f1);
show('remove middle', e, e._events.a === arr);
e.removeListener('a', f3);
show('remove to one', e);
e.removeListener('b', f1);
show('remove once by listener', e);
e.off('b', f2);
e.off('a', f2);
show('all removed', e);
const sym = Symbol('s');
e.on('z', f1);
e.on(sym, f2);
e.on('1', f3);
console.log(e.eventNames());
e.removeAllListeners();
show('removeAll', e);

// Arrays changed during an emit are replaced, not edited.
const g = new EventEmitter();
g.on('x', function first() {
  const during = g._events.x;
  console.log('emitting count', during[Object.getOwnPropertySymbols(during)[0]]);
  g.on('x', f3);
  console.log('replaced', g._events.x !== during, during.length, g._events.x.length);
});
g.on('x', f2);
console.log(g.emit('x'), util.inspect(g._events));
const h = new EventEmitter();
h.on('y', function first() { h.removeListener('y', second); });
function second() { console.log('second still called'); }
h.on('y', second);
h.emit('y');
console.log(util.inspect(h._events));

// An object that brings its own _events (as streams do).
function Shaped() {
  this._events = { close: undefined, data: undefined };
  EventEmitter.call(this);
}
Object.setPrototypeOf(Shaped.prototype, EventEmitter.prototype);
const s = new Shaped();
console.log(util.inspect(s._events), s._eventsCount, s.eventNames(), Object.hasOwn(s, '_eventsCount'));
s.on('data', f1);
s.on('other', f2);
console.log(util.inspect(s._events), s._eventsCount, s.eventNames());
s.removeListener('data', f1);
console.log(util.inspect(s._events), s._eventsCount, s.eventNames());
s.removeAllListeners('other');
console.log(util.inspect(s._events), s._eventsCount, s.eventNames());
