// listen({signal}): an already aborted signal closes the server on the
// next tick (before 'listening'); aborting later closes a listening server.
const net = require('net');
const s1 = net.createServer();
s1.on('listening', () => console.log('s1: listening (unexpected)'));
s1.on('close', () => console.log('s1: close', s1.listening));
s1.listen({ port: 0, signal: AbortSignal.abort() });
console.log('s1: listening right after listen()', s1.listening);
const ac = new AbortController();
const s2 = net.createServer();
s2.on('close', () => console.log('s2: close', s2.listening));
s2.listen({ port: 0, host: '127.0.0.1', signal: ac.signal }, () => {
  console.log('s2: listening');
  setTimeout(() => ac.abort(), 10);
});
