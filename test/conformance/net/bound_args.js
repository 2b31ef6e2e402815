// net.BoundSocket's option checks and its life without adoption: each
// construction either binds at once or throws Node's error; address(),
// fd(), isPipe; close() then every method but isPipe and dispose throws
// ERR_SOCKET_HANDLE_ADOPTED; [Symbol.dispose]() closes once, then does
// nothing.
const net = require('net');
const show = (tag, e) => console.log(tag, 'throws', e.name, e.code, e.message);
const tryIt = (tag, f) => {
  try {
    const b = f();
    const a = b.address();
    console.log(tag, 'bound', a.address, a.family, typeof a.port, a.port > 0, b.isPipe, typeof b.fd(), b.fd() > 2);
    b.close();
  } catch (e) {
    show(tag, e);
  }
};
tryIt('defaults', () => new net.BoundSocket());
tryIt('host 127.0.0.1', () => new net.BoundSocket({ host: '127.0.0.1' }));
tryIt('host ::ffff:127.0.0.1', () => new net.BoundSocket({ host: '::ffff:127.0.0.1' }));
tryIt('v4 ipv6Only', () => new net.BoundSocket({ host: '127.0.0.1', ipv6Only: true }));
tryIt('reusePort', () => new net.BoundSocket({ host: '127.0.0.1', reusePort: true }));
tryIt('port -1', () => new net.BoundSocket({ port: -1 }));
tryIt('port 65536', () => new net.BoundSocket({ port: 65536 }));
tryIt('host localhost', () => new net.BoundSocket({ host: 'localhost' }));
tryIt('host 1.2.3', () => new net.BoundSocket({ host: '1.2.3' }));
tryIt('host 127.000.0.1', () => new net.BoundSocket({ host: '127.000.0.1' }));
tryIt('path and port', () => new net.BoundSocket({ path: '/tmp/nodenet-unused.sock', port: 80 }));
tryIt('path and host', () => new net.BoundSocket({ path: '/tmp/nodenet-unused.sock', host: '127.0.0.1' }));
tryIt('path and reusePort', () => new net.BoundSocket({ path: '/tmp/nodenet-unused.sock', reusePort: true }));
tryIt('path too long', () => new net.BoundSocket({ path: '/tmp/' + 'x'.repeat(200) }));
tryIt('path in missing dir', () => new net.BoundSocket({ path: '/nonexistent-nodenet/x.sock' }));

const b = new net.BoundSocket({ host: '127.0.0.1' });
console.log('close', b.close());
for (const m of ['address', 'fd', 'close']) {
  try {
    b[m]();
    console.log(m, 'after close: no throw (unexpected)');
  } catch (e) {
    show(m + ' after close', e);
  }
}
console.log('isPipe after close', b.isPipe);
console.log('dispose after close', b[Symbol.dispose]());
const d = new net.BoundSocket({ host: '127.0.0.1' });
console.log('dispose', d[Symbol.dispose](), d[Symbol.dispose]());
try {
  d.close();
} catch (e) {
  show('close after dispose', e);
}
