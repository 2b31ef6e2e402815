// A server and a client talking on loopback, then exiting: the same script
// runs under `node examples/echo.js` and `nodenet examples/echo.js`.
'use strict';
const net = require('net');

const server = net.createServer((socket) => {
  console.log('server: connection from', socket.remoteFamily);
  socket.setEncoding('utf8');
  socket.on('data', (chunk) => socket.write(chunk.toUpperCase()));
  socket.on('end', () => {
    console.log('server: client ended');
    socket.end();
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  console.log('server: listening on 127.0.0.1');
  const client = net.connect(port, '127.0.0.1', () => {
    console.log('client: connected');
    client.write('hello, ');
    client.end('nodenet');
  });
  let reply = '';
  client.setEncoding('utf8');
  client.on('data', (chunk) => { reply += chunk; });
  client.on('end', () => console.log('client: reply', JSON.stringify(reply)));
  client.on('close', (hadError) => {
    console.log('client: closed, hadError', hadError);
    server.close(() => console.log('server: closed'));
  });
});
