// once: the wrapper is removed before the listener runs, rawListeners shows it,
// listeners unwraps it, removeListener(original) removes it.
'use strict';
const EventEmitter = require('events');
const log = (s) => console.log(s);

const e = new EventEmitter();
const f = (v) => log('f ' + v + ' count during call=' + e.listenerCount('x'));
e.once('x', f);
const raw = e.rawListeners('x')[0];
log('raw is f ' + (raw === f) + ', raw.listener is f ' + (raw.listener === f));
log('listeners[0] is f ' + (e.listeners('x')[0] === f));
log('count f ' + e.listenerCount('x', f));
log('emit ' + e.emit('x', 1));
log('emit again ' + e.emit('x', 2));

e.once('y', f);
e.off('y', f);
log('after off(original) count ' + e.listenerCount('y') + ' emit ' + e.emit('y', 3));

e.once('w', f);
e.off('w', raw);
log('off(other wrapper) count ' + e.listenerCount('w'));
e.off('w', e.rawListeners('w')[0]);
log('off(own wrapper) count ' + e.listenerCount('w'));

// Once listeners emitted re-entrantly fire once.
let nested = false;
e.on('q', () => {
  log('outer');
  if (!nested) {
    nested = true;
    e.emit('q');
  }
});
e.once('q', () => log('once q'));
e.emit('q');
log('q count ' + e.listenerCount('q'));

// prependOnceListener runs first, once.
e.on('p', () => log('p on'));
e.prependOnceListener('p', () => log('p once'));
e.emit('p');
e.emit('p');
