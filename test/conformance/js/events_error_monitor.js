'use strict';
// errorMonitor listeners see 'error' before the 'error' listeners, and
// before the throw when there is none.
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;

console.log(typeof errorMonitor, String(errorMonitor), EventEmitter.errorMonitor === errorMonitor);
const e = new EventEmitter();
e.on(errorMonitor, (err, extra) => console.log('monitor 1', err.message, extra));
e.on(errorMonitor, (err) => console.log('monitor 2', err.message));
console.log(e.eventNames().map(String), e.listenerCount(errorMonitor), e.listenerCount('error'));
try {
  e.emit('error', new Error('no handler'), 'extra');
} catch (err) {
  console.log('thrown', err.message);
}
e.on('error', (err) => console.log('handler', err.message));
console.log('emit returns', e.emit('error', new Error('handled'), 'x'));
e.removeAllListeners('error');
try {
  e.emit('error', 'a string');
} catch (err) {
  console.log('thrown', err.code, err.message);
}
const m = new EventEmitter();
m.once(errorMonitor, () => console.log('once monitor'));
m.on('error', () => console.log('error listener'));
m.emit('error', new Error('1'));
m.emit('error', new Error('2'));
console.log(m.listenerCount(errorMonitor));
