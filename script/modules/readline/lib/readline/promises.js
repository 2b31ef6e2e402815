'use strict';
// readline/promises: an Interface whose question returns a Promise, and
// Readline, which gathers cursor moves and writes them on commit.

const { Interface: Base, kAsk, kQuestionCancel, CSI, moves, clearCode } = require('internal/readline/interface');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const { validateAbortSignal, validateInteger, validateBoolean } = require('internal/validators');

class Interface extends Base {
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  question(query, options) {
    return new Promise((resolve, reject) => {
      if (this.closed) {
        reject(new ERR_USE_AFTER_CLOSE('readline'));
        return;
      }
      let cb = resolve;
      const signal = options?.signal;
      if (signal !== undefined) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this[kAsk](query, cb);
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// Readline queues the control sequences of its calls; commit writes them
// at once (autoCommit writes each call's at once).
class Readline {
  #stream;
  #todo = [];
  #autoCommit = false;

  constructor(stream, options = undefined) {
    const auto = options?.autoCommit;
    if (stream === null || typeof stream !== 'object' || typeof stream.write !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    }
    if (auto !== undefined && auto !== null) validateBoolean(auto, 'options.autoCommit');
    this.#autoCommit = auto === true;
    this.#stream = stream;
  }

  #add(data) {
    if (this.#autoCommit) this.#stream.write(data);
    else this.#todo.push(data);
    return this;
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    return this.#add(y == null ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`);
  }

  moveCursor(dx, dy) {
    if (!dx && !dy) return this;
    validateInteger(dx, 'dx');
    validateInteger(dy, 'dy');
    return this.#add(moves(dx, dy));
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    return this.#add(clearCode(dir));
  }

  clearScreenDown() {
    return this.#add(`${CSI}0J`);
  }

  commit() {
    const data = this.#todo.join('');
    this.#todo = [];
    return new Promise((resolve) => this.#stream.write(data, resolve));
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

module.exports = { Interface, Readline, createInterface };
