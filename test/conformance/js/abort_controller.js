// AbortController and AbortSignal: abort(reason), the default reason,
// throwIfAborted, onabort, AbortSignal.abort, any, timeout.
'use strict';
const log = console.log;
const ac = new AbortController();
const { signal } = ac;
log(signal.aborted, signal.reason, typeof signal.throwIfAborted, signal instanceof EventTarget);
signal.addEventListener('abort', (e) => log('listener', e.type, e.isTrusted, e.target === signal, signal.aborted));
signal.onabort = (e) => log('onabort', e.type, typeof signal.onabort);
ac.abort();
log(signal.reason.name, signal.reason.message, signal.reason.code, signal.reason instanceof DOMException, signal.reason instanceof Error);
try {
  signal.throwIfAborted();
} catch (e) {
  log('thrown', e === signal.reason);
}
ac.abort('again');
log(signal.reason.name);
const s2 = AbortSignal.abort(new Error('custom'));
log(s2.aborted, s2.reason.message);
log(AbortSignal.abort().reason.name, AbortSignal.abort('str').reason, AbortSignal.abort(null).reason);
const a1 = new AbortController();
const a2 = new AbortController();
const any = AbortSignal.any([a1.signal, a2.signal]);
any.addEventListener('abort', () => log('any aborted', any.reason));
a2.abort('r2');
a1.abort('r1');
log(any.aborted, any.reason);
log(AbortSignal.any([AbortSignal.abort('pre')]).reason, AbortSignal.any([]).aborted);
try {
  AbortSignal.any([{}]);
} catch (e) {
  log(e.name, e.code, e.message);
}
try {
  new AbortSignal();
} catch (e) {
  log(e.name, e.code, e.message);
}
try {
  AbortSignal.timeout(-1);
} catch (e) {
  log(e.name, e.code, e.message);
}
try {
  ac.signal.throwIfAborted.call({});
} catch (e) {
  log(e.name, e.code, e.message);
}
const t = AbortSignal.timeout(5);
log(t.aborted);
// AbortSignal.timeout's timer does not keep the process alive: this one does.
const keep = setTimeout(() => log('kept alive'), 1000);
t.addEventListener('abort', () => {
  log('timeout', t.reason.name, t.reason.message, t.reason.code, t.reason instanceof DOMException);
  log(Object.prototype.toString.call(signal), Object.prototype.toString.call(ac));
  const { inspect } = require('util');
  log(inspect(new AbortController()));
  log(inspect(AbortSignal.abort('x')));
  log(inspect(new AbortController().signal, { depth: -1 }));
  const ex = new DOMException('msg', 'TimeoutError');
  log(ex.name, ex.message, ex.code, DOMException.TIMEOUT_ERR, ex.stack.split('\n')[0]);
  const ex2 = new DOMException('m2', { name: 'AbortError', cause: 'why' });
  log(ex2.name, ex2.code, ex2.cause, String(ex2));
  clearTimeout(keep);
});
