'use strict';
// fs's argument checks: paths (types, null bytes, file URLs), file
// descriptors, flags and modes, options objects and encodings, buffer
// offsets, lengths and positions, times, rm/rmdir options and the
// is-a-directory error of rm.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodenet-fsargs-'));
const rel = (s) => s.split(dir).join('<dir>');
const e = (label, f) => {
  try {
    const r = f();
    console.log(label, 'ok', typeof r === 'string' ? rel(r) : r);
  } catch (err) {
    console.log(label, err.name, err.code, rel(err.message));
  }
};
const f = path.join(dir, 'f');
fs.writeFileSync(f, 'abcd');
e('path number', () => fs.statSync(5));
e('path null byte', () => fs.statSync('a\0b'));
e('path buffer null byte', () => fs.statSync(Buffer.from('a\0b')));
e('path uint8 null byte', () => fs.statSync(new Uint8Array([47, 0])));
e('path uint16', () => fs.statSync(new Uint16Array([47])));
e('url null byte', () => fs.statSync(new URL('file:///tmp/a%00b')));
e('url scheme', () => fs.statSync(new URL('http://x/')));
e('url host', () => fs.statSync(new URL('file://host/x')));
e('url slash', () => fs.statSync(new URL('file:///tmp/a%2Fb')));
e('url ok', () => fs.statSync(new URL('file://' + f)).size);
e('missing', () => fs.statSync(path.join(dir, 'nope')));
e('missing no throw', () => fs.statSync(path.join(dir, 'nope'), { throwIfNoEntry: false }));
e('lstat missing no throw', () => fs.lstatSync(path.join(dir, 'nope', 'x'), { throwIfNoEntry: false }));
e('prefix number', () => fs.mkdtempSync(5));
e('rename', () => fs.renameSync(1, f));
e('rename dest', () => fs.renameSync(f, {}));
e('copy src', () => fs.copyFileSync(null, f));
e('link', () => fs.linkSync(f, 2));
e('symlink type', () => fs.symlinkSync(f, path.join(dir, 'l'), 'bogus'));
for (const flags of ['bogus', {}, 'R', 'rw', 'ax+', 'xa', 'sa+']) {
  e(`flags ${JSON.stringify(flags)}`, () => { const fd = fs.openSync(f, flags); fs.closeSync(fd); return 'opened'; });
}
e('mode string', () => fs.openSync(f, 'r', 'abc'));
e('mode fraction', () => fs.openSync(f, 'r', 1.5));
e('mode negative', () => fs.openSync(f, 'r', -1));
e('fd -1', () => fs.closeSync(-1));
e('fd string', () => fs.closeSync('1'));
e('fd 2**31', () => fs.closeSync(2 ** 31));
e('fd 1.5', () => fs.closeSync(1.5));
e('encoding bogus', () => fs.readFileSync(f, { encoding: 'bogus' }));
e('encoding string bogus', () => fs.readFileSync(f, 'bogus'));
e('options number', () => fs.readFileSync(f, 5));
e('options true', () => fs.readdirSync(dir, true));
e('options function', () => fs.readFileSync(f, () => {}).length);
e('options array', () => fs.readFileSync(f, []).length);
e('options null', () => fs.readFileSync(f, null).length);
e('options signal', () => fs.readFileSync(f, { signal: 1 }));
e('options latin1', () => fs.readFileSync(f, 'latin1'));
e('readdir recursive', () => fs.readdirSync(dir, { recursive: 1 }));
e('write number', () => fs.writeSync(1, 5));
const fd = fs.openSync(f, 'r+');
e('write offset', () => fs.writeSync(fd, Buffer.alloc(4), 5));
e('write length', () => fs.writeSync(fd, Buffer.alloc(4), 1, 4));
e('write length -1', () => fs.writeSync(fd, Buffer.alloc(4), 1, -1));
e('write offset -1', () => fs.writeSync(fd, Buffer.alloc(4), -1));
e('read length', () => fs.readSync(fd, Buffer.alloc(4), 1, 4));
e('read offset', () => fs.readSync(fd, Buffer.alloc(4), -1, 4));
e('read position string', () => fs.readSync(fd, Buffer.alloc(4), 0, 2, 'x'));
e('read position fraction', () => fs.readSync(fd, Buffer.alloc(4), 0, 2, 1.5));
e('read position bigint', () => fs.readSync(fd, Buffer.alloc(4), 0, 2, 2n ** 63n));
e('read position -2', () => fs.readSync(fd, Buffer.alloc(4), 0, 2, -2));
e('read position 2**53', () => fs.readSync(fd, Buffer.alloc(4), 0, 2, 2 ** 53));
e('read position 1n', () => fs.readSync(fd, Buffer.alloc(4), 0, 2, 1n));
e('read position 2', () => fs.readSync(fd, Buffer.alloc(4), 0, 2, 2));
fs.closeSync(fd);
e('time string', () => fs.utimesSync(f, 'x', 1));
e('time object', () => fs.utimesSync(f, {}, 1));
e('time NaN', () => fs.utimesSync(f, NaN, 1));
e('time Infinity', () => fs.utimesSync(f, 1, Infinity));
e('time bigint', () => fs.utimesSync(f, 1n, 1));
e('time numeric strings', () => { fs.utimesSync(f, '1e3', ' 0x10 '); return [fs.statSync(f).atimeMs, fs.statSync(f).mtimeMs]; });
e('time date', () => { fs.utimesSync(f, new Date(5000), new Date(7500)); return [fs.statSync(f).atimeMs, fs.statSync(f).mtimeMs]; });
e('rm force', () => fs.rmSync(5, { force: 1 }));
e('rm order', () => fs.rmSync(dir, { force: 1, recursive: 1, retryDelay: 'x', maxRetries: -1 }));
e('rm recursive', () => fs.rmSync(dir, { recursive: 1, retryDelay: 'x', maxRetries: -1 }));
e('rm retryDelay', () => fs.rmSync(dir, { retryDelay: 'x', maxRetries: -1 }));
e('rm retryDelay -1', () => fs.rmSync(dir, { retryDelay: -1 }));
e('rm retryDelay big', () => fs.rmSync(dir, { retryDelay: 2 ** 31 }));
e('rm maxRetries', () => fs.rmSync(dir, { maxRetries: 1.5 }));
e('rm null', () => fs.rmSync(dir, null));
e('rm string', () => fs.rmSync(dir, 'x'));
e('rm path', () => fs.rmSync(5));
e('rm missing', () => fs.rmSync(path.join(dir, 'nope')));
e('rm missing force', () => fs.rmSync(path.join(dir, 'nope'), { force: true }));
try {
  fs.rmSync(dir);
} catch (err) {
  console.log(err.name, err.code, rel(err.message), Object.keys(err), rel(JSON.stringify(err.info)), err.errno, err.syscall, rel(err.path));
}
e('rmdir options number', () => fs.rmdirSync(path.join(dir, 'nope'), 5));
e('rmdir options null', () => fs.rmdirSync(path.join(dir, 'nope'), null));
e('rmdir recursive', () => fs.rmdirSync(path.join(dir, 'nope'), { recursive: false }));
e('rmdir maxRetries', () => fs.rmdirSync(path.join(dir, 'nope'), { maxRetries: -1 }));
e('rmdir path', () => fs.rmdirSync(5, 5));
e('rm dir', () => fs.rmSync(dir, { recursive: true }));
e('gone', () => fs.existsSync(dir));
