// close() while listen() is still resolving its host: the late lookup
// result is ignored (no 'listening', no handle); close's callback gets
// ERR_SERVER_NOT_RUNNING. A second listen() during a lookup supersedes the
// first one: only the second one's address is bound.
const net = require('net');
const a = net.createServer();
a.on('listening', () => console.log('a: listening (unexpected)'));
a.listen(0, 'localhost');
a.close((err) => console.log('a: close cb', err && err.code, a.listening));
const b = net.createServer();
b.on('listening', () => {
  console.log('b: listening', b.address().address, b.address().family);
  b.close(() => console.log('b: closed'));
});
b.listen(0, 'localhost');
console.log('b: second listen does not throw', b.listening);
b.listen(0, '0.0.0.0');
setTimeout(() => console.log('timer', a.listening, b.listening), 50);
