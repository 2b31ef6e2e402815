'use strict';
// EventEmitterAsyncResource: construction rules, its resource, emit
// through it.
const { EventEmitterAsyncResource, EventEmitter } = require('events');

const t = (label, make) => {
  try {
    const r = make();
    console.log(label, 'ok', r.asyncResource.constructor.name);
  } catch (e) {
    console.log(label, e.code, e.message);
  }
};
t('none', () => new EventEmitterAsyncResource());
t('string', () => new EventEmitterAsyncResource('nm'));
t('empty obj', () => new EventEmitterAsyncResource({}));
class Sub extends EventEmitterAsyncResource {}
t('sub empty', () => new Sub({}));
t('sub none', () => new Sub());
t('null', () => new EventEmitterAsyncResource(null));
t('name not a string', () => new EventEmitterAsyncResource({ name: 5 }));
t('trigger', () => new EventEmitterAsyncResource({ name: 'a', triggerAsyncId: 'x' }));

const q = new EventEmitterAsyncResource('q');
console.log(Object.keys(q.asyncResource), Object.getOwnPropertyNames(Object.getPrototypeOf(q.asyncResource)),
            q.asyncId > 0, q.triggerAsyncId >= 0, q.asyncResource.eventEmitter === q);
console.log(q.asyncResource.runInAsyncScope(function(a, b) { return [this, a, b]; }, 'T', 1, 2));

const res = new EventEmitterAsyncResource({ name: 'Res' });
console.log(res instanceof EventEmitter, typeof res.asyncId, typeof res.triggerAsyncId);
console.log(Object.keys(res), Object.getOwnPropertyNames(EventEmitterAsyncResource.prototype));
res.on('x', function(v) { console.log('x', v, this === res); });
console.log(res.emit('x', 1), res.emit('none'));
res.emitDestroy();
try {
  EventEmitterAsyncResource.prototype.emit.call({}, 'x');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
