'use strict';
// emit('error') without a listener: an Error is thrown as it is, anything
// else is wrapped in ERR_UNHANDLED_ERROR with the value inspected.
const EventEmitter = require('events');

const e = new EventEmitter();
class Custom { constructor() { this.why = 'custom'; } }
const values = [
  ['nothing'],
  ['undefined', undefined],
  ['string', 'text'],
  ['number', 42],
  ['null', null],
  ['object', { code: 'E_X', nested: { deep: { deeper: 1 } } }],
  ['array', [1, 'two']],
  ['symbol', Symbol('sym')],
  ['class instance', new Custom()],
  ['null prototype', Object.create(null)],
  ['function', function namedFn() {}],
  ['two args', 'first', 'second'],
];
for (const [label, ...args] of values) {
  try {
    e.emit('error', ...args);
  } catch (err) {
    console.log(label, '->', err.name, err.code, JSON.stringify(err.message),
                err instanceof Error, 'context' in err, err.context === args[0]);
  }
}
const original = new TypeError('typed');
try {
  e.emit('error', original);
} catch (err) {
  console.log('Error thrown as is', err === original, err.name, err.message);
}
class MyError extends Error {}
try {
  e.emit('error', new MyError('mine'));
} catch (err) {
  console.log('subclass', err instanceof MyError, err.message);
}
// A listener for 'error' stops the throw; removing it brings it back.
const handler = (err) => console.log('handled', err);
e.on('error', handler);
console.log('emit with handler', e.emit('error', 'handled value'));
e.off('error', handler);
try {
  e.emit('error', 'again');
} catch (err) {
  console.log('again', err.message);
}
// A listener that throws: the exception leaves emit.
e.on('boom', () => { throw new RangeError('from listener'); });
e.on('boom', () => console.log('not reached'));
try {
  e.emit('boom');
} catch (err) {
  console.log('listener threw', err.name, err.message);
}
// Emitting on an object without _events.
const bare = Object.create(EventEmitter.prototype);
console.log('bare emit', bare.emit('x'));
try {
  bare.emit('error', 'bare');
} catch (err) {
  console.log('bare error', err.message);
}
