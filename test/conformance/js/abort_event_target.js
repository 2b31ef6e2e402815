// EventTarget and Event: listeners (functions and handleEvent objects),
// once, capture, passive, signal, preventDefault, stopImmediatePropagation,
// CustomEvent, and their argument errors.
'use strict';
const log = console.log;
const et = new EventTarget();
const h = { handleEvent(e) { log('handleEvent', e.type, this === h); } };
et.addEventListener('foo', h);
et.addEventListener('foo', h);
et.addEventListener('foo', (e) => log('once', e.type, e.eventPhase, e.cancelable, e.bubbles, e.composed), { once: true });
log(et.dispatchEvent(new Event('foo')));
log(et.dispatchEvent(new Event('foo')));
const ev = new Event('bar', { cancelable: true });
et.addEventListener('bar', (e) => { e.preventDefault(); log('in listener', e.defaultPrevented, e.currentTarget === et); });
log('dispatch', et.dispatchEvent(ev), ev.defaultPrevented, ev.currentTarget, ev.eventPhase);
const passive = new Event('p', { cancelable: true });
et.addEventListener('p', (e) => { e.preventDefault(); log('passive', e.defaultPrevented); }, { passive: true });
et.dispatchEvent(passive);
et.addEventListener('s', () => { log('s1'); });
et.addEventListener('s', (e) => { log('s2'); e.stopImmediatePropagation(); });
et.addEventListener('s', () => { log('s3 never'); });
et.dispatchEvent(new Event('s'));
const ac = new AbortController();
et.addEventListener('sig', () => log('sig listener'), { signal: ac.signal });
et.dispatchEvent(new Event('sig'));
ac.abort();
et.dispatchEvent(new Event('sig'));
const f = () => log('removed never');
et.addEventListener('r', f);
et.removeEventListener('r', f);
et.dispatchEvent(new Event('r'));
et.addEventListener('cap', f, true);
et.removeEventListener('cap', f);
log('capture listener kept');
et.addEventListener('err', () => log('after throwing listener'));
const ce = new CustomEvent('c', { detail: { d: 1 } });
log(ce.detail, ce instanceof Event, ce.type, String(ce), Object.prototype.toString.call(et));
const e0 = new Event('x');
log(e0.type, e0.isTrusted, e0.defaultPrevented, e0.returnValue, e0.cancelBubble, typeof e0.timeStamp, e0.composedPath());
class MyTarget extends EventTarget {}
const mt = new MyTarget();
mt.addEventListener('m', function (e) { log('subclass', this === mt, e.target === mt); });
mt.dispatchEvent(new Event('m'));
for (const bad of [() => et.dispatchEvent('x'), () => new Event(), () => et.addEventListener('x', 5),
  () => EventTarget.prototype.dispatchEvent.call({}, new Event('y')), () => { const d = new Event('d'); et.dispatchEvent(d); et.dispatchEvent(d); }]) {
  try {
    log('no throw', bad());
  } catch (e) {
    log(e.name, e.code, e.message);
  }
}
et.addEventListener('x', null);
log('null listener ignored');
