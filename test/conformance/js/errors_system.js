// System errors from failed socket calls on loopback: errno, code,
// syscall, address, port, message, String(), stack header and own keys,
// and util.getSystemErrorName / getSystemErrorMessage.
'use strict';
const net = require('net');
const util = require('util');
const log = console.log;

function show(label, err) {
  log(label);
  log('  name:', err.name, '| message:', err.message);
  log('  String:', String(err));
  log('  stack[0]:', err.stack.split('\n')[0]);
  log('  keys:', JSON.stringify(Object.keys(err)));
  log('  errno:', err.errno, '| code:', err.code, '| syscall:', err.syscall);
  log('  address:', err.address, '| port:', err.port);
  log('  instanceof Error:', err instanceof Error, '| constructor:', err.constructor.name);
  const code = Object.getOwnPropertyDescriptor(err, 'code');
  log('  code enumerable:', code.enumerable);
  log('  errno name:', util.getSystemErrorName(err.errno));
}

// A port nobody listens on: bind a server, note its port, close it.
const probe = net.createServer();
probe.listen(0, '127.0.0.1', () => {
  const freePort = probe.address().port;
  probe.close(() => {
    const sock = net.connect(freePort, '127.0.0.1');
    sock.on('error', (err) => {
      show('connect refused', { __proto__: err, stack: err.stack.replace(String(freePort), 'PORT'), message: err.message.replace(String(freePort), 'PORT'), port: err.port === freePort ? 'PORT' : err.port, errno: err.errno, code: err.code, syscall: err.syscall, address: err.address, name: err.name });
      log('  real keys:', JSON.stringify(Object.keys(err)));
      log('  real String starts:', String(err).startsWith('Error: connect ECONNREFUSED 127.0.0.1:'));
      log('  port matches:', err.port === freePort);
      listenTwice();
    });
  });
});

function listenTwice() {
  const a = net.createServer();
  a.listen(0, '127.0.0.1', () => {
    const port = a.address().port;
    const b = net.createServer();
    b.on('error', (err) => {
      const masked = err.message.replace(String(port), 'PORT');
      log('listen in use');
      log('  message:', masked);
      log('  String:', String(err).replace(String(port), 'PORT'));
      log('  stack[0]:', err.stack.split('\n')[0].replace(String(port), 'PORT'));
      log('  keys:', JSON.stringify(Object.keys(err)));
      log('  errno:', err.errno, '| code:', err.code, '| syscall:', err.syscall, '| address:', err.address);
      log('  port matches:', err.port === port);
      a.close();
      messages();
    });
    b.listen(port, '127.0.0.1');
  });
}

function messages() {
  for (const errno of [-1, -2, -13, -98, -104, -110, -111, -3008, -99999]) {
    let name;
    try {
      name = util.getSystemErrorName(errno);
    } catch (err) {
      name = `${err.code}: ${err.message}`;
    }
    log('errno', errno, name);
  }
  for (const bad of [0, 1, 'x']) {
    try {
      util.getSystemErrorName(bad);
    } catch (err) {
      log('getSystemErrorName', JSON.stringify(bad), err.name, err.code, err.message);
    }
  }
}
