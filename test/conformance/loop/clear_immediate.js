// clearImmediate of a queued immediate: from the main script, and from an
// earlier immediate of the same check phase. Clearing one that already ran
// does nothing; hasRef() is false once it ran or was cleared.
'use strict';
const log = (s) => console.log(s);

const a = setImmediate(() => log('never: cleared by the main script'));
clearImmediate(a);
log('a.hasRef() after clear ' + a.hasRef());
let c;
setImmediate(() => {
  log('B clears C, queued after it');
  clearImmediate(c);
});
c = setImmediate(() => log('never: cleared by B'));
const d = setImmediate(() => {
  log('D, hasRef inside its callback ' + d.hasRef());
  clearImmediate(d);
});
setImmediate(() => {
  log('E');
  clearImmediate(d);
  clearImmediate(undefined);
  log('d.hasRef() after it ran ' + d.hasRef());
});
log('main end');
