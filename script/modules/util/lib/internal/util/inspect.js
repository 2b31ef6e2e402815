'use strict';
// util.inspect and util.format.
//
// A Printer walks the value: printValue handles primitives, proxies, custom
// inspectors and cycles; printObject picks the opening text and the entry
// list for each kind of object (the kind comes from Go in one call) and
// layout() decides between one line, grouped columns and one entry a line.

const native = binding('inspect');
const jsTypes = binding('jstypes');

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');

// Kinds reported by native.kind(); script/modules/util/inspect.go has the same list.
const K_OTHER = 0;
const K_ARRAY = 1;
const K_FUNCTION = 2;
const K_ASYNC_FUNCTION = 3;
const K_GENERATOR_FUNCTION = 4;
const K_ERROR = 5;
const K_REGEXP = 6;
const K_DATE = 7;
const K_MAP = 8;
const K_SET = 9;
const K_WEAKMAP = 10;
const K_WEAKSET = 11;
const K_PROMISE = 12;
const K_NUMBER = 13;
const K_STRING = 14;
const K_BOOLEAN = 15;
const K_SYMBOL = 16;
const K_BIGINT = 17;
const K_MAP_ITERATOR = 18;
const K_SET_ITERATOR = 19;
const K_ARGUMENTS = 20;
const K_ARRAY_BUFFER = 21;
const K_TYPED_ARRAY = 22;
const K_DATA_VIEW = 23;
const K_PROXY = 24;
const K_PLAIN = 25;

const kindOf = native.kind;
const quoteString = native.quote;
const quoteKey = native.key;

const customSymbol = Symbol.for('nodejs.util.inspect.custom');
const tagSymbol = Symbol.toStringTag;
const iteratorSymbol = Symbol.iterator;
const hasOwn = Object.prototype.hasOwnProperty;
const isEnumerable = Object.prototype.propertyIsEnumerable;
const getDescriptor = Object.getOwnPropertyDescriptor;
const getProto = Object.getPrototypeOf;
const objectKeys = Object.keys;
const ownNames = Object.getOwnPropertyNames;
const ownSymbols = Object.getOwnPropertySymbols;
const fnToString = Function.prototype.toString;
const errorToString = Error.prototype.toString;
const regexpSource = getDescriptor(RegExp.prototype, 'source').get;
const regexpFlags = getDescriptor(RegExp.prototype, 'flags').get;
const dateToISO = Date.prototype.toISOString;
const dateGetTime = Date.prototype.getTime;
const typedArrayProto = getProto(Uint8Array.prototype);
const typedArrayName = getDescriptor(typedArrayProto, tagSymbol).get;
const typedArrayLength = getDescriptor(typedArrayProto, 'length').get;
const typedArrayByteLength = getDescriptor(typedArrayProto, 'byteLength').get;
const typedArrayByteOffset = getDescriptor(typedArrayProto, 'byteOffset').get;
const typedArrayBuffer = getDescriptor(typedArrayProto, 'buffer').get;
const arrayBufferByteLength = getDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const mapSize = getDescriptor(Map.prototype, 'size').get;
const setSize = getDescriptor(Set.prototype, 'size').get;
const mapEntries = Map.prototype.entries;
const setValues = Set.prototype.values;

// What the options default to; inspect.defaultOptions reads and changes it.
const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});
const optionNames = objectKeys(inspectDefaultOptions);

// ---------------------------------------------------------------------------
// Colours

const colorTable = { __proto__: null };
function defineColor(name, open, close) {
  colorTable[name] = [open, close];
}
// An alias reads and writes the colour it names.
function defineAlias(alias, name) {
  Object.defineProperty(colorTable, alias, {
    __proto__: null,
    get() { return this[name]; },
    set(v) { this[name] = v; },
    enumerable: false,
    configurable: true,
  });
}
{
  const modifiers = ['reset', 0, 0, 'bold', 1, 22, 'dim', 2, 22, 'italic', 3, 23, 'underline', 4, 24,
                     'blink', 5, 25, 'inverse', 7, 27, 'hidden', 8, 28, 'strikethrough', 9, 29,
                     'doubleunderline', 21, 24];
  for (let i = 0; i < modifiers.length; i += 3) defineColor(modifiers[i], modifiers[i + 1], modifiers[i + 2]);
  const hues = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];
  const bg = (hue) => 'bg' + hue[0].toUpperCase() + hue.slice(1);
  for (let i = 0; i < 8; i++) defineColor(hues[i], 30 + i, 39);
  for (let i = 0; i < 8; i++) defineColor(bg(hues[i]), 40 + i, 49);
  defineColor('framed', 51, 54);
  defineColor('overlined', 53, 55);
  defineColor('gray', 90, 39);
  for (let i = 1; i < 8; i++) defineColor(hues[i] + 'Bright', 90 + i, 39);
  defineColor('bgGray', 100, 49);
  for (let i = 1; i < 8; i++) defineColor(bg(hues[i]) + 'Bright', 100 + i, 49);
  const aliases = ['grey', 'gray', 'blackBright', 'gray', 'bgGrey', 'bgGray', 'bgBlackBright', 'bgGray',
                   'faint', 'dim', 'crossedout', 'strikethrough', 'strikeThrough', 'strikethrough',
                   'crossedOut', 'strikethrough', 'conceal', 'hidden', 'swapColors', 'inverse',
                   'swapcolors', 'inverse', 'doubleUnderline', 'doubleunderline'];
  for (let i = 0; i < aliases.length; i += 2) defineAlias(aliases[i], aliases[i + 1]);
}

// The colours of a regular expression's parts, by nesting depth.
function paint(text, name) {
  const c = colorTable[name];
  return c === undefined ? text : `\u001b[${c[0]}m${text}\u001b[${c[1]}m`;
}
// Each nesting level of groups shifts the palette by one: at depth d the
// structure (groups, classes, braces) takes palette[d], plain characters
// palette[d + 1], ranges, counts and '.' palette[d + 2], operators palette[d + 3].
const palette = ['red', 'yellow', 'cyan', 'magenta', 'green'];
function hue(depth, shift) {
  return palette[(depth + shift) % palette.length];
}
function highlightRegExp(source) {
  const end = source.lastIndexOf('/');
  let out = paint('/', 'green');
  let depth = 0;
  let inClass = false;
  for (let i = 1; i < end; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1];
      if (next === 'k' && source[i + 2] === '<' && !inClass) {
        const close = source.indexOf('>', i);
        out += paint('\\k<', hue(depth, 4)) + paint(source.slice(i + 3, close), hue(depth, 0)) + paint('>', hue(depth, 4));
        i = close;
      } else if ((next === 'p' || next === 'P') && source[i + 2] === '{') {
        const close = source.indexOf('}', i);
        out += paint(source.slice(i, i + 3), hue(depth, 0)) + paint(source.slice(i + 3, close), hue(depth, 1)) +
          paint('}', hue(depth, 0));
        i = close;
      } else if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(i + 2, i + 4))) {
        out += paint(source.slice(i, i + 4), hue(depth, 1));
        i += 3;
      } else {
        out += paint(source.slice(i, i + 2), hue(depth, 1));
        i++;
      }
    } else if (inClass) {
      if (ch === ']') {
        inClass = false;
        out += paint(ch, hue(depth, 0));
      } else if (ch === '-' && source[i - 1] !== '[' && source[i + 1] !== ']') {
        out += paint(ch, hue(depth, 2));
      } else {
        out += paint(ch, hue(depth, 1));
      }
    } else if (ch === '[') {
      inClass = true;
      out += paint(ch, hue(depth, 0));
    } else if (ch === '(') {
      out += paint('(', hue(depth, 0));
      if (source[i + 1] === '?') {
        const j = i + 2;
        if (source[j] === '<' && source[j + 1] !== '=' && source[j + 1] !== '!') {
          const close = source.indexOf('>', j);
          out += paint('?<', hue(depth, 0)) + paint(source.slice(j + 1, close), hue(depth, 1)) + paint('>', hue(depth, 0));
          i = close;
        } else {
          const len = source[j] === '<' ? 3 : 2;
          out += paint(source.slice(i + 1, i + 1 + len), hue(depth, 0));
          i += len;
        }
      }
      depth++;
    } else if (ch === ')') {
      depth = depth > 0 ? depth - 1 : 0;
      out += paint(ch, hue(depth, 0));
    } else if (ch === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(i))) {
      const close = source.indexOf('}', i);
      const inner = source.slice(i + 1, close);
      const comma = inner.indexOf(',');
      out += paint('{', hue(depth, 0));
      if (comma === -1) {
        out += paint(inner, hue(depth, 2));
      } else {
        out += paint(inner.slice(0, comma), hue(depth, 2)) + paint(',', hue(depth, 1));
        if (comma + 1 < inner.length) out += paint(inner.slice(comma + 1), hue(depth, 2));
      }
      out += paint('}', hue(depth, 0));
      i = close;
    } else if (ch === '*' || ch === '+' || ch === '?' || ch === '^' || ch === '$' || ch === '|') {
      out += paint(ch, hue(depth, 3));
    } else if (ch === '.') {
      out += paint(ch, hue(depth, 2));
    } else {
      out += paint(ch, hue(depth, 1));
    }
  }
  out += paint('/', 'green');
  if (end + 1 < source.length) out += paint(source.slice(end + 1), 'red');
  return out;
}

const styleTable = {
  __proto__: null,
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: highlightRegExp,
  module: 'underline',
};

function stylizeWithColor(text, styleType) {
  const style = styleTable[styleType];
  if (style === undefined) return text;
  if (typeof style === 'function') return style(text);
  const color = colorTable[style];
  if (color === undefined) return text;
  return `\u001b[${color[0]}m${text}\u001b[${color[1]}m`;
}

function stylizeNoColor(text) {
  return text;
}

// ---------------------------------------------------------------------------
// Primitives

function groupDigits(digits) {
  let out = '';
  let i = digits.length;
  for (; i > 3; i -= 3) out = `_${digits.slice(i - 3, i)}${out}`;
  return digits.slice(0, i) + out;
}

function groupFraction(digits) {
  let out = '';
  for (let i = 0; i < digits.length; i += 3) {
    out += (i === 0 ? '' : '_') + digits.slice(i, i + 3);
  }
  return out;
}

function numberText(n, separators) {
  if (n === 0 && 1 / n < 0) return '-0';
  const text = `${n}`;
  if (!separators || text.length < 4 || text.indexOf('e') !== -1 || !Number.isFinite(n)) return text;
  let sign = '';
  let body = text;
  if (body[0] === '-') {
    sign = '-';
    body = body.slice(1);
  }
  const dot = body.indexOf('.');
  if (dot === -1) return sign + groupDigits(body);
  return `${sign}${groupDigits(body.slice(0, dot))}.${groupFraction(body.slice(dot + 1))}`;
}

function bigintText(n, separators) {
  const text = `${n}`;
  if (!separators || text.length < 4) return `${text}n`;
  if (text[0] === '-') return `-${groupDigits(text.slice(1))}n`;
  return `${groupDigits(text)}n`;
}

function formatNumber(stylize, n, separators) {
  return stylize(numberText(n, separators), 'number');
}

function formatBigInt(stylize, n, separators) {
  return stylize(bigintText(n, separators), 'bigint');
}

function formatPrimitive(stylize, value, p) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > p.maxStringLength) {
        const extra = value.length - p.maxStringLength;
        value = value.slice(0, p.maxStringLength);
        trailer = `... ${extra} more character${extra > 1 ? 's' : ''}`;
      }
      // A long string with line breaks is written one line per piece.
      if (p.compact !== true && value.length > 16 && value.length > p.breakLength - p.indentationLvl - 4 &&
          value.indexOf('\n') !== -1 && value.indexOf('\n') !== value.length - 1) {
        const joint = ` +\n${' '.repeat(p.indentationLvl + 2)}`;
        let out = '';
        let from = 0;
        while (from < value.length) {
          let to = value.indexOf('\n', from);
          to = to === -1 ? value.length : to + 1;
          out += (from === 0 ? '' : joint) + stylize(quoteString(value.slice(from, to)), 'string');
          from = to;
        }
        return out + trailer;
      }
      return stylize(quoteString(value), 'string') + trailer;
    }
    case 'number':
      return formatNumber(stylize, value, p.numericSeparator);
    case 'bigint':
      return formatBigInt(stylize, value, p.numericSeparator);
    case 'boolean':
      return stylize(value ? 'true' : 'false', 'boolean');
    case 'undefined':
      return stylize('undefined', 'undefined');
    default:
      return stylize(value.toString(), 'symbol');
  }
}

// ---------------------------------------------------------------------------
// Keys

function isArrayIndex(key) {
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  if (key.length === 1) return true;
  if (c === 48) return false;
  for (let i = 1; i < key.length; i++) {
    const d = key.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return key.length < 10 || +key < 4294967295;
}

// The own keys of value that are shown: enumerable ones (all with
// showHidden), symbols after strings; array-like values leave out indices.
function collectKeys(value, showHidden, skipIndices) {
  if (!showHidden && !skipIndices) {
    const plain = native.keys(value);
    if (plain !== undefined) return plain;
  }
  let keys;
  let symbols = ownSymbols(value);
  if (showHidden) {
    keys = ownNames(value);
    if (typeof value === 'function' && keys[0] === 'prototype' && keys[1] === 'length' && keys[2] === 'name') {
      keys[0] = 'length';
      keys[1] = 'name';
      keys[2] = 'prototype';
    }
  } else {
    keys = objectKeys(value);
    if (symbols.length !== 0) {
      const visible = [];
      for (let i = 0; i < symbols.length; i++) {
        if (isEnumerable.call(value, symbols[i])) visible.push(symbols[i]);
      }
      symbols = visible;
    }
  }
  if (skipIndices && keys.length !== 0) {
    let first = keys.length;
    while (first > 0 && !isArrayIndex(keys[first - 1])) first--;
    if (first !== 0) keys = keys.slice(first);
  }
  if (symbols.length !== 0) {
    for (let i = 0; i < symbols.length; i++) keys.push(symbols[i]);
  }
  return keys;
}

// ---------------------------------------------------------------------------
// Names and prefixes

// The name of the nearest constructor on value's prototype chain that value
// is an instance of; null when the chain has none.
function constructorNameOf(p, value, firstProto) {
  let obj = value;
  while (obj !== null && obj !== undefined) {
    const desc = getDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '' &&
        isInstance(value, desc.value)) {
      return String(desc.value.name);
    }
    obj = getProto(obj);
  }
  if (firstProto === null) return null;
  const inner = inspect(firstProto, {
    __proto__: null,
    colors: p.colors,
    compact: p.compact,
    breakLength: p.breakLength,
    customInspect: false,
    depth: -1,
  });
  return `${nullProtoFallback(value, 'Object')} <${inner}>`;
}

function isInstance(value, ctor) {
  try {
    return value instanceof ctor;
  } catch {
    return false;
  }
}

// For an object without prototype: its own string toStringTag, else name.
function nullProtoFallback(value, name) {
  const desc = getDescriptor(value, tagSymbol);
  if (desc !== undefined && typeof desc.value === 'string' && desc.value !== '') return desc.value;
  return name;
}

function showHiddenOrEnumerable(value, showHidden) {
  return showHidden ? hasOwn.call(value, tagSymbol) : isEnumerable.call(value, tagSymbol);
}

function prefixOf(ctorName, tag, fallback, size) {
  if (ctorName === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && ctorName !== tag) return `${ctorName}${size} [${tag}] `;
  return `${ctorName}${size} `;
}

function functionBase(value, ctorName, tag, kind) {
  let source = '';
  try {
    source = fnToString.call(value);
  } catch {
    // A revoked proxy or similar; shown as a plain function.
  }
  if (source.startsWith('class') && source.endsWith('}')) {
    const name = typeof value.name === 'string' ? value.name : '';
    let base = `[class ${name || '(anonymous)'}`;
    if (ctorName !== 'Function' && ctorName !== null) base += ` [${ctorName}]`;
    if (tag !== '' && ctorName !== tag) base += ` [${tag}]`;
    if (ctorName === null) base += ' extends [null prototype]';
    else {
      const parent = getProto(value);
      if (parent !== null && parent !== Function.prototype && typeof parent.name === 'string' && parent.name !== '') {
        base += ` extends ${parent.name}`;
      }
    }
    return base + ']';
  }
  let type = 'Function';
  if (kind === K_ASYNC_FUNCTION) type = 'AsyncFunction';
  else if (kind === K_GENERATOR_FUNCTION) type = 'GeneratorFunction';
  let base = `[${type}`;
  if (ctorName === null) base += ' (null prototype)';
  const name = value.name;
  if (name === '' || typeof name !== 'string') base += ' (anonymous)';
  else base += `: ${name}`;
  base += ']';
  if (ctorName !== type && ctorName !== null) base += ` ${ctorName}`;
  if (tag !== '' && ctorName !== tag) base += ` [${tag}]`;
  return base;
}

// ---------------------------------------------------------------------------
// Errors

function errorStack(p, err) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    // A throwing stack getter counts as no stack.
  }
  if (stack) {
    if (typeof stack === 'string') return native.stack(stack);
    p.seen.push(err);
    p.indentationLvl += 4;
    const shown = p.printValue(stack, 0);
    p.indentationLvl -= 4;
    p.seen.pop();
    return `${errorToString.call(err)}\n    ${shown}`;
  }
  return errorToString.call(err);
}

// Writes the constructor's name into a stack whose first line only has the
// inherited name ("MyError [Error]: msg"); null-prototype errors say so.
function renameStack(stack, ctorName, name, tag) {
  let len = name.length;
  let fallback = 'Error';
  if (ctorName === null) {
    const m = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) || /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
    fallback = m === null ? '' : m[1];
    len = fallback.length;
    if (fallback === '') fallback = 'Error';
  } else {
    if (!name.endsWith('Error') || !stack.startsWith(name)) return stack;
    if (stack.length !== len && stack[len] !== ':' && stack[len] !== '\n') return stack;
  }
  const prefix = prefixOf(ctorName, tag, fallback, '').slice(0, -1);
  if (name === prefix) return stack;
  if (prefix.includes(name)) {
    return len === 0 ? `${prefix}: ${stack}` : prefix + stack.slice(len);
  }
  return `${prefix} [${name}]${stack.slice(len)}`;
}

function errorBase(p, err, ctorName, tag, keys) {
  let name = 'Error';
  let message;
  try {
    if (err.name != null) name = String(err.name);
    message = err.message;
  } catch {
    // Keep the defaults.
  }
  let stack = errorStack(p, err);
  // Keys whose text the stack already shows are left out.
  for (let i = p.showHidden ? -1 : keys.length - 1; i >= 0; i--) {
    const key = keys[i];
    if (key === 'name' || key === 'message' || key === 'stack') {
      const v = err[key];
      if (typeof v !== 'string' || stack.includes(v)) keys.splice(i, 1);
    }
  }
  if ('cause' in err && !keys.includes('cause')) keys.push('cause');
  let errors;
  try {
    errors = err.errors;
  } catch {
    // Ignored.
  }
  if (Array.isArray(errors) && !keys.includes('errors')) keys.push('errors');
  stack = renameStack(stack, ctorName, name, tag);
  if (stack.indexOf('\n    at ') === -1) stack = `[${stack}]`;
  if (p.indentationLvl !== 0) {
    stack = stack.split('\n').join(`\n${' '.repeat(p.indentationLvl)}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------
// Layout

// Lays short entries of a long array out in aligned columns; numbers are
// right-aligned, anything else left-aligned.
function groupColumns(p, output, value) {
  let total = 0;
  let widest = 0;
  let count = output.length;
  if (p.maxArrayLength < output.length) count--;
  const widths = new Array(count);
  for (let i = 0; i < count; i++) {
    const w = p.colors ? native.width(output[i], true) : textWidth(output[i]);
    widths[i] = w;
    total += w + 2;
    if (widest < w) widest = w;
  }
  const cell = widest + 2;
  if (cell * 3 + p.indentationLvl >= p.breakLength || (total / cell <= 5 && widest > 6)) return output;
  const bias = Math.sqrt(cell - total / output.length);
  const biased = Math.max(cell - 3 - bias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(2.5 * biased * count) / biased),
    Math.floor((p.breakLength - p.indentationLvl) / cell),
    p.compact * 4,
    15,
  );
  if (columns <= 1) return output;
  const columnWidth = [];
  for (let c = 0; c < columns; c++) {
    let w = 0;
    for (let j = c; j < output.length; j += columns) {
      if (widths[j] > w) w = widths[j];
    }
    columnWidth.push(w + 2);
  }
  let rightAlign = true;
  if (value !== undefined) {
    for (let i = 0; i < output.length; i++) {
      const t = typeof value[i];
      if (t !== 'number' && t !== 'bigint') {
        rightAlign = false;
        break;
      }
    }
  }
  const rows = [];
  for (let i = 0; i < count; i += columns) {
    const last = Math.min(i + columns, count) - 1;
    let row = '';
    for (let j = i; j <= last; j++) {
      const extra = output[j].length - widths[j];
      if (j < last) {
        const cellText = `${output[j]}, `;
        const padTo = columnWidth[j - i] + extra;
        row += rightAlign ? cellText.padStart(padTo, ' ') : cellText.padEnd(padTo, ' ');
      } else if (rightAlign) {
        row += output[j].padStart(columnWidth[j - i] + extra - 2, ' ');
      } else {
        row += output[j];
      }
    }
    rows.push(row);
  }
  if (p.maxArrayLength < output.length) rows.push(output[count]);
  return rows;
}

function textWidth(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126) return native.width(text, false);
  }
  return text.length;
}

function fitsOnLine(p, output, start, base) {
  let total = output.length + start;
  if (total + output.length > p.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    total += p.colors ? native.strip(output[i]).length : output[i].length;
    if (total > p.breakLength) return false;
  }
  return base === '' || base.indexOf('\n') === -1;
}

// ---------------------------------------------------------------------------
// The printer

const OBJECT_ENTRIES = 0;
const ARRAY_ENTRIES = 1; // the extra keys of an array-like value
const ELEMENT = 2; // an element of an array: the value alone

// somePrototypeEntry calls fn(key, descriptor) for each accessor or data
// property (not 'constructor', not a method) on proto's chain up to the
// first builtin prototype, and stops with true at the first call that
// returns true.
function somePrototypeEntry(proto, fn) {
  for (let p = proto; p !== null; p = getProto(p)) {
    const ctorDesc = getDescriptor(p, 'constructor');
    const ctor = ctorDesc !== undefined ? ctorDesc.value : undefined;
    if (typeof ctor === 'function' && isBuiltinConstructor(ctor)) break;
    const names = ownNames(p);
    const symbols = ownSymbols(p);
    for (let i = 0; i < names.length + symbols.length; i++) {
      const key = i < names.length ? names[i] : symbols[i - names.length];
      if (key === 'constructor') continue;
      const desc = getDescriptor(p, key);
      if (typeof desc.value !== 'function' && fn(key, desc)) return true;
    }
  }
  return false;
}

class Printer {
  constructor() {
    this.seen = [];
    this.busy = false;
    this.reset();
  }

  // Sets the defaults (again, before the printer is used again).
  reset() {
    this.seen.length = 0;
    this.circular = undefined;
    this.indentationLvl = 0;
    this.currentDepth = 0;
    this.stylize = stylizeNoColor;
    this.showHidden = inspectDefaultOptions.showHidden;
    this.depth = inspectDefaultOptions.depth;
    this.colors = inspectDefaultOptions.colors;
    this.customInspect = inspectDefaultOptions.customInspect;
    this.showProxy = inspectDefaultOptions.showProxy;
    this.maxArrayLength = inspectDefaultOptions.maxArrayLength;
    this.maxStringLength = inspectDefaultOptions.maxStringLength;
    this.breakLength = inspectDefaultOptions.breakLength;
    this.compact = inspectDefaultOptions.compact;
    this.sorted = inspectDefaultOptions.sorted;
    this.getters = inspectDefaultOptions.getters;
    this.numericSeparator = inspectDefaultOptions.numericSeparator;
    this.userOptions = undefined;
  }

  // The options object handed to a custom inspect function.
  optionsView() {
    const o = { stylize: this.stylize };
    for (let i = 0; i < optionNames.length; i++) o[optionNames[i]] = this[optionNames[i]];
    if (this.userOptions !== undefined) {
      const extra = objectKeys(this.userOptions);
      for (let i = 0; i < extra.length; i++) {
        if (!(extra[i] in o)) o[extra[i]] = this.userOptions[extra[i]];
      }
    }
    return o;
  }

  printValue(value, level, typedArray) {
    if (typeof value !== 'object' && typeof value !== 'function') {
      return formatPrimitive(this.stylize, value, this);
    }
    if (value === null) return this.stylize('null', 'null');
    let kind = kindOf(value);
    let wrapped = false;
    const namespace = kind === K_PROXY ? jsTypes.moduleNamespace(value) : null;
    if (namespace !== null) {
      // An ES module's namespace: a Proxy in goja, printed as V8 prints one.
      value = namespace;
      kind = kindOf(value);
    } else if (kind === K_PROXY) {
      const details = jsTypes.proxyDetails(value, this.showProxy);
      if (details === null || (this.showProxy && details[0] === null)) {
        return this.stylize('<Revoked Proxy>', 'special');
      }
      if (this.showProxy) return this.printProxy(details, level);
      value = details;
      while ((kind = kindOf(value)) === K_PROXY) {
        value = jsTypes.proxyDetails(value, false);
        if (value === null) return this.stylize('<Revoked Proxy>', 'special');
      }
      wrapped = true;
    }
    if (this.customInspect) {
      const custom = value[customSymbol];
      if (typeof custom === 'function' && custom !== inspect) {
        const ctor = value.constructor;
        if (!ctor || ctor.prototype !== value) {
          const depth = this.depth === null ? null : this.depth - level;
          const result = custom.call(value, depth, this.optionsView(), inspect);
          if (result !== value) {
            if (typeof result !== 'string') return this.printValue(result, level);
            if (this.indentationLvl === 0 || result.indexOf('\n') === -1) return result;
            return result.split('\n').join(`\n${' '.repeat(this.indentationLvl)}`);
          }
        }
      }
    }
    if (this.seen.includes(value)) {
      if (this.circular === undefined) this.circular = new Map();
      let index = this.circular.get(value);
      if (index === undefined) {
        index = this.circular.size + 1;
        this.circular.set(value, index);
      }
      return this.stylize(`[Circular *${index}]`, 'special');
    }
    const text = this.printObject(value, level, kind, typedArray);
    if (wrapped) return `Proxy(${text})`;
    return text;
  }

  printProxy(details, level) {
    if (this.depth !== null && level > this.depth) return this.stylize('Proxy [Array]', 'special');
    level += 1;
    this.indentationLvl += 2;
    const output = [this.printValue(details[0], level), this.printValue(details[1], level)];
    this.indentationLvl -= 2;
    return this.layout(output, '', 'Proxy [', ']', ARRAY_ENTRIES, level);
  }

  printObject(value, level, kind, typedArray) {
    let ctorName;
    let tag = '';
    let firstProto;
    if (kind === K_PLAIN) {
      ctorName = 'Object';
    } else {
      firstProto = getProto(value);
      ctorName = constructorNameOf(this, value, firstProto);
    }
    let rawTag;
    try {
      rawTag = value[tagSymbol];
    } catch {
      // A throwing toStringTag getter counts as no tag.
    }
    // A tag the entries show anyway (an own enumerable property) is not repeated.
    if (typeof rawTag === 'string' && rawTag !== '' &&
        !(showHiddenOrEnumerable(value, this.showHidden))) {
      tag = rawTag;
    }
    // Without an iterator, a list or collection prints as a plain object.
    if (ctorName !== null && (kind === K_ARRAY || kind === K_MAP || kind === K_SET ||
        kind === K_TYPED_ARRAY || kind === K_MAP_ITERATOR || kind === K_SET_ITERATOR) &&
        value[iteratorSymbol] === undefined) {
      kind = K_OTHER;
    }
    if (kind === K_OTHER && ctorName !== null && isInstance(value, Error)) kind = K_ERROR;
    let keys;
    let base = '';
    let open = '{';
    let close = '}';
    let entries = OBJECT_ENTRIES;
    let iterPreview;
    let lister = 0; // which entry list printEntries writes before the keys
    const showHidden = this.showHidden;

    switch (kind) {
      case K_ARRAY: {
        keys = collectKeys(value, showHidden, true);
        const prefix = ctorName !== 'Array' || tag !== '' ? prefixOf(ctorName, tag, 'Array', `(${value.length})`) : '';
        open = `${prefix}[`;
        close = ']';
        if (value.length === 0 && keys.length === 0) return `${open}]`;
        entries = ARRAY_ENTRIES;
        lister = 1;
        break;
      }
      case K_SET: {
        const size = setSize.call(value);
        keys = collectKeys(value, showHidden, false);
        const prefix = prefixOf(ctorName, tag, ctorName === null ? nullProtoFallback(value, 'Set') : 'Set', `(${size})`);
        if (size === 0 && keys.length === 0) return `${prefix}{}`;
        open = `${prefix}{`;
        lister = 2;
        break;
      }
      case K_MAP: {
        const size = mapSize.call(value);
        keys = collectKeys(value, showHidden, false);
        const prefix = prefixOf(ctorName, tag, ctorName === null ? nullProtoFallback(value, 'Map') : 'Map', `(${size})`);
        if (size === 0 && keys.length === 0) return `${prefix}{}`;
        open = `${prefix}{`;
        lister = 3;
        break;
      }
      case K_TYPED_ARRAY: {
        keys = collectKeys(value, showHidden, true);
        const length = typedArrayLength.call(value);
        const name = typedArrayName.call(value);
        const prefix = prefixOf(ctorName, tag, name, `(${length})`);
        open = `${prefix}[`;
        close = ']';
        if (length === 0 && keys.length === 0 && !showHidden) return `${open}]`;
        entries = ARRAY_ENTRIES;
        lister = 4;
        break;
      }
      case K_MAP_ITERATOR:
      case K_SET_ITERATOR: {
        keys = collectKeys(value, showHidden, false);
        const preview = native.iterEntries(value);
        if (preview !== undefined && preview[1]) {
          open = `[${kind === K_MAP_ITERATOR ? 'Map' : 'Set'} Entries] {`;
        } else {
          open = `[${tag}] {`;
        }
        iterPreview = preview;
        lister = 11;
        break;
      }
      default:
        keys = collectKeys(value, showHidden, kind === K_STRING);
        switch (kind) {
          case K_PLAIN:
          case K_ARGUMENTS:
          case K_OTHER:
            if (kind === K_ARGUMENTS) {
              open = '[Arguments] {';
            } else if (ctorName === 'Object' && tag === '') {
              if (this.emptyBraces(keys, showHidden, level, ctorName, firstProto)) return '{}';
            } else {
              const fallback = ctorName === null ? nullProtoFallback(value, 'Object') : 'Object';
              const prefix = prefixOf(ctorName, tag === fallback && ctorName === null ? '' : tag, fallback, '');
              if (this.emptyBraces(keys, showHidden, level, ctorName, firstProto)) return `${prefix}{}`;
              open = `${prefix}{`;
            }
            break;
          case K_FUNCTION:
          case K_ASYNC_FUNCTION:
          case K_GENERATOR_FUNCTION:
            base = functionBase(value, ctorName, tag, kind);
            if (keys.length === 0) return this.stylize(base, 'special');
            break;
          case K_REGEXP: {
            base = `/${regexpSource.call(value)}/${regexpFlags.call(value)}`;
            const prefix = prefixOf(ctorName, tag, 'RegExp', '');
            base = this.stylize(base, 'regexp');
            if (prefix !== 'RegExp ') base = prefix + base;
            if (keys.length === 0 || (this.depth !== null && level > this.depth)) return base;
            break;
          }
          case K_DATE: {
            const time = dateGetTime.call(value);
            base = time === time ? dateToISO.call(value) : 'Invalid Date';
            const prefix = prefixOf(ctorName, tag, 'Date', '');
            base = this.stylize(base, 'date');
            if (prefix !== 'Date ') base = prefix + base;
            if (keys.length === 0) return base;
            break;
          }
          case K_ERROR:
            base = errorBase(this, value, ctorName, tag, keys);
            if (keys.length === 0) return base;
            break;
          case K_ARRAY_BUFFER: {
            const prefix = prefixOf(ctorName, tag, 'ArrayBuffer', '');
            if (typedArray !== undefined && keys.length === 0) {
              return `${prefix}{ [byteLength]: ${formatNumber(this.stylize, arrayBufferByteLength.call(value), false)} }`;
            }
            open = `${prefix}{`;
            lister = typedArray === undefined ? 6 : 7;
            break;
          }
          case K_DATA_VIEW:
            open = `${prefixOf(ctorName, tag, 'DataView', '')}{`;
            lister = 8;
            break;
          case K_PROMISE:
            open = `${prefixOf(ctorName, tag, 'Promise', '')}{`;
            lister = 9;
            break;
          case K_WEAKSET:
            open = `${prefixOf(ctorName, tag, 'WeakSet', '')}{`;
            lister = showHidden ? 5 : 10;
            break;
          case K_WEAKMAP:
            open = `${prefixOf(ctorName, tag, 'WeakMap', '')}{`;
            lister = showHidden ? 5 : 10;
            break;
          case K_NUMBER:
          case K_STRING:
          case K_BOOLEAN:
          case K_SYMBOL:
          case K_BIGINT: {
            base = this.boxedBase(value, kind, ctorName, tag);
            if (keys.length === 0) return base;
            if (kind === K_STRING) {
              // A String object's length is its own hidden key.
              const at = keys.indexOf('length');
              if (at !== -1 && showHidden) keys.splice(at, 1);
              if (showHidden) keys.unshift('length');
            }
            break;
          }
        }
    }

    if (this.depth !== null && level > this.depth) {
      const name = prefixOf(ctorName, tag, 'Object', '').slice(0, -1);
      return this.stylize(ctorName === null ? name : `[${name}]`, 'special');
    }
    level += 1;
    this.seen.push(value);
    this.currentDepth = level;
    const output = lister === 0 ? [] : lister === 11 ? this.iteratorEntries(iterPreview, level) :
      this.listEntries(lister, value, level, kind);
    for (let i = 0; i < keys.length; i++) {
      output.push(this.printProperty(value, level, keys[i], entries, kind));
    }
    if (showHidden && ctorName !== null && firstProto !== null && firstProto !== undefined) {
      this.prototypeEntries(value, firstProto, keys, level, output);
    }
    this.seen.pop();
    if (this.sorted) {
      const compare = this.sorted === true ? undefined : this.sorted;
      if (entries === OBJECT_ENTRIES) {
        output.sort(compare);
      } else if (keys.length > 1) {
        const tail = output.slice(output.length - keys.length).sort(compare);
        for (let i = 0; i < tail.length; i++) output[output.length - keys.length + i] = tail[i];
      }
    }
    if (this.circular !== undefined) {
      const index = this.circular.get(value);
      if (index !== undefined) {
        const ref = this.stylize(`<ref *${index}>`, 'special');
        if (this.compact !== true) base = base === '' ? ref : `${ref} ${base}`;
        else open = `${ref} ${open}`;
      }
    }
    return this.layout(output, base, open, close, entries, level, value);
  }

  boxedBase(value, kind, ctorName, tag) {
    let type;
    let prim;
    switch (kind) {
      case K_NUMBER: type = 'Number'; prim = Number.prototype.valueOf.call(value); break;
      case K_STRING: type = 'String'; prim = String.prototype.valueOf.call(value); break;
      case K_BOOLEAN: type = 'Boolean'; prim = Boolean.prototype.valueOf.call(value); break;
      case K_SYMBOL: type = 'Symbol'; prim = Symbol.prototype.valueOf.call(value); break;
      default: type = 'BigInt'; prim = BigInt.prototype.valueOf.call(value); break;
    }
    let base = `[${type}`;
    if (ctorName === null) base += ' (null prototype)';
    else if (ctorName !== type) base += ` (${ctorName})`;
    base += `: ${formatPrimitive(stylizeNoColor, prim, this)}]`;
    if (tag !== '' && tag !== ctorName && tag !== type) base += ` [${tag}]`;
    return this.stylize(base, type === 'Symbol' ? 'symbol' : type.toLowerCase());
  }

  listEntries(lister, value, level, kind) {
    switch (lister) {
      case 1: return this.arrayEntries(value, level);
      case 2: return this.setEntries(value, level);
      case 3: return this.mapEntries(value, level);
      case 4: return this.typedArrayEntries(value, level);
      case 5: return [];
      case 6: return this.arrayBufferEntries(value, true);
      case 7: return this.arrayBufferEntries(value, false);
      case 8: return this.dataViewEntries(value, level);
      case 9: return this.promiseEntries(value, level);
      case 10: return [this.stylize('<items unknown>', 'special')];
      default: return [];
    }
  }

  arrayEntries(value, level) {
    const length = value.length;
    const limit = Math.min(Math.max(0, this.maxArrayLength), length);
    const output = [];
    let i = 0;
    for (; i < length && output.length < limit; i++) {
      if (!hasOwn.call(value, i)) return this.sparseEntries(value, level, i, output, limit);
      output.push(this.printProperty(value, level, i, ELEMENT, K_ARRAY));
    }
    if (i < length) output.push(moreItems(length - i));
    return output;
  }

  // The rest of an array from its first hole: runs of holes read as
  // "<n empty items>".
  sparseEntries(value, level, from, output, limit) {
    const length = value.length;
    const keys = objectKeys(value);
    let k = 0;
    while (k < keys.length && (!isArrayIndex(keys[k]) || +keys[k] < from)) k++;
    let i = from;
    while (i < length && output.length < limit) {
      let next = length;
      while (k < keys.length) {
        if (isArrayIndex(keys[k])) {
          next = +keys[k];
          break;
        }
        k++;
      }
      if (next > i) {
        const holes = next - i;
        output.push(this.stylize(`<${holes} empty item${holes > 1 ? 's' : ''}>`, 'undefined'));
        i = next;
        continue;
      }
      output.push(this.printProperty(value, level, i, ELEMENT, K_ARRAY));
      i++;
      k++;
    }
    if (i < length) output.push(moreItems(length - i));
    return output;
  }

  typedArrayEntries(value, level) {
    const length = typedArrayLength.call(value);
    const limit = Math.min(Math.max(0, this.maxArrayLength), length);
    const output = new Array(limit);
    const big = length > 0 && typeof value[0] === 'bigint';
    for (let i = 0; i < limit; i++) {
      output[i] = big ? formatBigInt(this.stylize, value[i], this.numericSeparator) :
        formatNumber(this.stylize, value[i], this.numericSeparator);
    }
    if (length > limit) output.push(moreItems(length - limit));
    if (this.showHidden) {
      this.indentationLvl += 2;
      output.push(
        `${this.stylize('[BYTES_PER_ELEMENT]', 'string')}: ${formatNumber(this.stylize, value.BYTES_PER_ELEMENT, false)}`,
        `${this.stylize('[length]', 'string')}: ${formatNumber(this.stylize, length, false)}`,
        `${this.stylize('[byteLength]', 'string')}: ${formatNumber(this.stylize, typedArrayByteLength.call(value), false)}`,
        `${this.stylize('[byteOffset]', 'string')}: ${formatNumber(this.stylize, typedArrayByteOffset.call(value), false)}`,
        `${this.stylize('[buffer]', 'string')}: ${this.printValue(typedArrayBuffer.call(value), level, true)}`,
      );
      this.indentationLvl -= 2;
    }
    return output;
  }

  arrayBufferEntries(value, withContents) {
    const output = [];
    if (withContents) {
      const hex = native.hexBytes(value, Math.max(0, this.maxArrayLength));
      if (hex === undefined) {
        output.push(this.stylize('(detached)', 'special'));
      } else {
        const total = arrayBufferByteLength.call(value);
        let shown = Math.min(Math.max(0, this.maxArrayLength), total);
        if (this.maxArrayLength < 0) {
          // A negative limit is not clamped: it counts into the "more"
          // figure, and a limit of a whole byte or more below zero on a
          // non-empty buffer is an out-of-range index.
          if (total > 0 && this.maxArrayLength <= -1) {
            const err = new RangeError('Index out of range');
            err.code = 'ERR_OUT_OF_RANGE';
            throw err;
          }
          shown = this.maxArrayLength;
        }
        const more = total - shown;
        const tail = more > 0 ? ` ... ${more} more byte${more > 1 ? 's' : ''}` : '';
        output.push(`${this.stylize('[Uint8Contents]', 'special')}: <${hex}${tail}>`);
      }
    }
    let length = 0;
    try {
      length = arrayBufferByteLength.call(value);
    } catch {
      // Detached.
    }
    output.push(`${this.stylize('[byteLength]', 'string')}: ${formatNumber(this.stylize, length, false)}`);
    return output;
  }

  dataViewEntries(value, level) {
    this.indentationLvl += 2;
    const output = [
      `${this.stylize('[byteLength]', 'string')}: ${formatNumber(this.stylize, value.byteLength, false)}`,
      `${this.stylize('[byteOffset]', 'string')}: ${formatNumber(this.stylize, value.byteOffset, false)}`,
      `${this.stylize('[buffer]', 'string')}: ${this.printValue(value.buffer, level)}`,
    ];
    this.indentationLvl -= 2;
    return output;
  }

  promiseEntries(value, level) {
    const details = jsTypes.promiseDetails(value);
    if (details === undefined || details[0] === 0) return [this.stylize('<pending>', 'special')];
    this.indentationLvl += 2;
    const shown = this.printValue(details[1], level);
    this.indentationLvl -= 2;
    return [details[0] === 2 ? `${this.stylize('<rejected>', 'special')} ${shown}` : shown];
  }

  // Whether an object prints as empty braces: no own keys, and no entries
  // that showHidden (at a level within depth) brings from a class's
  // prototypes (prototypeEntries).
  emptyBraces(keys, showHidden, level, ctorName, proto) {
    if (keys.length !== 0) return false;
    if (!showHidden || (this.depth !== null && level > this.depth)) return true;
    if (ctorName === null || proto === null || proto === undefined) return true;
    return !somePrototypeEntry(proto, () => true);
  }

  // With showHidden, the accessors and data that a class's prototypes add
  // (not methods, not what builtin prototypes have), dimmed.
  prototypeEntries(value, proto, keys, level, output) {
    const seen = new Set(keys);
    somePrototypeEntry(proto, (key, desc) => {
      if (seen.has(key)) return false;
      seen.add(key);
      const entry = this.printProperty(value, level, key, OBJECT_ENTRIES, K_OTHER, { __proto__: null, value: desc.value, get: desc.get, set: desc.set, enumerable: desc.enumerable });
      output.push(this.colors ? `\u001b[2m${entry}\u001b[22m` : entry);
      return false;
    });
  }

  // What a Map or Set iterator still holds, as [items, pairs] from Go.
  iteratorEntries(preview, level) {
    const output = [];
    if (preview === undefined) return output;
    const items = preview[0];
    const pairs = preview[1];
    const count = pairs ? items.length / 2 : items.length;
    const limit = Math.min(Math.max(0, this.maxArrayLength), count);
    this.indentationLvl += 2;
    for (let i = 0; i < limit; i++) {
      if (pairs) {
        const pair = [this.printValue(items[2 * i], level), this.printValue(items[2 * i + 1], level)];
        output.push(this.layout(pair, '', '[', ']', ARRAY_ENTRIES, level));
      } else {
        output.push(this.printValue(items[i], level));
      }
    }
    this.indentationLvl -= 2;
    if (count > limit) output.push(moreItems(count - limit));
    return output;
  }

  setEntries(value, level) {
    const size = setSize.call(value);
    const limit = Math.min(Math.max(0, this.maxArrayLength), size);
    const output = [];
    this.indentationLvl += 2;
    const it = setValues.call(value);
    for (let i = 0; i < limit; i++) {
      output.push(this.printValue(it.next().value, level));
    }
    this.indentationLvl -= 2;
    if (size > limit) output.push(moreItems(size - limit));
    return output;
  }

  mapEntries(value, level) {
    const size = mapSize.call(value);
    const limit = Math.min(Math.max(0, this.maxArrayLength), size);
    const output = [];
    this.indentationLvl += 2;
    const it = mapEntries.call(value);
    for (let i = 0; i < limit; i++) {
      const pair = it.next().value;
      output.push(`${this.printValue(pair[0], level)} => ${this.printValue(pair[1], level)}`);
    }
    this.indentationLvl -= 2;
    if (size > limit) output.push(moreItems(size - limit));
    return output;
  }

  printProperty(value, level, key, entries, kind, given) {
    let desc = given === undefined ? getDescriptor(value, key) : given;
    if (desc === undefined) {
      desc = { value: value[key], enumerable: true };
    } else if (kind === K_ERROR && key === 'stack' && !desc.enumerable && desc.get === undefined) {
      // V8 keeps an error's stack in an accessor; goja in a data property.
      const stack = desc.value;
      desc = { get() { return stack; }, set: stackSetter, enumerable: false };
    }
    let text;
    let gap = ' ';
    const v = desc.value;
    if (v !== undefined && this.stylize === stylizeNoColor && this.compact !== true && (typeof v === 'string' || typeof v === 'number') &&
        (typeof v !== 'string' || (v.length <= this.maxStringLength && (v.length <= 16 || v.indexOf('\n') === -1))) &&
        !this.numericSeparator) {
      // The common case of a short plain value, without the general path.
      text = typeof v === 'string' ? quoteString(v) : (v === 0 && 1 / v < 0 ? '-0' : `${v}`);
    } else if (v !== undefined) {
      const step = this.compact !== true || entries !== OBJECT_ENTRIES ? 2 : 3;
      this.indentationLvl += step;
      text = this.printValue(desc.value, level);
      if (step === 3 && this.breakLength < (this.colors ? native.width(text, true) : textWidth(text))) {
        gap = `\n${' '.repeat(this.indentationLvl)}`;
      }
      this.indentationLvl -= step;
    } else if (desc.get !== undefined) {
      text = this.printAccessor(value, level, desc);
    } else if (desc.set !== undefined) {
      text = this.stylize('[Setter]', 'special');
    } else {
      text = this.stylize('undefined', 'undefined');
    }
    if (entries === ELEMENT) return text;
    let name;
    if (typeof key === 'symbol') {
      name = this.stylize(key.toString(), 'symbol');
      // A hidden symbol key is bracketed like a hidden string key.
      if (desc.enumerable === false) name = `[${name}]`;
    } else if (key === '__proto__') {
      name = "['__proto__']";
    } else if (desc.enumerable === false) {
      const quoted = quoteKey(key);
      name = `[${quoted === key ? key : this.stylize(quoted, 'string')}]`;
    } else if (this.stylize === stylizeNoColor) {
      name = keyName(key);
    } else {
      const quoted = quoteKey(key);
      name = quoted === key ? this.stylize(key, 'name') : this.stylize(quoted, 'string');
    }
    return `${name}:${gap}${text}`;
  }

  printAccessor(value, level, desc) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const g = this.getters;
    if (!(g === true || (g === 'get' && desc.set === undefined) || (g === 'set' && desc.set !== undefined))) {
      return this.stylize(`[${label}]`, 'special');
    }
    try {
      const got = desc.get.call(value);
      this.indentationLvl += 2;
      let text;
      if (got === null) {
        text = `${this.stylize(`[${label}:`, 'special')} ${this.stylize('null', 'null')}${this.stylize(']', 'special')}`;
      } else if (typeof got === 'object') {
        text = `${this.stylize(`[${label}]`, 'special')} ${this.printValue(got, level)}`;
      } else {
        text = `${this.stylize(`[${label}:`, 'special')} ${formatPrimitive(this.stylize, got, this)}${this.stylize(']', 'special')}`;
      }
      this.indentationLvl -= 2;
      return text;
    } catch (err) {
      this.indentationLvl += 2;
      const shown = this.printValue(err, level);
      this.indentationLvl -= 2;
      return `${this.stylize(`[${label}:`, 'special')} <Inspection threw (${shown})>${this.stylize(']', 'special')}`;
    }
  }

  layout(output, base, open, close, entries, level, value) {
    if (this.compact !== true) {
      if (typeof this.compact === 'number' && this.compact >= 1) {
        const count = output.length;
        if (entries === ARRAY_ENTRIES && count > 6) output = groupColumns(this, output, value);
        if (this.currentDepth - level < this.compact && count === output.length) {
          const start = output.length + this.indentationLvl + open.length + base.length + 10;
          if (fitsOnLine(this, output, start, base)) {
            const joined = output.join(', ');
            if (joined.indexOf('\n') === -1) {
              return `${base === '' ? '' : base + ' '}${open} ${joined} ${close}`;
            }
          }
        }
      }
      const nl = `\n${' '.repeat(this.indentationLvl)}`;
      return `${base === '' ? '' : base + ' '}${open}${nl}  ${output.join(`,${nl}  `)}${nl}${close}`;
    }
    if (fitsOnLine(this, output, 0, base)) {
      return `${open}${base === '' ? '' : ' ' + base} ${output.join(', ')} ${close}`;
    }
    const pad = ' '.repeat(this.indentationLvl);
    const lead = base === '' && open.length === 1 ? ' ' : `${base === '' ? '' : ' ' + base}\n${pad}  `;
    return `${open}${lead}${output.join(`,\n${pad}  `)} ${close}`;
  }
}

// Property names as printed, remembered for the names seen most.
const keyNames = new Map();
function keyName(key) {
  let name = keyNames.get(key);
  if (name === undefined) {
    name = quoteKey(key);
    if (keyNames.size > 2000) keyNames.clear();
    keyNames.set(key, name);
  }
  return name;
}

function moreItems(n) {
  return `... ${n} more item${n > 1 ? 's' : ''}`;
}

// ---------------------------------------------------------------------------
// inspect

// Printers are reused: inspect runs often and may nest (a custom inspect
// function calling inspect), so a small pool hands out idle ones.
const printerPool = [new Printer()];

function inspect(value, opts, legacyDepth, legacyColors) {
  let p;
  for (let i = 0; i < printerPool.length; i++) {
    if (!printerPool[i].busy) {
      p = printerPool[i];
      p.reset();
      break;
    }
  }
  if (p === undefined) {
    p = new Printer();
    if (printerPool.length < 8) printerPool.push(p);
  }
  p.busy = true;
  try {
    return run(p, value, opts, legacyDepth, legacyColors);
  } finally {
    p.busy = false;
    p.seen.length = 0;
    p.circular = undefined;
    p.userOptions = undefined;
  }
}

function run(p, value, opts, legacyDepth, legacyColors) {
  if (legacyDepth !== undefined) p.depth = legacyDepth;
  if (legacyColors !== undefined) p.colors = legacyColors;
  if (typeof opts === 'boolean') {
    p.showHidden = opts;
  } else if (opts !== null && typeof opts === 'object') {
    const keys = objectKeys(opts);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (hasOwn.call(inspectDefaultOptions, key) || key === 'stylize') {
        p[key] = opts[key];
      } else if (p.userOptions === undefined) {
        p.userOptions = opts;
      }
    }
  }
  if (p.colors) p.stylize = stylizeWithColor;
  if (p.maxArrayLength === null) p.maxArrayLength = Infinity;
  if (p.maxStringLength === null) p.maxStringLength = Infinity;
  if (typeof value === 'object' && value !== null && p.stylize === stylizeNoColor && p.compact === 3 &&
      !p.showHidden && !p.sorted && !p.getters && !p.numericSeparator && typeof p.maxArrayLength === 'number' &&
      typeof p.depth === 'number' && p.depth >= 0 && typeof p.breakLength === 'number' &&
      typeof p.maxStringLength === 'number') {
    // Plain data with the default layout is written by Go in one call.
    const text = native.plain(value, Math.min(Math.floor(p.depth), 1e9), p.breakLength, p.maxStringLength,
                              Math.min(p.maxArrayLength, 1e9));
    if (text !== undefined) return text;
  }
  return p.printValue(value, 0);
}

Object.defineProperty(inspect, 'length', { __proto__: null, value: 2, configurable: true });
inspect.custom = customSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  __proto__: null,
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    Object.assign(inspectDefaultOptions, options);
  },
});

function settable(obj, name, table) {
  Object.defineProperty(obj, name, {
    __proto__: null,
    get() { return table; },
    set(value) { Object.assign(table, value); },
    configurable: true,
    enumerable: true,
  });
}
settable(inspect, 'colors', colorTable);
settable(inspect, 'styles', styleTable);

// ---------------------------------------------------------------------------
// format

function stackSetter() {}

function isBuiltinConstructor(ctor) {
  const name = ctor.name;
  if (typeof name !== 'string' || name === '') return false;
  const desc = getDescriptor(globalThis, name);
  return desc !== undefined && desc.value === ctor;
}

let builtinPrototypes;
const languageCtors = ['Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol',
  'BigInt', 'Date', 'RegExp', 'Promise', 'Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef',
  'FinalizationRegistry', 'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Error', 'AggregateError',
  'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError',
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
  'Iterator'];

function usesBuiltinToString(value) {
  if (hasOwn.call(value, 'toString')) return false;
  let holder = value;
  do {
    holder = getProto(holder);
  } while (holder !== null && !hasOwn.call(holder, 'toString'));
  if (holder === null) return true;
  if (builtinPrototypes === undefined) {
    // The language's own constructors only: a class the host adds to the
    // global object (Buffer, URL, ...) has a toString of its own making, which
    // %s uses, as Node does.
    builtinPrototypes = new Set();
    for (let i = 0; i < languageCtors.length; i++) {
      const ctor = globalThis[languageCtors[i]];
      if (typeof ctor === 'function' && ctor.prototype !== null && typeof ctor.prototype === 'object') {
        builtinPrototypes.add(ctor.prototype);
      }
    }
  }
  return builtinPrototypes.has(holder);
}

// convertObject runs a conversion of an object argument (String, Number,
// Number.parseInt, Number.parseFloat); when the object has no primitive
// value the TypeError carries the standard message.
function convertObject(convert, arg) {
  try {
    return convert(arg);
  } catch (err) {
    if (err instanceof TypeError && typeof err.message === 'string' && err.message.startsWith('Could not convert ')) {
      throw new TypeError('Cannot convert object to primitive value');
    }
    throw err;
  }
}

function stringArg(arg, opts) {
  switch (typeof arg) {
    case 'number':
      return numberText(arg, false);
    case 'bigint':
      return `${arg}n`;
    case 'symbol':
      return arg.toString();
    case 'object':
      if (arg === null) return 'null';
      if (kindOf(arg) === K_PROXY) {
        return inspect(arg, { ...opts, depth: 0, colors: false, compact: 3 });
      }
      if (kindOf(arg) === K_ERROR && !hasOwn.call(arg, 'toString')) {
        return inspect(arg, { ...opts, depth: 0, colors: false, compact: 3 });
      }
      if (typeof arg.toString !== 'function' || usesBuiltinToString(arg)) {
        return inspect(arg, { ...opts, depth: 0, colors: false, compact: 3 });
      }
      return convertObject(String, arg);
    default:
      return String(arg);
  }
}

function jsonArg(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (err instanceof TypeError && /circular|cyclic/i.test(err.message)) return '[Circular]';
    throw err;
  }
}

function formatList(opts, args) {
  const first = args[0];
  const separators = opts !== undefined && opts.numericSeparator === true;
  let out = '';
  let next = 0;
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    next = 1;
    let last = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const spec = first.charCodeAt(i + 1);
      if (next === args.length) {
        if (spec === 37) {
          out += first.slice(last, i);
          last = i + 1;
          i++;
        }
        continue;
      }
      let piece;
      switch (spec) {
        case 115: // s
          piece = stringArg(args[next++], opts);
          break;
        case 106: // j
          piece = jsonArg(args[next++]);
          break;
        case 100: { // d
          const arg = args[next++];
          if (typeof arg === 'bigint') piece = formatBigInt(stylizeNoColor, arg, separators);
          else if (typeof arg === 'symbol') piece = 'NaN';
          else piece = formatNumber(stylizeNoColor, typeof arg === 'object' && arg !== null ? convertObject(Number, arg) : Number(arg), separators);
          break;
        }
        case 79: // O
          piece = inspect(args[next++], opts);
          break;
        case 111: // o
          piece = inspect(args[next++], { ...opts, showHidden: true, showProxy: true, depth: 4 });
          break;
        case 105: { // i
          const arg = args[next++];
          if (typeof arg === 'bigint') piece = formatBigInt(stylizeNoColor, arg, separators);
          else if (typeof arg === 'symbol') piece = 'NaN';
          else {
            const n = typeof arg === 'object' && arg !== null ? convertObject(Number.parseInt, arg) : Number.parseInt(arg);
            piece = n === 0 && `${arg}`.trimStart()[0] === '-' ? '-0' : formatNumber(stylizeNoColor, n, separators);
          }
          break;
        }
        case 102: { // f
          const arg = args[next++];
          piece = typeof arg === 'symbol' ? 'NaN' : formatNumber(stylizeNoColor, typeof arg === 'object' && arg !== null ? convertObject(Number.parseFloat, arg) : Number.parseFloat(arg), separators);
          break;
        }
        case 99: // c
          next++;
          piece = '';
          break;
        case 37: // %
          out += first.slice(last, i);
          last = i + 1;
          i++;
          continue;
        default:
          continue;
      }
      if (last !== i) out += first.slice(last, i);
      out += piece;
      last = i + 2;
      i++;
    }
    if (last !== 0) {
      if (last < first.length) out += first.slice(last);
    } else {
      out = first;
    }
  }
  for (; next < args.length; next++) {
    const arg = args[next];
    if (out !== '' || next > 0) out += ' ';
    out += typeof arg === 'string' ? arg : inspect(arg, opts);
  }
  return out;
}

function format() {
  const args = new Array(arguments.length);
  for (let i = 0; i < args.length; i++) args[i] = arguments[i];
  return formatList(undefined, args);
}

function formatWithOptions(inspectOptions) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('inspectOptions', 'object', inspectOptions);
  }
  const args = new Array(arguments.length - 1);
  for (let i = 0; i < args.length; i++) args[i] = arguments[i + 1];
  return formatList(inspectOptions, args);
}

// ---------------------------------------------------------------------------
// Helpers other modules use

// The longest run of equal lines that ends both stacks; events uses it to
// shorten the stack of an error re-thrown from an 'error' listener.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const at = b.indexOf(a[i]);
    if (at === -1) continue;
    const room = b.length - at;
    if (room <= 3) continue;
    let len = 1;
    const max = Math.min(a.length - i, room);
    while (len < max && a[i + len] === b[at + len]) len++;
    if (len > 3) return { len, offset: i };
  }
  return { len: 0, offset: 0 };
}

function getStringWidth(str, removeControlChars = true) {
  return native.width(`${str}`, removeControlChars);
}

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw new ERR_INVALID_ARG_TYPE('str', 'string', str);
  return native.strip(str);
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1F || (code >= 0x7F && code <= 0x9F) || (code >= 0x300 && code <= 0x36F) ||
    (code >= 0x200B && code <= 0x200F) || (code >= 0x20D0 && code <= 0x20FF) ||
    (code >= 0xFE00 && code <= 0xFE0F) || (code >= 0xFE20 && code <= 0xFE2F) ||
    (code >= 0xE0100 && code <= 0xE01EF);
}

module.exports = {
  identicalSequenceRange,
  inspect,
  inspectDefaultOptions,
  stylizeWithColor,
  format,
  formatWithOptions,
  getStringWidth,
  stripVTControlCharacters,
  isZeroWidthCodePoint,
};
