// How ERR_OUT_OF_RANGE, ERR_INVALID_ARG_VALUE and ERR_MISSING_ARGS show
// the values they received, through public APIs.
'use strict';
const net = require('net');
const dns = require('dns');
const log = console.log;

function t(label, fn) {
  try {
    fn();
    log(label, 'ok');
  } catch (err) {
    log(label, '|', err.name, err.code, '|', err.message);
  }
}

// Out of range: integers past 2**32 get "_" separators, bigints an "n".
for (const v of [-1, 2 ** 32, 2 ** 32 + 1, -(2 ** 40), 2 ** 53, 1e21, 1.5, -0, NaN, Infinity]) {
  // Only sizes Buffer.alloc refuses (it would allocate the others).
  if (!(v >= 0 && v < 2 ** 53)) t(`Buffer.alloc(${String(v)})`, () => Buffer.alloc(v));
  t(`readUInt8(${String(v)})`, () => Buffer.alloc(1).readUInt8(v));
}
for (const v of [2n ** 63n, -(2n ** 63n) - 1n, 2n ** 64n, 2n ** 100n]) {
  t(`writeBigInt64LE(${v}n)`, () => Buffer.alloc(8).writeBigInt64LE(v));
}
t('writeUInt8(300)', () => Buffer.alloc(1).writeUInt8(300));
t('writeInt8(-200)', () => Buffer.alloc(1).writeInt8(-200));
t('writeUInt16BE(70000)', () => Buffer.alloc(2).writeUInt16BE(70000));
t('writeIntLE byteLength 7', () => Buffer.alloc(8).writeIntLE(1, 0, 7));
t('writeDoubleLE offset', () => Buffer.alloc(8).writeDoubleLE(1, 1));
t('timeout 2**31', () => AbortSignal.timeout(2 ** 53));

// Invalid values are shown inspected.
t('dns.lookup family 5', () => dns.lookup('localhost', { family: 5 }, () => {}));
t('dns.lookup family "x"', () => dns.lookup('localhost', { family: 'x' }, () => {}));
t('dns.lookup order', () => dns.lookup('localhost', { order: 'random' }, () => {}));
t('setDefaultResultOrder', () => dns.setDefaultResultOrder('nope'));
t('listen options', () => net.createServer().listen({ fd: -1, foo: [1, 2] }));
t('listen object without port', () => net.createServer().listen({ host: 'localhost' }));
t('connect path and port', () => net.connect({}));
t('Buffer fill value', () => Buffer.alloc(4).fill('zz', 'hex'));
t('BlockList.addSubnet prefix', () => new net.BlockList().addSubnet('10.0.0.0', 33));
t('BlockList.addSubnet type', () => new net.BlockList().addSubnet('10.0.0.0', '8'));
t('BlockList family', () => new net.BlockList().addRange('1.1.1.1', '1.1.1.2', 'ipx'));
t('SocketAddress port', () => new net.SocketAddress({ port: 70000 }));
t('SocketAddress family', () => new net.SocketAddress({ family: 'ipv7' }));
t('SocketAddress address', () => new net.SocketAddress({ address: 1 }));

// Missing arguments.
t('string_decoder write', () => new (require('string_decoder').StringDecoder)().write(1));
t('Buffer.from()', () => Buffer.from());
t('EventTarget add', () => new EventTarget().addEventListener());
t('EventTarget dispatch', () => new EventTarget().dispatchEvent());
t('new Event()', () => new Event());
t('structuredClone()', () => structuredClone());
t('URL()', () => new URL());
