// listen({signal}) with a signal that is already aborted: Node closes the
// server on the next tick, so a TCP listen with a host (resolved first) or
// an IPC listen never emits 'listening'; close() was called, so 'close'
// follows and address() is null (the path for IPC).
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nn-'));
const sock = path.join(dir, 's.sock');

function show(name, s) {
  s.on('listening', () => console.log(name + ': listening (unexpected)'));
  s.on('error', (e) => console.log(name + ': error', e.code));
  s.on('close', () => {
    const a = s.address();
    console.log(name + ': close', s.listening, typeof a === 'string' ? 'path' : a);
  });
}

const a = net.createServer();
show('host', a);
a.listen({ port: 0, host: '127.0.0.1', signal: AbortSignal.abort() });
console.log('host: after listen', a.listening);

const b = net.createServer();
show('pipe', b);
b.listen({ path: sock, signal: AbortSignal.abort(new Error('stop')) });
console.log('pipe: after listen', b.listening, fs.existsSync(sock));

const c = net.createServer();
show('reason', c);
c.listen({ port: 0, signal: AbortSignal.abort('a string reason') }, () => console.log('reason: callback (unexpected)'));
console.log('reason: after listen', c.listening);
process.nextTick(() => console.log('next tick', a.listening, b.listening, c.listening));
setTimeout(() => {
  console.log('socket file removed', !fs.existsSync(sock));
  fs.rmSync(dir, { recursive: true });
}, 100);
