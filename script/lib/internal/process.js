'use strict';
// process: properties, nextTick, exit and exit codes, warnings, and the
// host's hooks for uncaught exceptions, unhandled rejections, 'beforeExit'
// and 'exit' (Node's lib/internal/process/*).

const {
  validateFunction,
  validateInteger,
  validateString,
  validateObject,
} = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

function setup(process, core) {
  let exitCode;
  process.title = 'nodenet';
  process.release = { name: 'node' };
  process.cwd = function cwd() { return core.cwd(); };
  process.uptime = function uptime() { return core.uptime(); };
  process.exitCode = undefined;
  process.features = {};
  process.config = { variables: {} };

  Object.defineProperty(process, 'exitCode', {
    __proto__: null,
    enumerable: true,
    configurable: false,
    get() { return exitCode; },
    set(code) {
      if (code !== null && code !== undefined) {
        let value = code;
        if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
        validateInteger(value, 'code');
        code = value;
      }
      exitCode = code;
    },
  });

  process.nextTick = core.nextTickFor(process);
  process.cpuUsage = core.cpuUsage;

  process.hrtime = function hrtime(time) {
    const ns = core.hrtime();
    let sec = Math.floor(ns / 1e9);
    let nsec = ns - sec * 1e9;
    if (time !== undefined) {
      if (!Array.isArray(time)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', time);
      sec -= time[0];
      nsec -= time[1];
      if (nsec < 0) { sec--; nsec += 1e9; }
    }
    return [sec, nsec];
  };
  process.hrtime.bigint = function bigint() { return core.hrtimeBigint(); };
  process.memoryUsage = function memoryUsage() { return core.memoryUsage(); };
  process.memoryUsage.rss = function rss() { return core.memoryUsage().rss; };

  process.exit = function exit(code) {
    if (code !== undefined) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', process.exitCode || 0);
    }
    core.exit(toExitCode(process.exitCode));
  };
  process.reallyExit = function reallyExit(code) { core.exit(toExitCode(code)); };
  process.abort = function abort() { core.exit(134); };
  process._exiting = false;

  process.stdout = makeStream(1);
  process.stderr = makeStream(2);

  process.emitWarning = function emitWarning(warning, type, code, ctor) {
    let detail;
    if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
      ctor = type.ctor;
      code = type.code;
      if (typeof type.detail === 'string') detail = type.detail;
      type = type.type || 'Warning';
    } else if (typeof type === 'function') {
      ctor = type;
      code = undefined;
      type = 'Warning';
    }
    if (type !== undefined) validateString(type, 'type');
    if (typeof code === 'function') {
      ctor = code;
      code = undefined;
    } else if (code !== undefined) {
      validateString(code, 'code');
    }
    if (typeof warning === 'string') {
      warning = createWarningObject(warning, type, code, ctor, detail);
    } else if (!(warning instanceof Error)) {
      throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
    }
    if (warning.name === 'DeprecationWarning') {
      if (process.noDeprecation) return;
      if (process.throwDeprecation) throw warning;
    }
    process.nextTick(doEmitWarning, warning);
  };

  let traceWarningHelperShown = false;
  function onWarning(warning) {
    if (!(warning instanceof Error)) return;
    const isDeprecation = warning.name === 'DeprecationWarning';
    if (isDeprecation && process.noDeprecation) return;
    let msg = `(node:${process.pid}) `;
    if (warning.code) msg += `[${warning.code}] `;
    msg += `${warning.name}: ${warning.message}`;
    if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
    if (!traceWarningHelperShown) {
      const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
      msg += `\n(Use \`node ${flag} ...\` to show where the warning was created)`;
      traceWarningHelperShown = true;
    }
    core.write(2, msg + '\n');
  }
  process.on('warning', onWarning);

  process._reportUncaught = function(err) { hooks.uncaught(err); };

  let handlingUncaught = false;
  const hooks = {
    uncaught(err, fromPromise) {
      const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
      if (process.listenerCount('uncaughtException') > 0 || handlingUncaught) {
        if (handlingUncaught) {
          printError(err);
          process._exiting = true;
          process.exitCode = 7;
          process.emit('exit', 7);
          core.exit(7);
        }
        handlingUncaught = true;
        try {
          process.emit('uncaughtExceptionMonitor', err, type);
          process.emit('uncaughtException', err, type);
        } finally {
          handlingUncaught = false;
        }
        return;
      }
      process.emit('uncaughtExceptionMonitor', err, type);
      printError(err, fromPromise);
      process.exitCode = 1;
      if (!process._exiting) {
        process._exiting = true;
        try {
          process.emit('exit', 1);
        } catch (e) {
          printError(e);
        }
      }
      core.exit(1);
    },
    rejection(reason, promise) {
      const handled = process.emit('unhandledRejection', reason, promise);
      if (!handled) {
        let err = reason;
        if (!(reason instanceof Error)) {
          err = makeUnhandledRejectionError(reason);
        }
        hooks.uncaught(err, true);
      }
    },
    beforeExit() {
      process.emit('beforeExit', toExitCode(process.exitCode));
    },
    exit(code) {
      if (process._exiting) return;
      process._exiting = true;
      process.emit('exit', toExitCode(process.exitCode === undefined ? code : process.exitCode));
    },
    exitCode() {
      return toExitCode(process.exitCode);
    },
    warning(name, message) {
      process.emitWarning(message, name);
    },
  };
  core.setHooks(hooks);
}

function toExitCode(code) {
  if (code === undefined || code === null) return 0;
  return (+code) | 0;
}

function makeUnhandledRejectionError(reason) {
  let text;
  try {
    text = require('internal/util/inspect').inspect(reason);
  } catch {
    text = String(reason);
  }
  const err = new Error('This error originated either by throwing inside of an async ' +
    'function without a catch block, or by rejecting a promise which was not handled ' +
    `with .catch(). The promise rejected with the reason "${text}".`);
  err.name = 'UnhandledPromiseRejection';
  err.code = 'ERR_UNHANDLED_REJECTION';
  return err;
}

// v8Stack rewrites goja's stack frames ("\tat f (file:1:2(3))") in V8's form
// ("    at f (file:1:2)") and drops the host's own frames.
function v8Stack(stack) {
  const lines = String(stack).split('\n');
  const out = [];
  for (const line of lines) {
    if (!line.startsWith('\tat ')) {
      if (line !== '') out.push(line);
      continue;
    }
    if (line.includes('(native)') && line.includes('github.com/') || line.includes('trampoline (<eval>')) continue;
    let l = line.slice(4).replace(/:(\d+):(\d+)\(\d+\)/, ':$1:$2');
    if (l.startsWith('/') || l.startsWith('node:')) l = 'Object.<anonymous> (' + l + ')';
    out.push('    at ' + l);
  }
  return out.join('\n');
}

// sourceHeader is the "file:line\nsource\n  ^\n" block Node prints above an
// uncaught exception thrown by the script itself.
function sourceHeader(stack) {
  const m = /\n\tat (?:[^\n]*? \()?(\/[^\n:]+):(\d+):(\d+)\(\d+\)/.exec(String(stack));
  if (!m) return '';
  const src = binding('core').sourceLine(m[1], +m[2]);
  if (src === undefined) return '';
  return `${m[1]}:${m[2]}\n${src}\n${' '.repeat(Math.max(0, +m[3] - 1))}^\n\n`;
}

// printError writes an uncaught exception to stderr as Node does.
function printError(err) {
  const core = binding('core');
  let text;
  let header = '';
  try {
    const { inspect } = require('internal/util/inspect');
    if (err instanceof Error) {
      const stack = err.stack;
      header = sourceHeader(stack);
      try {
        Object.defineProperty(err, 'stack', { __proto__: null, value: v8Stack(stack), writable: true, configurable: true });
      } catch {
        // A frozen error keeps its stack.
      }
      text = inspect(err);
    } else {
      text = 'Uncaught ' + inspect(err);
    }
  } catch {
    text = String(err && err.stack || err);
  }
  core.write(2, `${header}${text}\n\nNode.js ${process.version}\n`);
}

function createWarningObject(warning, type, code, ctor, detail) {
  const warningErr = new Error(warning);
  warningErr.name = String(type || 'Warning');
  if (code !== undefined) warningErr.code = code;
  if (detail !== undefined) warningErr.detail = detail;
  return warningErr;
}

function doEmitWarning(warning) {
  process.emit('warning', warning);
}

function makeStream(fd) {
  const core = binding('core');
  const EventEmitter = require('events');
  const stream = new EventEmitter();
  stream.fd = fd;
  stream.isTTY = false;
  stream.writable = true;
  stream.write = function write(chunk, encoding, cb) {
    if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
    if (typeof chunk !== 'string') {
      chunk = typeof Buffer !== 'undefined' && chunk instanceof Uint8Array ?
        Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString(encoding || 'utf8') :
        String(chunk);
    }
    core.write(fd, chunk);
    if (typeof cb === 'function') process.nextTick(cb);
    return true;
  };
  stream.end = function end(chunk, encoding, cb) {
    if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
    if (chunk !== undefined && chunk !== null) stream.write(chunk, encoding);
    if (typeof cb === 'function') process.nextTick(cb);
    return stream;
  };
  return stream;
}

module.exports = { setup };
void validateObject;
