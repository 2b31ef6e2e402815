'use strict';

// internal/errors: the error classes of the runtime. Every coded error
// (codes.ERR_*) is built from nodeerr's table, read through the 'errors'
// binding, so Go and JavaScript raise the same class with the same text;
// the texts that depend on a value ("Received type number (1)") are
// composed by nodeerr too.

const natives = binding('errors');

const kIsNodeError = Symbol('kIsNodeError');
const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');
// Errors whose stack a caller wants left as the engine made it.
const overrideStackTrace = new WeakMap();

let inspectFn;
let formatFn;
function inspect(value, opts) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, opts);
}
function formatS(value) {
  if (formatFn === undefined) formatFn = require('internal/util/inspect').format;
  return formatFn('%s', value);
}

// Frames of these files are dropped from the top of a stack: a caller
// sees the error raised where it called the runtime.
function isRuntimeFrame(line) {
  return line.includes('node:internal/errors:') || line.includes('node:internal/validators:');
}

// setStack rewrites err.stack to start with header (the first line of the
// stack the engine recorded when header is undefined) and drops the
// frames of this file and of the validators from its top.
function setStack(err, header) {
  const stack = err.stack;
  if (typeof stack !== 'string') return;
  let at = stack.indexOf('\n\tat ');
  if (at < 0) at = stack.indexOf('\n    at ');
  if (header === undefined) header = at < 0 ? stack : stack.slice(0, at);
  let frames = at < 0 ? '' : stack.slice(at);
  while (frames.length > 0) {
    const next = frames.indexOf('\n', 1);
    const line = next < 0 ? frames : frames.slice(0, next);
    if (!isRuntimeFrame(line)) break;
    frames = next < 0 ? '' : frames.slice(next);
  }
  Object.defineProperty(err, 'stack', {
    __proto__: null, value: header + frames, writable: true, enumerable: false, configurable: true,
  });
}

// text converts an argument of a message template as util.format's %s does.
function text(value) {
  switch (typeof value) {
    case 'string': return value;
    case 'number': return Object.is(value, -0) ? '-0' : `${value}`;
    case 'bigint': return `${value}n`;
    case 'symbol': return String(value);
    case 'object':
      if (value === null) return 'null';
      return formatS(value);
    case 'function': return formatS(value);
    default: return `${value}`;
  }
}

// templateMessage fills the template of code with up to four arguments;
// trailing undefined ones count as absent (optional parts of the template
// are left out).
function templateMessage(code, args) {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  switch (n) {
    case 0: return natives.format(code);
    case 1: return natives.format(code, text(args[0]));
    case 2: return natives.format(code, text(args[0]), text(args[1]));
    case 3: return natives.format(code, text(args[0]), text(args[1]), text(args[2]));
    default: return natives.format(code, text(args[0]), text(args[1]), text(args[2]), text(args[3]));
  }
}

function firstArgs(args) {
  const out = [];
  for (let i = 0; i < args.length; i++) out.push(args[i]);
  return out;
}

// composers are the codes whose message needs the arguments' values (or
// that set properties besides code); each returns the message.
const composers = {
  ERR_INVALID_ARG_TYPE(err, args) {
    return natives.argType(args[0], args[1], args[2]);
  },
  ERR_INVALID_ARG_VALUE(err, args) {
    return natives.argValue(args[0], args[1], args[2]);
  },
  ERR_OUT_OF_RANGE(err, args) {
    return natives.outOfRange(args[0], args[1], args[2], args[3] === true);
  },
  ERR_MISSING_ARGS(err, args) {
    return natives.missingArgs(firstArgs(args));
  },
  ERR_INVALID_RETURN_VALUE(err, args) {
    return natives.format('ERR_INVALID_RETURN_VALUE', text(args[0]), text(args[1]), natives.describe(args[2]));
  },
  ERR_SOCKET_BAD_PORT(err, args) {
    const name = args[0] === undefined ? 'Port' : text(args[0]);
    const op = args[2] === false ? '>' : '>=';
    return natives.format('ERR_SOCKET_BAD_PORT', name, op, natives.describe(args[1]));
  },
  ERR_UNHANDLED_ERROR(err, args) {
    if (args[0] === undefined) return natives.format('ERR_UNHANDLED_ERROR');
    let shown;
    try {
      shown = String(args[0]);
    } catch {
      shown = inspect(args[0]);
    }
    return natives.format('ERR_UNHANDLED_ERROR', shown);
  },
  ERR_ACCESS_DENIED(err, args) {
    err.permission = args[1] === undefined ? '' : args[1];
    err.resource = args[2] === undefined ? '' : args[2];
    return text(args[0]);
  },
  ERR_INVALID_URL(err, args) {
    err.input = args[0];
    if (args[1] != null) err.base = args[1];
    return natives.format('ERR_INVALID_URL');
  },
  ERR_INVALID_FILE_URL_PATH(err, args) {
    if (args.length > 1) err.input = args[1];
    return natives.format('ERR_INVALID_FILE_URL_PATH', text(args[0]));
  },
  ERR_ENCODING_INVALID_ENCODED_DATA(err, args) {
    err.errno = args[1];
    return natives.format('ERR_ENCODING_INVALID_ENCODED_DATA', text(args[0]));
  },
  ERR_PARSE_ARGS_UNKNOWN_OPTION(err, args) {
    return natives.format('ERR_PARSE_ARGS_UNKNOWN_OPTION', text(args[0]), args[1] ? 'allowed' : '');
  },
  ERR_FALSY_VALUE_REJECTION(err, args) {
    err.reason = args[0];
    return natives.format('ERR_FALSY_VALUE_REJECTION');
  },
  ERR_INVALID_ADDRESS_FAMILY(err, args) {
    err.host = args[1];
    err.port = args[2];
    return templateMessage('ERR_INVALID_ADDRESS_FAMILY', args);
  },
};

function nodeErrorToString() {
  return `${this.name} [${this.code}]: ${this.message}`;
}

// codeClass makes the class of one code: a subclass of Base whose
// instances carry an enumerable code, a non-enumerable message, and print
// as "Name [CODE]: message" (String() and the stack's first line) while
// their name stays Base's.
//
// Node gives most errors their message first and their code after; the
// codes whose message it computes from the values (kCodeFirst and those
// with a composer) get code first, then any other property, then the
// message. Object.getOwnPropertyNames shows the difference.
const kCodeFirst = new Set([
  'ERR_BUFFER_OUT_OF_BOUNDS', 'ERR_INTERNAL_ASSERTION', 'ERR_INVALID_CHAR',
  'ERR_INVALID_MIME_SYNTAX', 'ERR_INVALID_URL_SCHEME', 'ERR_IP_BLOCKED', 'ERR_WORKER_PATH',
]);

function codeClass(code, Base) {
  const compose = composers[code];
  let NodeError;
  if (compose === undefined && !kCodeFirst.has(code)) {
    NodeError = class extends Base {
      constructor() {
        super(templateMessage(code, arguments));
        this.code = code;
        setStack(this, `${this.name} [${code}]: ${this.message}`);
      }
    };
  } else {
    NodeError = class extends Base {
      constructor() {
        super();
        this.code = code;
        const message = compose === undefined ? templateMessage(code, arguments) : compose(this, arguments);
        Object.defineProperty(this, 'message', {
          __proto__: null, value: message, writable: true, enumerable: false, configurable: true,
        });
        setStack(this, `${this.name} [${code}]: ${message}`);
      }
    };
  }
  const proto = NodeError.prototype;
  Object.defineProperty(proto, 'constructor', {
    __proto__: null, value: Base, writable: true, enumerable: false, configurable: true,
  });
  Object.defineProperty(proto, 'toString', {
    __proto__: null,
    value: function toString() { return `${this.name} [${code}]: ${this.message}`; },
    writable: true, enumerable: false, configurable: true,
  });
  Object.defineProperty(proto, kIsNodeError, {
    __proto__: null, value: true, writable: false, enumerable: false, configurable: true,
  });
  return NodeError;
}

// SystemError: the error of a failed system call reported with a Node
// code (ERR_SYSTEM_ERROR, ERR_FS_EISDIR, ...). Its details live in
// err.info; errno, syscall, path and dest read and write through it.
class SystemError extends Error {
  constructor(code, prefix, context) {
    super();
    const ctx = context === null || typeof context !== 'object' ? {} : context;
    let message = `${prefix}: ${ctx.syscall} returned ${ctx.code} (${ctx.message})`;
    if (ctx.path !== undefined) message += ` ${ctx.path}`;
    if (ctx.dest !== undefined) message += ` => ${ctx.dest}`;
    this.code = code;
    Object.defineProperty(this, 'name', {
      __proto__: null, value: 'SystemError', writable: true, enumerable: false, configurable: true,
    });
    Object.defineProperty(this, 'message', {
      __proto__: null, value: message, writable: true, enumerable: false, configurable: true,
    });
    Object.defineProperty(this, 'info', {
      __proto__: null, value: ctx, writable: false, enumerable: true, configurable: true,
    });
    for (const key of ['errno', 'syscall', 'path', 'dest']) {
      if (ctx[key] === undefined) continue;
      Object.defineProperty(this, key, {
        __proto__: null,
        get() { return ctx[key]; },
        set(value) { ctx[key] = value; },
        enumerable: true,
        configurable: true,
      });
    }
    Object.defineProperty(this, kIsNodeError, {
      __proto__: null, value: true, writable: false, enumerable: false, configurable: true,
    });
    setStack(this, `SystemError [${code}]: ${message}`);
  }

  toString() {
    return nodeErrorToString.call(this);
  }
}

function systemErrorClass(code, prefix) {
  return class NodeError extends SystemError {
    constructor(context) {
      super(code, prefix, context);
    }
  };
}

const baseClasses = { Error, TypeError, RangeError, URIError, SyntaxError };

const codes = {};
{
  const table = natives.codes();
  for (let i = 0; i < table.length; i++) {
    const code = table[i][0];
    const cls = table[i][1];
    const C = cls === 'SystemError' ?
      systemErrorClass(code, table[i][2]) :
      codeClass(code, baseClasses[cls] || Error);
    // Callers that throw from inside a helper use C.HideStackFramesError;
    // the frames of the runtime are dropped in any case, so it is C.
    C.HideStackFramesError = C;
    codes[code] = C;
  }
}

// adoptNodeError gives an error the Go host built (new Base(message)) the
// class of code, as if it had been constructed from it: prototype and
// the order of code and message. False when code has no class or its
// base is not the error's.
function adoptNodeError(err, code) {
  const C = codes[code];
  if (C === undefined || Object.getPrototypeOf(C.prototype) !== Object.getPrototypeOf(err)) return false;
  Object.setPrototypeOf(err, C.prototype);
  if (composers[code] !== undefined || kCodeFirst.has(code)) {
    const message = err.message;
    delete err.message;
    err.code = code;
    Object.defineProperty(err, 'message', {
      __proto__: null, value: message, writable: true, enumerable: false, configurable: true,
    });
  }
  return true;
}

const kAbortedMessage = 'The operation was aborted';

// AbortError is what an aborted operation rejects or fails with; options
// may carry the cause (the signal's reason).
class AbortError extends Error {
  constructor(message = kAbortedMessage, options = undefined) {
    const kind = typeof options;
    if (kind !== 'undefined' && kind !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    Object.assign(this, { code: 'ABORT_ERR', name: 'AbortError' });
    setStack(this, `AbortError: ${this.message}`);
  }
}

// errnoCode is the code of a negative errno ("ECONNREFUSED").
function errnoCode(errno) {
  return natives.errname(errno);
}

// libuv's EAI_NODATA and EAI_NONAME, which Node reports as ENOTFOUND.
const UV_EAI_NODATA = -3007;
const UV_EAI_NONAME = -3008;

function finishSystem(err) {
  setStack(err);
  return err;
}

// UVException is a failed file-system call: ctx has errno, syscall and
// optionally path, dest, message.
function UVException(ctx) {
  const code = errnoCode(ctx.errno);
  const uvText = ctx.message || natives.uvMessage(ctx.errno) || 'unknown error';
  let message = `${code}: ${uvText}, ${ctx.syscall}`;
  let path;
  let dest;
  if (ctx.path != null) {
    path = ctx.path.toString();
    message += ` '${path}'`;
  }
  if (ctx.dest != null) {
    dest = ctx.dest.toString();
    message += ` -> '${dest}'`;
  }
  const err = new Error(message);
  // The order of Node's own fs errors (raised from its C++ side).
  err.errno = ctx.errno;
  err.code = code;
  err.syscall = ctx.syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return finishSystem(err);
}

// UVExceptionWithHostPort is a failed socket call with libuv's text:
// "listen EADDRINUSE: address already in use :::8080".
function UVExceptionWithHostPort(errno, syscall, address, port) {
  const code = errnoCode(errno);
  let message = `${syscall} ${code}: ${natives.uvMessage(errno) || 'unknown error'}`;
  if (port && port > 0) message += ` ${address}:${port}`;
  else if (address) message += ` ${address}`;
  const err = new Error(message);
  err.code = code;
  err.errno = errno;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return finishSystem(err);
}

// ErrnoException is a failed call named by its code: "connect ECONNREFUSED".
function ErrnoException(errno, syscall, original) {
  const code = errnoCode(errno);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return finishSystem(err);
}

// ExceptionWithHostPort is a failed socket call with its address:
// "connect ECONNREFUSED 127.0.0.1:9".
function ExceptionWithHostPort(errno, syscall, address, port, additional) {
  const code = errnoCode(errno);
  let message = `${syscall} ${code}`;
  if (port && port > 0) message += ` ${address}:${port}`;
  else if (address) message += ` ${address}`;
  if (additional) message += ` - Local (${additional})`;
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (address) err.address = address;
  if (port) err.port = port;
  return finishSystem(err);
}

// DNSException is a failed resolution: code is a name ("ENOTFOUND") or a
// libuv number.
function DNSException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    code = code === UV_EAI_NODATA || code === UV_EAI_NONAME ? 'ENOTFOUND' : errnoCode(code);
  }
  const message = hostname ? `${syscall} ${code} ${hostname}` : `${syscall} ${code}`;
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  return finishSystem(err);
}

// ConnResetException is the "socket hang up" kind of ECONNRESET.
function ConnResetException(message) {
  const err = new Error(message);
  err.code = 'ECONNRESET';
  return finishSystem(err);
}

// NodeAggregateError is an AggregateError carrying the code of its first
// error.
function NodeAggregateError(errors, message) {
  const err = new AggregateError(errors, message);
  err.code = errors[0]?.code;
  return finishSystem(err);
}

// aggregateTwoErrors joins an error raised while handling another:
// outer first, inner appended (to outer itself when it already aggregates).
function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) {
      outer.errors.push(inner);
      return outer;
    }
    const err = new AggregateError([outer, inner], outer.message);
    err.code = outer.code;
    return finishSystem(err);
  }
  return inner || outer;
}

// genericNodeError is a plain Error with the given own properties.
function genericNodeError(message, props) {
  const err = new Error(message);
  Object.assign(err, props);
  return err;
}

// hideStackFrames marks fn as a runtime helper; fn.withoutStackTrace is
// the same function (the frames of this file are dropped anyway).
function hideStackFrames(fn) {
  fn.withoutStackTrace = fn;
  return fn;
}

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return desc.writable === true || desc.set !== undefined;
}

function isStackOverflowError(err) {
  return err != null && err.name === 'RangeError' && err.message === 'Maximum call stack size exceeded';
}

// uvErrmapGet is libuv's [name, text] for a negative errno, undefined
// when it has no name.
function uvErrmapGet(errno) {
  const name = natives.errname(errno);
  if (name.startsWith('Unknown')) return undefined;
  return [name, natives.uvMessage(errno) || 'unknown error'];
}

module.exports = {
  codes,
  determineSpecificType: natives.describe,
  kEnhanceStackBeforeInspector,
  kIsNodeError,
  overrideStackTrace,
  // Error classes and factories.
  AbortError,
  ConnResetException,
  DNSException,
  ErrnoException,
  ExceptionWithHostPort,
  NodeAggregateError,
  SystemError,
  UVException,
  UVExceptionWithHostPort,
  // Helpers.
  adoptNodeError,
  aggregateTwoErrors,
  genericNodeError,
  hideStackFrames,
  isErrorStackTraceLimitWritable,
  isStackOverflowError,
  uvErrmapGet,
};
