// The Immediate object: own keys, this and _destroyed inside the callback,
// hasRef while queued, running and after clearImmediate, ref/unref return
// values, arguments, and an immediate cleared by an earlier one of the same
// turn.
'use strict';
const a = setImmediate(function (x, y) {
  console.log('a runs', this === a, x, y, this._destroyed, typeof this._onImmediate, this.hasRef());
  clearImmediate(b);
  console.log('b cleared', b._destroyed, b._onImmediate === undefined, b.hasRef());
  clearImmediate(a);
  console.log('a cleared while running', a._destroyed, typeof a._onImmediate);
}, 'x', 'y');
const b = setImmediate(() => console.log('never: b'));
console.log('keys', Object.keys(a).join(','));
console.log('queued', a._destroyed, a._argv, b._argv, a.hasRef(), b.hasRef());
console.log('unref', a.unref() === a, a.hasRef(), a.ref() === a, a.hasRef());
console.log('names', setImmediate.name, setImmediate.length, clearImmediate.name, clearImmediate.length);
const c = setImmediate(() => {
  console.log('c runs');
  setImmediate(() => console.log('next turn'));
});
c.unref();
setTimeout(() => console.log('timeout keeps the loop alive for c'), 100);
clearImmediate(undefined);
clearImmediate({});
try {
  setImmediate('nope');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
