// Event and CustomEvent: constructor options, the read-only attributes,
// initEvent, returnValue and cancelBubble, the phase constants, the
// prototype's shape and the inspect form.
'use strict';
const util = require('util');
const log = console.log;
const mask = (s) => s.replace(/timeStamp: [\d.e+-]+/g, 'timeStamp: <n>');
const e = new Event('x');
log(e.type, e.bubbles, e.cancelable, e.composed, e.isTrusted, e.defaultPrevented, e.returnValue,
  e.cancelBubble, e.eventPhase, e.target, e.currentTarget, e.srcElement, e.composedPath());
log(typeof e.timeStamp, e.timeStamp >= 0, new Event('y').timeStamp >= e.timeStamp);
const o = new Event('o', { bubbles: 1, cancelable: 'yes', composed: {} });
log(o.bubbles, o.cancelable, o.composed);
log(new Event('n', null).type, new Event(undefined).type, new Event(null).type, new Event(12).type,
  new Event({ toString() { return 'obj'; } }).type);
e.preventDefault();
log('not cancelable', e.defaultPrevented, e.returnValue);
const c = new Event('c', { cancelable: true });
c.returnValue = true;
log(c.defaultPrevented);
c.returnValue = false;
log(c.defaultPrevented, c.returnValue);
c.cancelBubble = false;
log(c.cancelBubble);
c.cancelBubble = 1;
log(c.cancelBubble);
c.initEvent('renamed', true, false);
log(c.type, c.bubbles, c.cancelable, c.defaultPrevented);
c.initEvent('again');
log(c.type, c.bubbles, c.cancelable);
log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, e.AT_TARGET);
log(Object.getOwnPropertyNames(Event.prototype).join());
log(Object.getOwnPropertyNames(Event).join());
log(Object.getOwnPropertyNames(CustomEvent.prototype).join(), Object.getOwnPropertyNames(EventTarget.prototype).join());
log(Object.keys(e).length, Object.keys(Event.prototype).length);
const d = Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted');
log(typeof d.get, d.set, d.enumerable, d.configurable);
const t = Object.getOwnPropertyDescriptor(Event.prototype, 'type');
log(typeof t.get, t.set, t.enumerable, t.configurable);
log(Object.getOwnPropertyDescriptor(Event, 'AT_TARGET'));
log(Event.length, CustomEvent.length, EventTarget.length, EventTarget.prototype.addEventListener.length,
  EventTarget.prototype.removeEventListener.length, EventTarget.prototype.dispatchEvent.length);
log(String(e), Object.prototype.toString.call(new CustomEvent('c')), Object.prototype.toString.call(new EventTarget()));
const ce = new CustomEvent('ce', { detail: [1, 2], cancelable: true });
log(ce.detail, ce.cancelable, ce instanceof Event, new CustomEvent('z').detail, new CustomEvent('z', { detail: undefined }).detail, new CustomEvent('z', { detail: 0 }).detail);
log(mask(util.inspect(new Event('ins', { cancelable: true }))));
log(mask(util.inspect(ce)));
log(util.inspect(e, { depth: -1 }), util.inspect({ nested: e }, { depth: 0 }), util.inspect([ce], { depth: 0 }));
log(mask(util.inspect({ a: { b: new Event('deep') } })));
log(util.inspect(new EventTarget()), util.inspect(new EventTarget(), { depth: -1 }));
class MyEvent extends Event {
  constructor() { super('mine', { cancelable: true }); this.extra = 1; }
}
const me = new MyEvent();
log(me.type, me.cancelable, me instanceof Event, mask(util.inspect(me)));
