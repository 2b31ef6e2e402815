// readableAll and writableAll on a path server: libuv's uv_pipe_chmod adds
// read, or write, permission for user, group and others to the socket
// file's mode (the rest of the mode depends on the umask, so only the
// bits asked for are checked).
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodenet-ipc-'));
const cases = [
  ['readable', { readableAll: true }],
  ['writable', { writableAll: true }],
  ['both', { readableAll: true, writableAll: true }],
];
const next = (i) => {
  if (i === cases.length) {
    fs.rmdirSync(dir);
    return;
  }
  const [name, opts] = cases[i];
  const p = path.join(dir, name + '.sock');
  const s = net.createServer();
  const r = s.listen({ path: p, ...opts }, () => {
    const mode = fs.statSync(p).mode;
    console.log(name + ': listening', fs.statSync(p).isSocket(),
                !opts.readableAll || (mode & 0o444) === 0o444,
                !opts.writableAll || (mode & 0o222) === 0o222);
    s.close(() => {
      console.log(name + ': closed', fs.existsSync(p));
      next(i + 1);
    });
  });
  console.log(name + ': listen returned', r === s, s.listening);
};
next(0);
