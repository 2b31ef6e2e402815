// A timer's numeric id (+timer) is accepted by clearTimeout until the
// timeout fires; a fired timeout that is refreshed gets a new id, and the
// old one no longer clears it. An interval's id keeps working.
'use strict';
const log = (s) => console.log(s);

const a = setTimeout(() => log('never: cleared by id'), 10);
clearTimeout(+a);
const b = setTimeout(() => log('b fired'), 200);
const idb = +b;
setTimeout(() => {
  b.refresh();
  clearTimeout(idb);
  log('b refreshed; the old id no longer clears it; same id: ' + (+b === idb));
}, 400);
let n = 0;
const iv = setInterval(() => {
  n++;
  log('interval ' + n);
  if (n === 2) clearTimeout(+iv);
}, 3);
clearTimeout(123456789);
