// assert.ok and assert() without a message quote the source expression of
// the failed call.
'use strict';
const assert = require('assert');
const { ok } = assert;
const value = 0;
function t(fn) {
  try {
    fn();
  } catch (e) {
    console.log(JSON.stringify(e.message));
  }
}
t(() => assert.ok(typeof 123 === 'string'));
t(() => assert(value));
t(() => ok(null));
t(() => assert.ok(value > 1, undefined));
t(() => assert['ok'](''));
t(() => { assert.ok(false); assert.ok(true); });
t(() => (assert.ok([].length), 1));
t(() => assert.ok(
  false));
t(() => assert.strict.ok(NaN));
t(() => assert.ok(0, 'given'));
