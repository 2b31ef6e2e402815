// captureRejections routes a rejected async listener to 'error' or to
// Symbol.for('nodejs.rejection'); errorMonitor sees errors first.
'use strict';
const EventEmitter = require('events');
const { captureRejectionSymbol, errorMonitor } = EventEmitter;
const log = console.log;
log(captureRejectionSymbol === Symbol.for('nodejs.rejection'), String(errorMonitor), EventEmitter.captureRejections);
const e1 = new EventEmitter({ captureRejections: true });
e1.on('ev', async (v) => { throw new Error('async fail ' + v); });
e1.on(errorMonitor, (err) => log('monitor', err.message));
e1.on('error', (err) => log('error listener', err.message));
e1.emit('ev', 1);
const e2 = new EventEmitter({ captureRejections: true });
e2[captureRejectionSymbol] = (err, name, ...args) => log('rejection symbol', err.message, name, args);
e2.on('go', async () => { throw new Error('sym fail'); });
e2.emit('go', 'a', 'b');
class Cap extends EventEmitter {
  constructor() { super({ captureRejections: true }); }
}
const c = new Cap();
c.on('x', () => Promise.reject(new TypeError('plain promise')));
c.on('error', (err) => log('Cap error', err.name, err.message));
c.emit('x');
try {
  new EventEmitter({ captureRejections: 'yes' });
} catch (err) {
  log(err.name, err.code, err.message);
}
const e3 = new EventEmitter({ captureRejections: true });
e3.on('fine', async () => 'ok');
e3.emit('fine');
setTimeout(() => log('end'), 5);
