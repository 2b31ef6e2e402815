// util.inspect of regular expressions with colors: groups, classes,
// escapes, quantifiers and flags each get their colour by nesting depth.
'use strict';
const { inspect } = require('util');
const rs = [/r/, /a[b-c]+(d|e)?\d{2,3}\/x*?$/gimsuy, /(?<n>x)(?:y)(?=z)(?!w)(?<=q)\k<n>\bA.|^/, /[^a\]b]\u0041\x41\cA/,
  /((a)|b)c/, /(a(b(c(d))))/, /a{3}b{2,}c/, /[a-z0-9_]+@\w+\.com/i, /^\s*$/m, /(?:x|y|z)+?/, /\p{L}+/u, /a\/b\\c/,
  /[\]]/, /(a)\1/, /\d+(\.\d+)?/g, /[^-a]/];
for (const r of rs) console.log(JSON.stringify(inspect(r, { colors: true })));
console.log(JSON.stringify(inspect({ re: /x+/ }, { colors: true })));
console.log(inspect(/plain(x)/), inspect(Object.assign(/x/g, { extra: 1 })));
