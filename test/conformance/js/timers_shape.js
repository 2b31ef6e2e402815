// The Timeout object as scripts see it: its own keys, this inside the
// callback, _destroyed before and after firing, _idleTimeout after
// clearTimeout, refresh() of a fired timeout, the numeric id after firing,
// and the names and lengths of the timer functions. Each step starts the
// next one, so that the order does not depend on timing.
'use strict';
const steps = [];
function next() { const s = steps.shift(); if (s) s(); }

const t = setTimeout(function (a, b) {
  console.log('fired', this === t, a, b, this._destroyed, t._repeat);
  setImmediate(() => {
    console.log('after fire', t._destroyed, typeof t._onTimeout, t._idleTimeout, +t === id);
    t._onTimeout = function () {
      console.log('fired again', this === t, this._destroyed);
      next();
    };
    t.refresh();
    console.log('refreshed', t._destroyed, t.hasRef());
  });
}, 5, 'A', 'B');
const id = +t;
console.log('keys', Object.keys(t).filter((k) => !k.startsWith('_idle')).join(','));
console.log('own', t._idleTimeout, t._onTimeout !== null, t._timerArgs, t._repeat, t._destroyed);
console.log('proto', Object.getOwnPropertyNames(Object.getPrototypeOf(t))
  .filter((k) => !k.startsWith('_')).join(','));
console.log('names', setTimeout.name, setTimeout.length, setInterval.name, setInterval.length,
  clearTimeout.name, clearTimeout.length, process.nextTick.name, process.nextTick.length);

const c = setTimeout(() => console.log('never'), 1);
clearTimeout(c);
console.log('cleared armed', c._idleTimeout, c._destroyed, c._onTimeout == null);
const d = setTimeout(() => {}, 20);
d.close();
console.log('close', d._destroyed, d._onTimeout == null);
for (const v of [undefined, null, 0, 1.5, '7', { valueOf() { return 4; } }]) {
  const x = setTimeout(() => {}, v);
  console.log('delay', String(v), x._idleTimeout);
  clearTimeout(x);
}

steps.push(() => {
  let second = 0;
  const r = setTimeout(function () {
    second++;
    console.log('r fired', second, this._destroyed);
    if (second === 1) this.refresh();
    else next();
  }, 2);
  console.log('r', r.hasRef(), r.unref().hasRef(), r.ref().hasRef());
});
steps.push(() => {
  const iv = setInterval(function () {
    console.log('interval', this === iv, this._repeat, this._idleTimeout, this._destroyed);
    clearInterval(this);
    console.log('interval cleared', this._idleTimeout, this._destroyed, this._onTimeout == null);
    next();
  }, 3);
});
steps.push(() => {
  const z = setTimeout(() => {
    console.log('z fired');
    setImmediate(() => {
      clearTimeout(z);
      console.log('z cleared after firing', z._destroyed, z._onTimeout == null, z._idleTimeout);
      z.refresh();
      console.log('z refreshed: runs nothing');
    });
  }, 2);
});
