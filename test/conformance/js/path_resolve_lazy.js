'use strict';
// path.resolve checks its arguments right to left only as far as it reads
// them; win32 normalize/join keep '.\' before a first segment that starts
// like a drive.
const path = require('path');
const t = (f) => { try { return JSON.stringify(f()); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
const cases = [
  () => path.posix.resolve({}, '/a'), () => path.posix.resolve({}, 'a'), () => path.posix.resolve(1, '/a', 2),
  () => path.posix.resolve(null, '/a', '', 'b'), () => path.win32.resolve({}, 'c:\\a'), () => path.win32.resolve({}, '\\a'),
  () => path.win32.resolve({}, 'c:a'), () => path.win32.resolve(1, '\\\\s\\h\\x'), () => path.win32.resolve('c:\\', 1, 'c:a'),
  () => path.win32.resolve(1, 'c:a', '\\x'), () => path.win32.resolve(1, 'd:\\y', 'c:a'),
];
for (const f of cases) console.log(t(f));
for (const p of ['./C:a', '.\\C:a', './C:', 'x/../C:a', 'a/../C:a\\', './c:/x', 'C:a', './C:a/b', 'x/C:a', './a:b:c',
  '././C:a', './/C:a', './1:a', './ab:c', './:a', '/./C:a', '../C:a']) {
  console.log(JSON.stringify(p), JSON.stringify(path.win32.normalize(p)));
}
for (const a of [['.\\/', 'C:a\\'], ['./', 'C:a'], ['.', 'C:'], ['', 'C:a'], ['a', 'C:b'], ['.\\', 'C:\\a'], ['x/..', 'C:'], ['/', 'C:a']]) {
  console.log(JSON.stringify(a), JSON.stringify(path.win32.join(...a)));
}
