'use strict';
// The readline Interface shared by node:readline and readline/promises: it
// reads text from a Readable, cuts it into lines (\n, \r\n or \r; a \r\n
// split across two chunks counts once when the \n comes within crlfDelay
// milliseconds) and emits 'line' for each, or answers a pending question.
// Lines are cut and decoded in Go (binding('readline')); the per-line work
// here is the emit. Terminal line editing (raw mode, history, completion) is not
// provided: a terminal Interface reads lines as a non-terminal one does.

const EventEmitter = require('events');
const lines = binding('readline');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const {
  validateAbortSignal, validateNumber, validateUint32,
} = require('internal/validators');

const kMinCrlfDelay = 100;
const kHighWaterMark = 1024;

const kSplitter = Symbol('kSplitter');
const kPrompt = Symbol('kPrompt');
const kOldPrompt = Symbol('kOldPrompt');
const kQuestion = Symbol('kQuestion');
const kPaused = Symbol('kPaused');
const kListeners = Symbol('kListeners');
const kLines = Symbol('kLines');
const kFeed = Symbol('kFeed');
const kOnLine = Symbol('kOnLine');
const kQuestionCancel = Symbol('kQuestionCancel');
const kAsk = Symbol('kAsk');

// The listeners one Interface puts on its input, made once per Interface.
function inputListeners(rl) {
  return {
    data(chunk) {
      rl[kFeed](chunk);
    },
    end() {
      const last = lines.end(rl[kSplitter]);
      if (last !== undefined) rl[kOnLine](last);
      rl.close();
    },
    error(err) {
      rl.emit('error', err);
    },
  };
}

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  let history;
  let historySize;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  let tabSize = 8;
  // No input at all fails as Node's does, on reading its history option.
  if (input === undefined || input === null) {
    throw new TypeError(`Cannot read properties of ${input} (reading 'history')`);
  }
  if (input.input) {
    // createInterface(options)
    const o = input;
    output = o.output;
    completer = o.completer;
    terminal = o.terminal;
    history = o.history;
    historySize = o.historySize;
    signal = o.signal;
    if (o.tabSize !== undefined) {
      validateUint32(o.tabSize, 'tabSize', true);
      tabSize = o.tabSize;
    }
    if (o.prompt !== undefined) prompt = o.prompt;
    crlfDelay = o.crlfDelay;
    input = o.input;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (historySize === undefined) historySize = 30;
  validateNumber(historySize, 'size', 0);
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;

  this.isCompletionEnabled = true;
  this.escapeCodeTimeout = 500;
  this.tabSize = tabSize;
  EventEmitter.call(this);
  this.history = Array.isArray(history) ? history : [];
  this.historyIndex = -1;
  this.historySize = historySize;
  this.line = '';
  this.output = output;
  this.input = input;
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = completer;
  this.terminal = !!terminal;

  this[kSplitter] = lines.splitter(this.crlfDelay);
  this[kPrompt] = prompt;
  this[kOldPrompt] = prompt;
  this[kQuestion] = null;
  this[kPaused] = false;
  this[kLines] = null;
  const l = this[kListeners] = inputListeners(this);
  input.on('error', l.error);
  input.on('data', l.data);
  input.on('end', l.end);
  if (signal !== undefined) {
    const onAbort = () => this.close();
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

Object.defineProperty(Interface.prototype, 'columns', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return this.output?.columns || Infinity; },
});

Interface.prototype.setPrompt = function setPrompt(prompt) {
  this[kPrompt] = prompt;
};

Interface.prototype.getPrompt = function getPrompt() {
  return this[kPrompt];
};

Interface.prototype._writeToOutput = function _writeToOutput(s) {
  if (this.output !== null && this.output !== undefined) this.output.write(s);
};

Interface.prototype.prompt = function prompt(preserveCursor) {
  if (this[kPaused]) this.resume();
  this._writeToOutput(this[kPrompt]);
};

// question(query[, options], cb): the next line goes to cb instead of
// 'line'. Asked while another question waits, it only prompts again.
Interface.prototype.question = function question(query, options, cb) {
  if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  const signal = options?.signal;
  if (signal !== undefined) {
    validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) return;
    const onAbort = () => this[kQuestionCancel]();
    signal.addEventListener('abort', onAbort, { once: true });
    const inner = cb;
    cb = (answer) => {
      signal.removeEventListener('abort', onAbort);
      inner(answer);
    };
  }
  if (typeof cb === 'function') this[kAsk](query, cb);
};

// util.promisify(rl.question): the answer as a promise, rejected with an
// AbortError when options.signal aborts.
Object.defineProperty(Interface.prototype.question, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  configurable: true,
  value: function question(query, options) {
    return new Promise((resolve, reject) => {
      const signal = options?.signal;
      if (signal !== undefined) {
        validateAbortSignal(signal, 'options.signal');
        const aborted = () => {
          const { AbortError } = require('internal/errors');
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        if (signal.aborted) {
          aborted();
          return;
        }
        signal.addEventListener('abort', aborted, { once: true });
      }
      this.question(query, options, resolve);
    });
  },
});

Interface.prototype[kAsk] = function(query, cb) {
  if (this[kQuestion] !== null) {
    this.prompt();
    return;
  }
  this[kOldPrompt] = this[kPrompt];
  this.setPrompt(query);
  this[kQuestion] = cb;
  this.prompt();
};

Interface.prototype[kQuestionCancel] = function() {
  if (this[kQuestion] === null) return;
  this[kQuestion] = null;
  this.setPrompt(this[kOldPrompt]);
  this.clearLine();
};

Interface.prototype.clearLine = function clearLine() {
  this._writeToOutput('\r\n');
  this.line = '';
};

Interface.prototype.pause = function pause() {
  if (this[kPaused]) return;
  this.input.pause();
  this[kPaused] = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function resume() {
  if (!this[kPaused]) return;
  this.input.resume();
  this[kPaused] = false;
  this.emit('resume');
  return this;
};

// write(data): as if the user typed data.
Interface.prototype.write = function write(data, key) {
  if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
  if (this[kPaused]) this.resume();
  if (typeof data === 'string' && data.length > 0) this[kFeed](data);
};

Interface.prototype.close = function close() {
  if (this.closed) return;
  this.pause();
  this.closed = true;
  const l = this[kListeners];
  this.input.removeListener('data', l.data);
  this.input.removeListener('end', l.end);
  this.input.removeListener('error', l.error);
  this.emit('close');
};

Interface.prototype.getCursorPos = function getCursorPos() {
  const cols = this.columns;
  const s = this[kPrompt] + this.line;
  return cols === Infinity ? { rows: 0, cols: s.length } :
    { rows: Math.floor(s.length / cols), cols: s.length % cols };
};

// kFeed emits the lines a chunk (a Buffer or a string) ends; what follows
// the last line end waits in the splitter for the next chunk or for 'end'.
Interface.prototype[kFeed] = function(chunk) {
  const list = lines.push(this[kSplitter], chunk);
  if (list === undefined) return;
  for (let i = 0; i < list.length; i++) {
    if (this[kQuestion] === null) this.emit('line', list[i]);
    else this[kOnLine](list[i]);
  }
};

Interface.prototype[kOnLine] = function(line) {
  const cb = this[kQuestion];
  if (cb !== null) {
    this[kQuestion] = null;
    this.setPrompt(this[kOldPrompt]);
    cb(line);
    return;
  }
  this.emit('line', line);
};

// The async iterator of lines: made on first use, it holds the lines that
// came since (pausing the input when too many wait) and ends at 'close'.
// Leaving a for await loop early stops listening; the Interface stays open,
// as in Node.
Interface.prototype[Symbol.asyncIterator] = function() {
  if (this[kLines] === null) this[kLines] = new LineIterator(this);
  return this[kLines];
};

class LineIterator {
  constructor(rl) {
    this.rl = rl;
    this.lines = [];
    this.head = 0;
    this.waiting = [];
    this.error = null;
    this.done = false;
    this.paused = false;
    this.onLine = (line) => this.push(line);
    this.onClose = () => this.finish();
    this.onError = (err) => this.fail(err);
    rl.on('line', this.onLine);
    rl.on('close', this.onClose);
    rl.on('error', this.onError);
    if (rl.closed === true) this.finish();
  }

  push(line) {
    if (this.waiting.length > 0) {
      this.waiting.shift().resolve({ done: false, value: line });
      return;
    }
    this.lines.push(line);
    if (!this.paused && this.lines.length - this.head >= kHighWaterMark) {
      this.paused = true;
      this.rl.pause();
    }
  }

  finish() {
    if (this.done) return;
    this.done = true;
    this.rl.removeListener('line', this.onLine);
    this.rl.removeListener('close', this.onClose);
    this.rl.removeListener('error', this.onError);
    this.paused = false; // a closed Interface is not resumed
    while (this.waiting.length > 0) this.waiting.shift().resolve({ done: true, value: undefined });
  }

  fail(err) {
    if (this.waiting.length > 0) this.waiting.shift().reject(err);
    else this.error = err;
    this.finish();
  }

  next() {
    if (this.head < this.lines.length) {
      const value = this.lines[this.head];
      this.lines[this.head++] = undefined;
      if (this.head === this.lines.length) {
        this.lines.length = 0;
        this.head = 0;
      }
      if (this.paused && this.lines.length - this.head <= 1) {
        this.paused = false;
        this.rl.resume();
      }
      return Promise.resolve({ done: false, value });
    }
    if (this.error !== null) {
      const err = this.error;
      this.error = null;
      return Promise.reject(err);
    }
    if (this.done) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  return() {
    this.lines.length = 0;
    this.head = 0;
    this.finish();
    return Promise.resolve({ done: true, value: undefined });
  }

  throw(err) {
    this.finish();
    return Promise.reject(err);
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

const CSI = '\x1b[';

// moves is the sequence that moves the cursor by dx columns and dy rows.
function moves(dx, dy) {
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return data;
}

// clearCode clears left of the cursor (dir < 0), right of it (dir > 0) or
// the whole line.
function clearCode(dir) {
  return dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`;
}

module.exports = { Interface, kAsk, kQuestionCancel, CSI, moves, clearCode };
