// assert.ok and assert() quote the failing call from the source: one-line
// calls whole, multi-line calls by their first line; strings, template
// literals, comments and regular expressions holding brackets.
'use strict';
const assert = require('assert');
const { ok } = assert;
function t(fn) {
  try {
    fn();
    console.log('passed');
  } catch (e) {
    console.log(JSON.stringify(e.message), e.generatedMessage, e.operator, e.code, e.actual, e.expected);
  }
}
const a = 1;
const b = 2;
t(() => assert.ok(a === b));
t(() => assert(a === b));
t(() => ok(a > b));
t(() => assert.ok(
  a === b));
t(() => assert.ok(a ===
  b));
t(() => assert(
  [1, 2,
    3].includes(4)
));
t(() => { assert.ok(`x${a}` === 'y' /* c ) */ && (b) === 3 // )
); });
t(() => assert.ok(/\)/.test('a')));
t(() => assert.ok((a, b) === 3 ? 0 : ''));
t(() => assert.ok({ a: ')' }.b));
t(() => { if (a) assert.ok(null); });
t(() => assert.ok(  a   ===   b  ));
t(() => assert.ok("\")" === String(a)));
t(() => assert.ok(a === b) || assert.ok(b === 0));
t(() => assert.ok(false, undefined));
t(() => assert.ok(0, null));
t(() => assert.ok(0, ''));
t(() => assert.ok(...[0]));
t(() => assert.ok(`
multi ${a}
line` === 1));
t(() => assert.ok(typeof a === 'string', 'custom text'));
t(() => assert.ok(false, () => 'from a function'));
t(() => assert.ok(false, new RangeError('thrown as is')));
t(() => assert.ok(0, 5));
t(() => assert.ok());
t(() => assert.strict(''));
t(() => require('assert/strict').ok(NaN));
t(() => new assert.Assert().ok(a === 3));
t(() => assert.ok(1));
