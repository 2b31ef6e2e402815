'use strict';
// internal/util/debuglog: util.debuglog(section), loggers switched on by
// the NODE_DEBUG environment variable as it was when the process started
// (a comma-separated list of section names, '*' matching anything, case
// insensitive). An enabled logger writes "SECTION PID: message" to stderr.

let sectionPattern; // RegExp, or null when NODE_DEBUG is empty
function sectionEnabled(section) {
  if (sectionPattern === undefined) {
    const list = binding('startup_env').get('NODE_DEBUG');
    sectionPattern = null;
    if (list) {
      const alternatives = list.split(',').map((name) =>
        name.replace(/[\\^$.+?()[\]{}|]/g, '\\$&').replace(/\*/g, '.*'));
      sectionPattern = new RegExp(`^(?:${alternatives.join('|')})$`, 'i');
    }
  }
  return sectionPattern !== null && sectionPattern.test(section);
}

let inspectModule;
function writeDebug(prefix, args) {
  inspectModule ??= require('internal/util/inspect');
  const stderr = process.stderr;
  const colors = !!(stderr.isTTY && typeof stderr.hasColors === 'function' && stderr.hasColors());
  args.unshift({ colors });
  stderr.write(`${prefix}${Reflect.apply(inspectModule.formatWithOptions, null, args)}\n`);
}

function noop() {}

// debuglog returns the logger of section; onFirstUse, when given, receives
// the function that does the writing the first time an enabled logger runs.
function debuglog(section, onFirstUse) {
  const upper = `${section}`.toUpperCase();
  let impl;
  function resolve() {
    if (!sectionEnabled(upper)) {
      impl = noop;
      return;
    }
    const prefix = `${upper} ${process.pid}: `;
    impl = function debug(...args) { writeDebug(prefix, args); };
    if (typeof onFirstUse === 'function') onFirstUse(impl);
  }
  function logger(...args) {
    if (impl === undefined) resolve();
    if (impl !== noop) Reflect.apply(impl, this, args);
  }
  Object.defineProperty(logger, 'enabled', {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return sectionEnabled(upper); },
  });
  return logger;
}

module.exports = { debuglog };
