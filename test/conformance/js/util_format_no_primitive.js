'use strict';
// util.format: %d %i %f %s of an object with no primitive value throw the
// standard TypeError; an error of the object's own conversion passes
// through the numeric ones.
const util = require('util');
const noProto = Object.create(null);
const noPrim = { valueOf() { return {}; }, toString() { return {}; } };
const own = { [Symbol.toPrimitive]() { throw new RangeError('mine'); } };
for (const v of [noProto, noPrim, own]) {
  for (const f of v === own ? ['%d', '%i', '%f'] : ['%d', '%i', '%f', '%s', '%j', '%o', '%c', 'x']) {
    try {
      console.log('format', JSON.stringify(f), JSON.stringify(util.format(f, v)));
    } catch (e) {
      console.log('format', JSON.stringify(f), e.name, e.message);
    }
  }
}
