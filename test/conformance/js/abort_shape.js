// AbortController and AbortSignal: their prototypes, statics, lengths,
// toStringTag, the inspect forms at several depths, the errors of the wrong
// this and of the constructors, and AbortSignal.timeout's checks.
'use strict';
const util = require('util');
const log = console.log;
log(Object.getOwnPropertyNames(AbortController.prototype).join(), Object.getOwnPropertyNames(AbortSignal.prototype).join());
log(Object.getOwnPropertyNames(AbortSignal).join(), Object.getPrototypeOf(AbortSignal) === EventTarget,
  Object.getPrototypeOf(AbortSignal.prototype) === EventTarget.prototype);
for (const [obj, name] of [[AbortSignal.prototype, 'aborted'], [AbortSignal.prototype, 'onabort'], [AbortController.prototype, 'signal'],
  [AbortController.prototype, 'abort'], [AbortSignal, 'any'], [AbortSignal, 'timeout']]) {
  const d = Object.getOwnPropertyDescriptor(obj, name);
  log(name, typeof d.get, typeof d.set, typeof d.value, d.enumerable, d.configurable, d.writable);
}
log(AbortSignal.length, AbortController.length, AbortSignal.abort.length, AbortSignal.timeout.length, AbortSignal.any.length,
  AbortController.prototype.abort.length, AbortSignal.prototype.throwIfAborted.length);
log(Object.prototype.toString.call(new AbortController()), Object.prototype.toString.call(AbortSignal.abort()));
const ac = new AbortController();
log(ac.signal === ac.signal, ac.signal instanceof EventTarget, ac.signal instanceof AbortSignal);
log(util.inspect(ac), '|', util.inspect(ac.signal));
log(util.inspect(ac, { depth: -1 }), '|', util.inspect(ac.signal, { depth: -1 }));
log(util.inspect({ a: { b: ac } }), '|', util.inspect([ac.signal], { depth: 0 }), '|', util.inspect({ ac }, { depth: 0 }));
ac.abort();
log(util.inspect(ac), '|', util.inspect(AbortSignal.abort(new Error('r'))));
class Sub extends AbortController {}
log(util.inspect(new Sub()), '|', util.inspect(new Sub(), { depth: -1 }), new Sub().signal.aborted);
const t = (label, f) => {
  try {
    log(label, 'ok', f());
  } catch (e) {
    log(label, e.name, e.code, e.message);
  }
};
t('new AbortSignal', () => new AbortSignal());
t('aborted this', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}));
t('reason this', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'reason').get.call(new EventTarget()));
t('throwIfAborted this', () => AbortSignal.prototype.throwIfAborted.call({}));
t('timeout string', () => AbortSignal.timeout('1'));
t('timeout negative', () => AbortSignal.timeout(-1));
t('timeout fraction', () => AbortSignal.timeout(1.5));
t('timeout huge', () => AbortSignal.timeout(2 ** 32));
t('timeout none', () => AbortSignal.timeout());
t('timeout zero', () => AbortSignal.timeout(0).aborted);
