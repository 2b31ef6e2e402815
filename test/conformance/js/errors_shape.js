// The shape of Node's coded errors: name, code, message, String(), the
// stack's first line, own keys and the descriptors of code and message.
'use strict';
const net = require('net');
const EventEmitter = require('events');
const log = console.log;

function shape(label, fn) {
  let err;
  try {
    fn();
    log(label, 'no error');
    return;
  } catch (e) {
    err = e;
  }
  log(label);
  log('  name:', err.name, '| code:', err.code);
  log('  message:', err.message);
  log('  String:', String(err));
  log('  stack[0]:', err.stack.split('\n')[0]);
  log('  keys:', JSON.stringify(Object.keys(err)));
  const code = Object.getOwnPropertyDescriptor(err, 'code');
  const msg = Object.getOwnPropertyDescriptor(err, 'message');
  log('  code desc:', code.enumerable, code.writable, code.configurable);
  log('  message desc:', msg.enumerable, msg.writable, msg.configurable);
  log('  own name:', Object.prototype.hasOwnProperty.call(err, 'name'));
  log('  instanceof Error:', err instanceof Error, '| constructor:', err.constructor.name);
  log('  toString own:', Object.prototype.hasOwnProperty.call(err, 'toString'));
  log('  JSON:', JSON.stringify(err));
}

shape('socket.write(1)', () => new net.Socket().write(1));
shape('setTimeout("x")', () => setTimeout('x'));
shape('Buffer.alloc(-1)', () => Buffer.alloc(-1));
shape('setMaxListeners(-1)', () => new EventEmitter().setMaxListeners(-1));
shape('listen port 65536', () => net.createServer().listen({ port: 65536 }));
shape('Buffer.from(1)', () => Buffer.from(1));
shape('unknown encoding', () => Buffer.from('x', 'nope'));

// A changed name shows in String() and the code stays the class's.
try {
  new net.Socket().write(1);
} catch (err) {
  err.name = 'Renamed';
  log('renamed String:', String(err));
  err.code = 'OTHER';
  log('recoded String:', String(err));
  err.message = 'changed';
  log('new message String:', String(err));
}

// The class is the built-in one.
try {
  Buffer.alloc(-1);
} catch (err) {
  log('RangeError:', err instanceof RangeError, err instanceof TypeError);
}
