'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'nodenet-fs-'));
const rel = (p) => typeof p === 'string' ? p.replaceAll(base, '<tmp>') : p;
const show = (e) => console.log(`${e.name} | ${e.code} | ${rel(e.message)} | errno=${e.errno} syscall=${e.syscall} path=${rel(e.path)} dest=${rel(e.dest)}`);
console.log(path.basename(base).startsWith('nodenet-fs-'), path.basename(base).length, fs.existsSync(base), fs.statSync(base).isDirectory());
const f = path.join(base, 'a.txt');
fs.writeFileSync(f, 'héllo\n');
fs.appendFileSync(f, Buffer.from('more'));
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')), fs.readFileSync(f), fs.readFileSync(f, { encoding: 'hex' }), fs.readFileSync(f, 'latin1'));
const st = fs.statSync(f);
console.log(st.isFile(), st.isDirectory(), st.isSocket(), st.isSymbolicLink(), st.size, typeof st.mtimeMs, st.mtime instanceof Date, Object.keys(st));
console.log(rel(fs.mkdirSync(path.join(base, 'x/y/z'), { recursive: true })), fs.mkdirSync(path.join(base, 'x/y'), { recursive: true }), fs.mkdirSync(path.join(base, 'w')));
fs.writeFileSync(path.join(base, 'x', 'f1'), new Uint8Array([1, 2, 3]));
console.log(fs.readdirSync(base).sort(), fs.readdirSync(path.join(base, 'x')).sort());
console.log(fs.readdirSync(path.join(base, 'x'), { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1).map((d) => [d.name, d.isFile(), d.isDirectory(), rel(d.parentPath)]));
console.log(fs.readdirSync(base, { recursive: true }).sort());
fs.renameSync(f, path.join(base, 'b.txt'));
fs.copyFileSync(path.join(base, 'b.txt'), path.join(base, 'c.txt'));
console.log(fs.existsSync(f), fs.readFileSync(path.join(base, 'c.txt'), 'utf8').length, fs.statSync(path.join(base, 'nope'), { throwIfNoEntry: false }));
const fd = fs.openSync(path.join(base, 'd.bin'), 'w+');
console.log(typeof fd, fs.writeSync(fd, 'abc'), fs.writeSync(fd, Buffer.from('defg'), 1, 2), fs.fstatSync(fd).size);
const rb = Buffer.alloc(5);
console.log(fs.readSync(fd, rb, 0, 5, 0), rb);
fs.closeSync(fd);
const errs = [
  () => fs.readFileSync(path.join(base, 'missing')),
  () => fs.readFileSync(path.join(base, 'missing'), 'utf8'),
  () => fs.mkdirSync(path.join(base, 'w')),
  () => fs.mkdirSync(path.join(base, 'q/r')),
  () => fs.rmSync(path.join(base, 'x')),
  () => fs.rmSync(path.join(base, 'missing')),
  () => fs.unlinkSync(path.join(base, 'missing')),
  () => fs.rmdirSync(path.join(base, 'x')),
  () => fs.statSync(path.join(base, 'missing')),
  () => fs.readdirSync(path.join(base, 'b.txt')),
  () => fs.renameSync(path.join(base, 'missing'), path.join(base, 'other')),
  () => fs.readFileSync(base),
  () => fs.writeFileSync(path.join(base, 'no/such/file'), 'x'),
  () => fs.openSync(path.join(base, 'b.txt'), 'wx'),
  () => fs.readFileSync(123),
  () => fs.readFileSync({}),
  () => fs.writeFileSync(path.join(base, 'e'), 5),
  () => fs.mkdirSync(path.join(base, 'e'), { recursive: 'yes' }),
  () => fs.accessSync(path.join(base, 'missing')),
];
for (const fn of errs) {
  try { fn(); console.log('no error'); } catch (e) { show(e); }
}
fs.rmSync(path.join(base, 'missing'), { force: true });
fs.unlinkSync(path.join(base, 'c.txt'));
fs.rmSync(base, { recursive: true, force: true });
console.log(fs.existsSync(base), fs.existsSync(), typeof fs.constants.O_RDONLY, fs.constants.S_IFREG);
