// emit iterates a snapshot: listeners added during an emit do not run in it,
// removed ones still do.
'use strict';
const EventEmitter = require('events');
const log = (s) => console.log(s);

const e = new EventEmitter();
let n = 0;
const second = () => log('second');
e.on('s', () => {
  const k = ++n;
  log('first ' + k);
  e.on('s', () => log('added ' + k));
  e.off('s', second);
});
e.on('s', second);
e.emit('s');
log('--');
e.emit('s');
log('--');
e.emit('s');
log('count ' + e.listenerCount('s'));

// Removing a later listener during emit: it still runs this time.
const g = new EventEmitter();
const late = () => log('late');
g.on('t', () => {
  log('remover');
  g.removeAllListeners('t');
});
g.on('t', late);
g.prependListener('t', () => log('prepended'));
log('emit ' + g.emit('t'));
log('emit ' + g.emit('t'));

// Prepend during emit: not called in this emit.
const h = new EventEmitter();
h.on('u', () => {
  log('u1');
  h.prependListener('u', () => log('u0'));
});
h.emit('u');
log('--');
h.emit('u');

// Recursive emit sees the current list.
const r = new EventEmitter();
let depth = 0;
r.once('r', () => log('once r depth ' + depth));
r.on('r', () => {
  log('on r depth ' + depth);
  if (depth++ === 0) r.emit('r');
});
r.emit('r');
