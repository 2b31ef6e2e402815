// 'newListener' fires before a listener is added, 'removeListener' after one is
// removed; what they receive for once wrappers; removeAllListeners order.
'use strict';
const EventEmitter = require('events');
const log = (s) => console.log(s);

const e = new EventEmitter();
const name = (l) => (l === foo ? 'foo' : l === bar ? 'bar' : l === rl ? 'rl' : l === nl2 ? 'nl2' : l.listener ? 'wrapper' : '?');
function foo() {}
function bar() {}
function nl2() {}
e.on('newListener', (n, l) => log('newListener ' + String(n) + ' ' + name(l) + ' count=' + e.listenerCount(n)));
function rl(n, l) {
  log('removeListener ' + String(n) + ' ' + name(l) + ' count=' + e.listenerCount(n));
}
e.on('removeListener', rl);
e.on('x', foo);
e.once('x', bar);
e.prependListener('x', bar);
e.off('x', bar);
e.emit('x');
e.off('x', foo);
e.off('x', bar);
e.once('y', foo);
e.emit('y');
e.once('z', foo);
e.once('z', bar);
e.emit('z');
e.emit('z');
e.on('newListener', nl2);
e.on('a', foo);
e.on('a', bar);
e.on('b', foo);
log('names ' + e.eventNames().join(','));
e.removeAllListeners('a');
e.removeAllListeners();
log('names [' + e.eventNames().join(',') + ']');
