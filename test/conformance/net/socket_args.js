// Argument errors are thrown synchronously: bad ports, an invalid
// localAddress, an unknown encoding; setTimeout with a negative delay.
const net = require('net');
function tryIt(tag, f) {
  try {
    f();
    console.log(tag, 'ok');
  } catch (e) {
    console.log(tag, e.name, e.code, e.message);
  }
}
const sockets = [];
const mk = () => { const s = new net.Socket(); sockets.push(s); return s; };
tryIt('port 65536', () => mk().connect({ port: 65536, host: '127.0.0.1' }));
tryIt('port -1', () => mk().connect({ port: -1, host: '127.0.0.1' }));
tryIt('localAddress', () => mk().connect({ port: 80, host: '127.0.0.1', localAddress: 'not-an-ip' }));
tryIt('setEncoding', () => mk().setEncoding('klingon'));
tryIt('write encoding', () => mk().write('x', 'klingon'));
tryIt('setTimeout -1', () => mk().setTimeout(-1));
for (const s of sockets) s.destroy();
