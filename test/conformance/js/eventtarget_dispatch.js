// EventTarget dispatch order: registration order, duplicates ignored
// (capture is part of the identity), once, listeners removed and added
// during a dispatch, the return value, and stopImmediatePropagation.
'use strict';
const log = console.log;
const et = new EventTarget();
const f = (e) => log('f', e.type);
et.addEventListener('a', f);
et.addEventListener('a', f);
et.addEventListener('a', f, { capture: true });
et.addEventListener('a', f, true);
et.addEventListener('a', { handleEvent(e) { log('object', e.type, this !== et); } });
log('return', et.dispatchEvent(new Event('a')));
et.removeEventListener('a', f, { capture: true });
et.dispatchEvent(new Event('a'));
et.removeEventListener('a', f);
log('after removals');
et.dispatchEvent(new Event('a'));

// once: removed before it runs; a duplicate of it is ignored.
const g = () => log('g');
et.addEventListener('o', g, { once: true });
et.addEventListener('o', g);
et.dispatchEvent(new Event('o'));
et.dispatchEvent(new Event('o'));
et.addEventListener('o2', () => { log('once redispatch'); et.dispatchEvent(new Event('o2')); }, { once: true });
et.dispatchEvent(new Event('o2'));

// A listener added during a dispatch runs in it; one removed does not.
const late = () => log('late never');
et.addEventListener('d', () => {
  log('d1');
  et.addEventListener('d', () => log('added during dispatch'));
  et.removeEventListener('d', late);
});
et.addEventListener('d', late);
et.dispatchEvent(new Event('d'));

// preventDefault and the return value.
et.addEventListener('c', (e) => e.preventDefault());
log('cancelable', et.dispatchEvent(new Event('c', { cancelable: true })));
log('not cancelable', et.dispatchEvent(new Event('c')));
log('no listeners', et.dispatchEvent(new Event('none', { cancelable: true })));

// stopImmediatePropagation stops the rest, also on a later dispatch of the
// same event; stopPropagation does not.
et.addEventListener('s', (e) => { log('s1'); e.stopImmediatePropagation(); });
et.addEventListener('s', () => log('s2 never'));
const se = new Event('s');
et.dispatchEvent(se);
log('again', et.dispatchEvent(se));
et.addEventListener('p', (e) => { log('p1', e.cancelBubble); e.stopPropagation(); });
et.addEventListener('p', (e) => log('p2', e.cancelBubble));
et.dispatchEvent(new Event('p'));
const pre = new Event('p');
pre.stopImmediatePropagation();
log('stopped before dispatch', et.dispatchEvent(pre));

// Listeners see the target as this and in the event; after the first
// listener has returned, Node no longer counts the event as dispatched.
const seen = (tag) => function (e) {
  log(tag, this === et, e.target === et, e.srcElement === et, e.eventPhase,
    e.currentTarget === et, e.composedPath().length);
};
et.addEventListener('t', seen('t1'));
et.addEventListener('t', seen('t2'));
const te = new Event('t');
et.dispatchEvent(te);
log('after', te.target === et, te.currentTarget, te.eventPhase, te.composedPath());
let nested = 0;
et.addEventListener('r', (e) => {
  try {
    et.dispatchEvent(e);
  } catch (err) {
    log('first listener', err.name, err.code, err.message);
  }
});
et.addEventListener('r', (e) => {
  if (nested++ === 0) log('second listener redispatches', et.dispatchEvent(e));
});
et.dispatchEvent(new Event('r'));

// The signal option.
const ac = new AbortController();
et.addEventListener('sig', () => log('sig'), { signal: ac.signal });
et.dispatchEvent(new Event('sig'));
ac.abort();
et.dispatchEvent(new Event('sig'));
et.addEventListener('sig', () => log('never: aborted signal'), { signal: AbortSignal.abort() });
et.dispatchEvent(new Event('sig'));
log('done');
