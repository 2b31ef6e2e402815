// Module resolution errors and built-in names.
'use strict';
try {
  require('./fixtures/does-not-exist');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0], e.requireStack.length);
}
try {
  require('node:no-such-builtin');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  require('no-such-package-anywhere');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
try {
  require();
} catch (e) {
  console.log(e.code, e.message);
}
try {
  require('');
} catch (e) {
  console.log(e.code, e.message);
}
console.log(require('node:events') === require('events'));
console.log(require('node:timers').setTimeout === setTimeout);
console.log(require.resolve('events'), require.resolve('node:events'));
