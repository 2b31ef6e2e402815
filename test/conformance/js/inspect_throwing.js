// util.inspect when user code throws: a toStringTag getter that throws is
// ignored; a custom inspector's exception reaches the caller.
'use strict';
const util = require('util');
const { inspect } = util;
class T { get [Symbol.toStringTag]() { throw new Error('tag boom'); } }
console.log(inspect(new T()), inspect({ a: new T() }), inspect([new T()], { depth: 0 }));
class U { get [Symbol.toStringTag]() { return 5; } }
console.log(inspect(new U()), inspect([new U()]));
const bad = { [inspect.custom]() { throw new RangeError('custom boom'); } };
try { inspect({ nested: bad }); } catch (err) { console.log(err.name, err.message); }
try { util.format('%s', { toString() { throw new Error('toString boom'); } }); } catch (err) { console.log(err.message); }
try { util.format('%j', { toJSON() { throw new TypeError('toJSON boom'); } }); } catch (err) { console.log(err.name, err.message); }
const g = { get a() { throw new Error('getter boom'); } };
console.log(inspect(g));
