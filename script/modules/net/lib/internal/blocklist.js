'use strict';

// net.BlockList: a class over a Go blocklist.BlockList (the block_list
// binding). Methods check the types of their arguments here; the Go
// package parses addresses, families and prefixes, keeps the rules and
// raises Node's errors for bad values. An address argument is a string or
// a SocketAddress, whose Go handle is passed on as it is.

const bl = binding('block_list');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateInt32, validateString, validateArray } = require('internal/validators');
const { SocketAddress, kHandle: kSAHandle } = require('internal/socketaddress');

const kHandle = Symbol('kHandle');
const kCustomInspect = Symbol.for('nodejs.util.inspect.custom');

let inspect;

// addr is the binding's form of an address argument named name: a
// SocketAddress's handle or a string (checked).
function addr(value, name) {
  if (SocketAddress.isSocketAddress(value)) return value[kSAHandle];
  validateString(value, name);
  return value;
}

// place is the SocketAddress an address argument of a rule stands for,
// checked in Node's order: the address's type, the family's type, then
// both together as a SocketAddress is built from them (the family's
// value, then the address's form).
function place(value, name, fam) {
  if (SocketAddress.isSocketAddress(value)) return value;
  validateString(value, name);
  validateString(fam, 'family');
  return new SocketAddress({ address: value, family: fam });
}

// family checks a family argument when address is text (a SocketAddress
// carries its own family).
function family(value, address) {
  if (typeof address === 'string' && value !== undefined) validateString(value, 'family');
  return value;
}

class BlockList {
  constructor() {
    Object.defineProperty(this, kHandle, {
      __proto__: null, value: bl.newBlockList(), writable: false, enumerable: false, configurable: false,
    });
  }

  static isBlockList(value) {
    return value != null && typeof value === 'object' && bl.isBlockList(value[kHandle]);
  }

  addAddress(address, fam = 'ipv4') {
    const a = addr(address, 'address');
    bl.addAddress(this[kHandle], a, family(fam, a));
  }

  addAddresses(addresses, fam = 'ipv4') {
    validateArray(addresses, 'addresses');
    const list = new Array(addresses.length);
    let text = false;
    for (let i = 0; i < addresses.length; i++) {
      list[i] = addr(addresses[i], `addresses[${i}]`);
      if (typeof list[i] === 'string') text = true;
    }
    if (text) validateString(fam, 'family');
    bl.addAddresses(this[kHandle], list, fam);
  }

  addRange(start, end, fam = 'ipv4') {
    const s = place(start, 'start', fam);
    const e = place(end, 'end', fam);
    bl.addRange(this[kHandle], s[kSAHandle], e[kSAHandle], fam);
  }

  addSubnet(network, prefix, fam = 'ipv4') {
    const n = place(network, 'network', fam);
    validateInt32(prefix, 'prefix', 0, n.family === 'ipv6' ? 128 : 32);
    bl.addSubnet(this[kHandle], n[kSAHandle], prefix, fam);
  }

  addCIDR(cidr) {
    validateString(cidr, 'cidr');
    bl.addCIDR(this[kHandle], cidr);
  }

  addCIDRs(cidrs) {
    validateArray(cidrs, 'cidrs');
    for (let i = 0; i < cidrs.length; i++) validateString(cidrs[i], `cidrs[${i}]`);
    bl.addCIDRs(this[kHandle], cidrs);
  }

  removeAddress(address, fam = 'ipv4') {
    const a = addr(address, 'address');
    bl.removeAddress(this[kHandle], a, family(fam, a));
  }

  removeRange(start, end, fam = 'ipv4') {
    const s = place(start, 'start', fam);
    const e = place(end, 'end', fam);
    bl.removeRange(this[kHandle], s[kSAHandle], e[kSAHandle], fam);
  }

  removeSubnet(network, prefix, fam = 'ipv4') {
    const n = place(network, 'network', fam);
    validateInt32(prefix, 'prefix', 0, n.family === 'ipv6' ? 128 : 32);
    bl.removeSubnet(this[kHandle], n[kSAHandle], prefix, fam);
  }

  removeCIDR(cidr) {
    validateString(cidr, 'cidr');
    bl.removeCIDR(this[kHandle], cidr);
  }

  check(address, fam = 'ipv4') {
    const a = addr(address, 'address');
    return bl.check(this[kHandle], a, family(fam, a));
  }

  clear() {
    bl.clear(this[kHandle]);
  }

  toJSON() {
    return bl.rules(this[kHandle]);
  }

  fromJSON(data) {
    if (typeof data !== 'string') {
      let ok = Array.isArray(data);
      for (let i = 0; ok && i < data.length; i++) ok = typeof data[i] === 'string';
      if (!ok) throw new ERR_INVALID_ARG_TYPE('data', ['string', 'string[]'], data);
    }
    bl.fromJSON(this[kHandle], data);
  }

  get rules() {
    return bl.rules(this[kHandle]);
  }

  get size() {
    return bl.size(this[kHandle]);
  }

  [kCustomInspect](depth, options) {
    if (depth < 0) return `[${this.constructor.name}]`;
    if (inspect === undefined) inspect = require('internal/util/inspect').inspect;
    const opts = Object.assign({}, options);
    opts.depth = options.depth == null ? options.depth : options.depth - 1;
    return `BlockList ${inspect({ rules: this.rules }, opts)}`;
  }
}

BlockList.PRIVATE_RANGES = Object.freeze(bl.privateRanges());

module.exports = {
  BlockList,
  kHandle,
};
