'use strict';

// AssertionError and the messages node:assert builds for failed
// comparisons: one-line forms for short primitives, "+ actual - expected"
// line diffs with context and skipped runs, and the "not" forms.

const { inspect } = require('internal/util/inspect');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const assertBinding = binding('assert');

// How values are shown in messages: every property on its own line, keys
// sorted, nothing hidden by depth or length limits.
const showOptions = {
  compact: false,
  customInspect: false,
  depth: 1000,
  maxArrayLength: Infinity,
  maxStringLength: Infinity,
  showHidden: false,
  showProxy: false,
  sorted: true,
  getters: true,
  breakLength: Infinity,
};

// show inspects a value for a message. Errors raised while inspecting (a
// throwing getter) carry no stack frames, so the text does not depend on
// where the inspection ran.
function show(value, other) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return showValue(value, other);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

// showValue inspects one value. When both values compared are errors, they
// are shown without their stacks, as "[Error: message]".
function showValue(value, other) {
  if (!(value instanceof Error) || !(other instanceof Error)) return inspect(value, showOptions);
  const own = Object.getOwnPropertyDescriptor(value, 'stack');
  if (own !== undefined && !own.configurable) return inspect(value, showOptions);
  Object.defineProperty(value, 'stack', {
    __proto__: null, value: undefined, writable: true, enumerable: false, configurable: true,
  });
  try {
    return inspect(value, showOptions);
  } finally {
    if (own === undefined) {
      delete value.stack;
    } else {
      Object.defineProperty(value, 'stack', own);
    }
  }
}

const headers = {
  __proto__: null,
  strictEqual: 'Expected values to be strictly equal:',
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
};

const notHeaders = {
  __proto__: null,
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
};

const SAME_STRUCTURE = 'Values have same structure but are not reference-equal:';
const REFERENCE = 'Expected "actual" to be reference-equal to "expected":';
const NOT_REFERENCE = 'Expected "actual" not to be reference-equal to "expected":';
const PLUS_MINUS = '+ actual - expected';
const SKIPPED = '... Skipped lines';

// Longest value shown in the loose and operator forms.
const MAX_SHOWN = 512;
// Common lines kept after a change, and at the start of a long run.
const CONTEXT_LINES = 5;

function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function isObject(v) {
  return typeof v === 'object' && v !== null;
}

function clip(text) {
  return text.length > MAX_SHOWN ? text.slice(0, MAX_SHOWN - 3) + '...' : text;
}

// shortPair tells whether two values, not both objects, fit the "a !== b"
// form: one-line inspected texts (without a string's quotes) adding up to
// 12 characters or fewer.
function shortPair(actual, expected, a, e) {
  if (isObjectLike(actual) && isObjectLike(expected)) return false;
  if (actual === expected) return false; // 0 and -0
  if (a.includes('\n') || e.includes('\n')) return false;
  const quotes = (typeof actual === 'string' ? 2 : 0) + (typeof expected === 'string' ? 2 : 0);
  return a.length + e.length - quotes <= 12;
}

// caretLine points at the first difference of two one-line values.
function caretLine(a, e) {
  if (a.length + e.length > 80) return '';
  const n = Math.min(a.length, e.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === e.charCodeAt(i)) i++;
  if (i < 3 || (i === a.length && i === e.length)) return '';
  return ' '.repeat(i + 2) + '^\n';
}

// LineDiff renders the line diff of two inspected values.
class LineDiff {
  constructor() {
    this.out = [];
    this.run = []; // common lines held back until the next change
    this.changed = false;
    this.skipped = false;
  }

  common(line) {
    this.run.push('  ' + line);
  }

  change(mark, line) {
    this.flush(false);
    this.changed = true;
    this.out.push(mark + line);
  }

  // flush shows a run of common lines: all of a short one, the head and the
  // last line of a long one, at most CONTEXT_LINES after the last change.
  flush(final) {
    const run = this.run;
    if (run.length === 0) return;
    const out = this.out;
    if ((final && !this.changed) || (!final && run.length <= CONTEXT_LINES + 2)) {
      for (let i = 0; i < run.length; i++) out.push(run[i]);
    } else if (final) {
      for (let i = 0; i < run.length && i < CONTEXT_LINES; i++) out.push(run[i]);
    } else {
      for (let i = 0; i < CONTEXT_LINES; i++) out.push(run[i]);
      out.push('...');
      out.push(run[run.length - 1]);
      this.skipped = true;
    }
    this.run = [];
  }
}

function diffLines(aText, eText) {
  const a = aText.split('\n');
  const e = eText.split('\n');
  const script = assertBinding.diff(a, e, true);
  const d = new LineDiff();
  for (let i = 0; i < script.length; i += 3) {
    const kind = script[i];
    if (kind === 0) {
      // Lines that differ only by a trailing comma count as common.
      const line = a[script[i + 1]];
      const other = e[script[i + 2]];
      d.common(!line.endsWith(',') && other.endsWith(',') ? other : line);
    } else if (kind === 1) {
      d.change('+ ', a[script[i + 1]]);
    } else {
      d.change('- ', e[script[i + 2]]);
    }
  }
  d.flush(true);
  return d;
}

// limitLines keeps the first lines of a long inspected value (unless the
// diff mode is 'full').
function limitLines(text, full) {
  if (full) return text;
  const lines = text.split('\n');
  if (lines.length <= 50) return text;
  return lines.slice(0, 46).join('\n') + '\n...';
}

// limitSame is limitLines for the "same structure" message, which says that
// it skipped lines.
function limitSame(text) {
  const lines = text.split('\n');
  if (lines.length <= 50) return text;
  return `${SKIPPED}\n${lines.slice(0, 50).join('\n')}\n...}`;
}

// diffMessage builds the message of strictEqual, deepStrictEqual and
// partialDeepStrictEqual; head replaces the header line when the caller
// gave a message.
function diffMessage(actual, expected, operator, head, full) {
  const header = head !== undefined ? head : headers[operator];
  const a = show(actual, expected);
  const e = show(expected, actual);
  if (shortPair(actual, expected, a, e)) {
    return `${header}\n\n${a} !== ${e}\n`;
  }
  if (a === e && isObject(actual) && isObject(expected)) {
    return `${head !== undefined ? head : SAME_STRUCTURE}\n\n${full ? a : limitSame(a)}\n`;
  }
  let top = header;
  if (operator === 'strictEqual' && head === undefined &&
      isObjectLike(actual) && typeof actual === typeof expected) {
    // Only two objects, or two functions, are told apart by reference; a
    // function against an object keeps the plain header.
    top = REFERENCE;
  }
  if (!a.includes('\n') && !e.includes('\n')) {
    const caret = operator === 'strictEqual' && !isObject(actual) && !isObject(expected) ?
      caretLine(a, e) : '';
    return `${top}\n${PLUS_MINUS}\n\n+ ${a}\n- ${e}\n${caret}`;
  }
  const d = diffLines(a, e);
  return `${top}\n${PLUS_MINUS}${d.skipped ? '\n' + SKIPPED : ''}\n\n${d.out.join('\n')}\n`;
}

function notMessage(actual, expected, operator, full) {
  const a = show(actual, expected);
  const header = operator === 'notStrictEqual' && isObjectLike(actual) && actual === expected ?
    NOT_REFERENCE : notHeaders[operator];
  if (a.includes('\n')) return `${header}\n\n${limitLines(a, full)}\n`;
  if (a.length <= 5) return `${header} ${a}`;
  return `${header}\n\n${a}`;
}

function looseMessage(actual, expected, negated) {
  const a = show(actual, expected);
  const e = show(expected, actual);
  if (negated && a === e) {
    const text = `Expected "actual" not to be loosely deep-equal to:\n\n${a}`;
    return text.length > 1024 ? text.slice(0, 1021) + '...' : text;
  }
  const not = negated ? ' not' : '';
  return `Expected values${not} to be loosely deep-equal:\n\n${clip(a)}\n\n` +
    `should${not} loosely deep-equal\n\n${clip(e)}`;
}

// generatedMessage builds the message for options without one.
function generatedMessage(actual, expected, operator, full) {
  switch (operator) {
    case 'strictEqual':
    case 'deepStrictEqual':
    case 'partialDeepStrictEqual':
      return diffMessage(actual, expected, operator, undefined, full);
    case 'notStrictEqual':
    case 'notDeepStrictEqual':
      return notMessage(actual, expected, operator, full);
    case 'deepEqual':
      return looseMessage(actual, expected, false);
    case 'notDeepEqual':
      return looseMessage(actual, expected, true);
    default:
      return `${clip(show(actual, expected))} ${operator} ${clip(show(expected, actual))}`;
  }
}

// userMessage is the text of a given message; the strict comparisons keep
// their diff below it.
function userMessage(message, actual, expected, operator, full) {
  const text = String(message);
  if (headers[operator] !== undefined) {
    return diffMessage(actual, expected, operator, text, full);
  }
  return text;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { message, operator, actual, expected, details } = options;
    const diff = options.diff === 'full' ? 'full' : 'simple';
    let text;
    let generated = false;
    if (message != null) {
      text = details !== undefined ? String(message) :
        userMessage(message, actual, expected, operator, diff === 'full');
    } else {
      text = generatedMessage(actual, expected, operator, diff === 'full');
      generated = true;
    }
    super(text);
    this.generatedMessage = generated;
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    this.diff = diff;
    Object.defineProperty(this, 'name', {
      __proto__: null, value: 'AssertionError [ERR_ASSERTION]',
      writable: true, enumerable: false, configurable: true,
    });
    trimStack(this);
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  // Inspected, the error shows actual and expected shallowly, long strings
  // cut short.
  [inspect.custom](depth, options) {
    const { actual, expected } = this;
    if (typeof actual === 'string') this.actual = cutString(actual);
    if (typeof expected === 'string') this.expected = cutString(expected);
    try {
      return inspect(this, { ...options, customInspect: false, depth: 0 });
    } finally {
      this.actual = actual;
      this.expected = expected;
    }
  }
}

// cutString shortens a string for AssertionError's inspection: ten lines at
// most; past 512 characters what Node keeps is the part after them.
function cutString(text) {
  const lines = text.split('\n', 11);
  if (lines.length > 10) return lines.slice(0, 10).join('\n') + '\n...';
  if (text.length > MAX_SHOWN) return text.slice(MAX_SHOWN) + '...';
  return text;
}

// trimStack fixes the stack text now (with the code in its header) and
// drops the frames of the assert module itself from its top.
function trimStack(err) {
  const stack = err.stack;
  if (typeof stack !== 'string') return;
  const lines = stack.split('\n');
  let first = 1;
  while (first < lines.length && !/^\s+at /.test(lines[first])) first++;
  let i = first;
  while (i < lines.length && /node:/.test(lines[i])) i++;
  if (i > first && i < lines.length) lines.splice(first, i - first);
  err.stack = lines.join('\n');
}

module.exports = AssertionError;
