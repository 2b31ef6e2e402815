// Errors of EventEmitter's and events' functions: codes, names, messages.
'use strict';
const EventEmitter = require('events');
const log = console.log;
const e = new EventEmitter();
const t = (name, fn) => {
  try {
    const r = fn();
    log(name, 'ok', typeof r);
  } catch (err) {
    log(name, err.name, err.code, err.message);
  }
};
t('on non-function', () => e.on('x', 'str'));
t('once non-function', () => e.once('x', {}));
t('prepend non-function', () => e.prependListener('x', null));
t('off non-function', () => e.off('x', 1));
t('setMaxListeners NaN', () => e.setMaxListeners(NaN));
t('setMaxListeners string', () => e.setMaxListeners('5'));
t('defaultMaxListeners bad', () => { EventEmitter.defaultMaxListeners = -1; });
t('emit error string', () => e.emit('error', 'text'));
t('emit error undefined', () => e.emit('error'));
t('emit error object', () => e.emit('error', { code: 'X' }));
t('emit error Error', () => e.emit('error', new RangeError('range')));
t('events.once bad emitter', () => EventEmitter.once(null, 'x').catch((err) => log('once rejected', err.code)));
t('events.on bad emitter', () => EventEmitter.on({}, 'x'));
t('getEventListeners bad', () => EventEmitter.getEventListeners(1, 'x'));
t('setMaxListeners bad target', () => EventEmitter.setMaxListeners(1, {}));
t('listenerCount static', () => EventEmitter.listenerCount(e, 'x'));
t('addAbortListener bad', () => EventEmitter.addAbortListener({}, () => {}));
const ac = new AbortController();
const disposable = EventEmitter.addAbortListener(ac.signal, (ev) => log('abort listener', ev.type));
log(typeof disposable[Symbol.dispose || Symbol.for('nodejs.dispose')]);
ac.abort();
const ac2 = new AbortController();
const d2 = EventEmitter.addAbortListener(ac2.signal, () => log('never'));
d2[Symbol.dispose || Symbol.for('nodejs.dispose')]();
ac2.abort();
log('end');
