'use strict';
// path.posix at its edges: repeated and trailing slashes, dots, suffixes,
// parse/format round trips, relative, resolve against the working
// directory, matchesGlob, and argument errors.
const path = require('path');
const p = path.posix;
const cwd = process.cwd();
// The checkout's own location, which a path above the working directory shows.
const rootP = require('path').posix.resolve(__dirname, '../../..');
const rootW = rootP.split('/').join('\\');
const mask = (s) => (typeof s === 'string' ? s.split(cwd).join('<CWD>').split(rootP).join('<ROOT>').split(rootW).join('<ROOT>').split(rootP.slice(1)).join('<ROOT>') : s);
const J = (...a) => console.log(JSON.stringify(a.map(mask)));
const paths = ['', '/', '//', '///', '/a', '//a', '///a', '/a//b', 'a//', 'a/b/', '/a/b//', '.', '..', '...', '.a', 'a.', '.a.', '..a',
  'a..', 'a.b.c', '/x/.hidden', '/x/.hidden.txt', 'dir/file.tar.gz', './x', '../x', 'a/./b/../c/', '/../..', 'a\\b', '/a/b.txt/'];
for (const s of paths) {
  J(s, p.normalize(s), p.dirname(s), p.basename(s), p.basename(s, '.txt'), p.basename(s, s), p.basename(s, 'b'), p.extname(s), p.isAbsolute(s), p.join(s, 'x'), p.resolve(s));
  console.log(JSON.stringify(p.parse(s)), JSON.stringify(p.format(p.parse(s))));
}
const rel = [['/a/b', '/a/b/c'], ['/a/b/c', '/a/b'], ['/a/b', '/a/bc'], ['/', '/a'], ['/a', '/'], ['/a/b', '/c/d'], ['a', 'b'], ['', ''], ['/a/', '/a'], ['a/b', 'a/b/c/..']];
for (const [f, t] of rel) J(f, t, p.relative(f, t));
J(p.resolve(), p.resolve(''), p.resolve('a', '', 'b'), p.resolve('/a', '/b', 'c'), p.resolve('a/', '../b/'), p.join(), p.join('', ''), p.join('/', '..'), p.join('a', '/b', '../c'));
J(p.format({ root: '/r', base: 'b' }), p.format({ dir: 'd', name: 'n', ext: 'e' }), p.format({ name: 'n', ext: '.e' }), p.format({ root: '/', dir: '/' }), p.format({ base: 'b', name: 'ignored' }));
const globs = [['.a', '*'], ['a/.b', 'a/*'], ['a/b/c', 'a/**'], ['a', 'a/**'], ['a/', 'a/**'], ['a/b', '**'], ['.a/b', '**'], ['a/b/c.js', 'a/**/*.js'],
  ['a/c.js', 'a/**/*.js'], ['abc', 'a?c'], ['a/c', 'a?c'], ['ab', '[a-c]b'], ['db', '[!a-c]b'], ['db', '[^a-c]b'], ['a.ts', '*.{js,ts}'],
  ['a/', 'a'], ['a', 'a/'], ['/a/b', '/a/*'], ['A', 'a'], ['x/y', 'x\\y'], ['', '*'], ['a', ''], ['', ''],
  ['a/b.js', '*.js'], ['src/b.ts', '**/*.{js,ts}'], ['b', '!a'], ['a.js', '@(a|b).js'], ['c.js', '+(a|c).js'], ['ab.js', '!(a).js'], ['a.js', '?(a).js'],
  ['a', '[[:alpha:]]'], ['a/c/d', 'a/{b,c/d}'], ['x1', 'x{1..3}'], ['a/.git/x', 'a/**/x'], ['a/d', 'a/**/**/d'], ['.a', '.*'], ['a/../b', 'b']];
for (const [s, g] of globs) J(s, g, p.matchesGlob(s, g), path.win32.matchesGlob(s, g));
for (const f of [() => p.join('a', 1), () => p.resolve('a', null), () => p.relative('a', {}), () => p.dirname(), () => p.basename('a', 2),
  () => p.extname(true), () => p.parse([]), () => p.format(null), () => p.format('x'), () => p.normalize(Symbol.iterator),
  () => p.isAbsolute(5), () => p.matchesGlob('a', 1), () => path.win32.relative(1, 'a')]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(path === p, p.posix === p, p.win32 === path.win32, path.win32.posix === p, p.sep, p.delimiter, path.win32.sep, path.win32.delimiter, Object.keys(p).join(), p.format.name, p.resolve.length, p.basename.length);
