// util.formatWithOptions: options reach %o, %O and extra arguments.
'use strict';
const util = require('util');
const F = (...a) => console.log(JSON.stringify(util.formatWithOptions(...a)));
F({ compact: false }, '%O', { a: 1 });
F({ depth: 0 }, '%O and %o', { a: { b: 1 } }, { c: { d: 1 } });
F({ colors: true }, 'n=%d s=%s', 5, 'x', { k: 'v' }, 7);
F({ colors: true }, '%O', [1, 'a']);
F({ breakLength: 20 }, { alpha: 1, beta: 2, gamma: 3 });
F({ sorted: true }, '%O', { b: 1, a: 2 });
F({ showHidden: true }, [1]);
F({ numericSeparator: true }, '%d %i %O', 1234567, 7654321, 1e6);
F({}, 'plain', 'args', 3);
for (const bad of [null, 'str', 5]) {
  try { util.formatWithOptions(bad, 'x'); } catch (err) { console.log(err.code, err.message); }
}
console.log(util.format('%s', util.inspect.custom.toString()));
