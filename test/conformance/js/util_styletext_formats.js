// util.styleText: formats and arrays of formats, nested styles, 'none',
// validation errors in Node's order, and colors decided by NO_COLOR /
// FORCE_COLOR when the stream is not a terminal.
'use strict';
const util = require('util');
const j = (s) => console.log(JSON.stringify(s));
const o = { validateStream: false };
j(util.styleText('red', 'x'));
j(util.styleText(['bold', 'red'], 'x', o));
j(util.styleText('red', 'a' + util.styleText('blue', 'b', o) + 'c', o));
j(util.styleText('bold', 'a' + util.styleText('dim', 'b', o) + 'c', o));
j(util.styleText(['red', 'bgBlue'], 'a\u001b[39mb\u001b[49mc', o));
j(util.styleText('none', 'x', o));
j(util.styleText([], 'x', o));
j(util.styleText(['underline', 'italic', 'inverse', 'strikethrough', 'gray', 'bgRedBright'], 'q', o));
j(util.styleText('underline', 'a\x1b[24mb', o));
j(util.styleText('doubleunderline', 'a\x1b[24mb', o));
j(util.styleText('dim', 'a\x1b[22mb\x1b[22m', o));
j(util.styleText(['red', 'red'], 'a\x1b[39mb', o));
j(util.styleText('reset', 'a\x1b[0mb', o));
j(util.styleText(['bold', 'dim'], 'a\x1b[22mb', o));
j(util.styleText(['none', 'red'], 'a', o));
j(util.styleText(['grey', 'faint', 'crossedOut', 'swapColors'], 'alias', o));
const cases = [['red', 5], [5, 'x'], ['nope', 'x'], [['red', 'nope'], 'x'], ['red', 'x', { validateStream: 1 }],
  ['red', 'x', { stream: {} }], ['red', 'x', 5], ['nope', 'x', 5], [['red'], 'x', { stream: 5 }], [['none', 'none2'], 'x', o]];
for (const a of cases) {
  try {
    j(util.styleText(...a));
  } catch (e) {
    console.log(e.name, e.code, e.message.length > 120 ? e.message.slice(0, 60) + '...' + e.message.slice(-40) : e.message);
  }
}
j(util.styleText('red', 'x', { stream: process.stderr }));
process.env.FORCE_COLOR = '1';
j(util.styleText('red', 'forced'));
process.env.FORCE_COLOR = '0';
j(util.styleText('red', 'forced off'));
process.env.FORCE_COLOR = 'false';
j(util.styleText('red', 'forced false'));
process.env.FORCE_COLOR = '';
j(util.styleText('green', 'forced empty'));
delete process.env.FORCE_COLOR;
process.env.NO_COLOR = '1';
j(util.styleText('red', 'no color', { stream: process.stderr }));
process.env.FORCE_COLOR = '2';
j(util.styleText('red', 'both'));
delete process.env.FORCE_COLOR;
delete process.env.NO_COLOR;
j(util.stripVTControlCharacters(util.styleText(['bold', 'red'], 'plain again', o)));
