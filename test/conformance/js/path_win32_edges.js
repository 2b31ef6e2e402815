'use strict';
// path.win32 on its hard cases: UNC roots, device namespaces (\\.\ and
// \\?\), drive-relative paths, trailing
// separators, reserved device names, relative across drives.
const w = require('path').win32;
const cwd = w.resolve(process.cwd());
// The checkout's own location, which a path above the working directory shows.
const rootP = require('path').posix.resolve(__dirname, '../../..');
const rootW = rootP.split('/').join('\\');
const mask = (s) => (typeof s === 'string' ? s.split(cwd).join('<CWD>').split(rootP).join('<ROOT>').split(rootW).join('<ROOT>').split(rootP.slice(1)).join('<ROOT>') : s);
const J = (...a) => console.log(JSON.stringify(a.map(mask)));
const paths = ['\\\\.\\c:\\x\\..\\..', '\\\\.\\c:', '\\\\.\\', '\\\\?\\c:\\x', '\\\\?\\UNC\\srv\\sh\\x\\..\\..', '\\\\.\\pipe\\foo',
  '\\\\srv', '\\\\srv\\', '\\\\srv\\sh', '\\\\srv\\sh\\', '\\\\srv\\sh\\a\\..\\..', '//srv//sh/a', '\\\\\\srv\\sh', 'C:', 'C:.',
  'C:..\\a', 'c:/a/../..', '/a/../..', 'a/../..', '', '.\\', '\\\\?\\C:\\a\\..\\b', '\\\\?\\\\', '\\\\?\\/a\\..', '\\\\.\\\\x',
  'C:\\a\\b\\', 'C:\\a\\b\\\\', 'C:\\', 'C:\\\\', 'c:\\a.b\\c.d.e', 'a\\b:', 'ab:\\x', 'a\\b:c', 'x\\b:\\', 'a/b:/..',
  'CON:x', 'con:x', 'COM1:x', 'COM0:a', 'NUL:', 'aux:..\\..\\x', 'CON', 'x\\CON:y', 'LPT9:a', 'foo:../x', 'a:b/../c:d'];
for (const p of paths) {
  J(p, w.normalize(p), w.dirname(p), w.basename(p), w.basename(p, '.e'), w.extname(p), w.isAbsolute(p), w.resolve(p), w.toNamespacedPath(p));
  console.log(JSON.stringify(w.parse(p)), JSON.stringify(w.format(w.parse(p))));
}
const joins = [['\\\\', 'srv', 'sh'], ['//', 'srv'], ['/', '/srv/sh'], ['\\\\srv\\sh'], ['', ''], ['c:', 'x'], ['a/b', 'CON:x/../y'],
  ['a//b/../c', 'CON:x'], ['a/./b', 'x/con:'], ['a', '..', 'CON:x'], ['CON:x', '..'], ['/a/b', 'NUL:'], ['C:', 'CON:x'], ['ab:'],
  ['a', 'b:'], ['.\\CON:x'], ['a', '.\\CON:x'], ['a/../CON:x'], ['CON:'], ['//srv/sh', 'CON:']];
for (const a of joins) J(a, w.join(...a));
const resolves = [['C:a'], ['c:a'], ['D:a'], ['C:'], ['c:\\x', 'C:y'], ['c:\\x', 'd:y'], ['\\\\.\\c:\\x', '..', '..'], ['\\\\?\\c:\\x', '..\\..\\..'],
  ['//srv/share'], ['//srv/share/a/../..'], ['\\'], [''], [], ['C:\\a', '\\b'], ['\\\\.\\c:', 'x'], ['\\\\.\\c:\\x', '..\\..\\y'], ['a', 'C:b', 'c']];
for (const a of resolves) J(a, w.resolve(...a));
const rel = [['C:\\a\\b', 'D:\\a'], ['C:\\A\\b', 'c:\\a\\c'], ['\\\\s\\h\\a', '\\\\s\\h\\b'], ['C:\\', 'C:\\a'], ['c:\\a', 'C:\\A'],
  ['C:\\foo\\bar', 'C:\\foo'], ['\\a', '\\b'], ['\\a\\x', '\\a\\y'], ['\\\\s\\h\\a', '\\\\s\\h2\\a'], ['C:\\ab', 'C:\\a'], ['C:\\a', 'C:\\ab'],
  ['C:\\a', 'C:\\'], ['\\x', '\\'], ['\\', '\\x'], ['C:\\a\\b\\c', 'C:\\a\\d\\e\\'], ['a', 'b']];
for (const [f, t] of rel) J(f, t, w.relative(f, t));
J(w.format({ root: 'C:\\', name: 'x', ext: 'y' }), w.format({ dir: 'C:\\a', base: 'b' }), w.format({ root: 'C:\\', dir: 'C:\\' }), w.format({}), w._makeLong === w.toNamespacedPath, w.toNamespacedPath(1), w.toNamespacedPath(''));
