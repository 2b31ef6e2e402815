'use strict';
// util.MIMEType and util.MIMEParams: a MIME type string parsed into its
// type, subtype and parameters as the WHATWG MIME Sniffing standard
// describes, and written back in its serialized form.
const { ERR_INVALID_MIME_SYNTAX } = require('internal/errors').codes;

// A character that may not appear in a token (type, subtype, parameter
// name), and one that may not appear in a parameter value.
const notToken = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const notValue = /[^\t\u0020-\u007e\u0080-\u00ff]/;
// isHTTPSpace tests a character code: space, tab, LF or CR.
const isHTTPSpace = (c) => c === 32 || c === 9 || c === 10 || c === 13;

// checkToken throws ERR_INVALID_MIME_SYNTAX for a `what` that is empty or
// holds a character a token may not.
function checkToken(what, s, quoted) {
  if (s.length === 0) throw new ERR_INVALID_MIME_SYNTAX(what, quoted);
  const m = notToken.exec(s);
  if (m !== null) throw new ERR_INVALID_MIME_SYNTAX(what, quoted, m.index);
}

// serializeValue writes a parameter value: as it is when it is a token,
// else quoted with its quotes and backslashes escaped.
function serializeValue(v) {
  if (v.length > 0 && !notToken.test(v)) return v;
  return '"' + v.replace(/["\\]/g, '\\$&') + '"';
}

let paramsMap;
let isParams;

class MIMEParams {
  #data = new Map();

  static {
    paramsMap = (p) => p.#data;
    isParams = (o) => typeof o === 'object' && o !== null && #data in o;
  }

  delete(name) {
    brand(this);
    this.#data.delete(`${name}`.toLowerCase());
  }

  get(name) {
    brand(this);
    const v = this.#data.get(`${name}`.toLowerCase());
    return v === undefined ? null : v;
  }

  has(name) {
    brand(this);
    return this.#data.has(`${name}`.toLowerCase());
  }

  set(name, value) {
    brand(this);
    name = `${name}`;
    value = `${value}`;
    checkToken('parameter name', name, name);
    const m = notValue.exec(value);
    if (m !== null) throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, m.index);
    this.#data.set(name.toLowerCase(), value);
  }

  * entries() {
    brand(this);
    for (const e of this.#data) yield e;
  }

  * keys() {
    brand(this);
    for (const k of this.#data.keys()) yield k;
  }

  * values() {
    brand(this);
    for (const v of this.#data.values()) yield v;
  }

  toString() {
    brand(this);
    let s = '';
    for (const [k, v] of this.#data) {
      if (s !== '') s += ';';
      s += k + '=' + serializeValue(v);
    }
    return s;
  }

  toJSON() {
    brand(this);
    return MIMEParams.prototype.toString.call(this);
  }
}

function brand(o) {
  if (!isParams(o)) throw new TypeError('Receiver must be an instance of class MIMEParams');
}

Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  __proto__: null, value: MIMEParams.prototype.entries, writable: true, enumerable: false, configurable: true,
});

// parseParams reads the parameters of s from index i (a ';' or the end)
// into map: names lower-cased, the first of a name kept, the invalid ones
// dropped.
function parseParams(s, i, map) {
  const n = s.length;
  while (i < n) {
    i++; // the ';'
    while (i < n && isHTTPSpace(s.charCodeAt(i))) i++;
    let start = i;
    let c = 0;
    while (i < n && (c = s.charCodeAt(i)) !== 59 && c !== 61) i++; // ';' '='
    const name = s.slice(start, i).toLowerCase();
    if (i < n) {
      if (c === 59) continue;
      i++; // the '='
    }
    if (i >= n) break;
    let value;
    if (s.charCodeAt(i) === 34) { // '"'
      value = '';
      i++;
      while (true) {
        start = i;
        while (i < n && (c = s.charCodeAt(i)) !== 34 && c !== 92) i++; // '"' '\\'
        value += s.slice(start, i);
        if (i >= n) break;
        i++;
        if (c === 34) break;
        if (i >= n) {
          value += '\\';
          break;
        }
        value += s[i++];
      }
      i = s.indexOf(';', i);
      if (i < 0) i = n;
    } else {
      start = i;
      i = s.indexOf(';', i);
      if (i < 0) i = n;
      let end = i;
      while (end > start && isHTTPSpace(s.charCodeAt(end - 1))) end--;
      value = s.slice(start, end);
      if (value === '') continue;
    }
    if (name !== '' && !notToken.test(name) && !notValue.test(value) && !map.has(name)) {
      map.set(name, value);
    }
  }
}

class MIMEType {
  #type;
  #subtype;
  #params = new MIMEParams();

  constructor(string) {
    const input = `${string}`;
    let start = 0;
    let end = input.length;
    while (start < end && isHTTPSpace(input.charCodeAt(start))) start++;
    while (end > start && isHTTPSpace(input.charCodeAt(end - 1))) end--;
    const s = input.slice(start, end);
    let i = s.indexOf('/');
    if (i <= 0) throw new ERR_INVALID_MIME_SYNTAX('type', input);
    const type = s.slice(0, i);
    checkToken('type', type, input);
    let j = s.indexOf(';', i + 1);
    if (j < 0) j = s.length;
    let k = j;
    while (k > i + 1 && isHTTPSpace(s.charCodeAt(k - 1))) k--;
    const subtype = s.slice(i + 1, k);
    checkToken('subtype', subtype, input);
    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    parseParams(s, j, paramsMap(this.#params));
  }

  get type() {
    return this.#type;
  }

  set type(v) {
    v = `${v}`;
    checkToken('type', v, v);
    this.#type = v.toLowerCase();
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(v) {
    v = `${v}`;
    checkToken('subtype', v, v);
    this.#subtype = v.toLowerCase();
  }

  get essence() {
    return this.#type + '/' + this.#subtype;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const essence = this.#type + '/' + this.#subtype;
    const p = MIMEParams.prototype.toString.call(this.#params);
    return p === '' ? essence : essence + ';' + p;
  }

  toJSON() {
    return MIMEType.prototype.toString.call(this);
  }
}

module.exports = {
  MIMEParams,
  MIMEType,
};
