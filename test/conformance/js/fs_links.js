'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodenet-fsl-'));
const rel = (s) => String(s).replaceAll(dir, '<tmp>');
const a = path.join(dir, 'a');
fs.writeFileSync(a, 'hello world');
fs.symlinkSync(a, path.join(dir, 'sym'));
fs.symlinkSync('a', path.join(dir, 'relsym'));
fs.linkSync(a, path.join(dir, 'hard'));
console.log(rel(fs.readlinkSync(path.join(dir, 'sym'))), fs.readlinkSync(path.join(dir, 'relsym')), fs.readlinkSync(path.join(dir, 'relsym'), 'buffer'));
console.log(fs.lstatSync(path.join(dir, 'sym')).isSymbolicLink(), fs.statSync(path.join(dir, 'sym')).isFile(), fs.statSync(a).nlink);
console.log(rel(fs.realpathSync(path.join(dir, 'relsym'))), fs.readdirSync(dir, { withFileTypes: true }).map((d) => [d.name, d.isSymbolicLink()]).sort());
fs.truncateSync(a, 5);
console.log(fs.readFileSync(path.join(dir, 'hard'), 'utf8'));
fs.chmodSync(a, 0o640);
console.log((fs.statSync(a).mode & 0o777).toString(8));
fs.utimesSync(a, 1000, new Date(2000500));
console.log(fs.statSync(a).atimeMs, fs.statSync(a).mtimeMs, fs.statSync(a).mtime.toISOString());
const fd = fs.openSync(a, 'r+');
fs.ftruncateSync(fd, 2);
fs.fsyncSync(fd);
fs.closeSync(fd);
console.log(fs.readFileSync(a, 'utf8'));
for (const f of [() => fs.symlinkSync(a, path.join(dir, 'sym')), () => fs.readlinkSync(a), () => fs.linkSync(path.join(dir, 'nope'), path.join(dir, 'x')),
  () => fs.chmodSync(path.join(dir, 'nope'), 0o600), () => fs.closeSync(fd), () => fs.symlinkSync(a, path.join(dir, 'q'), 'bad')]) {
  try { f(); } catch (e) { console.log(e.code, rel(e.message)); }
}
fs.rmSync(dir, { recursive: true });
