'use strict';
// fs.Stats, BigIntStats and Dirent: their fields, prototypes, the file
// type tests, the time getters (cached as own properties, assignable)
// and the deprecated Stats constructor. Times are checked for
// consistency, not printed: they are this machine's.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodenet-stats-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'hello');
fs.symlinkSync(file, path.join(dir, 'link'));
fs.mkdirSync(path.join(dir, 'sub'));
fs.utimesSync(file, 1000000000.25, new Date(1500000000123));

const s = fs.statSync(file);
const P = Object.getPrototypeOf(s);
const PP = Object.getPrototypeOf(P);
console.log(Object.keys(s), Object.getOwnPropertySymbols(s).map(String));
console.log(P.constructor.name, PP.constructor.name, Object.getPrototypeOf(PP) === Object.prototype);
console.log(Object.getOwnPropertyNames(P), Object.getOwnPropertyNames(PP));
console.log(Object.getOwnPropertyDescriptor(P, 'mtime'), Object.getOwnPropertyDescriptor(P, '_checkModeProperty').enumerable);
console.log(s.size, s.nlink, (s.mode & 0o170000).toString(8), s.atimeMs, s.mtimeMs, s.mtime.toISOString(), s.atime.getTime());
console.log(s.isFile(), s.isDirectory(), s.isSymbolicLink(), s.isFIFO(), s.isSocket(), s.isBlockDevice(), s.isCharacterDevice());
console.log(Object.keys(s).length, s.mtime === s.mtime, Object.keys(s).includes('mtime'), Object.getOwnPropertyDescriptor(s, 'mtime').enumerable);
s.ctime = 'changed';
console.log(s.ctime, Object.getOwnPropertyDescriptor(s, 'ctime'));
console.log(fs.lstatSync(path.join(dir, 'link')).isSymbolicLink(), fs.statSync(path.join(dir, 'link')).isFile(), fs.statSync(dir).isDirectory());
console.log(fs.statSync('/dev/null').isCharacterDevice(), fs.statSync('/dev/null').isFile());

const b = fs.statSync(file, { bigint: true });
console.log(Object.keys(b), Object.getOwnPropertySymbols(b), Object.getPrototypeOf(b).constructor.name);
console.log(Object.getPrototypeOf(Object.getPrototypeOf(b)) === PP, b instanceof fs.Stats, s instanceof fs.Stats);
console.log(typeof b.size, b.size, b.atimeMs, b.atimeNs, b.mtimeMs, b.mtimeNs, b.mtime.toISOString(), b.isFile(), b.isDirectory());
console.log(fs.lstatSync(dir, { bigint: true }).isDirectory(), typeof fs.fstatSync(0, { bigint: true }).dev);

console.log(fs.Stats.name, fs.Stats.length, fs.Stats.prototype === P);
const made = new fs.Stats(1, 0o100644, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12000000, 13, 14);
console.log(made.atimeMs, made.mtimeMs, made.ctimeMs, made.isFile(), made.isDirectory(), String(made.ctime), made instanceof fs.Stats);

const ents = fs.readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1));
for (const d of ents) {
  console.log(d.name, d.parentPath === dir, Object.keys(d), d.isFile(), d.isDirectory(), d.isSymbolicLink(), d instanceof fs.Dirent);
}
const d = new fs.Dirent('x', fs.constants.UV_DIRENT_FIFO, '/p');
console.log(d, d.isFIFO(), d.isSocket(), fs.Dirent.length, Object.getOwnPropertyNames(fs.Dirent.prototype));
console.log(fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' }).map((e) => Buffer.isBuffer(e.name)));
fs.rmSync(dir, { recursive: true });
