// Timeout and Immediate objects: ref/unref/hasRef/refresh return values,
// numeric primitives, clearTimeout by id, intervals cleared inside.
'use strict';
const t = setTimeout(() => console.log('t fired'), 50);
console.log('hasRef', t.hasRef(), t.unref() === t, t.hasRef(), t.ref() === t, t.hasRef());
console.log('refresh returns this', t.refresh() === t);
const id = +t;
console.log('primitive is a number', typeof id, Number.isInteger(id), `${t}` === String(id));
const u = setTimeout(() => console.log('never: cleared by id'), 5);
clearTimeout(String(+u));
const w = setTimeout(() => console.log('never: cleared by number'), 5);
clearTimeout(+w);
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval', n);
  if (n === 3) clearInterval(iv);
}, 150);
const im = setImmediate(() => console.log('immediate ran', im.hasRef()));
console.log('immediate hasRef', im.hasRef(), im.unref() === im, im.hasRef(), im.ref() === im);
setTimeout((a, b) => console.log('timeout args', a, b), 100, 'x', 'y');
setImmediate((a) => console.log('immediate args', a), 'z');
for (const bad of [undefined, 'code', 5]) {
  try {
    setTimeout(bad, 1);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
clearImmediate(undefined);
console.log('main end');
