'use strict';
// An Immediate's own properties, the ones a script adds, delete, its ref
// state before and after it ran, clearImmediate twice, _onImmediate
// replaced before it runs.
const own = (o) => Object.keys(o);
const a = setImmediate(function (x, y) {
  console.log('a ran', this === a, x, y, a._destroyed, a.hasRef(), own(a));
}, 'x', 'y');
a.tag = 'mine';
console.log(own(a), a.hasRef(), a.unref() === a, a.hasRef(), a.ref().hasRef());
console.log(JSON.stringify(a), 'tag' in a, a.constructor.name);
delete a.tag;
console.log('tag' in a, Object.getOwnPropertyDescriptor(a, '_argv'));
const b = setImmediate(() => console.log('never'));
clearImmediate(b);
clearImmediate(b);
console.log('cleared', b._destroyed, b._onImmediate, b.hasRef());
const c = setImmediate(() => console.log('not this one'));
c._onImmediate = function () { console.log('replaced', this === c, c._destroyed); };
clearImmediate({ _onImmediate() {} });
clearImmediate(undefined);
