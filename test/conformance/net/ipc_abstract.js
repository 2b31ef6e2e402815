// A server in Linux's abstract namespace ("\0name", unique per run): no
// file is created; address() is the name with its NUL; echo works; close
// removes nothing. readableAll/writableAll with an abstract name throw
// ERR_INVALID_ARG_VALUE synchronously.
const net = require('net');
const name = '\0nodenet-ipc-' + process.pid + '-' + Date.now();
const fs = require('fs');
const util = require('util');
const bad = net.createServer();
for (const opt of ['readableAll', 'writableAll']) {
  try {
    bad.listen({ path: name, [opt]: true });
    console.log(opt + ': no throw (unexpected)');
  } catch (e) {
    console.log(opt + ': throws', e.name, e.code);
    console.log(opt + ': message', e.message.split(util.inspect(name)).join('NAME'));
  }
}
console.log('bad listening', bad.listening);
const server = net.createServer((sock) => {
  console.log('server: connection', sock.remoteAddress);
  sock.on('data', (d) => sock.end(d));
});
server.listen({ path: name }, () => {
  const a = server.address();
  console.log('server: listening', a === name, a.charCodeAt(0), fs.existsSync(name.slice(1)));
  const c = net.connect({ path: name }, () => { console.log('client: connect'); c.write('ping'); });
  c.on('data', (d) => console.log('client: data', String(d)));
  c.on('close', () => {
    console.log('client: close');
    server.close(() => console.log('server: closed', server.address() === name, server.listening));
  });
});
