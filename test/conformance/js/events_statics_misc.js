'use strict';
// The module's statics: getEventListeners, getMaxListeners, setMaxListeners
// on emitters and EventTargets, listenerCount, addAbortListener, and the
// export's shape.
const events = require('events');
const { EventEmitter, getEventListeners, getMaxListeners, setMaxListeners, listenerCount,
        addAbortListener } = events;

console.log(Object.keys(events));
for (const k of ['captureRejections', 'defaultMaxListeners', 'EventEmitterAsyncResource']) {
  const d = Object.getOwnPropertyDescriptor(events, k);
  console.log(k, typeof d.get, typeof d.set, d.enumerable, d.configurable);
}
console.log(Object.keys(EventEmitter.prototype));
console.log(EventEmitter.prototype.on === EventEmitter.prototype.addListener,
            EventEmitter.prototype.off === EventEmitter.prototype.removeListener,
            EventEmitter.prototype.on.name, EventEmitter.prototype.off.name,
            EventEmitter.prototype.emit.name, EventEmitter.prototype.emit.length,
            EventEmitter.prototype.listenerCount.length);

const e = new EventEmitter();
function a() {}
function b() {}
e.on('x', a);
e.once('x', b);
console.log(getEventListeners(e, 'x').map((f) => f.name), getEventListeners(e, 'none'));
const raw = e.rawListeners('x');
raw.pop();
console.log('copies', e.rawListeners('x').length, e.listeners('x') !== e.listeners('x'));
console.log('listenerCount', e.listenerCount('x'), e.listenerCount('x', a), e.listenerCount('x', b),
            e.listenerCount('x', () => {}), e.listenerCount('none'), listenerCount(e, 'x'));
console.log('static listenerCount on duck', listenerCount({ listenerCount: (t) => `asked ${t}` }, 'q'));

const et = new EventTarget();
const h1 = () => {};
const h2 = { handleEvent() {} };
et.addEventListener('foo', h1);
et.addEventListener('foo', h2);
console.log('target listeners', getEventListeners(et, 'foo').length,
            getEventListeners(et, 'foo')[0] === h1, getEventListeners(et, 'foo')[1] === h2,
            getEventListeners(et, 'bar'));
console.log('target max', getMaxListeners(et));
setMaxListeners(5, et, e);
console.log('after set', getMaxListeners(et), getMaxListeners(e), e.getMaxListeners());

for (const [label, fn] of [
  ['getEventListeners', () => getEventListeners({}, 'x')],
  ['getMaxListeners', () => getMaxListeners(1)],
  ['setMaxListeners target', () => setMaxListeners(1, {})],
  ['setMaxListeners n', () => setMaxListeners(-2)],
  ['addAbortListener signal', () => addAbortListener({}, () => {})],
  ['addAbortListener listener', () => addAbortListener(new AbortController().signal, 'no')],
]) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (err) {
    console.log(label, err.code, err.message);
  }
}

const ac = new AbortController();
const disposable = addAbortListener(ac.signal, (ev) => console.log('abort listener', ev.type));
console.log('disposable', typeof disposable[Symbol.dispose]);
ac.signal.addEventListener('abort', (ev) => ev.stopImmediatePropagation());
ac.abort();
const ac2 = new AbortController();
const d2 = addAbortListener(ac2.signal, () => console.log('not called'));
d2[Symbol.dispose]();
ac2.abort();
addAbortListener(AbortSignal.abort(), (...args) => console.log('already aborted, args', args.length));
console.log('sync end');
