'use strict';
// node:readline: createInterface and Interface (lines from any Readable,
// question with a callback), the cursor helpers that write ANSI control
// sequences, and emitKeypressEvents.

const { Interface: Base, CSI, clearCode, moves } = require('internal/readline/interface');
const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  Base.call(this, input, output, completer, terminal);
}
Object.setPrototypeOf(Interface.prototype, Base.prototype);
Object.setPrototypeOf(Interface, Base);

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// done answers a helper that had nothing to write: its callback runs on
// the next tick.
function done(cb) {
  if (typeof cb === 'function') process.nextTick(cb, null);
  return true;
}

function cursorTo(stream, x, y, cb) {
  if (typeof y === 'function') {
    cb = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (stream === null || stream === undefined || (typeof x !== 'number' && typeof y !== 'number')) return done(cb);
  const data = typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
  return stream.write(data, cb);
}

function moveCursor(stream, dx, dy, cb) {
  if (stream === null || stream === undefined || !(dx || dy)) return done(cb);
  return stream.write(moves(dx, dy), cb);
}

function clearLine(stream, dir, cb) {
  if (stream === null || stream === undefined) return done(cb);
  return stream.write(clearCode(dir), cb);
}

function clearScreenDown(stream, cb) {
  if (stream === null || stream === undefined) return done(cb);
  return stream.write(`${CSI}0J`, cb);
}

// ---- keypress events -------------------------------------------------------

const kKeypress = Symbol('kKeypressDecoder');

// Names of the CSI (ESC [ or ESC O) sequences, by what follows the ESC.
const csiNames = {
  __proto__: null,
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  OA: 'up', OB: 'down', OC: 'right', OD: 'left', OE: 'clear', OF: 'end', OH: 'home',
  OP: 'f1', OQ: 'f2', OR: 'f3', OS: 'f4',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[7~': 'home', '[8~': 'end', '[Z': 'tab',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4', '[15~': 'f5', '[17~': 'f6', '[18~': 'f7',
  '[19~': 'f8', '[20~': 'f9', '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
};

// keyOf describes one character typed alone (or after ESC, with meta).
function keyOf(ch, sequence, meta) {
  const key = { sequence, name: undefined, ctrl: false, meta, shift: false };
  const c = ch.charCodeAt(0);
  if (ch === '\r') key.name = 'return';
  else if (ch === '\n') key.name = 'enter';
  else if (ch === '\t') key.name = 'tab';
  else if (ch === '\b' || ch === '\x7f') key.name = 'backspace';
  else if (ch === '\x1b') key.name = 'escape';
  else if (ch === ' ') key.name = 'space';
  else if (c >= 1 && c <= 26) {
    key.name = String.fromCharCode(c + 96);
    key.ctrl = true;
  } else if (c >= 97 && c <= 122) key.name = ch;
  else if (c >= 65 && c <= 90) {
    key.name = ch.toLowerCase();
    key.shift = true;
  } else if (c >= 48 && c <= 57) key.name = ch;
  return key;
}

function emitKeys(stream, s) {
  let i = 0;
  const n = s.length;
  while (i < n) {
    const ch = s[i];
    if (ch === '\x1b' && i + 1 < n) {
      const next = s[i + 1];
      if (next === '[' || next === 'O') {
        let j = i + 2;
        while (j < n) {
          const c = s.charCodeAt(j);
          if (!((c >= 48 && c <= 57) || c === 59)) break; // digits and ';'
          j++;
        }
        if (j < n && next === '[' && j === i + 2 && s[j] === '[') j++; // ESC [ [ A: Linux console F keys
        const end = j < n ? j + 1 : n;
        const sequence = s.slice(i, end);
        let code = s.slice(i + 1, end);
        let modifier = 0;
        const semi = code.indexOf(';');
        if (semi !== -1) {
          // ESC [ 1 ; 5 C: the number after ';' is 1 + the modifier bits.
          modifier = (parseInt(code.slice(semi + 1), 10) || 1) - 1;
          const last = code[code.length - 1];
          code = last === '~' ? `${code.slice(0, semi)}~` : code[0] + last;
        }
        const key = {
          sequence, name: csiNames[code], ctrl: (modifier & 4) !== 0,
          meta: (modifier & 10) !== 0, shift: (modifier & 1) !== 0, code,
        };
        if (code === '[Z') key.shift = true;
        stream.emit('keypress', undefined, key);
        i = end;
        continue;
      }
      const key = keyOf(next, s.slice(i, i + 2), true);
      stream.emit('keypress', undefined, key);
      i += 2;
      continue;
    }
    // A character outside the BMP is one key.
    const cp = s.codePointAt(i);
    const len = cp > 0xffff ? 2 : 1;
    const one = len === 1 ? ch : s.slice(i, i + 2);
    stream.emit('keypress', one, keyOf(one, one, false));
    i += len;
  }
}

// emitKeypressEvents(stream): stream emits 'keypress' (s, key) for what it
// reads, once it has a 'keypress' listener.
function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypress]) return;
  const { StringDecoder } = require('string_decoder');
  stream[kKeypress] = new StringDecoder('utf8');
  function onData(b) {
    if (stream.listenerCount('keypress') > 0) {
      const s = stream[kKeypress].write(b);
      if (s.length > 0) emitKeys(stream, s);
    } else {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  }
  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }
  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  promises: undefined,
};

Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return require('readline/promises'); },
});
