'use strict';
// The global console: util.format semantics, written to the host's stdout
// and stderr.
const core = binding('core');
const { formatWithOptions, inspect } = require('internal/util/inspect');

const kOpts = { __proto__: null };
const counts = new Map();
const timers = new Map();
let groupIndent = '';

function out(fd, args) {
  let s = formatWithOptions(kOpts, ...args);
  if (groupIndent !== '') {
    s = groupIndent + s.replace(/\n/g, '\n' + groupIndent);
  }
  core.write(fd, s + '\n');
}

const console = {
  log(...args) { out(1, args); },
  info(...args) { out(1, args); },
  debug(...args) { out(1, args); },
  warn(...args) { out(2, args); },
  error(...args) { out(2, args); },
  trace(...args) {
    const err = new Error(formatWithOptions(kOpts, ...args));
    err.name = 'Trace';
    out(2, [err.stack]);
  },
  dir(obj, options) { core.write(1, groupIndent + inspect(obj, { customInspect: false, ...options }) + '\n'); },
  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      out(2, args);
    }
  },
  count(label = 'default') {
    label = `${label}`;
    const n = (counts.get(label) || 0) + 1;
    counts.set(label, n);
    out(1, [`${label}: ${n}`]);
  },
  countReset(label = 'default') { counts.delete(`${label}`); },
  group(...data) {
    if (data.length > 0) out(1, data);
    groupIndent += '  ';
  },
  groupEnd() { groupIndent = groupIndent.slice(0, -2); },
  time(label = 'default') { timers.set(`${label}`, process.hrtime()); },
  timeEnd(label = 'default') {
    const t = timers.get(`${label}`);
    if (t === undefined) return;
    timers.delete(`${label}`);
    const d = process.hrtime(t);
    out(1, [`${label}: ${(d[0] * 1e3 + d[1] / 1e6).toFixed(3)}ms`]);
  },
  timeLog(label = 'default', ...data) {
    const t = timers.get(`${label}`);
    if (t === undefined) return;
    const d = process.hrtime(t);
    out(1, [`${label}: ${(d[0] * 1e3 + d[1] / 1e6).toFixed(3)}ms`, ...data]);
  },
  table(data) { out(1, [data]); },
};
console.groupCollapsed = console.group;
console.dirxml = console.log;

module.exports = { console };
