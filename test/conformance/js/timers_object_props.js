'use strict';
// A Timeout's own properties, the ones a script adds, delete, ref state,
// its numeric id, clearTimeout by id string, _onTimeout replaced, refresh
// after it fired; one step after another so that the order is fixed.
const util = require('util');
const own = (o) => Object.keys(o).filter((k) => !k.startsWith('_idle') || k === '_idleTimeout');
const t = setTimeout(function (a, b) {
  console.log('fired', this === t, a, b, t._destroyed, t._onTimeout === null);
  console.log(t._idleTimeout, typeof t._idleStart, t.hasRef());
}, 1, 'x', 'y');
t.unref();
t.foo = 1; t.bar = 'b';
console.log(own(t));
console.log(t.hasRef(), t.unref() === t, t.hasRef(), t.ref().hasRef());
console.log(typeof +t, 'foo' in t, t.hasOwnProperty('bar'), Object.getOwnPropertyDescriptor(t, 'foo'));
delete t.foo; console.log('foo' in t, t.foo);
console.log(JSON.stringify(Object.fromEntries(own(t).map((k) => [k, t[k]]))));
console.log(t._idleTimeout, t._repeat, typeof t._idleStart, t.constructor.name,
  Object.getPrototypeOf(t) === Object.getPrototypeOf(setTimeout(() => {}).unref()));
console.log(util.types.isProxy(t), Array.isArray(t));
t.ref();

const c = setTimeout(() => console.log('never'), 1);
clearTimeout(String(+c));
console.log('cleared by id', c._destroyed, c._onTimeout, c._idleTimeout);

const steps = [
  (next) => {
    const d = setTimeout(() => console.log('not this one'), 1);
    d._onTimeout = () => { console.log('replaced', d._destroyed); next(); };
  },
  (next) => {
    let again = false;
    const e = setTimeout(() => {
      console.log('e', again, e._destroyed);
      if (!again) { again = true; console.log(e.refresh() === e, e._destroyed); } else next();
    }, 1);
  },
  (next) => {
    const i = setInterval(() => {
      console.log('iv', i._repeat, i._idleTimeout, i._destroyed);
      clearInterval(i);
      console.log(i._idleTimeout, i._destroyed, i._onTimeout);
      next();
    }, 2);
  },
];
let k = 0;
(function next() { if (k < steps.length) steps[k++](next); })();
