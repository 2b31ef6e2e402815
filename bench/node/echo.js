'use strict';
// The Node.js echo server that bench/cmd/echocmp compares nodenet with:
// what a Node user writes, s.pipe(s). Usage: node echo.js [port]
// It prints "echo server listening on 127.0.0.1 port PORT" once listening.
// With "data" as second argument it echoes from a 'data' listener instead
// (socket.on('data', (d) => socket.write(d))): JavaScript runs per chunk.
const net = require('node:net');

const port = Number(process.argv[2] ?? 0);
const viaData = process.argv[3] === 'data';
const server = net.createServer({ noDelay: true }, (s) => {
  s.on('error', () => {}); // a reset peer is routine for an echo server
  if (viaData) {
    s.on('data', (d) => s.write(d));
    s.on('end', () => s.end());
  } else {
    s.pipe(s);
  }
});
server.listen({ port, host: '127.0.0.1', backlog: 4096 }, () => {
  console.log(`echo server listening on 127.0.0.1 port ${server.address().port}`);
});
