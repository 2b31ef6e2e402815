// An unref'd listening server does not keep the process alive: once the
// last ref'd thing (a timer here) is done the process exits with the
// server still listening. ref() undoes unref().
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  console.log('listening', server.listening);
  console.log('unref returned', server.unref() === server);
  server.ref();
  server.unref();
  setTimeout(() => console.log('timer', server.listening), 20);
});
process.on('exit', () => console.log('exit', server.listening));
