// The transform reads import and export declarations only where they are:
// not in strings, templates (nested ${}), regular expressions, comments,
// property names or methods; declarations that span lines; destructuring.
import * as t from './fixtures/esm/tricky.mjs';
import { strings, template, regex, division, calls, braces, multi, line, declaration } from './fixtures/esm/tricky.mjs';
import { afterAsi, noInit, destructured, others, second, deep } from './fixtures/esm/tricky.mjs';

console.log(Object.keys(t));
console.log(strings);
console.log(template);
console.log(regex, division);
console.log(calls, braces);
console.log(multi, line, declaration, afterAsi, noInit);
console.log(destructured, others, second, deep);
const meta = import.meta; const { url } = import . meta;
console.log(typeof meta.url, url === meta.url);
const dyn = await import(
  // a comment in the call
  './fixtures/esm/plain_dep.mjs'
);
console.log(dyn.plain);
