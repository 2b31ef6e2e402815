'use strict';
// node:dns: lookup and lookupService and their promise forms. The names
// are resolved in Go (the cares_wrap binding, script/modules/dns), with
// the getaddrinfo net.connect uses (netmod); this module checks the
// arguments as Node does and gives the answers Node's shape.
const cares = internalBinding('cares_wrap');
const { customPromisifyArgs } = require('internal/util');
const { DNSException, codes } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } = codes;
const { validateBoolean, validateFunction, validateNumber, validateOneOf, validatePort, validateString } =
  require('internal/validators');
const { isIP } = require('internal/net');

const { GetAddrInfoReqWrap, GetNameInfoReqWrap } = cares;
const validHints = cares.AI_ADDRCONFIG | cares.AI_ALL | cares.AI_V4MAPPED;
const kFamilies = [0, 4, 6];
const kOrders = ['verbatim', 'ipv4first', 'ipv6first'];

let defaultOrder = 'verbatim';

function getDefaultResultOrder() {
  return defaultOrder;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', kOrders);
  defaultOrder = order;
}

function orderNumber(order) {
  if (order === 'ipv4first') return cares.DNS_ORDER_IPV4_FIRST;
  if (order === 'ipv6first') return cares.DNS_ORDER_IPV6_FIRST;
  return cares.DNS_ORDER_VERBATIM;
}

// parseLookup reads dns.lookup's options into a request description, or
// throws Node's errors in Node's order. The callback form passes its
// callback to be checked where Node checks it; the hostname is known to
// be a string or falsy.
function parseLookup(options, callback, checkCallback) {
  const r = { family: 0, hints: 0, all: false, order: defaultOrder, callback };
  if (typeof options === 'function') {
    r.callback = options;
    return r;
  }
  if (typeof options === 'number') {
    if (checkCallback) validateFunction(callback, 'callback');
    validateOneOf(options, 'family', kFamilies);
    r.family = options === 0 ? 0 : options;
    return r;
  }
  if (options !== undefined && typeof options !== 'object') {
    if (checkCallback) validateFunction(callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  }
  if (checkCallback) validateFunction(callback, 'callback');
  if (options == null) return r;
  const { hints, family, all, verbatim, order } = options;
  if (hints != null) {
    validateNumber(hints, 'options.hints');
    r.hints = hints >>> 0;
    if ((r.hints & ~validHints) !== 0) throw new ERR_INVALID_ARG_VALUE('hints', r.hints);
  }
  if (family != null) {
    if (family === 'IPv4') r.family = 4;
    else if (family === 'IPv6') r.family = 6;
    else {
      validateOneOf(family, 'options.family', kFamilies);
      r.family = family;
    }
  }
  if (all != null) {
    validateBoolean(all, 'options.all');
    r.all = all;
  }
  if (verbatim != null) {
    validateBoolean(verbatim, 'options.verbatim');
    r.order = verbatim ? 'verbatim' : 'ipv4first';
  }
  if (order != null) {
    validateOneOf(order, 'options.order', kOrders);
    r.order = order;
  }
  return r;
}

function checkHostnameType(hostname) {
  if (hostname && typeof hostname !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('hostname', 'string', hostname);
  }
}

function emptyHostname(hostname) {
  return new ERR_INVALID_ARG_VALUE('hostname', hostname, 'must be a non-empty string');
}

// The requests' completions run with the request as this: an errno
// fails the request, else the answer goes to its callback.
function failed(req, syscall, errno) {
  req.callback(DNSException(errno, syscall, req.hostname));
}

function onlookup(err, list) {
  if (err) return failed(this, 'getaddrinfo', err);
  this.callback(null, list[0], this.family || isIP(list[0]));
}

function onlookupall(err, list) {
  if (err) return failed(this, 'getaddrinfo', err);
  for (let i = 0; i < list.length; i++) list[i] = { address: list[i], family: isIP(list[i]) };
  this.callback(null, list);
}

function onlookupservice(err, hostname, service) {
  if (err) return failed(this, 'getnameinfo', err);
  this.callback(null, hostname, service);
}

// addrRequest starts a getaddrinfo for a name (not an address) and
// returns its request; a lookup the binding cannot start completes with
// its error on the next tick.
function addrRequest(hostname, r, callback) {
  const req = new GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = r.family;
  req.hostname = hostname;
  req.oncomplete = r.all ? onlookupall : onlookup;
  const errno = cares.getaddrinfo(req, hostname, r.family, r.hints, orderNumber(r.order));
  if (errno !== 0) process.nextTick(() => req.oncomplete(errno));
  return req;
}

// nameRequest starts a getnameinfo, as addrRequest does.
function nameRequest(address, port, callback) {
  const req = new GetNameInfoReqWrap();
  req.callback = callback;
  req.hostname = address;
  req.port = port;
  req.oncomplete = onlookupservice;
  const errno = cares.getnameinfo(req, address, port);
  if (errno !== 0) process.nextTick(() => req.oncomplete(errno));
  return req;
}

// A two-argument call whose second argument is neither options nor a
// function takes it for the missing callback, as Node reports it.
function takesForCallback(options) {
  const t = typeof options;
  return t === 'string' || t === 'boolean' || t === 'symbol' || t === 'bigint';
}

// A name the resolver cannot be given (longer than 255 code units, or
// with a lone surrogate) fails with EINVAL on the next tick, without a
// request object.
function unusableName(hostname) {
  if (hostname.length > 255) return true;
  for (let i = 0; i < hostname.length; i++) {
    const c = hostname.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c > 0xdbff) return true;
    const d = hostname.charCodeAt(++i);
    if (!(d >= 0xdc00 && d <= 0xdfff)) return true;
  }
  return false;
}

function einvalLater(hostname, r, callback) {
  const errno = internalBinding('uv').UV_EINVAL;
  process.nextTick(() => callback(DNSException(errno, 'getaddrinfo', hostname)));
  return {};
}

function lookup(hostname, options, callback) {
  checkHostnameType(hostname);
  if (arguments.length === 2 && takesForCallback(options)) validateFunction(options, 'callback');
  const r = parseLookup(options, callback, true);
  if (!hostname) throw emptyHostname(hostname);
  const family = isIP(hostname);
  if (family === 0) {
    if (unusableName(hostname)) return einvalLater(hostname, r, r.callback);
    return addrRequest(hostname, r, r.callback);
  }
  // An address is its own answer.
  if (r.all) process.nextTick(r.callback, null, [{ address: hostname, family }]);
  else process.nextTick(r.callback, null, hostname, family);
  return {};
}

function checkService(address, port) {
  validateString(address, 'address');
  port = validatePort(port);
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  return port;
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  port = checkService(address, port);
  validateFunction(callback, 'callback');
  return nameRequest(address, port, callback);
}

Object.defineProperty(lookup, customPromisifyArgs, {
  __proto__: null, value: ['address', 'family'], enumerable: false,
});
Object.defineProperty(lookupService, customPromisifyArgs, {
  __proto__: null, value: ['hostname', 'service'], enumerable: false,
});

// The promise forms: the same checks (a missing hostname rejects instead
// of throwing), answers as objects.
function promiseCallback(resolve, reject, all) {
  if (all) return (err, list) => (err ? reject(err) : resolve(list));
  return (err, address, family) => (err ? reject(err) : resolve({ address, family }));
}

function lookupPromise(hostname, options) {
  checkHostnameType(hostname);
  if (typeof options === 'function') throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  const r = parseLookup(options, undefined, false);
  return new Promise((resolve, reject) => {
    if (!hostname) throw emptyHostname(hostname);
    const cb = promiseCallback(resolve, reject, r.all);
    const family = isIP(hostname);
    if (family === 0) {
      if (unusableName(hostname)) einvalLater(hostname, r, cb);
      else addrRequest(hostname, r, cb);
    }
    else if (r.all) cb(null, [{ address: hostname, family }]);
    else cb(null, hostname, family);
  });
}

function lookupServicePromise(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  port = checkService(address, port);
  return new Promise((resolve, reject) => {
    nameRequest(address, port, (err, hostname, service) => (err ? reject(err) : resolve({ hostname, service })));
  });
}

// The error codes of the resolver (c-ares's), exported by both forms:
// each name's code is the name with an E in front, but for EOF.
const errorCodes = {};
for (const name of ('NODATA FORMERR SERVFAIL NOTFOUND NOTIMP REFUSED BADQUERY BADNAME BADFAMILY BADRESP ' +
  'CONNREFUSED TIMEOUT EOF FILE NOMEM DESTRUCTION BADSTR BADFLAGS NONAME BADHINTS NOTINITIALIZED ' +
  'LOADIPHLPAPI ADDRGETNETWORKPARAMS CANCELLED').split(' ')) {
  errorCodes[name] = name === 'EOF' ? name : 'E' + name;
}

const promises = {
  lookup: lookupPromise,
  lookupService: lookupServicePromise,
  getDefaultResultOrder,
  setDefaultResultOrder,
};
Object.defineProperty(promises.lookup, 'name', { __proto__: null, value: 'lookup' });
Object.defineProperty(promises.lookupService, 'name', { __proto__: null, value: 'lookupService' });
Object.assign(promises, errorCodes);

module.exports = {
  lookup,
  lookupService,
  getDefaultResultOrder,
  setDefaultResultOrder,
  ADDRCONFIG: cares.AI_ADDRCONFIG,
  ALL: cares.AI_ALL,
  V4MAPPED: cares.AI_V4MAPPED,
};
Object.assign(module.exports, errorCodes);
module.exports.promises = promises;
