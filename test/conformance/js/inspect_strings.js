// util.inspect of strings: quotes, escapes, long strings with line breaks
// split into pieces, maxStringLength.
'use strict';
const { inspect } = require('util');
const L = (v, o) => console.log(inspect(v, o));
L('a\nb'.repeat(30)); L({a: {b: 'line one\nline two\n'.repeat(5)}}); L(['x\n'.repeat(40)]); L('abc\n'.repeat(30), {compact: true}); L('abc\n'.repeat(30) + 'z', {maxStringLength: 50});
L('x'.repeat(100) + '\n'); L(new Map([['k\n'.repeat(30), 'v']])); L({ 'key\nwith': 'v\n'.repeat(20) }, {breakLength: 20});
L(['a\x00b\x1b\x7f\x80\x9f\xa0\ud83d\u2028']); L("it's"); L('a\'b"c'); L('a\'b"c`d'); L('${x}\'"'); L({ "it's": 1, 'q"': 2 });
