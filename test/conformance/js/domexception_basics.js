// DOMException: the message and name arguments (string or options object
// with name and cause), defaults, the Error it is, toString, stack and
// inspect headers, the brand checks of its accessors, subclasses, and
// QuotaExceededError.
'use strict';
const util = require('util');
const log = console.log;
const e = new DOMException('went wrong', 'NotFoundError');
log(e.name, e.message, e.code, e instanceof DOMException, e instanceof Error, String(e));
log(Object.prototype.toString.call(e), Object.keys(e), Object.getOwnPropertyNames(e).filter((k) => k !== 'stack'));
log(e.stack.split('\n')[0], util.inspect(e).split('\n')[0]);
log(util.inspect(e, { depth: -1 }).split('\n')[0], util.inspect({ e }, { depth: 0 }).split('\n')[0]);
const d = new DOMException();
log(JSON.stringify(d.name), JSON.stringify(d.message), d.code, String(d));
log(new DOMException(undefined, undefined).name, new DOMException(5, 6).message, new DOMException(5, 6).name, new DOMException(null, null).name);
const c = new DOMException('with cause', { name: 'TimeoutError', cause: 0 });
log(c.name, c.code, c.cause, Object.getOwnPropertyDescriptor(c, 'cause'));
const nc = new DOMException('no cause', { name: 'DataError' });
log(nc.name, 'cause' in nc, typeof new DOMException('m', {}).name, new DOMException('m', {}).name);
log(new DOMException('f', () => {}).name === '() => {}', new DOMException('u', { cause: undefined }).hasOwnProperty('cause'));
log(Object.getOwnPropertyNames(DOMException.prototype).slice(0, 4).join(), Object.getPrototypeOf(DOMException.prototype) === Error.prototype,
  Object.getPrototypeOf(DOMException) === Function.prototype, DOMException.length, DOMException.name);
const nameDesc = Object.getOwnPropertyDescriptor(DOMException.prototype, 'name');
log(typeof nameDesc.get, nameDesc.set, nameDesc.enumerable, nameDesc.configurable, DOMException.prototype[Symbol.toStringTag]);
const t = (label, f) => {
  try {
    log(label, 'ok', f());
  } catch (err) {
    log(label, err.name, err.code, err.message);
  }
};
t('name this', () => nameDesc.get.call({}));
t('message this', () => Object.getOwnPropertyDescriptor(DOMException.prototype, 'message').get.call(new Error('x')));
t('code this', () => Object.getOwnPropertyDescriptor(DOMException.prototype, 'code').get.call(Object.create(DOMException.prototype)));
t('symbol message', () => new DOMException(Symbol('s')));
t('symbol name', () => new DOMException('m', Symbol('s')));
try {
  e.name = 'changed';
} catch (err) {
  log('assign name', err.name);
}
log('read-only', e.name, e.code);
class MyException extends DOMException {
  constructor(m) { super(m, 'DataCloneError'); }
}
const m = new MyException('sub');
log(m.name, m.code, m.message, m instanceof DOMException, m instanceof MyException, m.stack.split('\n')[0]);
log(typeof QuotaExceededError, new QuotaExceededError('q') instanceof DOMException);
const q = new QuotaExceededError('full', { quota: 10, requested: 12 });
log(q.name, q.code, q.message, q.quota, q.requested, Object.prototype.toString.call(q));
const q0 = new QuotaExceededError();
log(q0.quota, q0.requested, JSON.stringify(q0.message));
t('quota negative', () => new QuotaExceededError('m', { quota: -1 }));
t('quota NaN', () => new QuotaExceededError('m', { quota: NaN }));
t('requested < quota', () => new QuotaExceededError('m', { quota: 3, requested: 2 }));
t('quota this', () => Object.getOwnPropertyDescriptor(QuotaExceededError.prototype, 'quota').get.call(new DOMException('x')));
const timeout = AbortSignal.abort().reason;
log(timeout instanceof DOMException, timeout.name, timeout.code, timeout.stack.split('\n')[0]);
