// AbortSignal's 'abort' event: listeners and onabort in registration
// order (onabort keeps its place when replaced, also through null), abort
// inside an abort listener, the default and explicit reasons,
// throwIfAborted, util.aborted and events.addAbortListener.
'use strict';
const util = require('util');
const events = require('events');
const log = console.log;
const ac = new AbortController();
const s = ac.signal;
log('initial', s.aborted, s.reason, s.onabort);
s.addEventListener('abort', (e) => log('l1', e.type, e.isTrusted, e.cancelable, e.bubbles, s.aborted));
s.onabort = () => log('onabort first');
s.addEventListener('abort', () => log('l2'));
s.onabort = function (e) { log('onabort replaced', this === s, e.type); };
s.addEventListener('abort', () => {
  log('l3 aborts again');
  ac.abort('ignored');
  log('reason kept', s.reason.name);
});
log('abort returns', ac.abort());
log(s.reason.name, s.reason.message, s.reason.code, s.reason instanceof DOMException);
ac.abort('no second event');
log('after second abort', s.reason.name);

const ac2 = new AbortController();
ac2.signal.onabort = () => log('x');
ac2.signal.addEventListener('abort', () => log('y'));
ac2.signal.onabort = null;
log('cleared', ac2.signal.onabort);
ac2.signal.onabort = () => log('x again, in the first place');
ac2.signal.onabort = 5;
log('non-function', ac2.signal.onabort);
ac2.signal.onabort = () => log('x once more');
ac2.abort();

const ac3 = new AbortController();
const obj = { handleEvent() { log('never: onabort object'); } };
ac3.signal.onabort = obj;
log('object kept', ac3.signal.onabort === obj);
ac3.abort();

for (const reason of [undefined, null, 0, 'text', new Error('err')]) {
  const c = new AbortController();
  c.abort(reason);
  const r = c.signal.reason;
  log('reason', typeof r, r instanceof DOMException ? r.name : r instanceof Error ? r.message : r);
  try {
    c.signal.throwIfAborted();
  } catch (e) {
    log('  thrown is reason', e === r);
  }
}
new AbortController().signal.throwIfAborted();
log('not aborted: no throw');

const ac4 = new AbortController();
util.aborted(ac4.signal, {}).then((v) => log('util.aborted resolved', v instanceof Event, v.type));
util.aborted(AbortSignal.abort(), {}).then((v) => log('util.aborted pre-aborted', v));
util.aborted({}, {}).catch((e) => log('util.aborted', e.name, e.code, e.message));
util.aborted(ac4.signal, null).catch((e) => log('util.aborted', e.name, e.code, e.message));
const ac5 = new AbortController();
const disposable = events.addAbortListener(ac5.signal, (e) => log('addAbortListener', e.type));
log('disposable', typeof disposable[Symbol.dispose]);
const ac6 = new AbortController();
const d6 = events.addAbortListener(ac6.signal, () => log('never: disposed'));
d6[Symbol.dispose]();
ac4.abort();
ac5.abort();
ac6.abort();
log('sync done');
