// inspect.custom: arguments, return values, nesting, customInspect: false.
'use strict';
const { inspect } = require('util');
const log = (v, o) => console.log(inspect(v, o));
log({ [inspect.custom](d, o, i) { return [d, Object.keys(o).join(), i === inspect, o.extra]; } }, { extra: 5 });
log({ a: { [inspect.custom](d, o) { return [d, o.depth]; } } });
log({ a: { [inspect.custom]() { return 'x\ny'; } } });
log({ a: { [inspect.custom](d, o) { return o.stylize('q', 'string'); } } }, { colors: true });
log({ [inspect.custom]: 5 });
log({ inspect() { return 'not called'; } });
log({ a: { [inspect.custom]() { return { b: { c: { d: {} } } }; } } });
log({ [inspect.custom]() { return [1]; } }, { customInspect: false });
class Temp { constructor(c) { this.c = c; } [inspect.custom](depth, options, insp) { return `Temp<${insp(this.c, options)}>`; } }
log(new Temp(21)); log([new Temp('x'), { t: new Temp([1, 2]) }]);
log(Temp.prototype);
log({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'by Symbol.for'; } });
