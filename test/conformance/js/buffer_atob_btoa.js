'use strict';
// atob and btoa: whitespace, padding, Latin-1 and errors.
const t = (f) => { try { console.log(JSON.stringify(f())); } catch (e) { console.log(`${e.name} | ${e.code} | ${e.message}`); } };
for (const s of ['', 'YQ', 'YQ==', 'YQ=', 'Y Q = =', '\tYWJj\n', 'YWJjZA', '/+8=', '_-8=', 'YQ===', '=YQ', 'Y', 'YWJjZ', '6Q==', '////']) t(() => atob(s));
for (const s of ['', 'a', 'ab', 'abc', '\u00e9\u00ff', '\u0000', 123, null, undefined, { toString() { return 'obj'; } }]) t(() => btoa(s));
t(() => btoa('\u0100'));
t(() => btoa('\ud83d'));
t(() => atob());
t(() => btoa());
t(() => atob(undefined));
t(() => atob(null));
t(() => [typeof atob, typeof btoa, atob === require('buffer').atob, btoa === require('buffer').btoa]);
