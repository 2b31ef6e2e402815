// unref() before listen() is remembered and applied to the handle that
// listen() creates: 'listening' is still emitted, then the process exits.
// A second server, unref'd then ref'd before listen, keeps the process
// alive until it is closed.
const net = require('net');
const a = net.createServer();
a.unref();
a.listen(0, '127.0.0.1', () => console.log('a: listening', a.listening));
const b = net.createServer();
b.unref();
b.ref();
b.listen(0, '127.0.0.1', () => {
  console.log('b: listening', b.listening);
  setImmediate(() => {
    console.log('b: immediate');
    setTimeout(() => b.close(() => console.log('b: closed')), 20);
  });
});
process.on('exit', () => console.log('exit', a.listening, b.listening));
