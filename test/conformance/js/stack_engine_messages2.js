// More engine errors as a catch sees them: iteration of non-iterables,
// calls of non-functions, read-only properties, URI, BigInt and reduce.
const tries = [
  () => { const o = { f: 1 }; o.f(); },
  () => { let g; g(); },
  () => { const o = {}; o.a.b.c; },
  () => { for (const x of 5) {} },
  () => { const o = {}; for (const x of o) {} },
  () => { const [a] = {}; },
  () => { class A {} A(); },
  () => { (void 0).y; },
  () => { new Array(-1); },
  () => { 'use strict'; Object.freeze({ a: 1 }).a = 2; },
  () => { JSON.stringify(10n); },
  () => { decodeURIComponent('%'); },
  () => { BigInt(1.5); },
  () => { undefined(); },
  () => { const fn = null; fn(); },
  () => { [].reduce((a, b) => a); },
];
for (const t of tries) {
  try {
    t();
    console.log('no error');
  } catch (err) {
    console.log(`${err.name}: ${err.message}`);
  }
}
