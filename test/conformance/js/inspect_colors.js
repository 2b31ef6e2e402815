// util.inspect with colors, and the inspect.colors / inspect.styles tables.
'use strict';
const { inspect } = require('util');
const log = (v, o) => console.log(JSON.stringify(inspect(v, o)));
log({ a: 1 }, { colors: true, compact: false });
log([1, 'a', null, undefined, true, Symbol('q'), 1n, new Date(0), /x/, () => {}, { [Symbol('k')]: 1 }, new Map(),
  { get a() { return 1; } }, [, 1], -0], { colors: true });
log(new Set([[1]]), { colors: true }); log(Promise.resolve(1), { colors: true }); log(new WeakMap(), { colors: true });
log('x'.repeat(20), { colors: true, maxStringLength: 3 });
log(Array.from({ length: 27 }, (_, i) => i + 1), { colors: true });
log({ 'a-b': 1, c: 'd' }, { colors: true });
console.log(Object.keys(inspect.colors).join());
console.log(Object.keys(inspect.styles).join());
console.log(inspect.colors.red, inspect.colors.grey, inspect.colors.bgGrey, inspect.colors.faint);
console.log(inspect.styles.number, inspect.styles.string, typeof inspect.styles.regexp);
const saved = inspect.styles.number;
inspect.styles.number = 'red';
log(5, { colors: true });
inspect.styles.number = saved;
log(5, { colors: true });
