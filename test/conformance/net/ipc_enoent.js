// Connecting to a Unix socket path that does not exist (ENOENT), then to a
// stale socket file nobody listens on (ECONNREFUSED), then to a path too
// long for sun_path. No lookup: internalConnect runs within connect(), so
// 'connectionAttempt' (path, undefined, undefined) is emitted
// synchronously; connect(2)'s failure is reported a loop iteration later,
// as 'connectionAttemptFailed' and an 'error' with Node's message (the
// path replaced by PATH), then 'close'.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodenet-ipc-'));
const attempt = (name, p, next) => {
  const c = new net.Socket();
  c.on('lookup', () => console.log(name + ': lookup (unexpected)'));
  c.on('connectionAttempt', (a, port, fam) => console.log(name + ': connectionAttempt', a === p, port, fam));
  c.on('connectionAttemptFailed', (a, port, fam, e) => console.log(name + ': connectionAttemptFailed', a === p, port, fam, e.code));
  c.on('connect', () => console.log(name + ': connect (unexpected)'));
  c.on('error', (e) => {
    console.log(name + ': error', e.name, e.code, e.errno, e.syscall, e.address === p, e.port);
    console.log(name + ': message', e.message.split(p).join('PATH'));
  });
  c.on('close', (h) => { console.log(name + ': close', h, c.destroyed); next(); });
  c.connect({ path: p });
  console.log(name + ': connecting', c.connecting, c.readyState);
  process.nextTick(() => console.log(name + ': next tick'));
};
const missing = path.join(dir, 'missing.sock');
const stale = path.join(dir, 'stale.sock');
attempt('missing', missing, () => {
  // A socket file nobody listens on: hard-link a listening server's file,
  // then close the server (which unlinks only its own name).
  const s = net.createServer();
  s.listen({ path: stale + '.tmp' }, () => {
    fs.linkSync(stale + '.tmp', stale);
    s.close(() => {
      console.log('stale file exists', fs.existsSync(stale), fs.existsSync(stale + '.tmp'));
      attempt('stale', stale, () => {
        fs.unlinkSync(stale);
        attempt('long', path.join(dir, 'y'.repeat(200)), () => fs.rmdirSync(dir));
      });
    });
  });
});
