// 'error' with no listener throws: the error itself, or ERR_UNHANDLED_ERROR;
// errorMonitor listeners run first, even when nothing handles the error.
'use strict';
const EventEmitter = require('events');
const log = (s) => console.log(s);

function tryEmit(label, ...args) {
  const e = new EventEmitter();
  try {
    e.emit('error', ...args);
    log(label + ' no throw');
  } catch (err) {
    if (args.length > 0 && err === args[0]) log(label + ' rethrew ' + err.message);
    else log(label + ' threw ' + err.name + ' ' + err.code + ' ' + err.message);
  }
}
tryEmit('none');
tryEmit('string', 'boom');
tryEmit('quote', "it's");
tryEmit('number', 42);
tryEmit('float', 1.5);
tryEmit('null', null);
tryEmit('bool', true);
tryEmit('buffer', Buffer.from('hi'));
tryEmit('error', new Error('bad'));

const e = new EventEmitter();
e.on(EventEmitter.errorMonitor, (err) => log('monitor ' + err.message));
try {
  e.emit('error', new Error('m1'));
} catch (err) {
  log('threw ' + err.message);
}
e.on('error', (err) => log('error listener ' + err.message));
e.prependListener(EventEmitter.errorMonitor, (err, extra) => log('monitor0 ' + err.message + ' ' + extra));
log('emit returned ' + e.emit('error', new Error('m2'), 'x'));

// A monitor that adds an 'error' listener handles the error.
const m = new EventEmitter();
let added = false;
m.on(EventEmitter.errorMonitor, () => {
  log('monitor adds listener ' + !added);
  if (!added) m.on('error', (err) => log('late listener ' + err.message));
  added = true;
});
log('emit returned ' + m.emit('error', new Error('m3')));
log('emit other returned ' + m.emit('other'));
