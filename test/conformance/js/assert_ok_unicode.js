// assert.ok quotes the failing call on lines holding non-ASCII text, tabs
// and several statements.
'use strict';
const assert = require('assert');
function t(fn) {
  try {
    fn();
  } catch (e) {
    console.log(JSON.stringify(e.message));
  }
}
t(() => { const s = 'é𝒳😀'; assert.ok(s === 1); });
t(() => { const s = 'é𝒳😀'; assert.ok(s === '🙂'); });
t(() => {	assert.ok(	0); });
t(() => { const a = 'ü'; assert.ok(a); assert.ok(a === 'ö', undefined); });
t(() => { const x = { 'ключ': 0 }; assert(x['ключ']); });
