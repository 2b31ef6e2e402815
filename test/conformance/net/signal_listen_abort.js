// Aborting the signal of a listen() that is still in progress: with no
// host the server listens at once and the abort closes it before
// 'listening' is emitted (listening is true until the abort); with a host the lookup is still running, the
// abort closes the server and the lookup's answer is ignored. Aborting
// twice, or after close, does nothing more.
const net = require('net');

function show(name, s) {
  s.on('listening', () => console.log(name + ': listening (unexpected)'));
  s.on('error', (e) => console.log(name + ': error', e.code));
  s.on('close', () => console.log(name + ': close', s.listening, s.address()));
}

const ac1 = new AbortController();
const a = net.createServer();
show('no host', a);
a.listen({ port: 0, signal: ac1.signal }, () => console.log('no host: callback (unexpected)'));
console.log('no host: after listen', a.listening);
ac1.abort();

const ac2 = new AbortController();
const b = net.createServer();
show('localhost', b);
b.listen({ port: 0, host: 'localhost', signal: ac2.signal });
console.log('localhost: after listen', b.listening);
ac2.abort();

setTimeout(() => {
  const ac3 = new AbortController();
  const c = net.createServer();
  c.on('close', () => console.log('closed first: close', c.listening, c.address()));
  c.listen({ port: 0, host: '127.0.0.1', signal: ac3.signal }, () => {
    console.log('closed first: listening');
    c.close(() => {
      console.log('closed first: close callback');
      ac3.abort();
      setTimeout(() => console.log('done', a.listening, b.listening, c.listening), 100);
    });
  });
}, 100);
