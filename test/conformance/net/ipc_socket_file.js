// The socket file of a path server: its mode is what the umask leaves of
// 0o777 (compared with a regular file created with mode 0o777, so the
// scenario holds under any umask); readableAll and writableAll set the mode
// to exactly r--r--r--, -w--w--w- or rw-rw-rw-. A stale socket file (the
// server that made it is gone, here renamed away while listening) is not
// reused: listen fails with EADDRINUSE and leaves it in place, as for a
// regular file, a directory or a symbolic link at the path; connecting to
// it is refused.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodenet-ipc-'));
const ref = path.join(dir, 'ref');
fs.writeFileSync(ref, '', { mode: 0o777 });
const umasked = fs.statSync(ref).mode & 0o777;
fs.unlinkSync(ref);
const modes = [
  ['default', {}],
  ['readableAll', { readableAll: true }],
  ['writableAll', { writableAll: true }],
  ['both', { readableAll: true, writableAll: true }],
];
const perm = (p) => fs.statSync(p).mode & 0o777;
let i = 0;
const nextMode = () => {
  if (i === modes.length) return stale();
  const [name, opts] = modes[i++];
  const p = path.join(dir, name + '.sock');
  const s = net.createServer().listen({ path: p, ...opts }, () => {
    const m = perm(p);
    console.log(name + ':', fs.statSync(p).isSocket(), m === umasked ? 'umask mode' : m.toString(8));
    s.close(nextMode);
  });
};
nextMode();
function stale() {
  const p = path.join(dir, 'live.sock');
  const old = path.join(dir, 'stale.sock');
  const s = net.createServer().listen(p, () => {
    fs.renameSync(p, old);
    s.close(() => {
      console.log('stale: left behind', fs.existsSync(p), fs.lstatSync(old).isSocket());
      const targets = [['stale socket', old]];
      const file = path.join(dir, 'file');
      fs.writeFileSync(file, 'keep');
      targets.push(['regular file', file]);
      const sub = path.join(dir, 'sub');
      fs.mkdirSync(sub);
      targets.push(['directory', sub]);
      const link = path.join(dir, 'link');
      fs.symlinkSync(old, link);
      targets.push(['symlink to the stale socket', link]);
      const dangling = path.join(dir, 'dangling');
      fs.symlinkSync(path.join(dir, 'nowhere.sock'), dangling);
      targets.push(['dangling symlink', dangling]);
      let j = 0;
      const next = () => {
        if (j === targets.length) return refused(old);
        const [name, t] = targets[j++];
        const srv = net.createServer();
        srv.on('listening', () => console.log(name + ': listening (unexpected)'));
        srv.on('error', (e) => {
          console.log(name + ':', e.code, e.syscall, e.message.split(t).join('PATH'), fs.lstatSync(t).isSocket(),
                      fs.existsSync(path.join(dir, 'nowhere.sock')));
          next();
        });
        srv.listen(t);
      };
      next();
    });
  });
}
function refused(old) {
  const c = net.connect(old, () => console.log('stale connect (unexpected)'));
  c.on('error', (e) => {
    console.log('connect to stale:', e.code, e.syscall);
    console.log('file still:', fs.readFileSync(path.join(dir, 'file'), 'utf8'));
    fs.rmSync(dir, { recursive: true });
  });
}
