'use strict';

// node:url: the WHATWG classes and helpers (internal/url), and the legacy
// API — url.parse, url.format, url.resolve and the Url objects they use,
// with the behaviour Node has kept for them.

const whatwg = require('internal/url');
const { URL, URLSearchParams, unsafeProtocol, hostlessProtocol, slashedProtocol } = whatwg;
const { URLPattern } = internalBinding('url_pattern');
const { encodeStr, hexTable } = require('internal/querystring');
const querystring = require('querystring');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_URI,
  ERR_INVALID_URL,
} = require('internal/errors').codes;
const { validateString, validateObject } = require('internal/validators');

const bindingUrl = internalBinding('url');

// The fields of a Url, in the order Node gives them.
const urlFields = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query',
  'pathname', 'path', 'href'];

function Url() {
  for (let i = 0; i < urlFields.length; i++) this[urlFields[i]] = null;
}

// escapeTable builds the table encodeStr uses: 1 for the ASCII characters
// left as they are.
function escapeTable(keep) {
  const t = new Int8Array(128);
  for (let c = 48; c <= 57; c++) t[c] = 1;
  for (let c = 65; c <= 90; c++) t[c] = t[c + 32] = 1;
  for (let i = 0; i < keep.length; i++) t[keep.charCodeAt(i)] = 1;
  return t;
}
const authKeep = escapeTable("!'()*-._~:");

// Characters url.parse escapes in the path, query and fragment.
const autoEscape = {
  __proto__: null,
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E',
  '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const autoEscapeRe = /[\t\n\r "'<>\\^`{|}]/g;
function escapeChar(c) { return autoEscape[c]; }

// Characters that end the host.
function endsHost(c) {
  switch (c) {
    case 47: case 63: case 35: case 37: case 59: case 32: case 60: case 62: case 34: case 96:
    case 123: case 125: case 124: case 92: case 94: case 39:
      return true;
  }
  return false;
}

const protocolRe = /^[a-z0-9.+-]+:/i;
let warned = false;

// isSpace tells the characters trimmed from both ends of the input: white
// space and the C0 controls.
function isSpace(c) {
  return c <= 32 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029 ||
    c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  // Drop the whitespace around the URL; backslashes before the query or
  // fragment are slashes.
  let start = 0;
  let end = url.length;
  while (start < end && isSpace(url.charCodeAt(start))) start++;
  while (end > start && isSpace(url.charCodeAt(end - 1))) end--;
  let rest = url.slice(start, end);
  let cut = rest.length;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 63 || c === 35) {
      cut = i;
      break;
    }
  }
  if (rest.lastIndexOf('\\', cut) >= 0) rest = rest.slice(0, cut).replace(/\\/g, '/') + rest.slice(cut);

  if (!slashesDenoteHost && rest.charCodeAt(0) === 47 && !(rest.charCodeAt(1) === 47 && rest.charCodeAt(2) === 47) &&
      !/[#@\s]/.test(rest)) {
    // A plain path (with perhaps a query), taken as written.
    this.path = rest;
    this.href = rest;
    const q = rest.indexOf('?');
    if (q >= 0) {
      this.pathname = rest.slice(0, q);
      this.search = rest.slice(q);
      this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
    } else {
      this.pathname = rest;
      if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
    }
    return this;
  }

  let lowerProto;
  const m = protocolRe.exec(rest);
  if (m !== null) {
    lowerProto = m[0].toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(m[0].length);
  }

  if (slashesDenoteHost || m !== null || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    const slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !(lowerProto !== undefined && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  // (The protocol as written decides here: "HTTP:" is not one of the
  // protocols that need slashes before a host.)
  if (!hostlessProtocol.has(lowerProto) && (this.slashes || (m !== null && !slashedProtocol.has(m[0])))) {
    // The authority: credentials up to the last "@" before the path, then
    // the host up to the first character that cannot be in one.
    let pathAt = rest.length;
    for (let i = 0; i < rest.length; i++) {
      const c = rest.charCodeAt(i);
      if (c === 47 || c === 63 || c === 35) {
        pathAt = i;
        break;
      }
    }
    // Tabs and line breaks before the path are dropped.
    const authority = rest.slice(0, pathAt);
    if (/[\t\n\r]/.test(authority)) {
      const kept = authority.replace(/[\t\n\r]/g, '');
      rest = kept + rest.slice(pathAt);
      pathAt = kept.length;
    }
    const at = rest.lastIndexOf('@', pathAt);
    if (at >= 0 && at < pathAt) {
      this.auth = decodeURIComponent(rest.slice(0, at));
      rest = rest.slice(at + 1);
    }
    let hostEnd = rest.length;
    for (let i = 0; i < rest.length; i++) {
      if (endsHost(rest.charCodeAt(i))) {
        hostEnd = i;
        break;
      }
    }
    this.parseHost(rest.slice(0, hostEnd), url);
    rest = rest.slice(hostEnd);
    let hostname = this.hostname;
    const ipv6 = hostname.charCodeAt(0) === 91 && hostname.charCodeAt(hostname.length - 1) === 93;
    if (!ipv6 && hostname.indexOf(':') >= 0) throw new ERR_INVALID_ARG_VALUE('url', 'Invalid port in url', url);
    if (hostname.length > 255) hostname = '';
    else if (!ipv6) hostname = toASCII(hostname.toLowerCase(), url);
    this.hostname = hostname;
    this.host = hostname + (this.port ? `:${this.port}` : '');
    if (ipv6) {
      this.hostname = hostname.slice(1, -1);
      if (rest.charCodeAt(0) !== 47) rest = `/${rest}`;
    }
  }

  if (!unsafeProtocol.has(lowerProto)) rest = rest.replace(autoEscapeRe, escapeChar);

  const hash = rest.indexOf('#');
  if (hash >= 0) {
    this.hash = rest.slice(hash);
    rest = rest.slice(0, hash);
  }
  const q = rest.indexOf('?');
  if (q >= 0) {
    this.search = rest.slice(q);
    this.query = rest.slice(q + 1);
    if (parseQueryString) {
      this.query = querystring.parse(this.query);
      if (surrogateRe.test(this.search)) checkQueryEnds(this.search.slice(1));
    }
    rest = rest.slice(0, q);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  if (rest.length > 0) this.pathname = rest;
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

const surrogateRe = /[\ud800-\udfff]/;

// endsLone tells whether s.slice(0, end) ends with half of a surrogate pair.
function endsLone(s, end) {
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) return true;
  if (c < 0xdc00 || c > 0xdfff) return false;
  const p = s.charCodeAt(end - 2);
  return !(p >= 0xd800 && p <= 0xdbff);
}

// checkQueryEnds throws ERR_INVALID_URI when a key or value of query (as
// written, before decoding) ends with half of a surrogate pair.
function checkQueryEnds(query) {
  let start = 0;
  while (start <= query.length) {
    let end = query.indexOf('&', start);
    if (end < 0) end = query.length;
    const eq = query.indexOf('=', start);
    if (eq >= 0 && eq < end && endsLone(query, eq)) throw new ERR_INVALID_URI();
    if (endsLone(query, end)) throw new ERR_INVALID_URI();
    start = end + 1;
  }
}

// parseHost splits host into hostname and port.
Url.prototype.parseHost = function parseHost(host, url) {
  host = host.replace(/[\t\n\r]/g, '');
  const port = /:[0-9]*$/.exec(host);
  if (port !== null) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  this.hostname = host;
};

// toASCII is the hostname as the legacy parser keeps it: punycoded when
// it is not ASCII; a name that cannot be one is an invalid URL.
function toASCII(hostname, url) {
  if (hostname === '') return hostname;
  let ascii = true;
  for (let i = 0; i < hostname.length; i++) {
    const c = hostname.charCodeAt(i);
    if (c === 0 || c === 0x5b || c === 0x5d) throw new ERR_INVALID_URL(url); // NUL, [ and ]
    if (c > 0x7f) ascii = false;
  }
  if (ascii) return hostname;
  const out = bindingUrl.legacyToASCII(hostname);
  if (out === '') throw new ERR_INVALID_URL(url);
  return out;
}

// hostPart is what format writes between the slashes and the path.
function hostPart(u) {
  const auth = u.auth ? `${encodeStr(u.auth, authKeep, hexTable)}@` : '';
  if (u.host) return auth + u.host;
  const name = u.hostname;
  if (!name) return '';
  const bracket = name.indexOf(':') >= 0 && name.charCodeAt(0) !== 91;
  return auth + (bracket ? `[${name}]` : name) + (u.port ? `:${u.port}` : '');
}

Url.prototype.format = function format() {
  let protocol = this.protocol ? `${this.protocol}` : '';
  if (protocol !== '' && !protocol.endsWith(':')) protocol += ':';
  let host = hostPart(this);
  let pathname = this.pathname || '';
  if (/[#?]/.test(pathname)) pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
  let search = this.search;
  if (!search && this.query !== null && typeof this.query === 'object') {
    const q = querystring.stringify(this.query);
    if (q !== '') search = q;
  }
  search = search ? search.replace(/#/g, '%23') : '';
  if (search !== '' && search.charCodeAt(0) !== 63) search = `?${search}`;
  let hash = this.hash || '';
  if (hash !== '' && hash.charCodeAt(0) !== 35) hash = `#${hash}`;
  // Slashes go before a host (always for the protocols that have one);
  // a file: URL without a host still gets them.
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host !== '') {
      if (pathname !== '' && pathname.charCodeAt(0) !== 47) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.toLowerCase() === 'file:') {
      host = '//';
    }
  }
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

// copyOwn copies the enumerable own properties of from onto to.
function copyOwn(to, from, except) {
  const keys = Object.keys(from);
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== except) to[keys[i]] = from[keys[i]];
  }
}

function finish(u) {
  u.href = u.format();
  return u;
}

function setPath(u) {
  if (u.pathname !== null || u.search !== null) u.path = (u.pathname || '') + (u.search || '');
}

function rooted(p) {
  return typeof p === 'string' && p.charCodeAt(0) === 47;
}

// segments splits p at its slashes (by hand: the engine's split turns
// unpaired surrogates into U+FFFD).
function segments(p) {
  const out = [];
  if (!p) return out;
  let start = 0;
  for (;;) {
    const i = p.indexOf('/', start);
    if (i < 0) {
      out.push(p.slice(start));
      return out;
    }
    out.push(p.slice(start, i));
    start = i + 1;
  }
}

// removeDots resolves "." and ".." in path segments (a leading "" is the
// root). ".." that climb above the start are kept when keepUp is set. It
// also tells whether the result ends with a slash.
function removeDots(segs, keepUp, hasHost) {
  const last = segs[segs.length - 1];
  const trailing = last === '' || ((hasHost || segs.length > 1) && (last === '.' || last === '..'));
  const out = [];
  let up = 0;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    if (s === '.') continue;
    if (s !== '..') {
      out.push(s);
    } else if (out.length === 1 && out[0] === '') {
      // nothing above the root
    } else if (out.length > 0 && out[out.length - 1] !== '..') {
      out.pop();
    } else {
      up++;
    }
  }
  for (; keepUp && up > 0; up--) out.unshift('..');
  return { segs: out, trailing };
}

// A protocol without slashes ("mailto:") keeps its host as the first
// segment of the path while the paths are merged.
function foldHost(segs, host) {
  if (!host) return;
  if (segs[0] === '') segs[0] = host;
  else segs.unshift(host);
}

// unfoldHost takes the host (and credentials written in it) back.
function unfoldHost(u, host) {
  u.host = u.hostname = host;
  if (host && host.indexOf('@') > 0) {
    const parts = host.split('@');
    u.auth = parts[0];
    u.host = u.hostname = parts[1];
  }
}

// otherProtocol resolves a reference with a protocol of its own.
function otherProtocol(out, ref) {
  if (!slashedProtocol.has(ref.protocol)) {
    copyOwn(out, ref);
    return finish(out);
  }
  out.protocol = ref.protocol;
  let pathname = ref.pathname;
  if (!ref.host && ref.protocol !== 'file:' && !hostlessProtocol.has(ref.protocol)) {
    // "https:g": the first segment of the path names the host.
    const segs = segments(ref.pathname);
    let host = '';
    while (host === '' && segs.length > 0) host = segs.shift();
    ref.host = host;
    if (!ref.hostname) ref.hostname = '';
    if (segs[0] !== '') segs.unshift('');
    if (segs.length < 2) segs.unshift('');
    pathname = segs.join('/');
  }
  out.pathname = pathname;
  out.search = ref.search;
  out.query = ref.query;
  out.host = ref.host || '';
  out.auth = ref.auth;
  out.hostname = ref.hostname || ref.host;
  out.port = ref.port;
  if (out.pathname || out.search) out.path = (out.pathname || '') + (out.search || '');
  out.slashes = out.slashes || ref.slashes;
  return finish(out);
}

// mergePath resolves a reference without a protocol of its own (or with
// the base's) against the base's path.
function mergePath(out, ref) {
  const opaque = Boolean(out.protocol) && !slashedProtocol.has(out.protocol);
  const refRooted = Boolean(ref.host) || rooted(ref.pathname);
  let mustRoot = refRooted || rooted(out.pathname) || Boolean(out.host && ref.pathname);
  const keepUp = !mustRoot;
  let segs = segments(out.pathname);
  const refSegs = segments(ref.pathname);
  if (opaque) {
    foldHost(segs, out.host);
    out.hostname = out.host = '';
    out.port = null;
    if (ref.protocol) {
      out.auth = ref.hostname = ref.port = null;
      foldHost(refSegs, ref.host);
    }
    mustRoot = mustRoot && (refSegs[0] === '' || segs[0] === '');
  }

  if (refRooted) {
    if (ref.host || ref.host === '') {
      if (out.host !== ref.host) out.auth = null;
      out.host = ref.host;
      out.port = ref.port;
    }
    if (ref.hostname || ref.hostname === '') {
      if (out.hostname !== ref.hostname) out.auth = null;
      out.hostname = ref.hostname;
    }
    segs = refSegs;
  } else if (refSegs.length > 0) {
    segs.pop();
    segs = segs.concat(refSegs);
  } else if (ref.search === null || ref.search === undefined) {
    // Only a fragment: the base path stays.
  } else {
    if (opaque) unfoldHost(out, segs.shift());
    out.search = ref.search;
    out.query = ref.query;
    setPath(out);
    return finish(out);
  }
  if (refRooted || refSegs.length > 0) {
    out.search = ref.search;
    out.query = ref.query;
  }

  if (segs.length === 0) {
    out.pathname = null;
    out.path = out.search ? `/${out.search}` : null;
    return finish(out);
  }

  const r = removeDots(segs, keepUp, Boolean(out.host || ref.host));
  segs = r.segs;
  if (mustRoot && segs[0] !== '' && !rooted(segs[0])) segs.unshift('');
  if (r.trailing && !segs.join('/').endsWith('/')) segs.push('');
  const isRooted = segs[0] === '' || rooted(segs[0]);
  if (opaque) unfoldHost(out, isRooted ? '' : (segs.length > 0 ? segs.shift() : ''));
  if ((mustRoot || (out.host && segs.length > 0)) && !isRooted) segs.unshift('');
  if (segs.length > 0) {
    out.pathname = segs.join('/');
  } else {
    out.pathname = out.path = null;
  }
  setPath(out);
  out.auth = ref.auth || out.auth;
  out.slashes = out.slashes || ref.slashes;
  return finish(out);
}

Url.prototype.resolveObject = function resolveObject(relative) {
  const ref = typeof relative === 'string' ? urlParse(relative, false, true) : relative;
  const out = new Url();
  copyOwn(out, this);
  out.hash = ref.hash;
  if (ref.href === '') return finish(out);
  if (ref.slashes && !ref.protocol) {
    // A network-path reference ("//host/p"): only the protocol stays.
    copyOwn(out, ref, 'protocol');
    if (slashedProtocol.has(out.protocol) && out.hostname && !out.pathname) out.path = out.pathname = '/';
    return finish(out);
  }
  if (ref.protocol && ref.protocol !== out.protocol) return otherProtocol(out, ref);
  return mergePath(out, ref);
};

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

function warnParse() {
  if (warned) return;
  warned = true;
  process.emitWarning(
    '`url.parse()` behavior is not standardized and prone to errors that have security implications. ' +
    'Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` vulnerabilities.',
    'DeprecationWarning', 'DEP0169');
}

function parse(url, parseQueryString, slashesDenoteHost) {
  warnParse();
  return urlParse(url, parseQueryString, slashesDenoteHost);
}

// formatOption reads one boolean option of the WHATWG form of format.
function formatOption(options, name, def) {
  if (options === undefined) return def;
  const v = options[name];
  return v === undefined || v === null ? def : Boolean(v);
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') return urlParse(urlObject).format();
  if (urlObject === null || typeof urlObject !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['object', 'string'], urlObject);
  }
  if (!(urlObject instanceof URL)) return Url.prototype.format.call(urlObject);
  if (options !== undefined) validateObject(options, 'options');
  return bindingUrl.format(urlObject.href, formatOption(options, 'fragment', true),
    formatOption(options, 'unicode', false), formatOption(options, 'search', true), formatOption(options, 'auth', true));
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = {
  Url, parse, resolve: urlResolve, resolveObject: urlResolveObject, format: urlFormat,
  URL, URLPattern, URLSearchParams, domainToASCII: whatwg.domainToASCII, domainToUnicode: whatwg.domainToUnicode,
  pathToFileURL: whatwg.pathToFileURL, fileURLToPath: whatwg.fileURLToPath,
  fileURLToPathBuffer: whatwg.fileURLToPathBuffer, urlToHttpOptions: whatwg.urlToHttpOptions,
};
