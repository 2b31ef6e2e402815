'use strict';
// EventTarget, Event, CustomEvent and AbortSignal given odd arguments:
// addEventListener takes an array or a function as its options object.
const odd = [undefined, null, 0, 'x', '', true, {}, [], () => {}, { handleEvent() { console.log('  handleEvent'); } }, { once: true }, { capture: 1 }, { signal: 1 }, Symbol('s'), 10n];
const show = (v) => typeof v === 'symbol' ? v.toString() : typeof v === 'bigint' ? v + 'n' : typeof v === 'function' ? 'fn' : (JSON.stringify(v) ?? String(v));
const r = (f) => { try { const x = f(); return 'ok ' + (x && typeof x === 'object' ? x.constructor.name : show(x)); } catch (e) { return e !== null && typeof e === "object" ? `${e.name} ${e.code} ${e.message}` : "threw " + show(e); } };
for (const a of odd) {
  const et = new EventTarget();
  console.log('addEventListener type', show(a), r(() => et.addEventListener(a, () => console.log('  fired'))));
  console.log('addEventListener cb', show(a), r(() => et.addEventListener('x', a)));
  console.log('addEventListener opts', show(a), r(() => et.addEventListener('y', () => console.log('  y fired'), a)));
  console.log('dispatch y', r(() => et.dispatchEvent(new Event('y'))));
  console.log('dispatch x', r(() => et.dispatchEvent(new Event('x'))));
  console.log('removeEventListener', show(a), r(() => et.removeEventListener('x', a)));
  console.log('dispatchEvent', show(a), r(() => et.dispatchEvent(a)));
  console.log('new Event', show(a), r(() => { const e = new Event(a); return e.type; }));
  console.log('new Event opts', show(a), r(() => { const e = new Event('t', a); return `${e.bubbles}${e.cancelable}${e.composed}`; }));
  console.log('CustomEvent', show(a), r(() => new CustomEvent('c', { detail: a }).detail));
  console.log('AbortSignal.timeout', show(a), r(() => AbortSignal.timeout(a)));
  console.log('AbortSignal.any', show(a), r(() => AbortSignal.any(a)));
  console.log('abort reason', show(a), r(() => { const c = new AbortController(); c.abort(a); const rs = c.signal.reason; return rs instanceof Error || (rs && rs.constructor && rs.constructor.name === 'DOMException') ? rs.name : show(rs); }));
  console.log('throwIfAborted', show(a), r(() => { const s = AbortSignal.abort(a); s.throwIfAborted(); }));
}
