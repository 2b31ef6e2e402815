'use strict';

// net.SocketAddress: a class over a Go blocklist.SocketAddress (the
// block_list binding). The constructor checks the option types; the Go
// package parses the address and raises ERR_INVALID_ADDRESS. The four
// values are read once into a plain object (kDetail) that the getters,
// toJSON and inspect use.

const bl = binding('block_list');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validatePort, validateUint32 } = require('internal/validators');

const kHandle = Symbol('kHandle');
const kDetail = Symbol('kDetail');
const kCustomInspect = Symbol.for('nodejs.util.inspect.custom');

const kFamilies = ['ipv4', 'ipv6'];

let inspect;

class SocketAddress {
  constructor(options = {}) {
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    const { address, port = 0, family = 'ipv4', flowlabel = 0 } = options;
    if (typeof family !== 'string' || !kFamilies.includes(family.toLowerCase())) {
      throw new ERR_INVALID_ARG_VALUE('options.family', family, 'is invalid');
    }
    if (address !== undefined && typeof address !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.address', 'string', address);
    }
    const p = validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel');
    adopt(this, bl.socketAddress(address, p, family, flowlabel));
  }

  get address() { return this[kDetail].address; }
  get port() { return this[kDetail].port; }
  get family() { return this[kDetail].family; }
  get flowlabel() { return this[kDetail].flowlabel; }

  toJSON() {
    const d = this[kDetail];
    return { address: d.address, port: d.port, family: d.family, flowlabel: d.flowlabel };
  }

  [kCustomInspect](depth, options) {
    if (depth < 0) return `[${this.constructor.name}]`;
    if (inspect === undefined) inspect = require('internal/util/inspect').inspect;
    const opts = Object.assign({}, options);
    opts.depth = options.depth == null ? options.depth : options.depth - 1;
    return `SocketAddress ${inspect(this.toJSON(), opts)}`;
  }

  static isSocketAddress(value) {
    return value != null && typeof value === 'object' && bl.isSocketAddress(value[kHandle]);
  }

  static parse(input) {
    if (typeof input !== 'string') throw new ERR_INVALID_ARG_TYPE('input', 'string', input);
    const h = bl.parse(input);
    return h === undefined ? undefined : fromHandle(h);
  }
}

// adopt makes obj the SocketAddress of handle h.
function adopt(obj, h) {
  Object.defineProperty(obj, kHandle, { __proto__: null, value: h, writable: false, enumerable: false, configurable: false });
  Object.defineProperty(obj, kDetail, { __proto__: null, value: bl.detail(h), writable: false, enumerable: false, configurable: false });
}

// fromHandle is a SocketAddress over an existing handle.
function fromHandle(h) {
  const sa = Object.create(SocketAddress.prototype);
  adopt(sa, h);
  return sa;
}

module.exports = {
  SocketAddress,
  kHandle,
  fromHandle,
};
