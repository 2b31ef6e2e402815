// Listener order: on, prependListener, once, prependOnceListener, off of the
// most recent duplicate, emit's return value, eventNames order, max listeners.
'use strict';
const EventEmitter = require('events');
const log = (s) => console.log(s);

const e = new EventEmitter();
const a = () => log('a');
const b = () => log('b');
const c = () => log('c');
const d = () => log('d');
e.on('x', a);
e.prependListener('x', b);
e.once('x', c);
e.prependOnceListener('x', d);
e.on('x', a);
log('count ' + e.listenerCount('x') + ' a=' + e.listenerCount('x', a) + ' c=' + e.listenerCount('x', c));
log('emit1 ' + e.emit('x'));
log('emit2 ' + e.emit('x'));
e.off('x', a);
log('count ' + e.listenerCount('x'));
log('emit3 ' + e.emit('x'));
log('emit none ' + e.emit('nothing'));

// off removes the most recently added match, searching from the end.
e.once('z', a);
e.on('z', a);
e.off('z', a);
log('z raw ' + e.rawListeners('z').map((l) => (l === a ? 'a' : 'once(a)')).join(','));
e.off('z', a);
log('z count ' + e.listenerCount('z'));

e.on('y', a);
e.on('1', a);
e.on('0', b);
e.on(EventEmitter.errorMonitor, c);
log('names ' + e.eventNames().map(String).join(','));
e.removeAllListeners('x');
e.on('x', a);
log('names ' + e.eventNames().map(String).join(','));
e.removeAllListeners();
log('names after removeAll [' + e.eventNames().join(',') + ']');
log('max ' + e.getMaxListeners());
e.setMaxListeners(3);
log('max ' + e.getMaxListeners());
