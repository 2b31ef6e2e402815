// util.debuglog: NODE_DEBUG is read when the process starts, so changing
// process.env later enables nothing; the logger's shape, and its callback
// that only runs for an enabled section.
'use strict';
const util = require('util');
const log = console.log;
const write = process.stderr.write;
process.stderr.write = function (s) { log('STDERR', JSON.stringify(s)); return true; };
log('NODE_DEBUG', process.env.NODE_DEBUG);
process.env.NODE_DEBUG = 'alpha,be*';
for (const s of ['alpha', 'beta', 'other']) {
  const d = util.debuglog(s, (fn) => log('callback', s, typeof fn));
  log(s, d.enabled, d.name, d.length, typeof d);
  d('hello %s %d', 'w', 42, { a: 1 });
  log(s, 'after call', d.enabled);
}
const desc = Object.getOwnPropertyDescriptor(util.debuglog('x'), 'enabled');
log(typeof desc.get, desc.enumerable, desc.configurable);
log(util.debug === util.debuglog, typeof util.debuglog('y').enabled);
process.stderr.write = write;
