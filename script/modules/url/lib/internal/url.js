'use strict';

// internal/url: the WHATWG URL and URLSearchParams classes over the url
// binding (the parser, in Go), and the file URL helpers node:url and
// node:fs use.

const { URLPattern } = internalBinding('url_pattern');
const { encodeStr } = require('internal/querystring');
const {
  ERR_ARG_NOT_ITERABLE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_FILE_URL_HOST,
  ERR_INVALID_FILE_URL_PATH, ERR_INVALID_THIS, ERR_INVALID_TUPLE, ERR_INVALID_URL, ERR_INVALID_URL_SCHEME,
  ERR_MISSING_ARGS,
} = require('internal/errors').codes;
const { validateFunction } = require('internal/validators');

const bindingUrl = internalBinding('url');
const comps = bindingUrl.urlComponents;
const kOmitted = 4294967295;
const isWindows = process.platform === 'win32';
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// The actions of bindingUrl.update.
const updateActions = {
  kProtocol: 0, kHost: 1, kHostname: 2, kPort: 3, kUsername: 4,
  kPassword: 5, kPathname: 6, kSearch: 7, kHash: 8, kHref: 9,
};

let lazyInspect;
function inspectValue(v, opts) {
  if (lazyInspect === undefined) lazyInspect = require('internal/util/inspect').inspect;
  return lazyInspect(v, opts);
}

// usv replaces the lone surrogates of s with U+FFFD (a USVString).
function usv(v) {
  const s = `${v}`;
  const n = s.length;
  let out = '';
  let last = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    out += s.slice(last, i) + '\ufffd';
    last = i + 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

// Set by the classes' static blocks: access to the other class's state.
let paramsList, paramsSetList, paramsAttach, urlSetQuery, urlHrefOf;
// A URL made from a href the binding has just parsed (comps hold its
// components): new URL(kParsed, href).
const kParsed = Symbol('parsed');

function brandError() {
  return new TypeError('Receiver must be an instance of class URL');
}

class URL {
  #href = '';
  #protocolEnd = 0;
  #usernameEnd = 0;
  #hostStart = 0;
  #hostEnd = 0;
  #port = kOmitted;
  #pathnameStart = 0;
  #searchStart = kOmitted;
  #hashStart = kOmitted;
  #params = null;

  constructor(input, base = undefined) {
    if (input === kParsed) {
      this.#take(base);
      return;
    }
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    this.#take(bindingUrl.parse(input, base, true));
  }

  static {
    urlSetQuery = (url, query) => {
      const href = bindingUrl.update(url.#href, updateActions.kSearch, query);
      if (href) url.#take(href, true);
    };
    urlHrefOf = (url) => ((typeof url === 'object' && url !== null && #href in url) ? url.#href : undefined);
  }

  // #take records href and the components the binding left in comps.
  #take(href, keepParams) {
    this.#href = href;
    this.#protocolEnd = comps[0];
    this.#usernameEnd = comps[1];
    this.#hostStart = comps[2];
    this.#hostEnd = comps[3];
    this.#port = comps[4];
    this.#pathnameStart = comps[5];
    this.#searchStart = comps[6];
    this.#hashStart = comps[7];
    if (this.#params !== null && keepParams !== true) {
      const q = this.#searchStart === kOmitted ? '' : href.slice(this.#searchStart + 1, this.#hashStart === kOmitted ? href.length : this.#hashStart);
      paramsSetList(this.#params, bindingUrl.parseParams(q));
    }
  }

  #update(action, value) {
    const href = bindingUrl.update(this.#href, action, `${value}`);
    if (href) this.#take(href);
  }

  static #check(url) {
    if (url === null || url === undefined) {
      throw new TypeError(`Cannot read properties of ${url} (reading '#context')`);
    }
    if (typeof url !== 'object' || !(#href in url)) throw brandError();
  }

  [customInspect](depth, opts) {
    const name = this.constructor ? this.constructor.name : 'URL';
    if (typeof depth === 'number' && depth < 0) return `${name} {}`;
    const obj = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    return `${name} ${inspectValue(obj, opts)}`;
  }

  toString() {
    URL.#check(this);
    return this.#href;
  }

  get href() {
    URL.#check(this);
    return this.#href;
  }

  set href(value) {
    URL.#check(this);
    value = `${value}`;
    const href = bindingUrl.update(this.#href, updateActions.kHref, value);
    if (!href) throw new ERR_INVALID_URL(value);
    this.#take(href);
  }

  get origin() {
    URL.#check(this);
    return bindingUrl.getOrigin(this.#href);
  }

  get protocol() {
    URL.#check(this);
    return this.#href.slice(0, this.#protocolEnd);
  }

  set protocol(value) {
    URL.#check(this);
    this.#update(updateActions.kProtocol, value);
  }

  get username() {
    URL.#check(this);
    if (this.#usernameEnd > this.#protocolEnd + 2) return this.#href.slice(this.#protocolEnd + 2, this.#usernameEnd);
    return '';
  }

  set username(value) {
    URL.#check(this);
    this.#update(updateActions.kUsername, value);
  }

  get password() {
    URL.#check(this);
    if (this.#hostStart > this.#usernameEnd) return this.#href.slice(this.#usernameEnd + 1, this.#hostStart);
    return '';
  }

  set password(value) {
    URL.#check(this);
    this.#update(updateActions.kPassword, value);
  }

  // #hostnameStart skips the "@" that ends the credentials.
  #hostnameStart() {
    const s = this.#hostStart;
    return this.#href.charCodeAt(s) === 64 ? s + 1 : s;
  }

  get host() {
    URL.#check(this);
    const name = this.#href.slice(this.#hostnameStart(), this.#hostEnd);
    return this.#port === kOmitted ? name : `${name}:${this.#port}`;
  }

  set host(value) {
    URL.#check(this);
    this.#update(updateActions.kHost, value);
  }

  get hostname() {
    URL.#check(this);
    return this.#href.slice(this.#hostnameStart(), this.#hostEnd);
  }

  set hostname(value) {
    URL.#check(this);
    this.#update(updateActions.kHostname, value);
  }

  get port() {
    URL.#check(this);
    return this.#port === kOmitted ? '' : `${this.#port}`;
  }

  set port(value) {
    URL.#check(this);
    this.#update(updateActions.kPort, value);
  }

  get pathname() {
    URL.#check(this);
    let end = this.#searchStart;
    if (end === kOmitted) end = this.#hashStart;
    if (end === kOmitted) end = this.#href.length;
    return this.#href.slice(this.#pathnameStart, end);
  }

  set pathname(value) {
    URL.#check(this);
    this.#update(updateActions.kPathname, value);
  }

  get search() {
    URL.#check(this);
    if (this.#searchStart === kOmitted) return '';
    const end = this.#hashStart === kOmitted ? this.#href.length : this.#hashStart;
    return end - this.#searchStart <= 1 ? '' : this.#href.slice(this.#searchStart, end);
  }

  set search(value) {
    URL.#check(this);
    this.#update(updateActions.kSearch, usv(value));
  }

  get searchParams() {
    URL.#check(this);
    if (this.#params === null) {
      const p = new URLSearchParams(this.search);
      paramsAttach(p, this);
      this.#params = p;
    }
    return this.#params;
  }

  get hash() {
    URL.#check(this);
    if (this.#hashStart === kOmitted || this.#href.length - this.#hashStart <= 1) return '';
    return this.#href.slice(this.#hashStart);
  }

  set hash(value) {
    URL.#check(this);
    this.#update(updateActions.kHash, value);
  }

  toJSON() {
    URL.#check(this);
    return this.#href;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const href = bindingUrl.parse(input, base, false);
    if (!href) return null;
    return new URL(kParsed, href);
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    return bindingUrl.canParse(input, base);
  }

  static createObjectURL(obj) {
    const Blob = blobClass();
    if (Blob === undefined || !(obj instanceof Blob)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    const id = `nodedata:${bindingUrl.randomUUID()}`;
    objectURLs.set(id, obj);
    return `blob:${id}`;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const id = objectURLId(`${url}`);
    if (id !== undefined) objectURLs.delete(id);
  }
}

// Object URLs ("blob:nodedata:<uuid>") name the Blobs registered with
// URL.createObjectURL, until revoked.
const objectURLs = new Map();

// blobClass is buffer's Blob, or undefined while nodenet has none.
function blobClass() {
  try {
    return require('buffer').Blob;
  } catch {
    return undefined;
  }
}

function objectURLId(url) {
  const href = bindingUrl.parse(url, undefined, false);
  if (!href || !href.startsWith('blob:nodedata:')) return undefined;
  const end = comps[6] !== kOmitted ? comps[6] : (comps[7] !== kOmitted ? comps[7] : href.length);
  return href.slice(5, end);
}

// objectURLBlob is the Blob an object URL names (for buffer's
// resolveObjectURL), or undefined.
function objectURLBlob(url) {
  const id = objectURLId(`${url}`);
  return id === undefined ? undefined : objectURLs.get(id);
}

// Node's accessors and methods are enumerable.
function enumerable(proto, names) {
  for (let i = 0; i < names.length; i++) {
    const d = Object.getOwnPropertyDescriptor(proto, names[i]);
    d.enumerable = true;
    Object.defineProperty(proto, names[i], d);
  }
}
enumerable(URL.prototype, ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
  'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']);
enumerable(URL, ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']);
Object.defineProperty(URL.prototype, Symbol.toStringTag, { __proto__: null, value: 'URL', configurable: true });

// toStringOrThrow converts a name or value of a query pair.
function pairPart(v) {
  if (typeof v === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return usv(v);
}

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined) return;
    if ((typeof init === 'object' && init !== null) || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && init instanceof URLSearchParams) {
        this.#list = init.#list.slice();
      } else if (method !== undefined && method !== null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        const list = [];
        for (const pair of init) {
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const kv = [];
          for (const x of pair) kv.push(x);
          if (kv.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          list.push(pairPart(kv[0]), pairPart(kv[1]));
        }
        this.#list = list;
      } else {
        const keys = Reflect.ownKeys(init);
        const list = [];
        const at = new Map();
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          const d = Reflect.getOwnPropertyDescriptor(init, key);
          if (d === undefined || !d.enumerable) continue;
          const k = pairPart(key);
          const v = pairPart(init[key]);
          const j = at.get(k);
          if (j === undefined) {
            at.set(k, list.length);
            list.push(k, v);
          } else {
            list[j + 1] = v;
          }
        }
        this.#list = list;
      }
      return;
    }
    let s = usv(init);
    if (s.charCodeAt(0) === 63) s = s.slice(1);
    if (s.length > 0) this.#list = bindingUrl.parseParams(s, true);
  }

  static {
    paramsList = (p) => p.#list;
    paramsSetList = (p, list) => { p.#list = list; };
    paramsAttach = (p, url) => { p.#url = url; };
  }

  static #check(p) {
    if (typeof p !== 'object' || p === null || !(#list in p)) throw new ERR_INVALID_THIS('URLSearchParams');
  }

  // #changed writes the list back to the URL it belongs to.
  #changed() {
    if (this.#url === null) return;
    urlSetQuery(this.#url, this.#list.length === 0 ? '' : bindingUrl.serializeParams(this.#list));
  }

  [customInspect](depth, opts) {
    URLSearchParams.#check(this);
    if (typeof depth === 'number' && depth < 0) return '[Object]';
    const name = this.constructor ? this.constructor.name : 'URLSearchParams';
    const inner = { ...opts };
    if (typeof depth === 'number') inner.depth = depth - 1;
    const list = this.#list;
    const out = [];
    let len = -2;
    for (let i = 0; i < list.length; i += 2) {
      const s = `${inspectValue(list[i], inner)} => ${inspectValue(list[i + 1], inner)}`;
      out.push(s);
      len += s.replace(/\u001b\[\d\d?m/g, '').length + 2;
    }
    const breakLength = opts && typeof opts.breakLength === 'number' ? opts.breakLength : 80;
    if (len > breakLength) return `${name} {\n  ${out.join(',\n  ')} }`;
    if (out.length > 0) return `${name} { ${out.join(', ')} }`;
    return `${name} {}`;
  }

  get size() {
    URLSearchParams.#check(this);
    return this.#list.length / 2;
  }

  append(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(usv(name), usv(value));
    this.#changed();
  }

  delete(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = usv(name);
    const all = value === undefined;
    if (!all) value = usv(value);
    let j = 0;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (all || list[i + 1] === value)) continue;
      list[j] = list[i];
      list[j + 1] = list[i + 1];
      j += 2;
    }
    list.length = j;
    this.#changed();
  }

  get(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = usv(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    const out = [];
    name = usv(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) out.push(list[i + 1]);
    }
    return out;
  }

  has(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = usv(name);
    const any = value === undefined;
    if (!any) value = usv(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (any || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this.#list;
    name = usv(name);
    value = usv(value);
    let found = false;
    let j = 0;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) {
        if (found) continue;
        found = true;
        list[i + 1] = value;
      }
      list[j] = list[i];
      list[j + 1] = list[i + 1];
      j += 2;
    }
    list.length = j;
    if (!found) list.push(name, value);
    this.#changed();
  }

  sort() {
    URLSearchParams.#check(this);
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1], i]);
    pairs.sort(comparePairs);
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    this.#changed();
  }

  entries() {
    URLSearchParams.#check(this);
    return new ParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    URLSearchParams.#check(this);
    validateFunction(callback, 'callback');
    let list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      list = this.#list;
    }
  }

  keys() {
    URLSearchParams.#check(this);
    return new ParamsIterator(this, 'key');
  }

  values() {
    URLSearchParams.#check(this);
    return new ParamsIterator(this, 'value');
  }

  toString() {
    URLSearchParams.#check(this);
    return this.#list.length === 0 ? '' : bindingUrl.serializeParams(this.#list);
  }
}

// comparePairs orders pairs by name in code units, stably.
function comparePairs(a, b) {
  if (a[0] < b[0]) return -1;
  if (a[0] > b[0]) return 1;
  return a[2] - b[2];
}

enumerable(URLSearchParams.prototype, ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries',
  'forEach', 'keys', 'values', 'toString']);
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'URLSearchParams', configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  __proto__: null, value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});

// ParamsIterator walks a URLSearchParams live: it sees the pairs added or
// removed while it runs.
class ParamsIterator {
  #params;
  #kind;
  #index = 0;

  constructor(params, kind) {
    this.#params = params;
    this.#kind = kind;
  }

  #item(list, i) {
    if (this.#kind === 'key') return list[i];
    if (this.#kind === 'value') return list[i + 1];
    return [list[i], list[i + 1]];
  }

  next() {
    if (typeof this !== 'object' || this === null || !(#params in this)) {
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    const list = paramsList(this.#params);
    if (this.#index >= list.length) return { done: true, value: undefined };
    const value = this.#item(list, this.#index);
    this.#index += 2;
    return { done: false, value };
  }

  [customInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return '[Object]';
    const inner = { ...opts };
    if (typeof depth === 'number') inner.depth = depth - 1;
    const list = paramsList(this.#params);
    const items = [];
    for (let i = this.#index; i < list.length; i += 2) items.push(this.#item(list, i));
    // One item a line when the items would not fit on one as an array.
    const multiline = inspectValue(items, inner).indexOf('\n') >= 0;
    const out = [];
    for (let i = 0; i < items.length; i++) out.push(inspectValue(items[i], inner));
    if (multiline) return `URLSearchParams Iterator {\n  ${out.join(',\n  ')} }`;
    return `URLSearchParams Iterator { ${out.join(', ')} }`;
  }
}

delete ParamsIterator.prototype.constructor;
Object.setPrototypeOf(ParamsIterator.prototype, Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
enumerable(ParamsIterator.prototype, ['next']);
Object.defineProperty(ParamsIterator.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'URLSearchParams Iterator', configurable: true,
});

// isURL tells a URL (or an object shaped like one, not a legacy Url)
// from other values.
function isURL(self) {
  return Boolean(self && self.href && self.protocol && self.auth === undefined && self.path === undefined);
}

function isURLInstance(self) {
  return urlHrefOf(self) !== undefined;
}

function getURLHref(url) {
  return urlHrefOf(url);
}

function getURLOrigin(url) {
  return bindingUrl.getOrigin(`${url}`);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return bindingUrl.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return bindingUrl.domainToUnicode(`${domain}`);
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: typeof hostname === 'string' && hostname.charCodeAt(0) === 91 ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

// fileURL converts the path argument of fileURLToPath into a file: URL.
function fileURL(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return path;
}

function windowsOption(options) {
  const w = options == null ? undefined : options.windows;
  return w === undefined ? isWindows : w;
}

function hasEncoded(pathname, backslash) {
  for (let i = 0; i + 2 < pathname.length; i++) {
    if (pathname.charCodeAt(i) !== 37) continue;
    const a = pathname.charCodeAt(i + 1);
    const b = pathname.charCodeAt(i + 2) | 0x20;
    if (a === 50 && b === 102) return true; // %2F
    if (backslash && a === 53 && b === 99) return true; // %5C
  }
  return false;
}

function winPathFromURL(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (hasEncoded(pathname, true)) throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
  pathname = decodeURIComponent(pathname.replace(/\//g, '\\'));
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.charCodeAt(1) | 0x20;
  if (letter < 97 || letter > 122 || pathname.charCodeAt(2) !== 58) {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return pathname.slice(1);
}

function posixPathFromURL(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  if (hasEncoded(pathname, false)) throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  return decodeURIComponent(pathname);
}

function fileURLToPath(path, options = undefined) {
  const url = fileURL(path);
  return windowsOption(options) ? winPathFromURL(url) : posixPathFromURL(url);
}

// fileURLToPathBuffer is fileURLToPath giving the decoded bytes.
function fileURLToPathBuffer(path, options = undefined) {
  const url = fileURL(path);
  const { unescapeBuffer } = require('querystring');
  const { Buffer } = require('buffer');
  const windows = windowsOption(options);
  let pathname = url.pathname;
  if (windows) {
    if (hasEncoded(pathname, true)) throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
    pathname = pathname.replace(/\//g, '\\');
    if (url.hostname !== '') {
      return Buffer.concat([Buffer.from(`\\\\${domainToUnicode(url.hostname)}`), unescapeBuffer(pathname)]);
    }
    const letter = pathname.charCodeAt(1) | 0x20;
    if (letter < 97 || letter > 122 || pathname.charCodeAt(2) !== 58) {
      throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
    }
    return unescapeBuffer(pathname.slice(1));
  }
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  if (hasEncoded(pathname, false)) throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  return unescapeBuffer(pathname);
}

function pathToFileURL(filepath, options = undefined) {
  const windows = windowsOption(options);
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  const path = require('path');
  if (windows) {
    let p = filepath;
    if (p.startsWith('\\\\?\\UNC\\')) p = `\\\\${p.slice(8)}`;
    else if (p.startsWith('\\\\?\\')) p = p.slice(4);
    if (p.startsWith('\\\\')) {
      const end = p.indexOf('\\', 2);
      if (end === -1) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
      if (end === 2) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
      const host = bindingUrl.domainToASCII(p.slice(2, end));
      return new URL(kParsed, bindingUrl.pathToFileURL(p.slice(end).replace(/\\/g, '/'), host));
    }
    let resolved = path.win32.resolve(p);
    const last = p.charCodeAt(p.length - 1);
    if (last === 47 || last === 92) resolved += '\\'; // kept even after a root: C:\ gives C://
    resolved = resolved.replace(/\\/g, '/');
    if (resolved.charCodeAt(0) !== 47) resolved = `/${resolved}`;
    return new URL(kParsed, bindingUrl.pathToFileURL(resolved));
  }
  let resolved = path.posix.resolve(filepath);
  if (filepath.charCodeAt(filepath.length - 1) === 47 && resolved.charCodeAt(resolved.length - 1) !== 47) resolved += '/';
  return new URL(kParsed, bindingUrl.pathToFileURL(resolved));
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

// The object URL methods are URL's own statics here.
function installObjectURLMethods() {}

// Protocols the legacy parser treats specially.
const unsafeProtocol = new Set(['javascript', 'javascript:']);
const hostlessProtocol = new Set(['javascript', 'javascript:']);
const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

module.exports = {
  fileURLToPath, fileURLToPathBuffer, pathToFileURL, toPathIfFileURL, installObjectURLMethods, objectURLBlob,
  URL, URLPattern, URLSearchParams, URLParse: URL.parse, domainToASCII, domainToUnicode, urlToHttpOptions,
  encodeStr, isURL, isURLInstance, getURLHref, urlUpdateActions: updateActions, getURLOrigin,
  unsafeProtocol, hostlessProtocol, slashedProtocol,
};
