// EventTarget and Event argument errors: missing arguments, bad listeners
// and options, the wrong this, event recursion; null and undefined
// listeners are ignored with a warning.
'use strict';
const log = console.log;
process.on('warning', (w) => log('warning', w.name, w.message));
const t = (label, f) => {
  try {
    log(label, 'ok', f());
  } catch (e) {
    log(label, e.name, e.code, e.message);
  }
};
const et = new EventTarget();
const fn = () => {};
t('add none', () => et.addEventListener());
t('add one', () => et.addEventListener('x'));
t('add number', () => et.addEventListener('x', 5));
t('add string', () => et.addEventListener('x', 'str'));
t('add symbol type', () => et.addEventListener(Symbol('s'), fn));
t('add options number', () => et.addEventListener('x', fn, 5));
t('add options string', () => et.addEventListener('x', fn, 'capture'));
t('add options null', () => et.addEventListener('x', fn, null));
t('add signal number', () => et.addEventListener('x', fn, { signal: 5 }));
t('add signal null', () => et.addEventListener('x', fn, { signal: null }));
t('add signal object', () => et.addEventListener('x', fn, { signal: {} }));
t('add null', () => et.addEventListener('x', null));
t('add undefined', () => et.addEventListener('x', undefined));
t('remove none', () => et.removeEventListener());
t('remove one', () => et.removeEventListener('x'));
t('remove number', () => et.removeEventListener('x', 5));
t('remove null', () => et.removeEventListener('x', null));
t('remove unknown', () => et.removeEventListener('nothing', fn, 5));
t('dispatch none', () => et.dispatchEvent());
t('dispatch string', () => et.dispatchEvent('x'));
t('dispatch object', () => et.dispatchEvent({ type: 'x' }));
t('this add', () => EventTarget.prototype.addEventListener.call({}, 'x', fn));
t('this remove', () => EventTarget.prototype.removeEventListener.call(null, 'x', fn));
t('this dispatch', () => EventTarget.prototype.dispatchEvent.call(new Event('x'), new Event('x')));
t('event none', () => new Event());
t('event options', () => new Event('x', 5));
t('event options string', () => new Event('x', 'str'));
t('event symbol', () => new Event(Symbol('s')));
t('custom none', () => new CustomEvent());
t('custom options', () => new CustomEvent('x', 7));
for (const name of ['type', 'defaultPrevented', 'isTrusted', 'timeStamp', 'eventPhase']) {
  t(`get ${name}`, () => Object.getOwnPropertyDescriptor(Event.prototype, name).get.call({}));
}
t('preventDefault', () => Event.prototype.preventDefault.call({}));
t('stopPropagation', () => Event.prototype.stopPropagation.call(Object.create(Event.prototype)));
t('initEvent none', () => new Event('x').initEvent());
t('detail', () => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')));
et.addEventListener('r', (e) => t('recursion', () => et.dispatchEvent(e)));
et.dispatchEvent(new Event('r'));
log('sync done');
