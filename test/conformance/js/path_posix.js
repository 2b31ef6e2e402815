'use strict';
const path = require('path');
const p = require('node:path/posix');
console.log(path === p, path.posix === p, path.sep, path.delimiter, typeof path.win32.join);
console.log(path.join('/a/b', '../c', './d', ''), path.join(''), path.join('a', '', 'b/'), path.normalize('/a//b/../../..//c/.'), path.normalize(''));
console.log(path.resolve('/x', 'y', '../z'), path.resolve('/a/b', '/c', 'd'), path.isAbsolute('/a'), path.isAbsolute('a'));
console.log(path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'), JSON.stringify(path.relative('/a', '/a')), path.relative('/a/b', '/a'));
console.log(path.dirname('/a/b/c'), path.dirname('a'), path.dirname('/'), path.basename('/a/b.txt'), path.basename('/a/b.txt', '.txt'), path.basename('/a/b/'), path.basename('b.txt', 'b.txt'));
console.log(path.extname('index.html'), path.extname('index.coffee.md'), path.extname('index.'), path.extname('index'), path.extname('.index'), path.extname('.index.md'));
const parsed = path.parse('/home/user/dir/file.txt');
console.log(parsed, path.format(parsed), path.format({ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }), path.format({ name: 'f', ext: 'e' }));
console.log(path.parse(''), path.parse('./x'), path.toNamespacedPath('/a'), path.matchesGlob ? typeof path.matchesGlob : 'none');
for (const f of [() => path.join(1), () => path.basename(null), () => path.format('x')]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(path.win32.join('C:\\a', '..\\b', 'c'), path.win32.parse('C:\\x\\y.z'), path.win32.isAbsolute('C:/x'), path.win32.resolve('C:\\a', 'b'));
