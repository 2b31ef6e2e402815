// A second server on a path in use: an asynchronous 'error' from listen
// with Node's message (the path replaced by PATH here), no 'listening' and
// no 'close'; the first server's file survives. Then a path too long for
// sun_path fails the same way with EINVAL.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodenet-ipc-'));
const p = path.join(dir, 'busy.sock');
const show = (who, e, p) => {
  console.log(who + ': error', e.name, e.code, e.errno, e.syscall, e.address === p, e.port);
  console.log(who + ': message', e.message.split(p).join('PATH'));
};
const a = net.createServer();
a.listen({ path: p }, () => {
  const b = net.createServer();
  b.on('listening', () => console.log('b: listening (unexpected)'));
  b.on('close', () => console.log('b: close (unexpected)'));
  b.on('error', (e) => {
    show('b', e, p);
    console.log('b: after error', b.listening, b.address() === p, fs.existsSync(p));
    const long = path.join(dir, 'x'.repeat(200));
    const c = net.createServer();
    c.on('close', () => console.log('c: close (unexpected)'));
    c.on('error', (e) => {
      show('c', e, long);
      console.log('c: after error', c.listening, c.address() === long);
      a.close(() => {
        console.log('a: closed', fs.existsSync(p));
        fs.rmdirSync(dir);
      });
    });
    c.listen({ path: long });
    console.log('c: listen returned', c.listening);
  });
  b.listen({ path: p });
  console.log('b: listen returned', b.listening, b.address() === p);
  process.nextTick(() => console.log('b: next tick'));
});
