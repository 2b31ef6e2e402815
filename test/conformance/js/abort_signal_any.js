// AbortSignal.any: the dependents take the reason before any 'abort'
// event fires, then fire after their source, in the order they were made;
// a composite given to any() stands for its sources; pre-aborted inputs;
// timeouts among the inputs; argument errors.
'use strict';
const log = console.log;
const ac = new AbortController();
const other = new AbortController();
const any1 = AbortSignal.any([ac.signal, other.signal]);
const any2 = AbortSignal.any([any1]);
const any3 = AbortSignal.any([other.signal]);
log(any1 !== ac.signal, any2 !== any1, any1.aborted, any2.aborted);
ac.signal.addEventListener('abort', (e) => {
  log('source listener', any1.aborted, any2.aborted, any3.aborted, e.isTrusted, e.target === ac.signal);
});
any1.addEventListener('abort', () => log('any1 listener', any1.reason));
any2.addEventListener('abort', () => log('any2 listener', any2.reason));
any3.addEventListener('abort', () => log('any3 never'));
ac.signal.onabort = () => log('source onabort');
ac.abort('first reason');
log('reasons', ac.signal.reason, any1.reason, any2.reason, any3.aborted);
other.abort('second reason');
log('any1 keeps', any1.reason, 'any3', any3.reason);

const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('already'), AbortSignal.abort('later')]);
log('pre-aborted', pre.aborted, pre.reason);
const empty = AbortSignal.any([]);
log('empty', empty.aborted);
const fromSet = AbortSignal.any(new Set([new AbortController().signal]));
log('iterable', fromSet.aborted);

for (const bad of [undefined, null, 1, 'ab', {}, [1], [new AbortController().signal, {}], [new AbortController()]]) {
  try {
    AbortSignal.any(bad);
    log('no error');
  } catch (e) {
    log(e.name, e.code, e.message);
  }
}

const keep = setTimeout(() => log('never'), 10000);
const t = AbortSignal.timeout(1);
const never = new AbortController();
const withTimeout = AbortSignal.any([never.signal, t]);
withTimeout.onabort = () => {
  log('timeout through any', withTimeout.reason.name, withTimeout.reason === t.reason, t.aborted, never.signal.aborted);
  never.abort('too late');
  log('unchanged', withTimeout.reason.name);
  clearTimeout(keep);
};
