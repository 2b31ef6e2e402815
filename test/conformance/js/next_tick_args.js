// nextTick passes its extra arguments; a non-function is ERR_INVALID_ARG_TYPE.
'use strict';
process.nextTick((a, b, c) => console.log('args', a, b, c), 1, 'two', [3]);
process.nextTick(function () { console.log('this', this === undefined || this === globalThis); });
for (const bad of [undefined, null, 1, 'f', {}]) {
  try {
    process.nextTick(bad);
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
}
