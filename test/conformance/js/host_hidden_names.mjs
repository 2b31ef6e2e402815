// The names the host gives its own machinery (module wrappers, the scope
// of imports, import(), the catch hook) are not reachable by name from an
// ES module or a CommonJS module, as in Node; and the global object's
// enumerable keys and the descriptor of global.
import cjs from './fixtures/hidden/cjs.js';
import def, { url, seen, inner, later } from './fixtures/hidden/esm.mjs';

const names = cjs.names;
console.log('esm here:', names.map((n) => n + ' ' + eval('typeof ' + n)).join(', '));
console.log('esm direct:', typeof $nnimp, typeof $nnscope, typeof $nnreg, typeof __nodenet_esm__);
console.log('esm imported:', def, url, seen);
console.log('esm in a catch block:', inner());
console.log('cjs:', cjs.seen);
console.log('cjs in a catch block:', cjs.inner);
// Node's enumerable globals that nodenet lacks are not printed.
const lacking = ['fetch', 'crypto', 'navigator', 'sessionStorage'];
console.log('global keys:', Object.keys(globalThis).filter((k) => !lacking.includes(k)).join(' '));
const d = Object.getOwnPropertyDescriptor(globalThis, 'global');
console.log('global descriptor:', typeof d.value, d.writable, d.enumerable, d.configurable);
cjs.load().then((m) => later()).then((m) => {
  console.log('after import():', typeof m.default.seen, names.map((n) => typeof globalThis[n]).join(' '));
});
