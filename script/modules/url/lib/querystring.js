'use strict';

// node:querystring: URL query strings (application/x-www-form-urlencoded
// as Node has always read and written it).

const { Buffer } = require('buffer');
const { encodeStr, hexTable, isHexTable } = require('internal/querystring');

// noEscape marks the ASCII characters escape leaves as they are:
// A-Z a-z 0-9 - . _ ~ ! ' ( ) *.
const noEscape = new Int8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || "-._~!'()*".indexOf(String.fromCharCode(c)) >= 0) noEscape[c] = 1;
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  c |= 0x20;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// unescapeBuffer decodes the %XX escapes of s into bytes (and "+" into a
// space with decodeSpaces); a malformed escape stays as written, any
// other character gives its low byte.
function unescapeBuffer(s, decodeSpaces) {
  s = `${s}`;
  const n = s.length;
  const out = Buffer.allocUnsafe(n);
  let o = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 37 && i + 2 < n) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hi < 0 ? -1 : hexValue(s.charCodeAt(i + 2));
      if (lo >= 0) {
        out[o++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    out[o++] = c === 43 && decodeSpaces ? 32 : c;
  }
  return o === n ? out : out.subarray(0, o);
}

// decodeComponent is decodeURIComponent keeping unpaired surrogates as
// they are (the engine's own turns them into U+FFFD). Escapes never span
// a surrogate, so the text between surrogates decodes piece by piece.
function decodeComponent(s) {
  const d = decodeURIComponent(s);
  if (d.indexOf('\ufffd') < 0) return d;
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      out += decodeURIComponent(s.slice(last, i)) + s[i];
      last = i + 1;
    }
  }
  return last === 0 ? d : out + decodeURIComponent(s.slice(last));
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, noEscape, hexTable);
}

// primitive is the text stringify writes for a value ('' for the others).
function primitive(v) {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return Number.isFinite(v) ? `${v}` : '';
    case 'bigint': return `${v}`;
    case 'boolean': return v ? 'true' : 'false';
    default: return '';
  }
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  if (obj === null || typeof obj !== 'object') return '';
  const keys = Object.keys(obj);
  let out = '';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = obj[k];
    const ks = encode(primitive(k)) + eq;
    if (Array.isArray(v)) {
      for (let j = 0; j < v.length; j++) {
        if (out.length > 0) out += sep;
        out += ks + encode(primitive(v[j]));
      }
    } else {
      if (out.length > 0) out += sep;
      out += ks + encode(primitive(v));
    }
  }
  return out;
}

// decodeDefault decodes one key or value the way parse does without a
// custom decoder: text holding no well-formed %XX escape is kept as it is
// (lone surrogates and other non-ASCII characters included).
function decodeDefault(s) {
  if (s.indexOf('%') < 0) return s;
  try {
    const d = decodeURIComponent(s);
    return d.indexOf('\ufffd') < 0 ? d : decodeComponent(s);
  } catch {
    return hasEscape(s) ? unescapeBuffer(s, true).toString() : s;
  }
}

// hasEscape reports whether s holds a well-formed %XX escape.
function hasEscape(s) {
  for (let i = s.indexOf('%'); i >= 0 && i + 2 < s.length; i = s.indexOf('%', i + 1)) {
    if (isHexTable[s.charCodeAt(i + 1)] === 1 && isHexTable[s.charCodeAt(i + 2)] === 1) return true;
  }
  return false;
}

function decodeWith(s, decode) {
  try {
    return decode(s);
  } catch {
    return QueryString.unescape(s, true);
  }
}

function addPair(obj, key, value) {
  const cur = obj[key];
  if (cur === undefined) obj[key] = value;
  else if (typeof cur === 'string') obj[key] = [cur, value];
  else cur.push(value);
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  let decode = null;
  if (options) {
    if (typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
    if (typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  }
  if (decode === null && QueryString.unescape !== qsUnescape) decode = QueryString.unescape;
  let pairs = 0;
  let start = 0;
  const n = qs.length;
  while (start <= n) {
    let end = qs.indexOf(sep, start);
    if (end < 0) end = n;
    if (end > start) {
      const at = qs.indexOf(eq, start);
      let k, v;
      if (at >= 0 && at < end) {
        k = qs.slice(start, at);
        v = qs.slice(at + eq.length, end);
      } else {
        k = qs.slice(start, end);
        v = '';
      }
      if (decode === null) {
        if (k.indexOf('+') >= 0) k = k.replace(/\+/g, ' ');
        if (v.indexOf('+') >= 0) v = v.replace(/\+/g, ' ');
        k = decodeDefault(k);
        v = decodeDefault(v);
      } else {
        // A decoder of the user's sees "+" as the escape it stands for.
        if (k.indexOf('+') >= 0) k = k.replace(/\+/g, '%20');
        if (v.indexOf('+') >= 0) v = v.replace(/\+/g, '%20');
        k = decodeWith(k, decode);
        v = decodeWith(v, decode);
      }
      addPair(obj, k, v);
      if (++pairs === maxKeys) break;
    }
    start = end + sep.length;
  }
  return obj;
}

const QueryString = module.exports = {
  unescapeBuffer, unescape: qsUnescape, escape: qsEscape, stringify, encode: stringify, parse, decode: parse,
};
