// reusePort only shares a port with listeners that set it too: binding a
// port held without it fails with EADDRINUSE from listen, and so does
// binding without it a port held with it. Two reusePort servers on port 0
// get ports of their own. On a path (IPC) reusePort is ignored.
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nn-'));

function fail(name, port, opts, next) {
  const s = net.createServer();
  s.on('listening', () => console.log(name + ': listening (unexpected)'));
  s.on('error', (e) => {
    console.log(name + ': error', e.code, e.errno, e.syscall, e.address, e.port === port);
    console.log(name + ': message', e.message.replace(String(port), 'PORT'));
    console.log(name + ': after error', s.listening, s.address());
    next();
  });
  s.listen({ port, host: '127.0.0.1', ...opts });
}

const shared = net.createServer();
shared.listen({ port: 0, host: '127.0.0.1', reusePort: true }, () => {
  const port = shared.address().port;
  fail('plain on a reusePort port', port, {}, () => {
    const plain = net.createServer();
    plain.listen({ port: 0, host: '127.0.0.1' }, () => {
      const p2 = plain.address().port;
      fail('reusePort on a plain port', p2, { reusePort: true }, () => {
        const x = net.createServer();
        const y = net.createServer();
        x.listen({ port: 0, host: '127.0.0.1', reusePort: true }, () => {
          y.listen({ port: 0, host: '127.0.0.1', reusePort: true }, () => {
            console.log('port 0 twice: different ports', x.address().port !== y.address().port);
            const p = net.createServer();
            const sock = path.join(dir, 's.sock');
            p.listen({ path: sock, reusePort: true }, () => {
              console.log('pipe: listening', p.address() === sock);
              for (const s of [shared, plain, x, y, p]) s.close();
              fs.rmSync(dir, { recursive: true });
            });
          });
        });
      });
    });
  });
});
