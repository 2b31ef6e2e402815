// Validation errors of public APIs: code, class and message for bad
// numbers, integers, ports, objects, strings, booleans, enumerations,
// signals and buffers.
'use strict';
const net = require('net');
const EventEmitter = require('events');
const log = console.log;

function t(label, fn) {
  try {
    const r = fn();
    log(label, 'ok', typeof r);
  } catch (err) {
    log(label, '|', err.name, err.code, '|', err.message);
  }
}

// Ports (validatePort).
t('listen port 65536', () => net.createServer().listen({ port: 65536 }));
t('listen port -1', () => net.createServer().listen({ port: -1 }));
t('listen port 1.5', () => net.createServer().listen({ port: 1.5 }));
t('listen port "abc"', () => net.createServer().listen({ port: 'abc' }));
t('listen port " "', () => net.createServer().listen({ port: ' ' }));
t('listen port true', () => net.createServer().listen({ port: true }));
t('connect port 65536', () => net.connect({ port: 65536 }));
t('connect port "x"', () => net.connect({ port: 'x' }));
t('connect port NaN', () => net.connect(NaN));
t('connect no options', () => net.connect());

// Numbers and integers.
t('setMaxListeners(-1)', () => new EventEmitter().setMaxListeners(-1));
t('setMaxListeners("5")', () => new EventEmitter().setMaxListeners('5'));
t('setMaxListeners(NaN)', () => new EventEmitter().setMaxListeners(NaN));
t('Buffer.alloc(-1)', () => Buffer.alloc(-1));
t('Buffer.alloc(1.5)', () => Buffer.alloc(1.5));
t('Buffer.alloc("1")', () => Buffer.alloc('1'));
t('Buffer.alloc(2**53)', () => Buffer.alloc(2 ** 53));
t('readUInt8 offset 5', () => Buffer.alloc(2).readUInt8(5));
t('readUInt8 offset 1.5', () => Buffer.alloc(2).readUInt8(1.5));
t('readUInt8 offset "0"', () => Buffer.alloc(2).readUInt8('0'));
t('writeUInt8 value 256', () => Buffer.alloc(2).writeUInt8(256));
t('writeUInt32LE value -1', () => Buffer.alloc(4).writeUInt32LE(-1));
t('writeBigInt64LE 2**64', () => Buffer.alloc(8).writeBigInt64LE(2n ** 64n));
t('socket setTimeout("x")', () => new net.Socket().setTimeout('x'));
t('socket setTimeout(-1)', () => new net.Socket().setTimeout(-1));

// Functions, strings, booleans, objects.
t('setTimeout("x")', () => setTimeout('x'));
t('setImmediate(1)', () => setImmediate(1));
t('queueMicrotask(1)', () => queueMicrotask(1));
t('process.nextTick(null)', () => process.nextTick(null));
t('emitter.on(1, fn)', () => new EventEmitter().on('x', 1));
t('Buffer.from(1)', () => Buffer.from(1));
t('Buffer.byteLength(1)', () => Buffer.byteLength(1));
t('Buffer.concat("x")', () => Buffer.concat('x'));
t('Buffer.concat([1])', () => Buffer.concat([1]));
t('Buffer.compare(1, 2)', () => Buffer.compare(1, 2));
t('socket setNoDelay', () => new net.Socket().setNoDelay('x'));
t('createServer(1)', () => net.createServer(1));
t('net.Socket fd -1', () => new net.Socket({ fd: -1 }));
t('isIP(1)', () => net.isIP(1));
t('BlockList addAddress(1)', () => new net.BlockList().addAddress(1));
t('BlockList addAddress family', () => new net.BlockList().addAddress('1.2.3.4', 'ipv5'));
t('AbortSignal.timeout(-1)', () => AbortSignal.timeout(-1));
t('AbortSignal.timeout("1")', () => AbortSignal.timeout('1'));
t('AbortSignal.any(1)', () => AbortSignal.any(1));
t('AbortSignal.any([1])', () => AbortSignal.any([1]));
EventEmitter.once(new EventEmitter(), 'x', { signal: 1 }).catch((err) => log('events.once signal rejected |', err.name, err.code, '|', err.message));
t('util.promisify(1)', () => require('util').promisify(1));
t('util.inherits(1)', () => require('util').inherits(1, 2));
t('path.join(1)', () => require('path').join(1));
t('string decoder encoding', () => new (require('string_decoder').StringDecoder)('nope'));
t('buffer toString enc', () => Buffer.alloc(1).toString('nope'));
t('Buffer.alloc fill enc', () => Buffer.alloc(1, 'a', 'nope'));
t('Buffer hex odd', () => Buffer.from('abc', 'hex').length);
