'use strict';
// The global console and the Console class: util.format semantics, written
// to the host's stdout and stderr (or to the streams given to Console).
const core = binding('core');
const { formatWithOptions, inspect } = require('internal/util/inspect');

const kOpts = { __proto__: null };

// Cells of console.table: strings quoted, objects shallow.
function tableCell(value) {
  const isObj = value !== null && typeof value === 'object';
  const depth = isObj && !Array.isArray(value) && Object.keys(value).length > 2 ? -1 : 0;
  return inspect(value, { depth, maxArrayLength: 3, breakLength: Infinity, colors: false });
}

// The box drawing of console.table: header row, a rule, the rows.
function drawTable(header, rows) {
  const widths = header.map((h, i) => {
    let w = h.length;
    for (const row of rows) w = Math.max(w, (row[i] || '').length);
    return w + 2;
  });
  const line = (l, m, r) => l + widths.map((w) => '─'.repeat(w)).join(m) + r;
  const row = (cells) => '│' + widths.map((w, i) => {
    const c = cells[i] || '';
    return ' ' + c + ' '.repeat(w - 1 - c.length);
  }).join('│') + '│';
  const out = [line('┌', '┬', '┐'), row(header), line('├', '┼', '┤')];
  for (const r of rows) out.push(row(r));
  out.push(line('└', '┴', '┘'));
  return out.join('\n');
}

function tableText(data, properties) {
  const keys = [];
  const seen = new Set();
  let hasValues = false;
  const entries = [];
  for (const index of Object.keys(data)) {
    const value = data[index];
    const row = { __proto__: null };
    if (value !== null && (typeof value === 'object' || typeof value === 'function')) {
      const own = properties !== undefined ? properties : Object.keys(value);
      for (const k of own) {
        if (properties === undefined || Object.prototype.hasOwnProperty.call(value, k)) {
          if (!seen.has(k)) { seen.add(k); keys.push(k); }
          if (Object.prototype.hasOwnProperty.call(value, k)) row[k] = tableCell(value[k]);
        }
      }
      entries.push({ index, row, primitive: undefined });
    } else {
      hasValues = true;
      entries.push({ index, row, primitive: tableCell(value) });
    }
  }
  if (properties !== undefined) {
    keys.length = 0;
    for (const k of properties) keys.push(`${k}`);
  }
  const header = ['(index)', ...keys];
  if (hasValues) header.push('Values');
  const rows = entries.map((e) => {
    const cells = [e.index];
    for (const k of keys) cells.push(e.row[k] === undefined ? '' : e.row[k]);
    if (hasValues) cells.push(e.primitive === undefined ? '' : e.primitive);
    return cells;
  });
  return drawTable(header, rows);
}

// makeConsole builds a console whose methods (detachable, as Node's are
// bound) write through write(fd, text): fd 1 is the output, 2 the errors.
function makeConsole(self, write) {
  const counts = new Map();
  const timers = new Map();
  let groupIndent = '';

  function out(fd, args) {
    let s = formatWithOptions(kOpts, ...args);
    if (groupIndent !== '') {
      s = groupIndent + s.replace(/\n/g, '\n' + groupIndent);
    }
    write(fd, s + '\n');
  }
  function elapsed(label) {
    const d = process.hrtime(timers.get(label));
    const ms = d[0] * 1e3 + d[1] / 1e6;
    if (ms >= 1000) return `${(ms / 1000).toFixed(3)}s`;
    return `${ms.toFixed(3)}ms`;
  }
  function warnTimer(label, what) {
    process.emitWarning(`No such label '${label}' for console.${what}()`);
  }

  const methods = {
    log(...args) { out(1, args); },
    info(...args) { out(1, args); },
    debug(...args) { out(1, args); },
    warn(...args) { out(2, args); },
    error(...args) { out(2, args); },
    trace(...args) {
      const err = { name: 'Trace', message: formatWithOptions(kOpts, ...args) };
      Error.captureStackTrace(err, methods.trace);
      out(2, [err.stack]);
    },
    dir(obj, options) {
      write(1, groupIndent + inspect(obj, { customInspect: false, ...options }) + '\n');
    },
    assert(expression, ...args) {
      if (expression) return;
      if (args.length === 0) {
        out(2, ['Assertion failed']);
      } else if (typeof args[0] === 'string') {
        args[0] = `Assertion failed: ${args[0]}`;
        out(2, args);
      } else {
        out(2, ['Assertion failed', ...args]);
      }
    },
    count(label = 'default') {
      label = `${label}`;
      const n = (counts.get(label) || 0) + 1;
      counts.set(label, n);
      out(1, [`${label}: ${n}`]);
    },
    countReset(label = 'default') {
      label = `${label}`;
      if (!counts.has(label)) {
        process.emitWarning(`Count for '${label}' does not exist`);
        return;
      }
      counts.delete(label);
    },
    group(...data) {
      if (data.length > 0) out(1, data);
      groupIndent += '  ';
    },
    groupEnd() { groupIndent = groupIndent.slice(0, -2); },
    time(label = 'default') {
      label = `${label}`;
      if (timers.has(label)) {
        process.emitWarning(`Label '${label}' already exists for console.time()`);
        return;
      }
      timers.set(label, process.hrtime());
    },
    timeEnd(label = 'default') {
      label = `${label}`;
      if (!timers.has(label)) return warnTimer(label, 'timeEnd');
      const text = elapsed(label);
      timers.delete(label);
      out(1, [`${label}: ${text}`]);
    },
    timeLog(label = 'default', ...data) {
      label = `${label}`;
      if (!timers.has(label)) return warnTimer(label, 'timeLog');
      out(1, [`${label}: ${elapsed(label)}`, ...data]);
    },
    table(data, properties) {
      if (data === null || typeof data !== 'object') {
        out(1, [data]);
        return;
      }
      out(1, [tableText(data, properties)]);
    },
  };
  methods.groupCollapsed = methods.group;
  methods.dirxml = methods.log;
  for (const name of Object.keys(methods)) {
    Object.defineProperty(self, name, {
      __proto__: null, value: methods[name], writable: true, enumerable: true, configurable: true,
    });
  }
  return self;
}

function streamWriter(stdout, stderr) {
  return function write(fd, text) {
    const stream = fd === 2 ? stderr : stdout;
    stream.write(text);
  };
}

// Console writes to the streams it is given: new Console(stdout[, stderr])
// or new Console({ stdout, stderr }).
function Console(options, stderr) {
  if (!new.target) return new Console(options, stderr);
  let stdout = options;
  if (options !== null && typeof options === 'object' && typeof options.write !== 'function') {
    stdout = options.stdout;
    stderr = options.stderr;
  }
  const { codes: { ERR_CONSOLE_WRITABLE_STREAM } } = require('internal/errors');
  if (stdout === null || typeof stdout !== 'object' || typeof stdout.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  }
  if (stderr === undefined) stderr = stdout;
  if (stderr === null || typeof stderr !== 'object' || typeof stderr.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  }
  makeConsole(this, streamWriter(stdout, stderr));
}

const console = makeConsole({}, (fd, text) => core.write(fd, text));
Object.defineProperty(console, 'Console', {
  __proto__: null, value: Console, writable: true, enumerable: false, configurable: true,
});

module.exports = { console, Console };
