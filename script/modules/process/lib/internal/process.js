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
const { codes: { ERR_INVALID_ARG_TYPE, ERR_ACCESS_DENIED, ERR_DLOPEN_DISABLED, ERR_OUT_OF_RANGE } } = require('internal/errors');

function setup(process, core) {
  let exitCode;
  const flags = binding('errstack').flags;
  process.execArgv = flags.execArgv;
  if (flags.execArgv.includes('--no-deprecation')) process.noDeprecation = true;
  if (flags.execArgv.includes('--throw-deprecation')) process.throwDeprecation = true;
  if (flags.execArgv.includes('--trace-deprecation')) process.traceDeprecation = true;
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
        // Kept as a 32-bit integer, wrapping as Node's does.
        code = value | 0;
      } else {
        code = undefined;
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
      if (time.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, time.length);
      sec -= time[0];
      nsec -= time[1];
      if (nsec < 0) { sec--; nsec += 1e9; }
    }
    return [sec, nsec];
  };
  process.hrtime.bigint = function hrtimeBigInt() { return core.hrtimeBigint(); };
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
  // Node's internal bindings and native addons are not there: these
  // refuse as they do under Node's permission model.
  process.binding = function binding(name) { throw new ERR_ACCESS_DENIED('process.binding'); };
  process._linkedBinding = function _linkedBinding(name) {
    throw new ERR_ACCESS_DENIED('process._linkedBinding');
  };
  process.dlopen = function dlopen(module, filename) { throw new ERR_DLOPEN_DISABLED(); };
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
      if (process.throwDeprecation) {
        // Thrown from a later tick, as an uncaught exception.
        process.nextTick(throwWarning, warning);
        return;
      }
    }
    process.nextTick(doEmitWarning, warning);
  };

  let rejectionId = 0;
  function warnRejection(reason) {
    rejectionId++;
    let text;
    try {
      text = reason instanceof Error && typeof reason.stack === 'string' ? reason.stack :
        require('internal/util/inspect').inspect(reason);
    } catch {
      text = String(reason);
    }
    const first = new Error(text);
    first.name = 'UnhandledPromiseRejectionWarning';
    process.emitWarning(first);
    const second = new Error('Unhandled promise rejection. This error originated either by ' +
      'throwing inside of an async function without a catch block, or by rejecting a promise ' +
      'which was not handled with .catch(). To terminate the node process on unhandled promise ' +
      'rejection, use the CLI flag `--unhandled-rejections=strict` (see ' +
      'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
      `(rejection id: ${rejectionId})`);
    second.name = 'UnhandledPromiseRejectionWarning';
    process.emitWarning(second);
  }

  let traceWarningHelperShown = false;
  function onWarning(warning) {
    if (!(warning instanceof Error)) return;
    if (flags.noWarnings || process.noProcessWarnings) return;
    const isDeprecation = warning.name === 'DeprecationWarning';
    if (isDeprecation && process.noDeprecation) return;
    let msg = `(node:${process.pid}) `;
    if (warning.code) msg += `[${warning.code}] `;
    const trace = isDeprecation ? process.traceDeprecation || flags.traceWarnings : flags.traceWarnings;
    if (trace && typeof warning.stack === 'string') {
      const at = warning.stack.indexOf('\n    at ');
      msg += `${warning.name}: ${warning.message}${at < 0 ? '' : warning.stack.slice(at)}`;
    } else {
      msg += `${warning.name}: ${warning.message}`;
    }
    if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
    if (!traceWarningHelperShown && !trace) {
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
    uncaught(err, fromPromise, site) {
      const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
      if (process.listenerCount('uncaughtException') > 0 || handlingUncaught) {
        if (handlingUncaught) {
          printError(err, false, site);
          process._exiting = true;
          process.exitCode = 7;
          process.emit('exit', 7);
          core.exit(7);
        }
        handlingUncaught = true;
        let failed = false;
        let thrown;
        try {
          process.emit('uncaughtExceptionMonitor', err, type);
          process.emit('uncaughtException', err, type);
        } catch (e) {
          failed = true;
          thrown = e;
        } finally {
          handlingUncaught = false;
        }
        if (failed) {
          // A listener threw: Node's exit code 7.
          printError(thrown, false, '');
          process._exiting = true;
          process.exitCode = 7;
          process.emit('exit', 7);
          core.exit(7);
        }
        return;
      }
      process.emit('uncaughtExceptionMonitor', err, type);
      printError(err, fromPromise, site);
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
      const mode = flags.unhandledRejections;
      if (mode === 'strict') {
        // The rejection is thrown first; 'unhandledRejection' is emitted only
        // when an 'uncaughtException' listener took it.
        const err = reason instanceof Error ? reason : makeUnhandledRejectionError(reason);
        hooks.uncaught(err, true);
        process.emit('unhandledRejection', reason, promise);
        return;
      }
      const handled = process.emit('unhandledRejection', reason, promise);
      if (!handled && (mode === 'warn' || mode === 'warn-with-error-code' || mode === 'none')) {
        if (mode !== 'none') warnRejection(reason);
        if (mode === 'warn-with-error-code' && process.exitCode === undefined) process.exitCode = 1;
        return;
      }
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
  const err = new UnhandledPromiseRejection('This error originated either by throwing inside of an async ' +
    'function without a catch block, or by rejecting a promise which was not handled ' +
    `with .catch(). The promise rejected with the reason "${text}".`);
  err.code = 'ERR_UNHANDLED_REJECTION';
  return err;
}

class UnhandledPromiseRejection extends Error {}
Object.defineProperty(UnhandledPromiseRejection.prototype, 'name', {
  __proto__: null, value: 'UnhandledPromiseRejection', writable: true, configurable: true,
});

const kTraceUncaught = '(Use `node --trace-uncaught ...` to show where the exception was thrown)';

function isErrorLike(value) {
  return value instanceof Error ||
    (value !== null && typeof value === 'object' &&
     Object.prototype.toString.call(value) === '[object Error]');
}

// printError writes an uncaught exception to stderr as Node does: the code
// frame of where it was thrown, then the error (its stack and properties)
// or, for a thrown value that is no error, the value itself.
function printError(err, fromPromise, site) {
  const core = binding('core');
  let text;
  try {
    const { inspect } = require('internal/util/inspect');
    if (isErrorLike(err)) {
      const errstack = binding('errstack');
      let header = errstack.header(err, !!fromPromise);
      const { kEnhanceStackBeforeInspector } = require('internal/errors');
      if (typeof err[kEnhanceStackBeforeInspector] === 'function' ||
          (err.code === 'ERR_UNHANDLED_ERROR' && err.name === 'Error')) {
        header = errstack.eventsSite();
        if (typeof err[kEnhanceStackBeforeInspector] === 'function') {
          try {
            const stack = err[kEnhanceStackBeforeInspector]();
            Object.defineProperty(err, 'stack', {
              __proto__: null, value: stack, writable: true, configurable: true,
            });
          } catch {
            // The error keeps its own stack.
          }
        }
      } else if (err.code === 'ERR_UNHANDLED_REJECTION' && err.name === 'UnhandledPromiseRejection') {
        header = kRejectionSite;
      }
      const stack = err.stack;
      if (header !== '' && err instanceof SyntaxError && typeof stack === 'string' &&
          !stack.includes('\n    at ')) {
        // A compile error of the main module: Node's frames there are its
        // loader's only.
        text = `${header}\n${stack}`;
      } else {
        text = `${header}${header === '' ? '' : '\n'}${inspect(err)}`;
      }
    } else {
      let value;
      if (typeof err === 'string') value = err;
      else if (typeof err === 'symbol') value = '';
      else value = inspect(err);
      const primitive = err === null || (typeof err !== 'object' && typeof err !== 'function');
      text = `\n${site || ''}${value}${primitive ? `\n${kTraceUncaught}` : ''}`;
    }
  } catch {
    text = String(err && err.stack || err);
  }
  core.write(2, `${text}\n\nNode.js ${process.version}\n`);
}

// Where Node reports an unhandled rejection of a value that is no error.
const kRejectionSite = 'node:internal/process/promises:322\n' +
  '      new UnhandledPromiseRejection(reason);\n      ^\n';

function createWarningObject(warning, type, code, ctor, detail) {
  const warningErr = new Error(warning);
  warningErr.name = String(type || 'Warning');
  Error.captureStackTrace(warningErr, typeof ctor === 'function' ? ctor : process.emitWarning);
  if (code !== undefined) warningErr.code = code;
  if (detail !== undefined) warningErr.detail = detail;
  return warningErr;
}

function throwWarning(warning) {
  throw warning;
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
